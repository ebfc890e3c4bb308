import { defineRules } from '../define';
import { REPORTED as REPORTED_RU } from '../ru/_lexicon';
import { REPORTED } from './_lexicon';

/** Protests, rallies, posts and public speaking the person is warned off. */
const ACTIVISM =
  /(?<!\p{L})(?:наразылық\s+(?:акция|шеру|митинг)\p{L}*|өтірік\s+(?:ақпарат\s+)?тарату\p{L}*|митинг\p{L}*|акция\p{L}*|наразылық\p{L}*|шеру\p{L}*|пикет\p{L}*|демонстрация\p{L}*|сұхбат\p{L}*|пост\p{L}*|жазбалар\p{L}*|видео\p{L}*|өтірік\p{L}*|жала\p{L}*|өсек\p{L}*|саясат\p{L}*|белсенділік\p{L}*|сөйлеуді|жазуды|таратуды|айтуды|шағым\p{L}*)(?!\p{L})/iu;

const reported = [
  { pattern: REPORTED, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
  { pattern: REPORTED_RU, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
];

export default defineRules('kk', 'threat-of-harm', [
  {
    id: 'you-will-regret',
    tactic: 'threat-of-harm',
    score: 0.85,
    description: 'Open threats: "you will regret it", "you will answer for it", "we will find you".',
    match:
      /(?<!\p{L})(?:өкінесіз|өкінесің|өкінетін\s+боласыз|өкінетін\s+боласың|(?:сізге|саған)\s+жаман\s+болады|жауап\s+бересіз|жауап\s+бересің|жауапқа\s+тартыласыз|зардабын\s+тартасыз|зардабын\s+тартасың|салдары\s+(?:ауыр\s+)?болады|(?:сізді|сені)\s+(?:тауып\s+аламыз|табамыз|қамаймыз|құртамыз|жоямыз|өлтіреміз|жазалаймыз|қайтарамыз|депортациялаймыз|елге\s+қайтарамыз|ұстаймыз|түрмеге\s+отырғызамыз)|өлтіреміз|соңғы\s+ескерту)(?!\p{L})/iu,
    unless: reported,
    useDefaults: false,
    examples: {
      match: [
        ['Жазуды тоқтатпасаңыз, өкінесіз.', 'өкінесіз'],
        ['Сізді тауып аламыз.', 'Сізді тауып аламыз'],
        ['Бұл соңғы ескерту.', 'соңғы ескерту'],
      ],
      noMatch: ['Алаяқтар «сізді тауып аламыз» деп қорқытады, полицияға хабарласыңыз.'],
    },
  },
  {
    id: 'stop-speaking-out',
    tactic: 'threat-of-harm',
    score: 0.82,
    description: 'Orders the person to stop protesting, posting or "spreading lies" ("акцияларға бармаңыз").',
    match:
      /(?<!\p{L})(?:тоқтатыңыз|тоқтат|доғарыңыз|доғар|өшіріңіз|өшір|бармаңыз|барма|бармай-ақ\s+қойыңыз|бармай-ақ\s+қой|бармаған\s+жөн|қатыспаңыз|қатыспа|қатыспаған\s+жөн|сөйлемеңіз|сөйлеме|жазбаңыз|жазба|араласпаңыз)(?!\p{L})/iu,
    near: [{ pattern: ACTIVISM, within: 40, side: 'before' }],
    useDefaults: false,
    unless: [
      ...reported,
      {
        pattern:
          /(?<!\p{L})(?:жаңбыр\p{L}*|ауа\s+райы\p{L}*|карантин\p{L}*|тоқтатылды|ауыстырылды|кейінге\s+қалды|науқас\p{L}*)(?!\p{L})/iu,
        within: 40,
        factor: 0.3,
        reason: 'practical advice (weather, cancellation, illness)',
      },
    ],
    examples: {
      match: [
        [
          'Наразылық акцияларына бармай-ақ қойыңыз, өзіңізге жақсы болады.',
          'Наразылық акцияларына бармай-ақ қойыңыз',
        ],
        ['Қытай туралы өтірік таратуды тоқтатыңыз.', 'өтірік таратуды тоқтатыңыз'],
        ['Посттарыңызды өшіріңіз.', 'Посттарыңызды өшіріңіз'],
      ],
      noMatch: ['Ертеңгі митингке бармаңыз, ол кейінге қалды.', 'Хатты оқып болған соң өшіріңіз.'],
    },
  },
  {
    id: 'stop-doing-it',
    tactic: 'threat-of-harm',
    score: 0.82,
    description: 'Orders the person to stop writing, speaking, going or taking part ("жазуды қойыңыз").',
    match:
      /(?<!\p{L})(?:жазуды|сөйлеуді|таратуды|айтуды|баруды|қатысуды|араласуды|шағымдануды)\s+(?:қойыңыз|қой|доғарыңыз|доғар|тоқтатыңыз|тоқтат)(?!\p{L})/iu,
    useDefaults: false,
    unless: reported,
    examples: {
      match: [['Интернетте жазуды қойыңыз.', 'жазуды қойыңыз']],
      noMatch: ['Алаяқтар «жазуды қойыңыз» деп қорқытады.'],
    },
  },
  {
    id: 'better-for-you',
    tactic: 'threat-of-harm',
    score: 0.6,
    description: '"It will be better for yourself" after an order to keep away: a veiled threat.',
    match:
      /(?<!\p{L})(?:өзіңізге\s+(?:жақсы|дұрыс|пайдалы|оңай)|өзіңе\s+(?:жақсы|дұрыс))\s+болады(?!\p{L})/iu,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:бармаңыз|бармай-ақ\s+қойыңыз|араласпаңыз|қатыспаңыз|сөйлемеңіз|жазбаңыз|тоқтатыңыз|үндемеңіз|үндемей\s+жүріңіз|тыныш\s+жүріңіз)(?!\p{L})/iu,
        within: 40,
        crossSentence: true,
      },
    ],
    useDefaults: false,
    unless: reported,
    examples: {
      match: [['Үндемей жүріңіз. Өзіңізге жақсы болады.', 'Үндемей жүріңіз. Өзіңізге жақсы болады']],
      noMatch: ['Ерте ұйықтасаңыз, өзіңізге жақсы болады.'],
    },
  },
]);
