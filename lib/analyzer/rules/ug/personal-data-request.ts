import { defineRules } from '../define';
import { FORMALITY, NEED, SEND } from './_lexicon';

/** Personal details other than documents: address, birth date, phone, workplace, school, contacts. */
const PERSONAL_DATA =
  /(?:ئادر[ېى]س|ئادىرېس|تۇرالغۇ|تۇرۇشلۇق ?جاي|تۇغۇلغان ?(?:كۈن|ۋاقىت|يىل|جاي)|(?:تېلېفون|يانفون|تېل) ?نومۇر|تېلېفونىڭىز|نومۇرىڭىز|نومۇرلىرى|ئىسمىڭىز|ئىسىم-?فامىلى|تولۇق ?ئىسىم|خىزمەت ?ئورن|ئىشلەيدىغان ?(?:جاي|ئورۇن|شىركەت)|مەكتىپىڭىز|ئوقۇۋاتقان ?مەكتەپ|ئالاقىلىشىش ?ئۇسۇل|ئالاقە ?ئۇچۇر|ۋىچات ?نومۇر|(?<!\p{L})ھېسابات|ئېلخەت ?ئادر|شەخسىي ?ئۇچۇر|تۇرۇۋاتقان ?جاي|ئورنىڭىز|ئورۇنلاشقان ?جاي)\p{L}*/u;

/** Beyond "send": tell us, write down, let us know. */
const TELL =
  /(?:ئېيتىپ ?بېرىڭ|ئېيتىڭ|دەپ ?بېرىڭ|بىلدۈرۈڭ|بىلدۈرۈپ ?قويۇڭ|ئۇقتۇرۇڭ|يېزىڭ|يېزىپ ?قويۇڭ|قالدۇرۇڭ)\p{L}*/u;

/** Someone who will send the target a gift or an invitation, and needs the address for it. */
const OWN_SENDING =
  /(?:سوۋغا|تەكلىپنامە|ئەۋەتىمەن|ئەۋەتەي|ئەۋەتىپ ?بېرەي|ئەۋەتىپ ?قوياي|زاكاز|بۇيرۇتما|تاپشۇرۇۋالغۇچى)\p{L}*/u;

/** The writer's own details: "my address", "my number". */
const OWN_DATA = {
  pattern: /(?:ئادر[ېى]سىم|نومۇرۇم|نومۇرىم|ئىسمىم|تېلېفونۇم|ئورنۇم)\p{L}*/u,
  within: 0,
  factor: 0.2,
  reason: "the writer's own details",
};

export default defineRules('ug', 'personal-data-request', [
  {
    id: 'send-personal-data',
    tactic: 'personal-data-request',
    score: 0.8,
    description:
      'A request to send, write or tell one’s address, birth date, phone number, workplace or contacts.',
    match: PERSONAL_DATA,
    near: [{ pattern: new RegExp(`${SEND.source}|${TELL.source}`, 'u'), within: 50 }],
    unless: [
      OWN_DATA,
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
      ],
      noMatch: [
        'ئادرېسىڭىزنى ئەۋەتىڭ، سىزگە توي تەكلىپنامىسى ئەۋەتىمەن.',
        'بانكا ھېساباتىڭىز ئۈچۈن ئادرېسىڭىزنى يېڭىلاڭ.',
        'مېنىڭ ئادرېسىم ئۆزگەردى.',
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
      { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
      { pattern: OWN_SENDING, factor: 0.3, reason: 'someone sending the target a gift or order' },
    ],
    examples: {
      match: [
        ['ئۇلار سىزنىڭ تېلېفون نومۇرىڭىزنى سوراپ كەتتى', 'تېلېفون نومۇرىڭىزنى سوراپ'],
        ['ئۆي ئادرېسىڭىز بىزگە لازىم', 'ئادرېسىڭىز بىزگە لازىم'],
      ],
      noMatch: ['سوۋغات ئەۋەتىمەن، ئادرېسىڭىز كېرەك.', 'ئادرېسىم ئۆزگەردى، يېڭىسى كېرەكمۇ؟'],
    },
  },
  {
    id: 'where-do-you-live',
    tactic: 'personal-data-request',
    score: 0.6,
    description: 'A direct question about where the target lives, works or studies now.',
    match:
      /(?:قەيەردە|نەدە) ?(?:تۇرىسىز|تۇرۇۋاتىسىز|ئولتۇرىسىز|ئىشلەيسىز|ئىشلەۋاتىسىز|ئوقۇيسىز|ئوقۇۋاتىسىز|تۇرىسەن|ئىشلەيسەن|ئوقۇيسەن)(?!\p{L})|قايسى ?(?:شەھەر|شىركەت|مەكتەپ|ئۇنىۋېرسىتېت|رايون|كوچا)\p{L}* (?:تۇرىسىز|ئىشلەيسىز|ئوقۇيسىز|ئوقۇۋاتىسىز|ئىشلەۋاتىسىز|تۇرۇۋاتىسىز)(?!\p{L})|ئادرېسىڭىز ?(?:نەدە|قەيەر|نېمە)\p{L}*/u,
    examples: {
      match: [
        ['ھازىر قەيەردە تۇرۇۋاتىسىز؟', 'قەيەردە تۇرۇۋاتىسىز'],
        ['قايسى ئۇنىۋېرسىتېتتا ئوقۇۋاتىسىز؟', 'قايسى ئۇنىۋېرسىتېتتا ئوقۇۋاتىسىز'],
      ],
      noMatch: ['بىز ئۇنىڭ قەيەردە تۇرىدىغانلىقىنى بىلىمىز.', 'مەن ئەنقەرەدە تۇرىمەن.'],
    },
  },
  {
    id: 'contacts-of-others',
    tactic: 'personal-data-request',
    score: 0.75,
    description: 'A request for other people’s phone numbers or accounts.',
    match:
      /(?:دوستلىرىڭىزنىڭ|تونۇشلىرىڭىزنىڭ|ئۇلارنىڭ|ئۇنىڭ|باشقىلارنىڭ) ?(?:تېلېفون ?)?(?:نومۇر|ۋىچات|ھېسابات|ئالاقە)\p{L}*/u,
    near: [{ pattern: new RegExp(`${SEND.source}|${TELL.source}`, 'u'), within: 40 }],
    examples: {
      match: [
        [
          'دوستلىرىڭىزنىڭ تېلېفون نومۇرلىرىنى ئەۋەتىپ بېرىڭ',
          'دوستلىرىڭىزنىڭ تېلېفون نومۇرلىرىنى ئەۋەتىپ بېرىڭ',
        ],
      ],
      noMatch: ['ئۇنىڭ نومۇرى مەندە يوق.'],
    },
  },
]);
