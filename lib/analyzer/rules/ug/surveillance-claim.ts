import { defineRules } from '../define';

/** What the sender claims to know: where the target lives, works, goes, whom they meet. */
const ABOUT_YOU =
  /(?:قەيەردە|نەدە|ئادرېس|تۇرىدىغان|ئىشلەيدىغان|ئوقۇيدىغان|بارغان|قىلغان|قىلىۋاتقان|كىملەر ?بىلەن|كىم ?بىلەن|ئۆيىڭىز|بالىڭىز|بالىلىرىڭىز|مەكتىپ|سىزنى|سىز ?ھەققىدە|ھەر ?بىر ?قەدىم|نېمە ?ئىش|ھەممى)\p{L}*|(?<!\p{L})\p{L}+(?<=لى[قك]ىڭىز(?:نى|نىمۇ)?)(?!\p{L})/u;

/** A second-person possessive: "your house", "your posts", "what you wrote". */
const YOUR_THING = /(?<!\p{L})\p{L}+(?<=ىڭىز(?:نى|نىڭ|دىكى)?|ىڭنى(?:نگ)?|سىزنى|سېنى)(?!\p{L})/u;

/** Records, photos, copies of private chats: evidence said to be held. */
const EVIDENCE =
  /(?<!\p{L})(?:رەسىم|سۈرەت|نۇسخ|كۆپىيە|يازىشىش|پاراڭ|سۆھبەت|ئاۋاز|ئۈن|سىن|ۋىدېو|خاتىرى)\p{L}*/u;

/** Routine and places: which door, which street, what time, which floor. */
const PLACE_DETAIL =
  /(?<!\p{L})(?:قەۋەت|دېرىزە|بۇلۇڭ|ئىشىك|دەرۋازا|كوچى|كوچا|بېكەت|ئالدىدىكى|ئالدىدا|رەڭلىك|نومۇرلۇق|سائەت ?\d|سائەت ?\p{L}+دا)\p{L}*/u;

/** A knowing or ominous aside: "isn't it dark?", "right?", "be careful", "we know". */
const OMINOUS =
  /(?<!\p{L})(?:ھادىسە|ئېھتىيات|توختىتىڭ|ئازايتىڭ|بىلىمىز|كۆرۈپ ?تۇر|قاراڭغۇ|يالغۇز|ئەمەسمۇ|شۇمۇ|شۇنداقمۇ|تور ?كۆرسىتىش|ئەقىللىق|ئۇ ?بىزنىڭ|بىزنىڭ ?(?:ئادەم|ماشىنا))\p{L}*/u;

/** A move, a rental or a house-warming: the home described for an ordinary reason. */
const MOVING = {
  pattern: /(?<!\p{L})(?:ئىجارى|ئىجارە|سېتىل|كۆچۈش|مۇبارەك|تەبرىك|مېھمان|ئۆي ?ئىگىسى)\p{L}*/u,
  within: 60,
  factor: 0.3,
  reason: 'a house move, rental or visit',
};

export default defineRules('ug', 'surveillance-claim', [
  {
    id: 'we-know-about-you',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: '"We know where you live / what you do / everything about you": a claim of knowledge.',
    match:
      /(?<!\p{L})(?:بىلىمىز|بىلىپ ?تۇرىمىز|بىلىپ ?تۇرۇپتۇق|بىلىپ ?تۇرۇۋاتىمىز|خەۋىرىمىز ?بار|بىزگە ?مەلۇم|بىزگە ?ئايان|ئېنىق ?بىلىمىز|بىلمەيدۇ ?دەپ ?ئويلامسىز)(?!\p{L})/u,
    near: [{ pattern: ABOUT_YOU, within: 50, side: 'before' }],
    unless: [
      {
        pattern: /(?<!\p{L})(?:ئالدىراش|قىيىن|چارچىغان|ياخشى ?كۆرىدىغان|ياقتۇرىدىغان|ئامراق)\p{L}*/u,
        within: 30,
        factor: 0.3,
        reason: 'friendly understanding, not surveillance',
      },
    ],
    examples: {
      match: [
        ['بىز سىزنىڭ قايسى شىركەتتە ئىشلەيدىغانلىقىڭىزنى بىلىمىز', 'ئىشلەيدىغانلىقىڭىزنى بىلىمىز'],
        ['بالىڭىز قايسى مەكتەپتە ئوقۇيدىغانلىقىنى بىلىپ تۇرىمىز', 'ئوقۇيدىغانلىقىنى بىلىپ تۇرىمىز'],
        ['ئۆتكەن ھەپتە نامايىشقا قاتناشقانلىقىڭىزنى بىلىمىز', 'قاتناشقانلىقىڭىزنى بىلىمىز'],
        ['سىز ھەققىدە ھەممە نەرسىنى بىلىمىز', 'سىز ھەققىدە ھەممە نەرسىنى بىلىمىز'],
      ],
      noMatch: ['سىزنىڭ ئالدىراش ئىكەنلىكىڭىزنى بىلىمىز، رەھمەت.', 'بۇ ناخشىنى بىلىمىز.'],
    },
  },
  {
    id: 'we-saw-you',
    tactic: 'surveillance-claim',
    score: 0.8,
    description:
      '"We saw you at the protest", "we are watching you", "we read all your posts": claimed sightings and watching.',
    match:
      /(?<!\p{L})(?:كۆردۇق|كۆرۈپ ?قالدۇق|كۆرۈپ ?تۇرىمىز|كۆرۈپ ?تۇرۇۋاتىمىز|كۆرۈۋاتىمىز|كۆزىتىۋاتىمىز|كۆزىتىپ ?تۇرۇۋاتىمىز|كۆزىتىپ ?تۇرىمىز|نازارەت ?قىلىۋاتىمىز|ئوقۇپ ?تۇرىمىز|ئوقۇۋاتىمىز|ئاڭلاپ ?تۇرىمىز|ئاڭلاۋاتىمىز|ئىز ?قوغلاۋاتىمىز|رەسىمگە ?ئالدۇق|سۈرەتكە ?ئالدۇق|رەسىمىڭىز ?بىزدە|سۈرىتىڭىز ?بىزدە|(?:بىزنىڭ ?)?كۆز ?ئالدىمىزدا|نازارىتىمىزدە|كونتروللۇقىمىزدا)(?!\p{L})/u,
    near: [
      {
        pattern: new RegExp(
          `(?:سىزنى|سىزنىڭ|سېنى|نامايىش|يىغىلىش|يىغىن|ئالدىدا|ئالدىدىكى|ئۆيىڭىز|ھەر ?بىر|پائالىيەت|ھەممىسىنى)\\p{L}*|${YOUR_THING.source}`,
          'u',
        ),
        within: 40,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:توي|تويدا|مەشرەپ|خۇشال|چىرايلىق|سېغىن|ساغىن|كىنو|فىلىم|تېلېۋىزور|ئوقۇپ ?بەك)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'a friendly sighting',
      },
    ],
    examples: {
      match: [
        ['يىغىلىشتىن چىققاندا سىزنى كۆردۇق', 'سىزنى كۆردۇق'],
        ['سىزنى ھەر كۈنى كۆزىتىۋاتىمىز', 'سىزنى ھەر كۈنى كۆزىتىۋاتىمىز'],
        ['ئۆيىڭىزنىڭ ئالدىدىكى كۈلرەڭ ماشىنىنى كۆرۈپ تۇرىمىز', 'ئالدىدىكى كۈلرەڭ ماشىنىنى كۆرۈپ تۇرىمىز'],
        ['يازغانلىرىڭىزنىڭ ھەممىسىنى ئوقۇپ تۇرىمىز', 'ھەممىسىنى ئوقۇپ تۇرىمىز'],
      ],
      noMatch: ['تويدا سىزنى كۆردۇق، بەك چىرايلىق ئىكەنسىز.', 'كەچتە كىنو كۆردۇق.'],
    },
  },
  {
    id: 'we-have-your-records',
    tactic: 'surveillance-claim',
    score: 0.75,
    description: '"Your photos / copies of your chats are in our hands": evidence about the target held.',
    match: /(?<!\p{L})(?:قولىمىزدا|بىزدە|بىزنىڭ ?قولىمىزدا|قولىمىزغا ?چۈشتى)(?: ?بار)?(?!\p{L})/u,
    near: [{ pattern: EVIDENCE, within: 40, side: 'before' }],
    unless: [
      {
        pattern: /(?<!\p{L})(?:توي|مەشرەپ|بالىلار|نەۋرە|ئەۋەتىپ ?بېرەي|ئەۋەتەي|كېرەكمۇ)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'family photos offered',
      },
    ],
    examples: {
      match: [
        ['ئىككىڭلارنىڭ رەسىمىمۇ قولىمىزدا بار', 'رەسىمىمۇ قولىمىزدا بار'],
        ['شەخسىي يازىشىشلىرىڭىزنىڭ نۇسخىسى قولىمىزدا', 'نۇسخىسى قولىمىزدا'],
        ['نامايىشتا سىزنى كۆردۇق، رەسىملىرىڭىز بىزدە', 'رەسىملىرىڭىز بىزدە'],
      ],
      noMatch: ['تويدىكى رەسىملەر بىزدە بار، ئەۋەتىپ بېرەيمۇ؟', 'ئاچقۇچ بىزدە.'],
    },
  },
  {
    id: 'your-place-described',
    tactic: 'surveillance-claim',
    score: 0.7,
    description: 'The sender describes the target’s home back to them (floor, window, the car outside).',
    match: /(?<!\p{L})(?:ئۆيىڭىز|ئۆيۈڭ|ماشىنىڭىز|ئىشخانىڭىز|دېرىزىڭىز|ئىشىكىڭىز)\p{L}*/u,
    near: [
      { pattern: PLACE_DETAIL, within: 60 },
      { pattern: OMINOUS, within: 150, crossSentence: true },
    ],
    unless: [MOVING],
    examples: {
      match: [
        [
          'يېڭى ئۆيىڭىز چىرايلىقكەن، 3-قەۋەتتىكى بۇلۇڭ دېرىزە شۇمۇ؟',
          'ئۆيىڭىز چىرايلىقكەن، 3-قەۋەتتىكى بۇلۇڭ دېرىزە شۇمۇ',
        ],
      ],
      noMatch: ['يېڭى ئۆيىڭىز مۇبارەك بولسۇن! 3-قەۋەتتىكى دېرىزىدىن دېڭىز كۆرۈنەمدۇ؟'],
    },
  },
  {
    id: 'your-routine-described',
    tactic: 'surveillance-claim',
    score: 0.7,
    description:
      '"Every evening at nine you leave the gym by that dark lane": the target’s routine recounted.',
    match:
      /(?<!\p{L})(?:ھەر ?كۈنى|ھەر ?ئەتىگەن|ھەر ?كەچ|ھەر ?ھەپتە|ھەر ?جۈمە|ھەر ?شەنبە|ھەر ?يەكشەنبە)(?!\p{L})/u,
    near: [
      {
        pattern: /(?<!\p{L})\p{L}+(?<=ىسىز|ەيسىز|ايسىز|ىسەن|ەيسەن|ايسەن)(?!\p{L})/u,
        within: 80,
        side: 'after',
      },
      { pattern: PLACE_DETAIL, within: 80 },
      { pattern: OMINOUS, within: 150, crossSentence: true },
    ],
    unless: [
      { pattern: /\?/u, within: 3, side: 'after', factor: 0.3, reason: 'a question, not a claim' },
      MOVING,
    ],
    examples: {
      match: [
        [
          'ھەر كۈنى كەچ سائەت توققۇزدا زالدىن چىقىپ ئاشۇ تار كوچىدىن ماڭىسىز، خېلى قاراڭغۇ ئەمەسمۇ',
          'ھەر كۈنى كەچ سائەت توققۇزدا زالدىن چىقىپ ئاشۇ تار كوچىدىن ماڭىسىز، خېلى قاراڭغۇ',
        ],
      ],
      noMatch: ['ھەر كۈنى سائەت نەچچىدە ئىشقا بارىسىز؟ بىللە ماڭايلى.'],
    },
  },
  {
    id: 'you-were-there',
    tactic: 'surveillance-claim',
    score: 0.7,
    description: '"You were at the square last Saturday, in a blue coat": a sighting recounted in detail.',
    match: /(?<!\p{L})\p{L}+(?<=دا|دە|تا|تە) ?ئىدىڭىز(?:-?ھە|غۇ|مۇ)?(?!\p{L})/u,
    near: [
      {
        pattern: /(?<!\p{L})(?:كىيىۋالغان|كىيگەن|يېنىدا ?تۇرغان|قولىڭىزدا|بىلەن ?بىللە|تۇتقان)\p{L}*/u,
        within: 80,
        side: 'after',
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'ئۆتكەن شەنبە مەيداندا ئىدىڭىز-ھە، كۆك پەلتو كىيىۋالغان',
          'مەيداندا ئىدىڭىز-ھە، كۆك پەلتو كىيىۋالغان',
        ],
      ],
      noMatch: ['تۈنۈگۈن ئۆيدە ئىدىڭىزمۇ؟ تېلېفون قىلدىم.'],
    },
  },
]);
