import { defineRules } from '../define';

/** Parcels, couriers, express mail (and SF Express by name). */
const PARCEL =
  /(?:بوغچ[اى]|پوس[ۇى]لك|(?<!\p{L})ئامانەت|ئامانىت|كۇريېر|كۇرىيېر|ئېكسپرېس|ئېكىسپرېس|تېز ?يوللانما|(?<!\p{L})مېلىڭىز|(?<!\p{L})مالىڭىز|ماللىرىڭىز|زاكازىڭىز|顺丰|快递|包裹|邮件|邮政)\p{L}*|(?<!\p{L})(?:sf express|dhl|ems|parcel|cdek|fedex|ups|zto|yto)(?!\p{L})/u;

/** Held, stopped, seized at customs, or a problem that needs the recipient. */
const HELD =
  /(?<!\p{L})(?:تاموژن|توختىتىل|توختىتىپ ?قويۇل|تۇتۇپ ?قېلىن|تۇتۇۋېلىن|مۇسادىرە|قايتۇرۇل|يەتكۈزەلمىدۇق|يەتكۈزۈلمىدى|يەتكۈزۈلمىگەن|يەتكۈزگىلى ?بولمى|يەتكۈزۈشكە ?بولمايدۇ|چەكلەنگەن|قانۇنسىز|جەرىمانە|باج|سوئاللار ?بار|مەسىلە ?(?:بار|كۆرۈلدى|چىقتى)|ساقلىنىۋات|ئامباردا|被扣|海关)\p{L}*/u;

/** A genuine tracking update: cleared, on its way, delivered. */
const TRACKING =
  /(?<!\p{L})(?:تاموژنىدىن ?ئۆتتى|تاموژنىدىن ?ئۆتكەن|يولغا ?چىقتى|يەتكۈزۈلدى|يېتىپ ?باردى|يېتىپ ?بارىدۇ|تاپشۇرۇۋالدىڭىزمۇ|يېتىپ ?كەلدى)(?!\p{L})/u;

export default defineRules('ug', 'delivery-pretext', [
  {
    id: 'parcel-held',
    tactic: 'delivery-pretext',
    score: 0.8,
    description:
      'A parcel said to be held at customs or stopped, the courier story that leads to a data request.',
    match: PARCEL,
    near: [{ pattern: HELD, within: 60, crossSentence: true }],
    unless: [{ pattern: TRACKING, factor: 0.3, reason: 'a tracking update, not a held parcel' }],
    examples: {
      match: [
        ['سىزنىڭ بوغچىڭىز تاموژنىدا تۇتۇپ قېلىندى', 'بوغچىڭىز تاموژنىدا'],
        ['كۇريېر: پوسۇلكىڭىزدا چەكلەنگەن نەرسە بار', 'كۇريېر: پوسۇلكىڭىزدا چەكلەنگەن'],
        ['ئامانىتىڭىز توختىتىلدى، ئادرېسىڭىزنى يوللاڭ', 'ئامانىتىڭىز توختىتىلدى'],
      ],
      noMatch: [
        'بوغچىڭىز تاموژنىدىن ئۆتتى، ئەتە يېتىپ بارىدۇ.',
        'ئاپام ئەۋەتكەن بوغچا يېتىپ باردىمۇ؟',
        'بوغچىنى ئاپامغا بەردىم.',
      ],
    },
  },
  {
    id: 'parcel-call-back',
    tactic: 'delivery-pretext',
    score: 0.6,
    description: 'A parcel notice that asks for a call back, a key press or personal details to release it.',
    match: PARCEL,
    near: [
      {
        pattern:
          /(?:\d ?-?(?:نى)? ?بېسىڭ|تېلېفون ?قىلىڭ|ئالاقىلىشىڭ|ئادرېسىڭىز|كىملىك ?نومۇر|پاسپورت ?نومۇر|تۇغۇلغان ?كۈن|ئۇلىنىشنى ?بېسىڭ|ئۇلانمىنى ?بېسىڭ|كىرگۈزۈڭ|دەلىللەڭ|ئىسمىڭىز|تېلېفونىڭىز)\p{L}*|(?<![\p{L}\d-])[a-z0-9-]+\.(?:info|com|top|xyz|cn|net)(?!\p{L})/u,
        within: 80,
        crossSentence: true,
      },
    ],
    unless: [{ pattern: TRACKING, factor: 0.3, reason: 'a tracking update, not a held parcel' }],
    examples: {
      match: [
        ['بوغچىڭىز ھەققىدە 2 نى بېسىڭ', 'بوغچىڭىز ھەققىدە 2 نى بېسىڭ'],
        [
          'پوسۇلكىڭىزنى ئېلىش ئۈچۈن بۇ نومۇرغا تېلېفون قىلىڭ',
          'پوسۇلكىڭىزنى ئېلىش ئۈچۈن بۇ نومۇرغا تېلېفون قىلىڭ',
        ],
      ],
      noMatch: ['بوغچىڭىز يېتىپ باردى، رەھمەت. ئاپامغا تېلېفون قىلىڭ.', 'بوغچا تەييار، ئاپامغا بېرىپ قويۇڭ.'],
    },
  },
]);
