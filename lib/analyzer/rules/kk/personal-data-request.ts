import { defineRules } from '../define';
import { DATA_ORDINARY as DATA_ORDINARY_RU } from '../ru/_lexicon';
import { DATA_ORDINARY, REQUEST_OR_NEED } from './_lexicon';

/** Personal details other than documents. */
const DATA =
  /(?<!\p{L})(?:(?:толық\s+)?аты-?\s?жөн(?:іңіз\p{L}*|іңді)|есіміңіз\p{L}*|толық\s+атыңыз\p{L}*|атыңыз(?!ға)\p{L}*|тегіңіз\p{L}*|туған\s+(?:күн|жыл)\p{L}*|туған\s+(?:жеріңіз(?:ді)?|орныңыз\p{L}*)|толық\s+мекен-?жай\p{L}*|мекен-?жай(?:ыңыз|ың)\p{L}*|адрес(?:іңіз|ің)\p{L}*|тұратын\s+жер(?:іңіз|ің)\p{L}*|тұрғылықты\s+жер\p{L}*|жұмыс\s+(?:орн|жер)\p{L}*|оқу\s+орн\p{L}*|телефон\s+нөмір\p{L}*|(?<!(?:(?:пасп[оа]рт|куәлі[кг]|жсн|виза|төлқұжат|иин)\p{L}{0,8}|身份证|护照|签证)[\s-])(?:нөміріңіз\p{L}*|нөміріңді)|телефоныңыз\p{L}*|(?:туыстарыңыздың|туыстарыңның|бауырларыңыздың|достарыңыздың|ата-анаңыздың)\s+(?:нөмір|телефон|байланыс)\p{L}*|байланыс\s+нөмір\p{L}*|аккаунт\p{L}*|әлеуметтік\s+желі\p{L}*|геолокация\p{L}*|локация\p{L}*)(?!\p{L})/iu;

const ORDINARY = {
  pattern: DATA_ORDINARY,
  factor: 0.3,
  reason: "a form, a registration, an order or the writer's own details",
};
const ORDINARY_OTHER = { ...ORDINARY, pattern: DATA_ORDINARY_RU };

export default defineRules('kk', 'personal-data-request', [
  {
    id: 'request-near-data',
    tactic: 'personal-data-request',
    score: 0.85,
    description: 'A request for full name, date of birth, address, workplace, phone numbers or accounts.',
    match: DATA,
    near: [{ pattern: REQUEST_OR_NEED, within: 50 }],
    unless: [ORDINARY, ORDINARY_OTHER],
    examples: {
      match: [
        [
          'Алу үшін туған күніңізді және толық мекенжайыңызды жіберіңіз.',
          'туған күніңізді және толық мекенжайыңызды жіберіңіз',
        ],
        [
          'Туыстарыңыздың телефон нөмірлерін жазып жіберіңіз.',
          'Туыстарыңыздың телефон нөмірлерін жазып жіберіңіз',
        ],
        ['жұмыс орныңызды айтыңыз', 'жұмыс орныңызды айтыңыз'],
      ],
      noMatch: ['Менің жаңа мекенжайымды жазып алыңыз.', 'Тіркелу үшін аты-жөніңізді сайтта жазыңыз.'],
    },
  },
  {
    id: 'where-do-you-live',
    tactic: 'personal-data-request',
    score: 0.65,
    description: 'A direct question about where the person now lives, works or studies.',
    match:
      /(?<!\p{L})(?:(?:қазір\s+)?(?:қай\s+жерде|қайда)\s+(?:тұрасыз|тұрасың|жұмыс\s+істейсіз|жұмыс\s+істейсің|оқисыз|оқисың)|қазір\s+қайдасыз|қай\s+қаладасыз|қай\s+университетте\s+оқисыз)(?!\p{L})/iu,
    unless: [
      {
        pattern: /(?<!\p{L})(?:сағындым|сағындық|қонаққа|сәлем\s+айт\p{L}*|қалайсың)(?!\p{L})/iu,
        factor: 0.4,
        reason: 'a friend or relative catching up',
      },
    ],
    examples: {
      match: [
        ['Қазір қай жерде тұрасыз?', 'Қазір қай жерде тұрасыз'],
        ['Қайда жұмыс істейсіз, айтыңызшы.', 'Қайда жұмыс істейсіз'],
      ],
      noMatch: ['Сағындым! Қазір қайда тұрасың, қонаққа барайын.'],
    },
  },
  {
    id: 'data-then-request',
    tactic: 'personal-data-request',
    score: 0.7,
    description:
      'A personal detail, then a request in the next short sentence ("Телефон нөміріңіз ауысты ма? Жаңасын жазыңыз").',
    match: DATA,
    near: [{ pattern: REQUEST_OR_NEED, within: 35, side: 'after', crossSentence: true }],
    unless: [ORDINARY, ORDINARY_OTHER],
    examples: {
      match: [
        ['Телефон нөміріңіз ауысты ма? Жаңасын жазыңыз.', 'Телефон нөміріңіз ауысты ма? Жаңасын жазыңыз'],
      ],
      noMatch: ['Телефон нөміріңіз ауысты ма? Тіркелу үшін сайтта жазыңыз.'],
    },
  },
]);
