import { defineRules } from '../define';

/** What the sender claims to know: where the target lives, works, goes, whom they meet. */
const ABOUT_YOU =
  /(?:قەيەردە|نەدە|ئادرېس|تۇرىدىغان|ئىشلەيدىغان|ئوقۇيدىغان|بارغان|قىلغان|قىلىۋاتقان|كىملەر ?بىلەن|كىم ?بىلەن|ئۆيىڭىز|بالىڭىز|بالىلىرىڭىز|مەكتىپ|سىزنىڭ|سىزنى|ھەر ?بىر ?قەدىم|نېمە ?ئىش)\p{L}*|(?<!\p{L})\p{L}+(?<=لى[قك]ىڭىز(?:نى|نىمۇ)?)(?!\p{L})/u;

export default defineRules('ug', 'surveillance-claim', [
  {
    id: 'we-know-about-you',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: '"We know where you live / what you do": a claim of knowledge about the target.',
    match:
      /(?<!\p{L})(?:بىلىمىز|بىلىپ ?تۇرىمىز|بىلىپ ?تۇرۇپتۇق|بىلىپ ?تۇرۇۋاتىمىز|خەۋىرىمىز ?بار|بىزگە ?مەلۇم|بىزگە ?ئايان|ئېنىق ?بىلىمىز|بىلمەيدۇ ?دەپ ?ئويلامسىز)(?!\p{L})/u,
    near: [{ pattern: ABOUT_YOU, within: 50, side: 'before' }],
    unless: [
      {
        pattern: /(?:ئالدىراش|قىيىن|چارچىغان|ياخشى ?كۆرىدىغان|ياقتۇرىدىغان|ئامراق)\p{L}*/u,
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
      ],
      noMatch: ['سىزنىڭ ئالدىراش ئىكەنلىكىڭىزنى بىلىمىز، رەھمەت.', 'بۇ ناخشىنى بىلىمىز.'],
    },
  },
  {
    id: 'we-saw-you',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: '"We saw you at the protest", "we are watching you": claimed sightings and watching.',
    match:
      /(?<!\p{L})(?:كۆردۇق|كۆرۈپ ?قالدۇق|كۆرۈپ ?تۇرۇۋاتىمىز|كۆزىتىۋاتىمىز|كۆزىتىپ ?تۇرۇۋاتىمىز|كۆزىتىپ ?تۇرىمىز|نازارەت ?قىلىۋاتىمىز|رەسىمگە ?ئالدۇق|سۈرەتكە ?ئالدۇق|رەسىمىڭىز ?بىزدە|سۈرىتىڭىز ?بىزدە)(?!\p{L})/u,
    near: [
      {
        pattern: /(?:سىزنى|سىزنىڭ|سېنى|نامايىش|يىغىلىش|يىغىن|ئالدىدا|ئۆيىڭىز|ھەر ?بىر|پائالىيەت)\p{L}*/u,
        within: 40,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern: /(?:توي|تويدا|مەشرەپ|خۇشال|چىرايلىق|سېغىن|ساغىن|كىنو|فىلىم|تېلېۋىزور)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'a friendly sighting',
      },
    ],
    examples: {
      match: [
        ['يىغىلىشتىن چىققاندا سىزنى كۆردۇق', 'سىزنى كۆردۇق'],
        ['سىزنى ھەر كۈنى كۆزىتىۋاتىمىز', 'سىزنى ھەر كۈنى كۆزىتىۋاتىمىز'],
      ],
      noMatch: ['تويدا سىزنى كۆردۇق، بەك چىرايلىق ئىكەنسىز.', 'كەچتە كىنو كۆردۇق.'],
    },
  },
  {
    id: 'we-know-your-address',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: 'The sender quotes the target’s address, workplace or routine back to them.',
    match:
      /(?:ئادرېسىڭىز|ئۆيىڭىز|ئىشخانىڭىز|مەكتىپىڭىز) ?(?:بىزگە ?مەلۇم|بىزدە ?بار|بىزگە ?ئايان)(?!\p{L})|(?:ھەر ?كۈنى|ھەر ?ئەتىگەن) ?(?:قەيەرگە|نەگە) ?بارىدىغانلىقىڭىز\p{L}*/u,
    examples: {
      match: [['ئادرېسىڭىز بىزگە مەلۇم', 'ئادرېسىڭىز بىزگە مەلۇم']],
      noMatch: ['ئادرېسىڭىزنى ئۇنتۇپ قاپتىمەن.'],
    },
  },
]);
