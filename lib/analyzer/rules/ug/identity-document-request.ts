import { defineRules } from '../define';
import { AUTHORITY, DOCUMENT, FORMALITY, NEED, NOT_NEEDED, OWN_DOCUMENT, SEND, TELL } from './_lexicon';

/** Passports handed *to* relatives are an offer (inducement), not a request. */
const GIVEN_TO_RELATIVES =
  /(?<!\p{L})(?:ئاتا-?\s?ئان[اى]|ئاپ[اى]|داد[اى]|ئائىل[ەى]|تۇغقانلىرى|بالىلىرى|ئۇلار|سىڭلى|ئىنى|ئاك[اى]|ئۇك[اى])\p{L}*(?<=غا|گە|قا|كە)(?!\p{L})/u;

/** A photo, scan, copy or number "of it" (the document named before, or lost by OCR). */
const COPY_OF_IT =
  /(?<!\p{L})(?:رەسىمى|سۈرىتى|كۆپەيتىلمىسى|كۆپىيىسى|نۇسخىسى|سكانىرى|سكانېرى|بىرىنچى بېتى|بېتى)\p{L}*/u;

/** What lowers every document rule: the writer's own papers, formalities, offers, "not needed". */
const NOT_A_REQUEST = [
  { pattern: OWN_DOCUMENT, within: 0, factor: 0.2, reason: "the writer's own document" },
  { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
  { pattern: GIVEN_TO_RELATIVES, within: 3, factor: 0.2, reason: 'documents offered to relatives' },
  {
    pattern:
      /(?<!\p{L})(?:چىقىدۇ|چىقىرىلىدۇ|بېرىلىدۇ|بېجىرىلىدۇ|(?:چىقىرىپ|ئىشلەپ|بېجىرىپ|ئېلىپ) ?بېرىمىز)(?!\p{L})/u,
    within: 20,
    side: 'after' as const,
    factor: 0.2,
    reason: 'a document issued as an offer',
  },
  {
    pattern: NOT_NEEDED,
    within: 25,
    side: 'after' as const,
    factor: 0.2,
    reason: 'the notice says it is not needed',
  },
];

export default defineRules('ug', 'identity-document-request', [
  {
    id: 'send-document',
    tactic: 'identity-document-request',
    score: 0.9,
    description:
      'A request to send, upload, photograph, read out or tell a passport, ID card, residence permit or visa (or its number).',
    match: DOCUMENT,
    // crossSentence: OCR breaks a screenshot's bubble into lines, and a line break ends a sentence.
    near: [{ pattern: new RegExp(`${SEND.source}|${TELL.source}`, 'u'), within: 70, crossSentence: true }],
    unless: NOT_A_REQUEST,
    examples: {
      match: [
        ['پاسپورتىڭىزنىڭ رەسىمىنى تېزدىن ئەۋەتىڭ.', 'پاسپورتىڭىزنىڭ رەسىمىنى تېزدىن ئەۋەتىڭ'],
        [
          'كىملىك كارتىڭىزنىڭ ئىككى يۈزىنى سۈرەتكە تارتىپ يوللاپ بېرىڭ',
          'كىملىك كارتىڭىزنىڭ ئىككى يۈزىنى سۈرەتكە تارتىپ يوللاپ بېرىڭ',
        ],
        ['ئايالىڭىزنىڭ ئىقامىتىنىمۇ ئەۋەتىپ بەرسىڭىز', 'ئىقامىتىنىمۇ ئەۋەتىپ بەرسىڭىز'],
        ['ياخشىمۇسىز، پاسپورت بېتىڭىزنى 发过来', 'پاسپورت بېتىڭىزنى 发过来'],
        ['ۋىزىڭىزنىڭ كۆپەيتىلمىسىنى ئېلخەتكە يوللاڭ', 'ۋىزىڭىزنىڭ كۆپەيتىلمىسىنى ئېلخەتكە يوللاڭ'],
        [
          'كىملىكىڭىزنىڭ ئارقا\nيۈزىنىڭ رەسىمىنى يوللاپبېرىڭ',
          'كىملىكىڭىزنىڭ ئارقا\nيۈزىنىڭ رەسىمىنى يوللاپبېرىڭ',
        ],
        ['كىملىك نومۇرىڭىزنى ئوقۇپ بېرىڭ', 'كىملىك نومۇرىڭىزنى ئوقۇپ بېرىڭ'],
        ['护照 بىلەن 签证 نىڭ رەسىمىنى 发给我', '护照 بىلەن 签证 نىڭ رەسىمىنى 发给我'],
        [
          'كىملىك كارتىڭىزنىڭ ئالدى-ئارقا يۈزىنى بۇ ئادرېسقا يۈكلەڭ',
          'كىملىك كارتىڭىزنىڭ ئالدى-ئارقا يۈزىنى بۇ ئادرېسقا يۈكلەڭ',
        ],
      ],
      noMatch: [
        'پاسپورتۇمنى ئەتە ئەۋەتىپ بېرىڭ دېدى، ئۆزۈم بارىمەن.',
        'خىزمەتكە كىرىش ئۈچۈن پاسپورتىڭىزنىڭ كۆپەيتىلمىسىنى كادىرلار بۆلۈمىگە يوللاڭ.',
        'دادىڭىزغا پاسپورت ئىشلەپ بېرىمىز، ئۇ سىزنى يوقلاپ بارالايدۇ.',
        'پاسپورتىڭىزنى ھېچكىمگە ئەۋەتمەڭ.',
        'پويىز بېلىتى ئالدىم، پاسپورتۇمنى سومكامغا سالدىم.',
        'ئىلتىماسىڭىز تەستىقلاندى، پاسپورتىڭىزنى ئەۋەتىشىڭىز ھاجەتسىز.',
      ],
    },
  },
  {
    id: 'document-needed',
    tactic: 'identity-document-request',
    score: 0.75,
    description:
      'Someone needs, asks for or demands a passport, ID or its number (also relayed: "they are asking for").',
    match: DOCUMENT,
    near: [{ pattern: NEED, within: 40, crossSentence: true }],
    unless: NOT_A_REQUEST,
    examples: {
      match: [
        ['ئۇلار ئىنىڭىزنىڭ كىملىك نومۇرىنى سوراۋاتىدۇ', 'كىملىك نومۇرىنى سوراۋاتىدۇ'],
        ['سىزنىڭ پاسپورت نومۇرىڭىز بىزگە لازىم', 'پاسپورت نومۇرىڭىز بىزگە لازىم'],
        ['ئىقامەت كارتىڭىزنىڭ سۈرىتى كېرەك ئىدى', 'ئىقامەت كارتىڭىزنىڭ سۈرىتى كېرەك'],
      ],
      noMatch: [
        'پاسپورتۇمنى يېڭىلاش كېرەك، ئەتە بارىمەن.',
        'بانكا ھېسابات ئېچىش ئۈچۈن كىملىك لازىم بولىدۇ.',
        'پاسپورت ئالدىم، بەك خۇشالمەن.',
      ],
    },
  },
  {
    id: 'what-is-your-number',
    tactic: 'identity-document-request',
    score: 0.8,
    description: '"What is your passport number?": the number asked for as a question.',
    match: DOCUMENT,
    near: [
      {
        pattern: /(?<!\p{L})نومۇر(?:ىڭىز|ىڭ|ى)\p{L}* ?(?:نەچچە|قانچە|نېمە|قانداق)(?!\p{L})/u,
        within: 5,
        side: 'after',
      },
    ],
    unless: NOT_A_REQUEST,
    examples: {
      match: [['پاسپورت نومۇرىڭىز نەچچە؟', 'پاسپورت نومۇرىڭىز نەچچە']],
      noMatch: ['پاسپورت نومۇرىم نەچچە ئىدى، ئۇنتۇپ قاپتىمەن.'],
    },
  },
  {
    id: 'show-document-on-camera',
    tactic: 'identity-document-request',
    score: 0.8,
    description: '"Show your passport to the camera during a video call": a document shown remotely.',
    match: DOCUMENT,
    near: [
      {
        pattern: /(?<!\p{L})كۆرسىت(?:ىڭ|ىپ ?(?:بېرىڭ|بەرسىڭىز|قويۇڭ)|سىڭىز)(?!\p{L})/u,
        within: 40,
        side: 'after',
      },
      { pattern: /(?<!\p{L})(?:كامېرا|سىنلىق|ۋىدېو|ۋىدىيو|ئېكران|تېلېفوندا)\p{L}*/u, within: 60 },
    ],
    unless: NOT_A_REQUEST,
    examples: {
      match: [
        ['سىنلىق سۆزلىشىپ پاسپورتىڭىزنى كامېراغا كۆرسىتىپ بېرىڭ', 'پاسپورتىڭىزنى كامېراغا كۆرسىتىپ بېرىڭ'],
      ],
      noMatch: ['ئامانەتنى ئالغاندا كىملىكىڭىزنى كۆرسىتىڭ.'],
    },
  },
  {
    id: 'photo-of-it-for-authority',
    tactic: 'identity-document-request',
    score: 0.6,
    description:
      'An official asks for "the photo/copy/page of it": in screenshots OCR often loses the document word itself.',
    match: COPY_OF_IT,
    near: [
      { pattern: SEND, within: 25, side: 'after' },
      { pattern: AUTHORITY, within: 200, crossSentence: true },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})ئېكران\p{L}*/u,
        within: 12,
        factor: 0,
        reason: 'a screenshot, as NGOs ask victims to keep',
      },
      { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
    ],
    examples: {
      match: [
        [
          'مەن ساقچى ئىدارىسىدىن. تېزدىن رەسىمىنى ئەۋەتىپ بېرىڭ.',
          'ساقچى ئىدارىسىدىن. تېزدىن رەسىمىنى ئەۋەتىپ بېرىڭ',
        ],
        ['بىز ئەلچىخانىدىن، بىرىنچى بېتىنى تارتىپ ئەۋەتىڭ', 'ئەلچىخانىدىن، بىرىنچى بېتىنى تارتىپ ئەۋەتىڭ'],
      ],
      noMatch: [
        'ساقچىدىن تەھدىت كەلسە، ئېكران رەسىمىنى بىزگە ئەۋەتىڭ.',
        'تويدىكى رەسىمىنى ماڭا ئەۋەتىپ بېرىڭ.',
      ],
    },
  },
]);
