import { defineRules } from '../define';
import { AUTHORITY, AUTHORITY_FROM, SELF } from './_lexicon';

/** The robocall script: a key to press, "your important document", a number to call back. */
const ROBOCALL =
  /(?<![\p{L}\d])\d ?-?(?:نى)? ?(?:بېسىڭ|بېسىپ)\p{L}*|مۇھىم ?(?:ھۆججىت|ئۇقتۇرۇش)\p{L}*ىڭىز\p{L}*|(?:ھۆججىتىڭىز|ئۇقتۇرۇشىڭىز)\p{L}*|بۇ ?نومۇرغا ?(?:قايتا ?)?تېلېفون ?قىلىڭ/u;

/** Having been at the police station oneself ("I came back from the police"): no claim. */
const WAS_THERE =
  /(?:قايتىپ ?كېلىپ|قايتىپ ?كەلدىم|قايتىپ ?كەلدۇق|كەلدىم|چىقتىم|چىقتۇق|باردىم|قايتتىم|چىقىپ)(?!\p{L})/u;

/** First-person calling, writing, contacting: "[from the embassy] we are calling you". */
const CALLING =
  /(?:تېلېفون|ئۇچۇر|خەت) ?(?:قىلىۋاتىمەن|قىلىۋاتىمىز|قىلدۇق|قىلدىم|يوللاۋاتىمىز|ئەۋەتىۋاتىمىز)|(?:ئۇرۇۋاتىمەن|ئۇرۇۋاتىمىز|سۆزلەۋاتىمەن|سۆزلەۋاتىمىز|ئالاقىلىشىۋاتىمىز|ئالاقىلىشىۋاتىمەن)(?!\p{L})/u;

/** A relative passing on what the police say or want. */
const RELAYED =
  /(?:سوراۋات|سوراپ|سورىدى|تەلەپ ?قىلىۋات|تەلەپ ?قىلدى|دەۋاتىدۇ|دەيدۇ|دەپتۇ|دېدى|سۆزلەشمەكچى|كۆرۈشمەكچى|ئالاقىلىشىڭ ?دېدى|سىزگە ?دەپ ?قوي|يەتكۈزۈپ ?قوي)\p{L}*/u;

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
      ],
      noMatch: [
        'مەن ساقچى ئىدارىسىدىن ھازىر قايتىپ كەلدىم، ماشىنا ئوغرىلانغان.',
        'ساقچى ئىدارىسى دۈشەنبە كۈنى تاقىلىدۇ.',
        'ئەلچىخانىغا بارىمەن.',
      ],
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
    description: 'A caller says they are calling or writing from an authority.',
    match: AUTHORITY_FROM,
    near: [{ pattern: CALLING, within: 40, side: 'after' }],
    unless: [{ pattern: WAS_THERE, within: 0, factor: 0.2, reason: 'the writer only visited' }],
    examples: {
      match: [
        ['كونسۇلخانىدىن تېلېفون قىلىۋاتىمىز', 'كونسۇلخانىدىن تېلېفون قىلىۋاتىمىز'],
        ['ساقچىخانىدىن سىزگە ئۇچۇر يوللاۋاتىمىز', 'ساقچىخانىدىن سىزگە ئۇچۇر يوللاۋاتىمىز'],
      ],
      noMatch: ['ساقچىخانىدىن قايتىپ كېلىپ سىزگە تېلېفون قىلدىم.', 'ئەلچىخانىدىن خەت كەلدى.'],
    },
  },
  {
    id: 'this-is-authority',
    tactic: 'authority-claim',
    score: 0.85,
    description: '"This is the consulate general": an authority named as the speaker, ending the clause.',
    match: new RegExp(`(?:${AUTHORITY.source})(?= ?[.!,:;\\n]|$)`, 'u'),
    near: [{ pattern: /(?<!\p{L})(?:بۇ|بىز|مەن)(?!\p{L})/u, within: 50, side: 'before' }],
    examples: {
      match: [
        ['بۇ جۇڭگونىڭ ئەنقەرەدىكى ئەلچىخانىسى. سىزگە ئۇقتۇرۇش بار', 'بۇ جۇڭگونىڭ ئەنقەرەدىكى ئەلچىخانىسى'],
        ['ئەسسالامۇ ئەلەيكۇم، بىز ساقچى، ئىشىكنى ئېچىڭ', 'بىز ساقچى'],
      ],
      noMatch: ['بۇ يىل ئەلچىخانىغا بارماقچىمەن.', 'بۇ بىنا ساقچى ئىدارىسىنىڭ يېنىدا.'],
    },
  },
  {
    id: 'i-am-officer',
    tactic: 'authority-claim',
    score: 0.85,
    description: '"I am a police officer / a consular official": a first-person predicate of office.',
    match:
      /(?<!\p{L})(?:ساقچى|خادىم|ئەمەلدار|كادىر|دىپلومات|كونسۇل)(?:مەن|مىز)(?!\p{L})|(?<!\p{L})(?:مەن|بىز) (?:ساقچى|دۆلەت ?بىخەتەرلىك خادىمى|ئەلچىخانا خادىمى|كونسۇلخانا خادىمى)(?!\p{L})/u,
    examples: {
      match: [
        ['سالام، مەن ساقچىمەن، بىر نەچچە سوئالىم بار.', 'ساقچىمەن'],
        ['مەن كونسۇلخانا خادىمى، سىزنى ئىزدەۋاتىمەن', 'مەن كونسۇلخانا خادىمى'],
      ],
      noMatch: ['ئاكام ساقچى بولۇپ ئىشلەيدۇ.', 'مەن ساقچىغا بارىمەن.'],
    },
  },
  {
    id: 'staff-of-authority',
    tactic: 'authority-claim',
    score: 0.85,
    description:
      '"I am an officer of the state security bureau": a first-person claim of office in an authority.',
    match: new RegExp(
      `(?:${AUTHORITY.source})(?:نىڭ)? (?:خادىمى|ساقچىسى|ئەمەلدارى|باشلىقى|مەسئۇلى|خىزمەتچىسى|ۋەكىلى)(?:مەن|مىز)?(?!\\p{L})`,
      'u',
    ),
    near: [{ pattern: SELF, within: 60, side: 'before' }],
    examples: {
      match: [
        ['مەن دۆلەت بىخەتەرلىك ئىدارىسىنىڭ خادىمى، ئىسمىم ۋاڭ.', 'مەن دۆلەت بىخەتەرلىك ئىدارىسىنىڭ خادىمى'],
      ],
      noMatch: ['ئاكام ساقچى ئىدارىسىنىڭ خادىمى ئىدى، ھازىر پېنسىيەدە.'],
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
        [
          'جۇڭگو باش كونسۇلخانىسىنىڭ ئاپتوماتىك ئاۋازى: ئۇقتۇرۇشىڭىز بار',
          'كونسۇلخانىسىنىڭ ئاپتوماتىك ئاۋازى: ئۇقتۇرۇشىڭىز',
        ],
      ],
      noMatch: ['ئەلچىخانا ئۇقتۇرۇشى: ئىشخانا دۈشەنبە كۈنى تاقىلىدۇ.'],
    },
  },
  {
    id: 'relayed-authority-demand',
    tactic: 'authority-claim',
    score: 0.75,
    description: 'A relative relays what the police or another named authority ask or want.',
    match: AUTHORITY,
    near: [{ pattern: RELAYED, within: 80, side: 'after', crossSentence: true }],
    examples: {
      match: [
        [
          'ساقچىلار يەنە كەلدى. ئۇلار سىزنىڭ ئادرېسىڭىزنى سوراۋاتىدۇ',
          'ساقچىلار يەنە كەلدى. ئۇلار سىزنىڭ ئادرېسىڭىزنى سوراۋاتىدۇ',
        ],
        ['مەھەللە كومىتېتىدىكىلەر سىز بىلەن كۆرۈشمەكچى', 'مەھەللە كومىتېتىدىكىلەر سىز بىلەن كۆرۈشمەكچى'],
      ],
      noMatch: ['ساقچىلار ئۆيگە كەلدى، ئاندىن كەتتى.', 'ئەلچىخانا يېڭى بىنا سالدى.'],
    },
  },
]);
