import { defineRules } from '../define';
import { AUTHORITY, DOCUMENT, FORMALITY } from './_lexicon';

/** What the target is told to do about the "document": collect, sign, press, call back, come. */
const ACT_ON_IT =
  /(?:تاپشۇرۇۋېل|تاپشۇرۇۋال|ئېلىپ ?كېت|ئالغىلى|ئىمزا|بىر ?تەرەپ ?قىل|بېسىڭ|تېلېفون ?قىلىڭ|ئالاقىلىشىڭ|كېلىپ ?كېتىڭ|كېلىڭ|(?<!\p{L})بار(?!\p{L})|كۈتۈۋاتىدۇ|ساقلىنىۋاتىدۇ|مۇددىتى|ۋاقتى ?توش|ئەمەلدىن ?قال|ئىناۋەتسىز)\p{L}*/u;

/** "Your file / your documents" in the second person. */
const YOUR_FILE =
  /(?<!\p{L})(?:ھۆججىتىڭىز|ھۆججەتلىرىڭىز|ئارخىپىڭىز|دېلوڭىز|دېلويىڭىز|ئۇقتۇرۇشىڭىز|خېتىڭىز)\p{L}*/u;

/** A keypad instruction: "press 1", "1 نى بېسىڭ". */
const PRESS_DIGIT =
  /(?<![\p{L}\d])\d ?-?(?:نى|نومۇرنى|نومۇرلۇق كۇنۇپكىنى)? ?(?:بېسىڭ|بېسىپ|باسسىڭىز|بېسىڭلار)\p{L}*/u;

/** A letter, notice, file or papers (not an identity card). */
const LETTER = /(?<!\p{L})(?:خەت|خېت|ھۆججەت|ھۆججىت|ئۇقتۇرۇش|مەكتۇپ|چاقىرىق|پوچتا|قەغەز|ئارخىپ)\p{L}*/u;

/** Addressed to the target: "for you", "in your name", "from your home town", "about your registration". */
const FOR_YOU =
  /(?<!\p{L})(?:سىزگە|نامىڭىز(?:غا|دا)|سىزنىڭ ?نامىڭىزدا|يۇرتىڭىزدىن|\p{L}+(?<=ىڭىزغا|ىڭىزگە) ?(?:ئائىت|دائىر|مۇناسىۋەتلىك|ئالاقىدار))(?!\p{L})/u;

/** Collect it, sign it in person, call back, or it expires / goes on the record. */
const COLLECT_OR_ELSE =
  /(?:ئىمزا ?(?:قويۇڭ|قويۇش|قويۇپ|قويمىسىڭىز)|ئىمزالا|تاپشۇرۇۋېل(?:ىڭ|ىش)|تاپشۇرۇۋالمىسىڭىز|تاپشۇرۇۋېلىنمىسا|ئالمىسىڭىز|ئېلىنمىدى|ئۆزىڭىز ?كېلىپ|شەخسەن|ئالغىلى ?كېلىڭ|قايتا ?تېلېفون ?قىلىڭ|ئالاقىلىشىڭ|ۋاقتى ?توش|مۇددىتى|ئىناۋەتسىز|قايتۇرۇل|خاتىرىلىن|ئارخىپىڭىزغا)\p{L}*|(?<![\p{L}\d])\d ?-?(?:نى)? ?بېسىڭ/u;

/** An appointment the target booked, a school or landlord letter: ordinary paperwork. */
const ORDINARY = {
  pattern:
    /(?<!\p{L})(?:ئۇچرىشىش ?ۋاقت|ئۇچرىشىشىڭىز|قوبۇل ?قىلىش ?خېت|ئىجارە|مەكتەپ|ئاتا-?ئانىلار ?يىغىن|كۆچمەنلەر|ئادۋوكات|سوت ?ئاڭلاش|بانكا)\p{L}*/u,
  factor: 0.3,
  reason: 'an appointment or ordinary paperwork',
};

export default defineRules('ug', 'official-document-pretext', [
  {
    id: 'important-document',
    tactic: 'official-document-pretext',
    score: 0.8,
    description:
      '"You have an important document": a document to collect, sign or process, or a call to make about it.',
    match: /مۇھىم ?(?:بىر ?)?(?:ھۆججەت|ھۆججىت|ئۇقتۇرۇش|خەت|خېت|پوچتا|مەكتۇپ)\p{L}*/u,
    near: [{ pattern: ACT_ON_IT, within: 60, crossSentence: true }],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:ساقلاڭ|ئېھتىيات|يوقىتىپ ?قويماڭ|ئۇنتۇپ ?قالماڭ|ئېلىپ ?كېلىڭ|ئېلىۋېلىڭ)(?!\p{L})/u,
        within: 25,
        factor: 0.3,
        reason: 'advice to keep or bring one’s own papers',
      },
    ],
    examples: {
      match: [
        ['ئەلچىخانىدا مۇھىم ھۆججىتىڭىز ساقلىنىۋاتىدۇ', 'مۇھىم ھۆججىتىڭىز ساقلىنىۋاتىدۇ'],
        ['ئەلچىخانىدا مۇھىم ھۆججەت سىزنى كۈتۈۋاتىدۇ', 'مۇھىم ھۆججەت سىزنى كۈتۈۋاتىدۇ'],
        ['مۇھىم ئۇقتۇرۇش: ھۆججىتىڭىزنى ئالغىلى كېلىڭ', 'مۇھىم ئۇقتۇرۇش: ھۆججىتىڭىزنى ئالغىلى'],
        ['نامىڭىزغا مۇھىم بىر خەت بار', 'مۇھىم بىر خەت بار'],
      ],
      noMatch: [
        'سەپەردە مۇھىم ھۆججەتلىرىڭىزنى ئېھتىيات بىلەن ساقلاڭ.',
        'مۇھىم ئۇقتۇرۇش: كونسۇلخانا دۈشەنبە كۈنى ئىشلىمەيدۇ.',
      ],
    },
  },
  {
    id: 'letter-for-you-to-collect',
    tactic: 'official-document-pretext',
    score: 0.75,
    description:
      '"A sealed letter from your home town has arrived for you; sign for it in person or it goes on your record".',
    match: LETTER,
    near: [
      { pattern: FOR_YOU, within: 40, side: 'before' },
      { pattern: COLLECT_OR_ELSE, within: 120, side: 'after', crossSentence: true },
    ],
    unless: [ORDINARY, { pattern: FORMALITY, factor: 0.3, reason: 'an employer or bank formality' }],
    examples: {
      match: [
        [
          'يۇرتىڭىزدىن سىزگە پېچەتلەنگەن بىر خەت كەلدى، ئۆزىڭىز كېلىپ ئىمزا قويۇڭ',
          'سىزگە پېچەتلەنگەن بىر خەت كەلدى، ئۆزىڭىز كېلىپ',
        ],
        [
          'نوپۇسىڭىزغا ئائىت ھۆججەتلەر ئىشخانىمىزغا كەلدى، ئىمزا قويۇشىڭىز كېرەك',
          'نوپۇسىڭىزغا ئائىت ھۆججەتلەر ئىشخانىمىزغا كەلدى، ئىمزا قويۇشىڭىز',
        ],
      ],
      noMatch: [
        'سىزگە خەت يازدىم، تاپشۇرۇۋالدىڭىزمۇ؟ ئوقۇپ بېقىڭ.',
        'گېرمانىيە كونسۇلخانىسىدىكى ئۇچرىشىشىڭىز جەزملەشتى، قوبۇل قىلىش خېتىنى ئېلىپ كېلىڭ.',
      ],
    },
  },
  {
    id: 'document-to-sign',
    tactic: 'official-document-pretext',
    score: 0.65,
    description: 'Papers the target must sign in person, with no employer or landlord named.',
    match: /ئىمزا ?(?:قويۇشىڭىز|قويۇڭ|قويۇپ ?(?:بېرىڭ|كېتىڭ|ئېلىڭ)|قويمىسىڭىز|لاڭ)\p{L}*/u,
    near: [{ pattern: LETTER, within: 50, side: 'before', crossSentence: true }],
    unless: [ORDINARY, { pattern: FORMALITY, factor: 0.3, reason: 'an employer or bank formality' }],
    examples: {
      match: [['بىر ھۆججەتكە ئىمزا قويۇشىڭىز لازىم', 'ھۆججەتكە ئىمزا قويۇشىڭىز']],
      noMatch: ['ئىجارە توختامىغا ئىمزا قويۇش ئۈچۈن ئەتە كېلىڭ.'],
    },
  },
  {
    id: 'your-file-must-be-processed',
    tactic: 'official-document-pretext',
    score: 0.75,
    description:
      '"Your file must be processed / is waiting / expires": a personal file the target must act on.',
    match: YOUR_FILE,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:بىر ?تەرەپ ?قىلىن|بىر ?تەرەپ ?قىلىش|تاپشۇرۇۋېل|تاپشۇرۇۋال|ئىمزا|مۇددىتى|ئەمەلدىن ?قال|توختىتىل|مەسىلە|كۈتۈۋاتىدۇ|ساقلىنىۋاتىدۇ|تەكشۈرۈل|ئىناۋەتسىز)\p{L}*/u,
        within: 50,
      },
    ],
    boost: [
      { pattern: AUTHORITY, within: 80, factor: 1.15, reason: 'an embassy or police office holds the file' },
    ],
    examples: {
      match: [
        ['ھۆججىتىڭىز تېزدىن بىر تەرەپ قىلىنمىسا ئەمەلدىن قالىدۇ', 'ھۆججىتىڭىز تېزدىن بىر تەرەپ قىلىنمىسا'],
        ['ئارخىپىڭىزدا مەسىلە بار، دەرھال ئالاقىلىشىڭ', 'ئارخىپىڭىزدا مەسىلە'],
      ],
      noMatch: ['ھۆججەتلىرىڭىزنى ئېلىپ كېلىڭ، ئۇچرىشىش سائەت 10 دا.', 'ھۆججىتىم بىر تەرەپ قىلىندى، رەھمەت.'],
    },
  },
  {
    id: 'press-digit-robocall',
    tactic: 'official-document-pretext',
    score: 0.45,
    description:
      'A recorded call telling the listener to press a key about a document or notice, the consular robocall script.',
    match: PRESS_DIGIT,
    boost: [
      {
        pattern: /(?<!\p{L})(?:ھۆججەت|ھۆججىت|ئۇقتۇرۇش|خەت|خېت|كونسۇل|قونسۇل|ئەلچى)\p{L}*/u,
        within: 80,
        factor: 1.35,
        reason: 'about a document, notice or office',
      },
    ],
    examples: {
      match: [
        ['[ئاپتوماتىك ئاۋاز] ئۇقتۇرۇشىڭىز بار، 1 نى بېسىڭ', '1 نى بېسىڭ'],
        ['ھۆججىتىڭىز ھەققىدە تەپسىلاتى ئۈچۈن 0 نى بېسىڭ', '0 نى بېسىڭ'],
      ],
      noMatch: ['كۇنۇپكىنى بېسىپ قويدۇم.', '2 سائەتتىن كېيىن كېلىمەن.'],
    },
  },
  {
    id: 'your-document-has-a-problem',
    tactic: 'official-document-pretext',
    score: 0.6,
    description:
      '"There is a problem with your passport / it has been flagged": a document pretext for a call back.',
    match: DOCUMENT,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:مەسىلە|ئەمەلدىن ?قال|بىكار ?قىلىن|توختىتىل|توڭلىتىل|تەكشۈرۈل|چەكلەن|بەلگە ?قويۇل)\p{L}*/u,
        within: 30,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:پاسپو?رت[ۇى]م|كىملىكىم|ئىقامىتىم|ۋىزام|كارتام)\p{L}*/u,
        within: 0,
        factor: 0.2,
        reason: "the writer's own document",
      },
      {
        pattern: /(?<!\p{L})بولمىسا(?!\p{L})/u,
        within: 15,
        side: 'before',
        factor: 0.4,
        reason: 'a consequence of not complying, not the pretext itself',
      },
    ],
    boost: [
      { pattern: AUTHORITY, within: 100, factor: 1.3, reason: 'an embassy or police office is named' },
      { pattern: PRESS_DIGIT, within: 100, factor: 1.3, reason: 'a keypad instruction follows' },
    ],
    examples: {
      match: [['پاسپورتىڭىزدا مەسىلە بار، 0 نى بېسىڭ', 'پاسپورتىڭىزدا مەسىلە']],
      noMatch: ['پاسپورتۇمدا مەسىلە بار، ئەتە ئەلچىخانىغا بارىمەن.'],
    },
  },
  {
    id: 'urgent-call-back-authority',
    tactic: 'official-document-pretext',
    score: 0.6,
    description: 'An embassy or police office urges a call back about an unnamed matter.',
    match:
      /(?<!\p{L})(?:قايتا ?تېلېفون ?قىلىڭ|بۇ ?نومۇرغا ?(?:تېلېفون ?قىلىڭ|ئالاقىلىشىڭ)|دەرھال ?ئالاقىلىشىڭ|تېزدىن ?ئالاقىلىشىڭ|تېزدىن ?تېلېفون ?قىلىڭ)\p{L}*/u,
    near: [{ pattern: AUTHORITY, within: 120, crossSentence: true }],
    examples: {
      match: [['بۇ ئەلچىخانىدىن. دەرھال ئالاقىلىشىڭ: 555 0100', 'ئەلچىخانىدىن. دەرھال ئالاقىلىشىڭ']],
      noMatch: ['ئاپا، ۋاقتىڭىز بولسا قايتا تېلېفون قىلىڭ.'],
    },
  },
]);
