import { defineRules } from '../define';
import { CHANNEL, SECRET_CODE } from './_lexicon';

/** A bank's standard advice ("кодты ешкімге айтпаңыз") and surprises are not this tactic. */
const NOT_SECRECY = [
  { pattern: SECRET_CODE, within: 30, factor: 0, reason: "a bank's advice to keep a one-time code secret" },
  {
    pattern: /(?<!\p{L})(?:тосын\s+сый\p{L}*|сюрприз\p{L}*|туған\s+күн\p{L}*|сыйлық\p{L}*)(?!\p{L})/iu,
    factor: 0.3,
    reason: 'a surprise among friends',
  },
];

export default defineRules('kk', 'secrecy-demand', [
  {
    id: 'tell-no-one',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: '"Tell no one about this", "no one must know", "keep it between us".',
    match:
      /(?<!\p{L})(?:ешкімге(?:\s+де)?\s+(?:(?:бұл\s+туралы|бұны|мұны|ештеңе)\s+)?(?:айтпа|көрсетпе|білдірме|хабарлама(?=ңыз|ң|й)|жазба|сөйлеме|таратпа)\p{L}*|(?:бұл\s+туралы\s+)?ешкім\s+білмеуі\s+(?:керек|тиіс)|ешкім\s+білмесін|арамызда\s+(?:қалсын|болсын)|құпия\s+(?:сақтаңыз|ұстаңыз|болсын|сақта)|полицияға\s+(?:хабарласпаңыз|бармаңыз|айтпаңыз|шағымданбаңыз)|ешкімге\s+(?:тіс\s+жармаңыз|ләм\s+демеңіз|тіл\s+қатпаңыз)|ауыз\s+ашпаңыз|бұл\s+туралы\s+(?:ешкімге\s+)?(?:айтпаңыз|айтпа|жазбаңыз|сөйлемеңіз)|тіпті\s+\p{L}+\s+(?:да|де|та|те)\s+(?:айтпаңыз|айтпа|білдірмеңіз|көрсетпеңіз)|\p{L}+(?:ға|ге|қа|ке|на|не|а|е)\s+(?:да|де)\s+айтпаңыз|(?:хабарласқанымызды|сөйлескенімізді|кездескенімізді|жазысқанымызды)\s+(?:ешкімге\s+)?(?:айтпаңыз|айтпа|білдірмеңіз))(?!\p{L})/iu,
    useDefaults: false,
    unless: NOT_SECRECY,
    examples: {
      match: [
        ['Бұл туралы ешкімге айтпаңыз.', 'Бұл туралы ешкімге айтпаңыз'],
        ['ешкімге де бұл туралы айтпа', 'ешкімге де бұл туралы айтпа'],
        ['Бұл әңгіме арамызда қалсын.', 'арамызда қалсын'],
        ['Бұл туралы тіпті әйеліңізге де айтпаңыз.', 'тіпті әйеліңізге де айтпаңыз'],
        ['Күйеуіңізге де айтпаңыз.', 'Күйеуіңізге де айтпаңыз'],
      ],
      noMatch: [
        'SMS-кодты ешкімге айтпаңыз. Банк қызметкерлері оны сұрамайды.',
        'Ешкімге айтпа, бұл анама тосын сый!',
      ],
    },
  },
  {
    id: 'delete-messages',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: 'Asks the person to delete the chat, the messages or the call record.',
    match:
      /(?<!\p{L})(?:хат\p{L}*|хабарлама\p{L}*|чат\p{L}*|жазысқан\p{L}*|жазбалар\p{L}*|хат\s+алмасу\p{L}*|сөйлескен\p{L}*|переписк\p{L}*|сообщени\p{L}*)(?!\p{L})/iu,
    near: [
      {
        pattern: /(?<!\p{L})(?:өшіріңіз|өшір|өшіріп\s+(?:тастаңыз|таста|жіберіңіз)|жойыңыз|жой)(?!\p{L})/iu,
        within: 25,
        side: 'after',
      },
    ],
    unless: NOT_SECRECY,
    examples: {
      match: [
        ['Бұл хатты оқығаннан кейін өшіріңіз.', 'хатты оқығаннан кейін өшіріңіз'],
        ['жазысқанымызды өшіріп тастаңыз', 'жазысқанымызды өшіріп тастаңыз'],
      ],
      noMatch: ['Хаттарды өшірмеңіз, олар дәлел болады.'],
    },
  },
  {
    id: 'only-on-another-channel',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: 'Moves the conversation to WeChat or another private channel, "only there".',
    match:
      /(?<!\p{L})(?:тек|әрі\s+қарай|бұдан\s+былай)\s+(?:wechat|we\s+chat|вичат|weixin|signal|telegram|телеграм|whatsapp|ватсап)\p{L}*/iu,
    unless: [
      {
        pattern: /(?<!\p{L})(?:тапсырыс\p{L}*|дүкен\p{L}*|қолдау\s+қызмет\p{L}*|оператор\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'a shop or support channel',
      },
    ],
    examples: {
      match: [['Әрі қарай тек WeChat арқылы сөйлесеміз.', 'тек WeChat']],
      noMatch: ['Тапсырыс бойынша тек WhatsApp арқылы жазыңыз, дүкен.'],
    },
  },
  {
    id: 'add-me-on-wechat',
    tactic: 'secrecy-demand',
    score: 0.62,
    description: 'Asks to add the writer on WeChat or to move there.',
    match:
      /(?<!\p{L})(?:wechat|we\s+chat|вичат|weixin|signal)\p{L}*(?:-?(?:қа|ке|ға|ге|та|те|да|де))?\s+(?:мені\s+)?(?:қосыңыз|қосыл\p{L}*|көшейік|көшіңіз|жазыңыз|жаз|өтейік|өтіңіз)(?!\p{L})/iu,
    examples: {
      match: [['WeChat-қа мені қосыңыз.', 'WeChat-қа мені қосыңыз']],
      noMatch: ['Анам WeChat-та отбасы тобын ашты.'],
    },
  },
  {
    id: 'not-this-number',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: '"Not to this number, write on WeChat": the talk is moved off the visible channel.',
    match:
      /(?<!\p{L})(?:(?:бұл|осы)\s+(?:нөмір|телефон|чат)\p{L}*\s+(?:емес|жазбаңыз|хабарласпаңыз|қоңырау\s+шалмаңыз|жауап\s+бермеңіз)|мұнда\s+(?:емес|жазбаңыз|сөйлеспейік|жазыспайық|жазбайық)|бұл\s+жерде\s+(?:сөйлеспейік|жазыспайық))(?!\p{L})/iu,
    near: [{ pattern: CHANNEL, within: 50, crossSentence: true }],
    unless: NOT_SECRECY,
    examples: {
      match: [
        ['Бул нөмирге емес, WeChat аркылы хабарласыныз.', 'Бул нөмирге емес, WeChat'],
        ['Осы нөмірге жазбаңыз, вичатқа жазыңыз.', 'Осы нөмірге жазбаңыз, вичатқа'],
      ],
      noMatch: ['Бұл нөмір емес, дұрысы WhatsApp-тағы нөмір, туған күнге шақырамын.'],
    },
  },
  {
    id: 'contact-via-wechat',
    tactic: 'secrecy-demand',
    score: 0.6,
    description: 'Asks to get in touch "through WeChat" or another private app rather than here.',
    match:
      /(?<!\p{L})(?:wechat|we\s+chat|вичат|вейчат|weixin|signal|сигнал|imo)\p{L}*(?:-?(?:та|те|да|де))?\s+(?:арқылы\s+)?(?:хабарласыңыз|хабарлас|байланысыңыз|байланысайық|жазысайық|сөйлесейік|жазыңыз|жаз)(?!\p{L})/iu,
    unless: [
      ...NOT_SECRECY,
      {
        pattern: /(?<!\p{L})(?:отбасы\s+тоб\p{L}*|сынып\p{L}*|топқа\s+қосыл\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'a family or class group',
      },
    ],
    examples: {
      match: [
        ['Толығырақ WeChat арқылы хабарласыңыз: kz_555.', 'WeChat арқылы хабарласыңыз'],
        ['Signal-да жазысайық.', 'Signal-да жазысайық'],
      ],
      noMatch: ['Анам WeChat-та отбасы тобын ашты.'],
    },
  },
]);
