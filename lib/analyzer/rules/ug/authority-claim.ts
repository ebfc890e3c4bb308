import { defineRules } from '../define';
import { AUTHORITY, AUTHORITY_FROM, AUTHORITY_STEMS, HOMELAND_DATIVE, SELF, SEND, TELL } from './_lexicon';

/** The robocall script: a key to press, "your important document", a number to call back. */
const ROBOCALL =
  /(?<![\p{L}\d])\d ?-?(?:نى)? ?(?:بېسىڭ|بېسىپ)\p{L}*|مۇھىم ?(?:ھۆججىت|ئۇقتۇرۇش)\p{L}*ىڭىز\p{L}*|(?:ھۆججىتىڭىز|ئۇقتۇرۇشىڭىز)\p{L}*|بۇ ?نومۇرغا ?(?:قايتا ?)?تېلېفون ?قىلىڭ|ئاپتوماتىك\p{L}*/u;

/** Having been at the police station oneself ("I came back from the police"): no claim. */
const WAS_THERE =
  /(?<!\p{L})(?:قايتىپ ?كېلىپ|قايتىپ ?كەلدىم|قايتىپ ?كەلدۇق|كەلدىم|چىقتىم|چىقتۇق|باردىم|قايتتىم|چىقىپ|قورقىمەن|قورقىمىز|كېلىمەن|بارىمەن)(?!\p{L})/u;

/** First-person calling, writing, contacting: "[from the embassy] we are calling you". */
const CALLING =
  /(?:تېلېفون|ئۇچۇر|خەت) ?(?:قىلىۋاتىمەن|قىلىۋاتىمىز|قىلدۇق|قىلدىم|يوللاۋاتىمىز|ئەۋەتىۋاتىمىز)|(?:ئۇرۇۋاتىمەن|ئۇرۇۋاتىمىز|سۆزلەۋاتىمەن|سۆزلەۋاتىمىز|ئالاقىلىشىۋاتىمىز|ئالاقىلىشىۋاتىمەن|يېزىۋاتىمەن|يېزىۋاتىمىز|ئاۋارە ?قىلىۋاتىمەن|ئاۋارە ?قىلىۋاتىمىز)(?!\p{L})|(?<!\p{L})نامىدىن|ۋاكالىتەن/u;

/** A relative passing on what the police say or want. */
const RELAYED =
  /(?<!\p{L})(?:سوراۋات|سوراپ|سورىدى|تەلەپ ?قىلىۋات|تەلەپ ?قىلدى|دەۋاتىدۇ|دەيدۇ|دەپتۇ|دېدى|ئېيتتى|ئېيتىپتۇ|تاپىلىدى|تاپىلاپتۇ|بۇيرۇدى|بۇيرۇپتۇ|سۆزلەشمەكچى|كۆرۈشمەكچى|ئالاقىلىشىڭ ?دېدى|سىزگە ?دەپ ?قوي|يەتكۈزۈپ ?قوي|ئۇلاپ ?قوي|ئۇلايمەن)\p{L}*|(?<!\p{L})\p{L}+(?<=ىدىكەن|يدىكەن)(?!\p{L})/u;

/** An authority phrase closing its clause: "… باش كونسۇلخانىسى." or "… پاسپورت بۆلۈمى،". */
const AUTHORITY_CLAUSE = new RegExp(
  `(?:${AUTHORITY_STEMS})\\p{L}*(?: \\p{L}+){0,4}(?<=[اىە])(?<!غا|گە|قا|كە|دا|دە|تا|تە|نى|دى|تى|مۇ|لا)(?= ?[.!,:;\\n]|$)`,
  'u',
);

/** Holding an office: "officer", "police officer", "head", "representative". */
const OFFICE = 'خادىم|ساقچى|ئەمەلدار|باشلىق|مەسئۇل|خىزمەتچى|ۋەكىل|كادىر|دىپلومات|ئوفىتسېر|مۇئاۋىن|شۇجى|مۇدىر';

/** What makes a notice header a personal demand: return, send a document, press a key. */
const HEADER_DEMAND = new RegExp(
  `${SEND.source}|(?<![\\p{L}\\d])\\d ?-?(?:نى)? ?بېسىڭ|(?<!\\p{L})قايت(?!ا(?!\\p{L})|ىدىن)\\p{L}*|(?:${HOMELAND_DATIVE.source}) ?(?:بېرىش|بېرىڭ|بارسىڭىز|بېرىپ)\\p{L}*|بىكار ?قىلىنىدۇ|ئەمەلدىن ?قالىدۇ|دەلىللەڭ`,
  'u',
);

export default defineRules('ug', 'authority-claim', [
  {
    id: 'self-from-authority',
    tactic: 'authority-claim',
    score: 0.9,
    description:
      'The writer introduces themself as from the police, state security, an embassy or consulate.',
    match: AUTHORITY_FROM,
    near: [{ pattern: SELF, within: 60, side: 'before' }],
    unless: [
      { pattern: WAS_THERE, within: 15, side: 'after', factor: 0.2, reason: 'the writer only visited' },
    ],
    examples: {
      match: [
        ['ياخشىمۇسىز، مەن شەھەرلىك ساقچى ئىدارىسىدىن.', 'مەن شەھەرلىك ساقچى ئىدارىسىدىن'],
        ['بۇ جۇڭگو ئەلچىخانىسىدىن، سىز بىلەن سۆزلەشمەكچىمىز', 'بۇ جۇڭگو ئەلچىخانىسىدىن'],
        ['بىزلەر دۆلەت بىخەتەرلىكىدىنمىز', 'بىزلەر دۆلەت بىخەتەرلىكىدىنمىز'],
        ['مەن جامائەت خەۋپسىزلىكئىدارىسىدىن', 'مەن جامائەت خەۋپسىزلىكئىدارىسىدىن'],
        ['سالام، مەن 派出所 دىن، سىز بىلەن كۆرۈشەي', 'مەن 派出所 دىن'],
      ],
      noMatch: [
        'مەن ساقچى ئىدارىسىدىن ھازىر قايتىپ كەلدىم، ماشىنا ئوغرىلانغان.',
        'ساقچى ئىدارىسى دۈشەنبە كۈنى تاقىلىدۇ.',
        'ئەلچىخانىغا بارىمەن.',
      ],
    },
  },
  {
    id: 'self-from-authority-unit',
    tactic: 'authority-claim',
    score: 0.85,
    description:
      '"I am from the registration section of the city police bureau": a unit in the ablative after the authority.',
    match: AUTHORITY,
    near: [
      { pattern: SELF, within: 60, side: 'before' },
      {
        pattern: /(?<!\p{L})\p{L}+(?<=[دت]ىن(?:مەن|مىز)?)(?!\p{L})/u,
        within: 30,
        side: 'after',
      },
    ],
    unless: [
      { pattern: WAS_THERE, within: 15, side: 'after', factor: 0.2, reason: 'the writer only visited' },
    ],
    examples: {
      match: [
        [
          'مەن غۇلجا شەھەرلىك ساقچى ئىدارىسىنىڭ ئاھالە تىزىملىتىش بۆلۈمىدىن ئابلىمىت',
          'مەن غۇلجا شەھەرلىك ساقچى ئىدارىسىنىڭ ئاھالە تىزىملىتىش بۆلۈمىدىن',
        ],
      ],
      noMatch: ['مەن ساقچى ئىدارىسىنىڭ ئالدىدىن ئۆتۈپ كەلدىم.', 'مەن ساقچىلاردىن قورقىمەن.'],
    },
  },
  {
    id: 'self-from-authority-wrapped',
    tactic: 'authority-claim',
    score: 0.85,
    description:
      '"I am / we are … from the police" split over two lines, as OCR of a chat bubble returns it.',
    match: AUTHORITY_FROM,
    // "I/we" and a line break with no full stop between: a wrapped line, not a new sentence.
    near: [
      {
        pattern: /(?<!\p{L})(?:مەن|بىز|بىزلەر)(?!\p{L})[^.!?\n]{0,30}\n/u,
        within: 5,
        side: 'before',
        crossSentence: true,
      },
    ],
    unless: [
      { pattern: WAS_THERE, within: 15, side: 'after', factor: 0.2, reason: 'the writer only visited' },
    ],
    examples: {
      match: [
        [
          'سالام. بىز خوتەن ۋىلايەتلىك\nجامائەت خەۋپسىزلىك ئىدارىسىدىن.',
          'بىز خوتەن ۋىلايەتلىك\nجامائەت خەۋپسىزلىك ئىدارىسىدىن',
        ],
      ],
      noMatch: [
        'بىز ئەنسىرىدۇق. ساقچىدىن ھېچ خەۋەر يوق.',
        'مەن بىلمەيمەن.\nساقچى ئىدارىسىدىن قايتىپ كەلدىم.',
      ],
    },
  },
  {
    id: 'calling-from-authority',
    tactic: 'authority-claim',
    score: 0.85,
    description: 'A caller says they are calling or writing from, or in the name of, an authority.',
    match: AUTHORITY,
    near: [{ pattern: CALLING, within: 40, side: 'after' }],
    unless: [{ pattern: WAS_THERE, within: 0, factor: 0.2, reason: 'the writer only visited' }],
    examples: {
      match: [
        ['كونسۇلخانىدىن تېلېفون قىلىۋاتىمىز', 'كونسۇلخانىدىن تېلېفون قىلىۋاتىمىز'],
        ['ساقچىخانىدىن سىزگە ئۇچۇر يوللاۋاتىمىز', 'ساقچىخانىدىن سىزگە ئۇچۇر يوللاۋاتىمىز'],
        [
          'ئىلى ئوبلاستلىق جامائەت خەۋپسىزلىك باشقارمىسى نامىدىن يېزىۋاتىمەن',
          'جامائەت خەۋپسىزلىك باشقارمىسى نامىدىن',
        ],
      ],
      noMatch: ['ساقچىخانىدىن قايتىپ كېلىپ سىزگە تېلېفون قىلدىم.', 'ئەلچىخانىدىن خەت كەلدى.'],
    },
  },
  {
    id: 'this-is-authority',
    tactic: 'authority-claim',
    score: 0.85,
    description:
      '"This is the consulate general / its passport section": an authority named as the speaker, ending the clause.',
    match: AUTHORITY_CLAUSE,
    near: [{ pattern: /(?<!\p{L})(?:بۇ|بىز|مەن)(?!\p{L})/u, within: 50, side: 'before' }],
    examples: {
      match: [
        ['بۇ جۇڭگونىڭ ئەنقەرەدىكى ئەلچىخانىسى. سىزگە ئۇقتۇرۇش بار', 'بۇ جۇڭگونىڭ ئەنقەرەدىكى ئەلچىخانىسى'],
        ['ئەسسالامۇ ئەلەيكۇم، بىز ساقچى، ئىشىكنى ئېچىڭ', 'بىز ساقچى'],
        [
          'بۇ يەر كونسۇلخانىنىڭ پاسپورت بۆلۈمى. ئىلتىماسىڭىز قوبۇل قىلىنمىدى',
          'بۇ يەر كونسۇلخانىنىڭ پاسپورت بۆلۈمى',
        ],
        [
          'بۇ باش كونسۇلخانىسىنىڭ ئاپتوماتىك ئۇقتۇرۇشى. سىزگە ھۆججەت بار',
          'بۇ باش كونسۇلخانىسىنىڭ ئاپتوماتىك ئۇقتۇرۇشى',
        ],
      ],
      noMatch: [
        'بۇ يىل ئەلچىخانىغا بارماقچىمەن.',
        'بۇ بىنا ساقچى ئىدارىسىنىڭ يېنىدا.',
        'بۇ ئىشنى ساقچى بىلىدۇ.',
      ],
    },
  },
  {
    id: 'i-am-officer',
    tactic: 'authority-claim',
    score: 0.85,
    description: '"I am a police officer / a consular official": a first-person predicate of office.',
    match:
      /(?<!\p{L})(?:ساقچى|خادىم|ئەمەلدار|كادىر|دىپلومات|كونسۇل)(?:مەن|مىز)(?!\p{L})|(?<!\p{L})(?:مەن|بىز) (?:ساقچى|دۆلەت ?بىخەتەرلىك خادىمى|ئەلچىخانا خادىمى|كونسۇلخانا خادىمى)(?= ?[.!,:;\n]|$)/u,
    examples: {
      match: [
        ['سالام، مەن ساقچىمەن، بىر نەچچە سوئالىم بار.', 'ساقچىمەن'],
        ['مەن كونسۇلخانا خادىمى، سىزنى ئىزدەۋاتىمەن', 'مەن كونسۇلخانا خادىمى'],
      ],
      noMatch: ['ئاكام ساقچى بولۇپ ئىشلەيدۇ.', 'مەن ساقچىغا بارىمەن.', 'مەن ساقچى ئىدارىسىدىن ئەمدى چىقتىم.'],
    },
  },
  {
    id: 'staff-of-authority',
    tactic: 'authority-claim',
    score: 0.85,
    description:
      '"I am an officer of the state security bureau", "I work at the consulate": a first-person claim of office.',
    match: new RegExp(
      `(?:${AUTHORITY_STEMS})\\p{L}*(?: \\p{L}+){0,4}?(?: (?:${OFFICE})\\p{L}*(?<!نى|غا|گە|دىن|تىن|دا|دە)|(?<=دا|دە|تا|تە) (?:ئىشلەيمەن|ئىشلەيمىز|ئىشلەۋاتىمەن|خىزمەت ?قىلىمەن|خىزمەت ?قىلىمىز))(?!\\p{L})`,
      'u',
    ),
    near: [{ pattern: SELF, within: 60, side: 'before' }],
    unless: [
      {
        pattern: /(?<!\p{L})(?:ئىدى|بولغان|بولۇپ|ئىكەن|ئەمەس)(?!\p{L})/u,
        within: 12,
        side: 'after',
        factor: 0.2,
        reason: 'someone else’s job, or a past one',
      },
      {
        pattern: /(?<!\p{L})(?:بىلەن|بىلەنمۇ)(?!\p{L})/u,
        within: 2,
        side: 'after',
        factor: 0.2,
        reason: 'meeting an official, not being one',
      },
    ],
    examples: {
      match: [
        ['مەن دۆلەت بىخەتەرلىك ئىدارىسىنىڭ خادىمى، ئىسمىم ۋاڭ.', 'مەن دۆلەت بىخەتەرلىك ئىدارىسىنىڭ خادىمى'],
        ['مەن ناھىيەلىك ساقچى ئىدارىسىدىكى ما ساقچى.', 'مەن ناھىيەلىك ساقچى ئىدارىسىدىكى ما ساقچى'],
        ['مەن ساقچىخانىدا ئىشلەيمەن، سىز بىلەن كۆرۈشەي', 'مەن ساقچىخانىدا ئىشلەيمەن'],
        [
          'مەن جۇڭگو دۆلەت بىخەتەرلىك مىنىستىرلىكىنىڭ خادىمى، رايونىڭىزغا مەسئۇل',
          'مەن جۇڭگو دۆلەت بىخەتەرلىك مىنىستىرلىكىنىڭ خادىمى',
        ],
      ],
      noMatch: ['ئاكام ساقچى ئىدارىسىنىڭ خادىمى ئىدى، ھازىر پېنسىيەدە.', 'ئاكام ساقچىخانىدا ئىشلەيدۇ.'],
    },
  },
  {
    id: 'authority-robocall',
    tactic: 'authority-claim',
    score: 0.7,
    description: 'A recorded call in the name of an embassy or police with the document-and-keypad script.',
    match: AUTHORITY,
    near: [{ pattern: ROBOCALL, within: 100, side: 'after', crossSentence: true }],
    examples: {
      match: [
        ['جۇڭگو باش كونسۇلخانىسىنىڭ ئاپتوماتىك ئاۋازى: ئۇقتۇرۇشىڭىز بار', 'كونسۇلخانىسىنىڭ ئاپتوماتىك'],
      ],
      noMatch: ['ئەلچىخانا ئۇقتۇرۇشى: ئىشخانا دۈشەنبە كۈنى تاقىلىدۇ.'],
    },
  },
  {
    id: 'authority-header-with-demand',
    tactic: 'authority-claim',
    score: 0.75,
    description:
      'A message headed with an embassy or police name that makes a personal demand (return, send a document, press a key).',
    // Only in the first 80 characters: the header of the message, not a name in its body.
    match: new RegExp(`(?<![\\s\\S]{80})(?:${AUTHORITY_CLAUSE.source})(?= ?[:.\\n])`, 'u'),
    near: [{ pattern: HEADER_DEMAND, within: 250, side: 'after', crossSentence: true }],
    examples: {
      match: [
        [
          'جىددىي: ئەلچىخانا مۇلازىمەت مەركىزى. كىملىك كارتىڭىزنىڭ رەسىمىنى يۈكلەڭ',
          'ئەلچىخانا مۇلازىمەت مەركىزى. كىملىك كارتىڭىزنىڭ رەسىمىنى يۈكلەڭ',
        ],
        [
          'باش كونسۇلخانىسى: رەسمىيىتىڭىز خوتەندە بېجىرىلىدۇ. خوتەنگە بېرىشنى پىلانلاڭ.',
          'كونسۇلخانىسى: رەسمىيىتىڭىز خوتەندە بېجىرىلىدۇ. خوتەنگە بېرىشنى',
        ],
      ],
      noMatch: [
        'باش كونسۇلخانىسى: ئىشخانا يېڭى ئادرېسقا كۆچىدۇ، ئەپ ئارقىلىق ئورۇن ئالدۇرۇڭ.',
        'ئەلچىخانىسى: 2-يانۋار كۈنى كونسۇللۇق ئىشلىرى قوبۇل قىلىنمايدۇ.',
      ],
    },
  },
  {
    id: 'by-order-of-authority',
    tactic: 'authority-claim',
    score: 0.75,
    description:
      '"In line with the notice of the education department, fill in …": a demand made in an authority’s name.',
    match: AUTHORITY,
    near: [
      {
        pattern: /(?<!\p{L})(?:ئاساسەن|بويىچە|بىنائەن|نامىدىن|ۋاكالىتەن)(?!\p{L})/u,
        within: 30,
        side: 'after',
      },
      {
        pattern: new RegExp(`${SEND.source}|${TELL.source}|(?<!\\p{L})(?:شەرت|مەجبۇرىي)(?!\\p{L})`, 'u'),
        within: 250,
        side: 'after',
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'مائارىپ نازارىتىنىڭ ئۇقتۇرۇشىغا ئاساسەن، جەدۋەلنى تولدۇرۇڭ',
          'مائارىپ نازارىتىنىڭ ئۇقتۇرۇشىغا ئاساسەن، جەدۋەلنى تولدۇرۇڭ',
        ],
      ],
      noMatch: ['ئەلچىخانىنىڭ ئۇقتۇرۇشىغا ئاساسەن، ئىشخانا جۈمە كۈنى تاقىلىدۇ.'],
    },
  },
  {
    id: 'relayed-authority-demand',
    tactic: 'authority-claim',
    score: 0.75,
    description: 'A relative relays what the police or another named authority ask, want or said.',
    match: AUTHORITY,
    near: [{ pattern: RELAYED, within: 120, side: 'after', crossSentence: true }],
    examples: {
      match: [
        [
          'ساقچىلار يەنە كەلدى. ئۇلار سىزنىڭ ئادرېسىڭىزنى سوراۋاتىدۇ',
          'ساقچىلار يەنە كەلدى. ئۇلار سىزنىڭ ئادرېسىڭىزنى سوراۋاتىدۇ',
        ],
        ['مەھەللە كومىتېتىدىكىلەر سىز بىلەن كۆرۈشمەكچى', 'مەھەللە كومىتېتىدىكىلەر سىز بىلەن كۆرۈشمەكچى'],
        [
          'رايونلۇق ساقچىدىن ئادەملەر كەلدى. قايتمىساڭ ئىنىڭنى ئىشتىن ھەيدەيدىكەن',
          'ساقچىدىن ئادەملەر كەلدى. قايتمىساڭ ئىنىڭنى ئىشتىن ھەيدەيدىكەن',
        ],
      ],
      noMatch: ['ساقچىلار ئۆيگە كەلدى، ئاندىن كەتتى.', 'ئەلچىخانا يېڭى بىنا سالدى.'],
    },
  },
]);
