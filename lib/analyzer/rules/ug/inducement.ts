import { defineRules } from '../define';
import { IF_YOU_COMPLY, RELATIVE_OBJECT, REWARD, YOUR_RELATIVE } from './_lexicon';

/** "If you cooperate / help us / come back / keep us informed". */
const IF_YOU_COOPERATE = new RegExp(
  `${IF_YOU_COMPLY.source}|(?:ياردەم ?(?:قىلسىڭىز|بەرسىڭىز|قىلىپ ?بەرسىڭىز|قىلساڭ)|قايتىپ ?كەلسىڭىز|قايتىپ ?كەلسەڭ|قايتسىڭىز|قايتساڭ|بىزگە ?ياردەملەشسىڭىز|كېلىشىمگە ?كەلسىڭىز|ئىشلىشىشكە ?ماقۇل ?(?:بولسىڭىز|دېسىڭىز)|(?:(?:ماڭا|بىزگە) ?)?(?:بەرسىڭىز|ئەۋەتسىڭىز|يوللىسىڭىز)|(?:يەتكۈزۈپ|خەۋەر ?قىلىپ|ئۇقتۇرۇپ|ئېيتىپ|بىلدۈرۈپ|سۆزلەپ) ?(?:تۇرسىڭىز|تۇرساڭ|بەرسىڭىز)|ياردەم ?قىلىشىڭىز ?(?:كېرەك|لازىم)|ھەمكارلىشىشىڭىز ?(?:كېرەك|لازىم)|(?:يېزىپ|ئېلىپ|تارتىپ) ?(?:ئەۋەتسىڭىز|يوللىسىڭىز|بەرسىڭىز))(?!\\p{L})`,
  'u',
);

/** A job advert or an employer: wages offered for work, not for cooperation. */
const JOB_AD =
  /(?<!\p{L})(?:شىركەت|ئىلتىماس|ئېلان|ئىشقا ?(?:كىر|قوبۇل|ئالىمىز)|خىزمەتچى ?ئالىمىز|تەرجىمان|ئوقۇتقۇچى|ئىش ?ۋاقتى|كادىرلار ?بۆلۈم)\p{L}*/u;

export default defineRules('ug', 'inducement', [
  {
    id: 'if-you-cooperate-reward',
    tactic: 'inducement',
    score: 0.85,
    description:
      'A reward (video calls, passports for relatives, safety, money, a job) offered for cooperation, reports or return.',
    match: IF_YOU_COOPERATE,
    near: [{ pattern: REWARD, within: 120, crossSentence: true }],
    unless: [{ pattern: JOB_AD, factor: 0.3, reason: 'an employer offering wages' }],
    examples: {
      match: [
        [
          'بىزگە ياردەم قىلسىڭىز، ئاپىڭىز بىلەن سىنلىق سۆزلىشەلەيسىز',
          'ياردەم قىلسىڭىز، ئاپىڭىز بىلەن سىنلىق سۆزلىشەلەيسىز',
        ],
        ['قايتىپ كەلسىڭىز، ھېچ ئىش بولمايدۇ', 'قايتىپ كەلسىڭىز، ھېچ ئىش بولمايدۇ'],
        ['ھەمكارلاشسىڭىز ئايالىڭىزغا ۋىزا چىقىرىپ بېرىمىز', 'ھەمكارلاشسىڭىز ئايالىڭىزغا ۋىزا چىقىرىپ'],
        ['بىز بىلەن ھەمكارلاشسىڭىز، ئانىڭىزنى ۋىدېودا كۆرەلەيسىز', 'ھەمكارلاشسىڭىز، ئانىڭىزنى ۋىدېودا'],
        [
          'يىغىندا نېمە دېيىلگەنلىكىنى يېزىپ ئەۋەتسىڭىز، ھەققىنى تۆلەيمىز',
          'يېزىپ ئەۋەتسىڭىز، ھەققىنى تۆلەيمىز',
        ],
      ],
      noMatch: [
        'بىزگە ياردەم قىلسىڭىز، رەھمەت ئېيتىمىز.',
        'قايتىپ كەلسىڭىز، ئۆيدە تاماق تەييار.',
        'شىركىتىمىزگە تەرجىمان كېرەك، ياردەم قىلسىڭىز ياخشى ئىش ھەققى بېرىمىز.',
      ],
    },
  },
  {
    id: 'we-will-reward-you',
    tactic: 'inducement',
    score: 0.8,
    description:
      '"We will restore your job / pay you / let your parents visit": a first-person offer beside a request to return or cooperate.',
    match: REWARD,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:قايتىپ ?كېلىڭ|قايتىپ ?كەل|قايتىڭ|ۋەتەنگە|يۇرتقا|ھەمكارلىش|ھەمكارلاش|ياردەم ?قىلىڭ|ياردەملىشىڭ|بىز ?بىلەن ?ئالاقىلىش|يەتكۈزۈپ ?تۇرۇڭ|خەۋەر ?قىلىپ ?تۇرۇڭ|يېزىپ ?ئەۋەت|ئۇچۇر ?بېرىپ ?تۇرۇڭ)\p{L}*/u,
        within: 100,
        crossSentence: true,
      },
    ],
    unless: [{ pattern: JOB_AD, factor: 0.3, reason: 'an employer offering wages' }],
    examples: {
      match: [
        [
          'قايتىپ كېلىڭ، خىزمىتىڭىزنى ئەسلىگە كەلتۈرۈپ بېرىمىز',
          'قايتىپ كېلىڭ، خىزمىتىڭىزنى ئەسلىگە كەلتۈرۈپ بېرىمىز',
        ],
        ['بىز بىلەن ھەمكارلىشىڭ، ھەر ئايدا 500 دوللار بېرىمىز', 'ھەمكارلىشىڭ، ھەر ئايدا 500 دوللار بېرىمىز'],
      ],
      noMatch: ['خىزمىتىڭىزنى ئەسلىگە كەلتۈرۈپ بېرىمىز دېگەن ئېلان ساختا.', 'قايتىپ كېلىڭ، تاماق تەييار.'],
    },
  },
  {
    id: 'offer-video-call-or-passports',
    tactic: 'inducement',
    score: 0.75,
    description:
      '"We can arrange video calls / issue your parents passports": an offer that needs no condition spelt out.',
    match:
      /(?<!\p{L})(?:سىنلىق|ۋىدېو|ۋىدىيو|ۋىدىئو) ?(?:سۆزلىش|پاراڭ|ئالاقە|كۆرۈش)\p{L}* (?:ئورۇنلاشتۇرۇپ ?بېرىمىز|ئورۇنلاشتۇرىمىز|قىلالايسىز|قىلدۇرىمىز|سۆزلىشەلەيسىز)|(?:ئاتا-?\s?ئاناڭىز|ئاپىڭىز|دادىڭىز|ئائىلىڭىز|تۇغقانلىرىڭىز|ئايالىڭىز|بالىلىرىڭىز)(?:غا|گە) ?(?:پاسپورت|ۋىزا)\p{L}* (?:بېرى|ئىشلەپ|چىقىرىپ|بېجىرىپ)\p{L}*/u,
    examples: {
      match: [
        ['ئاپىڭىز بىلەن ۋىدېو پاراڭنى ئورۇنلاشتۇرىمىز', 'ۋىدېو پاراڭنى ئورۇنلاشتۇرىمىز'],
        ['ئاپىڭىزغا پاسپورت ئىشلەپ بېرىمىز', 'ئاپىڭىزغا پاسپورت ئىشلەپ'],
      ],
      noMatch: ['ئاپام بىلەن ۋىدېو سۆزلەشتىم.', 'ۋىدېو سۆزلىشىش ئەپى ئىشلىمەيدۇ.'],
    },
  },
  {
    id: 'want-to-see-them-again',
    tactic: 'inducement',
    score: 0.75,
    description: '"You want to see your sister again, yes?": a reunion dangled as the price of cooperation.',
    match: YOUR_RELATIVE,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:يەنە ?)?(?:كۆرگىڭىز|كۆرۈشكىڭىز|ئۇچراشقىڭىز|كۆرۈشۈشنى ?خالىسىڭىز) ?(?:بارمۇ|بولسا|كەلسە|بار ?بولسا|كېلەمدۇ)(?!\p{L})/u,
        within: 20,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:مۇبارەك|تەبرىك|توي|بايرام|ھېيت|تەتىل)\p{L}*/u,
        within: 60,
        factor: 0.3,
        reason: 'a family visit',
      },
    ],
    examples: {
      match: [['سىڭلىڭىزنى يەنە كۆرگىڭىز بارمۇ؟ ئۇنداقتا ئاددىي', 'سىڭلىڭىزنى يەنە كۆرگىڭىز بارمۇ']],
      noMatch: ['ھېيتتا ئاپىڭىزنى كۆرگىڭىز بارمۇ؟ بېلەت ئالايلى.'],
    },
  },
  {
    id: 'nothing-will-happen-if',
    tactic: 'inducement',
    score: 0.7,
    description:
      '"Nothing will happen to you", "nobody will bother you": safety promised together with a return or cooperation.',
    match:
      /(?<!\p{L})(?:ھېچقانداق|ھېچ) ?(?:ئىش|مەسىلە) ?(?:بولمايدۇ|قىلمايمىز|چىقمايدۇ)|ھېچكىم ?سىزنى ?(?:ئاۋارە ?قىلمايدۇ|بىئارام ?قىلمايدۇ|قىينىمايدۇ|تۇتمايدۇ)|(?:ھېچكىم ?)?سىزگە ?(?:ھېچكىم ?)?چېقىلمايدۇ|سىزنى ?ئاۋارە ?قىلمايمىز|بىخەتەرلىكىڭىزگە ?كاپالەت\p{L}*|(?:سىزنى ?)?كەچۈر(?:ىدۇ|ىمىز)|كەچۈرۈم ?قىلىنىسىز|جازالانمايسىز|جاۋابكارلىق ?سۈرۈشتۈرۈلمەيدۇ|ئەركىن ?(?:يۈرەلەيسىز|بارالايسىز)/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:قايت|ھەمكارلاش|ھەمكارلىش|ياردەم|كېلىڭ|كەلسىڭىز|سۆزلەش|كۆرۈش|كۆنسىڭىز|ماقۇل)\p{L}*/u,
        within: 60,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:ئەنسىرىمەڭ|خاتىرجەم ?بولۇڭ|ساقايدى|دوختۇر)\p{L}*/u,
        within: 30,
        factor: 0.4,
        reason: 'family reassurance',
      },
      {
        pattern: RELATIVE_OBJECT,
        within: 10,
        side: 'before',
        factor: 0.4,
        reason: 'the safety of relatives (family leverage)',
      },
    ],
    examples: {
      match: [
        ['يۇرتقا قايتسىڭىز ھېچقانداق ئىش بولمايدۇ', 'قايتسىڭىز ھېچقانداق ئىش بولمايدۇ'],
        ['ۋەتەنگە قايتىپ كېلىڭ، ھۆكۈمەت سىزنى كەچۈرىدۇ', 'كېلىڭ، ھۆكۈمەت سىزنى كەچۈرىدۇ'],
        ['قايتىپ كېلىڭ، ھېچكىم سىزنى ئاۋارە قىلمايدۇ', 'كېلىڭ، ھېچكىم سىزنى ئاۋارە قىلمايدۇ'],
      ],
      noMatch: ['ئەنسىرىمەڭ، ھېچ ئىش بولمايدۇ، ئاپام ساقايدى.'],
    },
  },
]);
