import { defineRules } from '../define';
import { DOCUMENT, FORMALITY, NEED, NOT_NEEDED, SEND, TELL } from './_lexicon';

/**
 * Personal details other than documents: address, birth date, phone, workplace, school, contacts
 * ("where you work" as "قەيەردە ئىشلەيدىغانلىقىڭىز"). A dative ("to your address") is where
 * something goes, not what is asked for.
 */
const PERSONAL_DATA =
  /(?:ئادر[ېى]س|ئادىرېس|تۇرالغۇ|تۇرۇشلۇق ?جاي|تۇغۇلغان ?(?:كۈن|ۋاقىت|يىل|جاي)|(?:تېلېفون|يانفون|تېل) ?نومۇر|تېلېفونىڭىز|تېلېفونلىرى|نومۇرىڭىز|نومۇرلىرى|ئىسمىڭىز|ئىسىم-?فامىل[ىە]|تولۇق ?ئىسىم|خىزمەت ?ئورن|ئىش ?ئورن|شىركىتىڭىز|ئىشلەيدىغان ?(?:جاي|ئورۇن|شىركەت)|(?:ئىشلەيدىغان|ئىشلەۋاتقان|تۇرىدىغان|تۇرۇۋاتقان|ئوقۇيدىغان|ئوقۇۋاتقان)لىقىڭ|مەكتىپىڭىز|مەكتىپى|ئوقۇۋاتقان ?مەكتەپ|فاكۇلتېت|ئالاقىلىشىش ?ئۇسۇل|ئالاقە ?ئۇچۇر|ۋىچات ?(?:نومۇر|ھېسابات|ئىد)|(?<!\p{L})ھېسابات|ئېلخەت ?ئادر|شەخسىي ?ئۇچۇر|ئورنىڭىز|ئورۇنلاشقان ?جاي)\p{L}*(?<!غا|قا|گە|كە)(?!\p{L})/u;

/** Someone who will send the target a gift or an invitation, and needs the address for it. */
const OWN_SENDING =
  /(?<!\p{L})(?:سوۋغا|تەكلىپنامە|ئەۋەتىمەن|ئەۋەتەي|ئەۋەتىپ ?بېرەي|ئەۋەتىپ ?قوياي|زاكاز|بۇيرۇتما|تاپشۇرۇۋالغۇچى)\p{L}*/u;

/** The writer's own details: "my address", "my number". */
const OWN_DATA = {
  pattern: /(?<!\p{L})(?:ئادر[ېى]سىم|نومۇرۇم|نومۇرىم|ئىسمىم|تېلېفونۇم|ئورنۇم)\p{L}*/u,
  within: 0,
  factor: 0.2,
  reason: "the writer's own details",
};

/** A document number ("passport number") is a document request, not personal data. */
const DOCUMENT_NUMBER = {
  pattern: DOCUMENT,
  within: 12,
  side: 'before' as const,
  factor: 0.2,
  reason: 'the number of an identity document',
};

/** A class or club organiser collecting names and phones for a trip or an event. */
const ORGANISER = {
  pattern:
    /(?<!\p{L})(?:ئاپتوبۇس|ساياھەتكە ?بارىدىغان|ئورۇندۇق|ئورۇن ?سانى|زال|تاماق|تىزىملىك ?ئۈچۈن|تەييارلىق|ئاتا-?ئانىلار ?گۇرۇپپى)\p{L}*/u,
  factor: 0.3,
  reason: 'an organiser planning a trip or an event',
};

/** "No need to send it": a notice that says what is not required. */
const NOT_NEEDED_AFTER = {
  pattern: NOT_NEEDED,
  within: 20,
  side: 'after' as const,
  factor: 0.2,
  reason: 'the notice says it is not needed',
};

export default defineRules('ug', 'personal-data-request', [
  {
    id: 'send-personal-data',
    tactic: 'personal-data-request',
    score: 0.8,
    description:
      'A request to send, write, fill in or tell one’s address, birth date, phone number, workplace or contacts.',
    match: PERSONAL_DATA,
    near: [{ pattern: new RegExp(`${SEND.source}|${TELL.source}`, 'u'), within: 60 }],
    unless: [
      OWN_DATA,
      DOCUMENT_NUMBER,
      ORGANISER,
      NOT_NEEDED_AFTER,
      { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
      { pattern: OWN_SENDING, factor: 0.3, reason: 'someone sending the target a gift or order' },
    ],
    examples: {
      match: [
        ['تولۇق ئادرېسىڭىزنى يوللاڭ', 'ئادرېسىڭىزنى يوللاڭ'],
        [
          'ئۆي ئادرېسىڭىزنى ۋە يانفون نومۇرىڭىزنى يېزىپ قويۇڭ',
          'ئادرېسىڭىزنى ۋە يانفون نومۇرىڭىزنى يېزىپ قويۇڭ',
        ],
        ['قايسى شىركەتتە ئىشلەيسىز؟ خىزمەت ئورنىڭىزنى ئېيتىپ بېرىڭ', 'خىزمەت ئورنىڭىزنى ئېيتىپ بېرىڭ'],
        ['تۇغۇلغان كۈنىڭىزنى 发给我', 'تۇغۇلغان كۈنىڭىزنى 发给我'],
        ['ۋىچات نومۇرىڭىزنى ماڭا بېرىڭ', 'ۋىچات نومۇرىڭىزنى ماڭا بېرىڭ'],
        ['ھازىر قەيەردە ئىشلەۋاتقانلىقىڭنى يېزىپ بەر', 'ئىشلەۋاتقانلىقىڭنى يېزىپ بەر'],
      ],
      noMatch: [
        'ئادرېسىڭىزنى ئەۋەتىڭ، سىزگە توي تەكلىپنامىسى ئەۋەتىمەن.',
        'بانكا ھېساباتىڭىز ئۈچۈن ئادرېسىڭىزنى يېڭىلاڭ.',
        'مېنىڭ ئادرېسىم ئۆزگەردى.',
        'ساياھەتكە بارىدىغانلار تېلېفون نومۇرىنى يېزىپ قويۇڭلار، ئاپتوبۇس ئۈچۈن.',
        'ئىجازەتنامە ئادرېسىڭىزغا پوچتا ئارقىلىق ئەۋەتىلىدۇ.',
      ],
    },
  },
  {
    id: 'personal-data-needed',
    tactic: 'personal-data-request',
    score: 0.7,
    description: 'Someone needs or asks for the target’s address, phone number or workplace (also relayed).',
    match: PERSONAL_DATA,
    near: [{ pattern: NEED, within: 30 }],
    unless: [
      OWN_DATA,
      DOCUMENT_NUMBER,
      ORGANISER,
      { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
      { pattern: OWN_SENDING, factor: 0.3, reason: 'someone sending the target a gift or order' },
    ],
    examples: {
      match: [
        ['ئۇلار سىزنىڭ تېلېفون نومۇرىڭىزنى سوراپ كەتتى', 'تېلېفون نومۇرىڭىزنى سوراپ'],
        ['ئۆي ئادرېسىڭىز بىزگە لازىم', 'ئادرېسىڭىز بىزگە لازىم'],
      ],
      noMatch: [
        'سوۋغات ئەۋەتىمەن، ئادرېسىڭىز كېرەك.',
        'ئادرېسىم ئۆزگەردى، يېڭىسى كېرەكمۇ؟',
        'ئۇلار پاسپورت نومۇرلىرىنى سوراۋاتىدۇ.',
      ],
    },
  },
  {
    id: 'where-do-you-live',
    tactic: 'personal-data-request',
    score: 0.6,
    description:
      'A direct question about where the target (or their child) lives, works or studies now, or what the workplace is.',
    match:
      /(?<!\p{L})(?:قەيەردە|نەدە|قايسى ?(?:\p{L}+ )?(?:شەھەر|شىركەت|مەكتەپ|ئۇنىۋېرسىتېت|فاكۇلتېت|رايون|كوچا|مەھەللە|باغچ)\p{L}*) ?(?:تۇر|ئولتۇر|ئىشلە|ئوقۇ|ياشا)\p{L}*(?<=سىز|سەن|سىلەر|امسىز|ەمسىز|مسەن|دۇ)(?!\p{L})|(?:ئادرېسىڭىز|شىركىتىڭىزنىڭ ?ئىسمى|ئىش ?ئورنىڭىز|خىزمەت ?ئورنىڭىز|ئۆيىڭىز|(?:ئىشلەيدىغان|تۇرىدىغان|ئوقۇيدىغان) ?(?:جايىڭىز|يېرىڭىز|ئورنىڭىز)) ?(?:نەدە|قەيەر|نېمە|قايسى)\p{L}*/u,
    unless: [
      {
        pattern: /(?<!\p{L})(?:بىلىمىز|بىلىمەن|مەلۇم)(?!\p{L})/u,
        within: 20,
        factor: 0.2,
        reason: 'a statement of knowledge, not a question',
      },
    ],
    examples: {
      match: [
        ['ھازىر قەيەردە تۇرۇۋاتىسىز؟', 'قەيەردە تۇرۇۋاتىسىز'],
        ['قايسى ئۇنىۋېرسىتېتتا ئوقۇۋاتىسىز؟', 'قايسى ئۇنىۋېرسىتېتتا ئوقۇۋاتىسىز'],
        ['سىدنېينىڭ قايسى رايونىدا تۇرىسەن؟', 'قايسى رايونىدا تۇرىسەن'],
        ['بالىلىرىڭىز قايسى مەكتەپتە ئوقۇيدۇ؟', 'قايسى مەكتەپتە ئوقۇيدۇ'],
        ['شىركىتىڭىزنىڭ ئىسمى نېمە؟', 'شىركىتىڭىزنىڭ ئىسمى نېمە'],
      ],
      noMatch: ['بىز ئۇنىڭ قەيەردە تۇرىدىغانلىقىنى بىلىمىز.', 'مەن ئەنقەرەدە تۇرىمەن.'],
    },
  },
  {
    id: 'contacts-of-others',
    tactic: 'personal-data-request',
    score: 0.75,
    description: 'A request for other people’s phone numbers or accounts (friends, flatmates, members).',
    match:
      /(?<!\p{L})\p{L}+(?<=لارنىڭ|لەرنىڭ|لىرىنىڭ|ىڭىزنىڭ|ئۇنىڭ|ئۇلارنىڭ) ?(?:تېلېفون ?)?(?:نومۇر|تېلېفونى|تېلېفونلىرى|ۋىچات|ھېسابات|ئالاقە)\p{L}*/u,
    near: [
      {
        pattern: new RegExp(`${SEND.source}|${TELL.source}|${NEED.source}|(?<!\\p{L})(?:نەچچە|قانچە)`, 'u'),
        within: 40,
      },
    ],
    unless: [ORGANISER, DOCUMENT_NUMBER],
    examples: {
      match: [
        [
          'دوستلىرىڭىزنىڭ تېلېفون نومۇرلىرىنى ئەۋەتىپ بېرىڭ',
          'دوستلىرىڭىزنىڭ تېلېفون نومۇرلىرىنى ئەۋەتىپ بېرىڭ',
        ],
        ['ياتاقدىشىڭىزنىڭ تېلېفون نومۇرىنى بېرەلەمسىز؟', 'ياتاقدىشىڭىزنىڭ تېلېفون نومۇرىنى بېرەلەمسىز'],
      ],
      noMatch: ['ئۇنىڭ نومۇرى مەندە يوق.', 'ئاپامنىڭ تېلېفونى بۇزۇلۇپ قالدى.'],
    },
  },
]);
