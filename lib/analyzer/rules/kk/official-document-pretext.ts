import { defineRules } from '../define';
import { LEGIT_ID_CONTEXT as LEGIT_OTHER } from '../ru/_lexicon';
import { AUTHORITY, DOCUMENT, LEGIT_ID_CONTEXT, OWN_DOCUMENT, PRESS_KEY } from './_lexicon';

const PAPERS =
  /(?<!\p{L})(?:құжат\p{L}*|хат\p{L}*|хабарлама\p{L}*|қағаз\p{L}*|повестка\p{L}*|шақыру\s+қағаз\p{L}*|документ\p{L}*|өтініш\p{L}*|міндеттеме\p{L}*|қолхат\p{L}*)(?!\p{L})/iu;

export default defineRules('kk', 'official-document-pretext', [
  {
    id: 'important-document',
    tactic: 'official-document-pretext',
    score: 0.82,
    description: 'An "important" or "urgent" document, letter or summons waiting for the person.',
    match:
      /(?<!\p{L})(?:(?:маңызды|шұғыл|жедел|ресми)\s+(?:құжат|хат|қағаз|повестка|документ)\p{L}*|(?:шұғыл|жедел)\s+хабарлама\p{L}*)/iu,
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:ұмытпаңыз|ұмытпа|алып\s+жүріңіз|өзіңізбен|сақтаңыз|сақтап\s+қойыңыз|жол\s+жүргенде|сапарға)(?!\p{L})/iu,
        within: 25,
        factor: 0.3,
        reason: "a reminder to take or keep one's own papers",
      },
    ],
    examples: {
      match: [
        ['Сізге маңызды құжат келді.', 'маңызды құжат'],
        ['Атыңызға шұғыл хат түсті, консулдыққа хабарласыңыз.', 'шұғыл хат'],
        ['Сіздің атыңызға шұғыл хабарлама келді.', 'шұғыл хабарлама'],
      ],
      noMatch: ['Сапарға маңызды құжаттарды алуды ұмытпаңыз.'],
    },
  },
  {
    id: 'document-in-your-name',
    tactic: 'official-document-pretext',
    score: 0.75,
    description: 'A document or letter said to be waiting "in your name" or "for you".',
    match:
      /(?<!\p{L})(?:атыңызға|сіздің\s+атыңызға|атыңа|сізге|саған|ісіңіз\s+бойынша|ісің\s+бойынша)(?!\p{L})/iu,
    near: [
      { pattern: PAPERS, within: 25, side: 'after' },
      {
        pattern: /(?<!\p{L})(?:келді|келіп\s+түсті|түсті|бар|жатыр|дайын|жіберілді)(?!\p{L})/iu,
        within: 40,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:(?:сізге|саған)\s+хабарлама(?:лар)?\s+(?:бар|келді)|тапсырыс\p{L}*|дүкен\p{L}*|жеңілдік\p{L}*|акция\p{L}*)(?!\p{L})/iu,
        within: 30,
        factor: 0.3,
        reason: 'an ordinary message, order or advertisement',
      },
    ],
    examples: {
      match: [['Атыңызға құжат келіп түсті, алуыңыз керек.', 'Атыңызға құжат келіп түсті']],
      noMatch: ['Сізге хабарлама бар, чатты қараңыз.', 'Сізге тапсырыс келді, дүкенге келіңіз.'],
    },
  },
  {
    id: 'robocall-press-key',
    tactic: 'official-document-pretext',
    score: 0.85,
    description: 'A recorded call about a document or from an embassy asks to press a key.',
    match: PRESS_KEY,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:құжат\p{L}*|хат\p{L}*|хабарлама\p{L}*|консулд\p{L}*|елшілі\p{L}*|пасп[оа]рт\p{L}*|виза\p{L}*|документ\p{L}*|консуль?ств\p{L}*|посоль?ств\p{L}*)(?!\p{L})/iu,
        within: 120,
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'Сізге маңызды құжат келді. Толығырақ білу үшін 1-ді басыңыз.',
          'құжат келді. Толығырақ білу үшін 1-ді басыңыз',
        ],
      ],
      noMatch: ['Операторға қосылу үшін 0-ді басыңыз.'],
    },
  },
  {
    id: 'document-problem',
    tactic: 'official-document-pretext',
    score: 0.72,
    description: "A claimed problem with the person's passport, visa or file that must be settled.",
    match: DOCUMENT,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:мәселе\p{L}*|проблема\p{L}*|жарамсыз\p{L}*|жойыл\p{L}*|бұғатта\p{L}*|күшін\s+жой\p{L}*|тоқтатыл\p{L}*|заңсыз\p{L}*)(?!\p{L})/iu,
        within: 30,
      },
    ],
    unless: [
      { pattern: LEGIT_ID_CONTEXT, factor: 0.3, reason: 'a bank, employer or public-service notice' },
      { pattern: LEGIT_OTHER, factor: 0.3, reason: 'a bank, employer or public-service notice' },
      { pattern: OWN_DOCUMENT, within: 0, factor: 0.3, reason: "the writer's own document" },
      {
        pattern: /(?<!\p{L})(?:менің|менде|бізде|біздің)(?!\p{L})/iu,
        within: 25,
        side: 'before',
        factor: 0.4,
        reason: "the writer's own trouble",
      },
    ],
    examples: {
      match: [['Паспортыңызда мәселе бар, бізге хабарласыңыз.', 'Паспортыңызда мәселе']],
      noMatch: ['Менде паспортымда мәселе бар, суға түсіп кетті.'],
    },
  },
  {
    id: 'problem-with-your-papers',
    tactic: 'official-document-pretext',
    score: 0.7,
    description:
      'A claimed problem with "your documents" or "your file" that must be settled with the caller.',
    match: /(?<!\p{L})(?:құжат(?:тар)?ың\p{L}*|ісіңіз\p{L}*|іс\s+қағаздарыңыз\p{L}*)(?!\p{L})/iu,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:мәселе\p{L}*|проблема\p{L}*|жарамсыз\p{L}*|қате\p{L}*|бұғатта\p{L}*|күшін\s+жой\p{L}*|тоқтатыл\p{L}*|заңсыз\p{L}*)(?!\p{L})/iu,
        within: 25,
        side: 'after',
      },
    ],
    examples: {
      match: [['Құжаттарыңызда мәселе бар, оны шешу үшін бізге хабарласыңыз.', 'Құжаттарыңызда мәселе']],
      noMatch: ['Құжаттарыңыз дайын, алып кетуге болады.'],
    },
  },
  {
    id: 'collect-urgently',
    tactic: 'official-document-pretext',
    score: 0.7,
    description:
      'The person must urgently collect or sign a document at a consulate, embassy or police office.',
    match:
      /(?<!\p{L})(?:алып\s+кетуіңіз|алуыңыз|келіп\s+алыңыз|қол\s+қоюыңыз|келуіңіз|барып\s+алыңыз)(?!\p{L})/iu,
    near: [
      { pattern: PAPERS, within: 40 },
      { pattern: AUTHORITY, within: 60 },
      {
        pattern:
          /(?<!\p{L})(?:шұғыл|тез\s+арада|дереу|жедел|міндетті\s+түрде|бүгін|ертеңге\s+дейін)(?!\p{L})/iu,
        within: 40,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:жазыл\p{L}*|кесте\p{L}*|қабылдау\s+уақыты|сағат\s+\d{1,2}[:.]\d{2}-ден)(?!\p{L})/iu,
        factor: 0.4,
        reason: 'an ordinary appointment or opening hours',
      },
    ],
    examples: {
      match: [['Құжатыңызды консулдықтан шұғыл алуыңыз керек.', 'Құжатыңызды консулдықтан шұғыл алуыңыз']],
      noMatch: ['Құжатыңызды консулдықтан алдын ала жазылу арқылы алуыңызға болады.'],
    },
  },
  {
    id: 'sign-a-document',
    tactic: 'official-document-pretext',
    score: 0.72,
    description:
      'The person must come and sign a document for a consulate, the police or "in your name" ("құжатқа қол қоюыңыз керек").',
    match:
      /(?<!\p{L})(?:қол\s+(?:қоюыңыз|қоюың|қою\s+керек|қою\s+қажет|қою\s+үшін|қойыңыз|қойыңызшы|қойып\s+(?:кетіңіз|беріңіз|алыңыз|жіберіңіз)|қойсаңыз|қоюға)|подписать|подпишите)(?!\p{L})/iu,
    near: [
      { pattern: PAPERS, within: 40 },
      {
        pattern:
          /(?<!\p{L})(?:к[оа]нсул(?!ьт|т)\p{L}*|елшілі[кг]\p{L}*|полиция\p{L}*|бөлім\p{L}*|атыңызға|шұғыл|тез\s+арада|дереу|жеке\s+өзіңіз|өзіңіз\s+келіп)(?!\p{L})/iu,
        within: 80,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:келісімшарт\p{L}*|шарт\p{L}*|жалға\p{L}*|банк\p{L}*|жұмысқа\p{L}*|кадр\p{L}*|мектеп\p{L}*|ата-ана\p{L}*|нотариус\p{L}*|пәтер\p{L}*|эцқ|эцп|egov|сенімхат\p{L}*|несие\p{L}*|договор\p{L}*|бухгалтер\p{L}*|кеңсе\p{L}*|директор\p{L}*|деканат\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'a contract, a bank, an employer or a school',
      },
    ],
    examples: {
      match: [
        ['Консулдыққа келіп, бір құжатқа қол қоюыңыз керек.', 'Консулдыққа келіп, бір құжатқа қол қоюыңыз'],
        ['Атыңызға повестка келді, тез арада қол қойыңыз.', 'повестка келді, тез арада қол қойыңыз'],
      ],
      noMatch: ['Жалға алу шартына қол қойыңыз да, көшірмесін жіберіңіз.', 'Құжатқа қол қойдым, рахмет.'],
    },
  },
]);
