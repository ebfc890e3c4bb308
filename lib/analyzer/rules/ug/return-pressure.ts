import { defineRules } from '../define';
import { AUTHORITY, HOMELAND, YOUR_RELATIVE } from './_lexicon';

/** Coming home from work, school or the shop: the everyday "come back". */
const EVERYDAY =
  /(?:ئۆيگە|ئۆيىمىزگە|خىزمەتتىن|ئىشتىن|مەكتەپتىن|دۇكان|بازار|تاماق|كەچلىك|چۈشلۈك|سائەت|بۈگۈن ?كەچ|ماشىنا)\p{L}*/u;

/** Relatives who only plan a visit: "if you don't come this year, we will come to you". */
const FAMILY_VISIT = /(?:بارىمىز|بارىمەن|يوقلاپ|تەتىل|تەتىلدە|يازلىق ?دەم)(?!\p{L})/u;

export default defineRules('ug', 'return-pressure', [
  {
    id: 'must-return',
    tactic: 'return-pressure',
    score: 0.9,
    description: '"You must come back": an obligation to return.',
    match:
      /(?:(?:چوقۇم|مەجبۇرىي|دەرھال|تېزدىن) )?قايت(?:ىپ ?كېلىشىڭىز|ىشىڭىز|ىپ ?كېلىشىڭ|ىشىڭ) ?(?:كېرەك|لازىم|شەرت|زۆرۈر)|(?:چوقۇم|مەجبۇرىي|دەرھال|تېزدىن) ?قايت\p{L}*|قايتمىسىڭىز ?بولمايدۇ|قايتىپ ?كەلمىسىڭىز ?بولمايدۇ/u,
    examples: {
      match: [
        ['سىز چوقۇم قايتىپ كېلىشىڭىز كېرەك', 'چوقۇم قايتىپ كېلىشىڭىز كېرەك'],
        ['دەرھال قايتىڭ، ئاپىڭىز كېسەل', 'دەرھال قايتىڭ'],
        ['بۇ ئايدا قايتمىسىڭىز بولمايدۇ', 'قايتمىسىڭىز بولمايدۇ'],
      ],
      noMatch: ['ئىشتىن قايتىپ كەلدىم.', 'ئۇ ئەتە قايتىدۇ.'],
    },
  },
  {
    id: 'if-you-do-not-return',
    tactic: 'return-pressure',
    score: 0.8,
    description: '"If you do not come back…": a consequence or a service made conditional on return.',
    match:
      /(?:قايتىپ ?كەلمىسىڭىز|قايتمىسىڭىز|قايتىپ ?كەلمىسەڭ|قايتمىساڭ|قايتىپ ?كەلمىگەن ?تەقدىردە)(?!\p{L})/u,
    unless: [
      { pattern: FAMILY_VISIT, within: 60, factor: 0.3, reason: 'relatives planning a visit' },
      { pattern: EVERYDAY, within: 30, factor: 0.3, reason: 'coming home from work or school' },
    ],
    examples: {
      match: [
        ['قايتىپ كەلمىسىڭىز پاسپورتىڭىز ئەمەلدىن قالىدۇ', 'قايتىپ كەلمىسىڭىز'],
        ['قايتمىساڭ ئاقىۋىتىنى بىلىسەن', 'قايتمىساڭ'],
      ],
      noMatch: [
        'بۇ يىل قايتىپ كەلمىسىڭىز، بىز يازدا بارىمىز.',
        'كەچلىك تاماققا قايتىپ كەلمىسىڭىز ئالدىن ئېيتىڭ.',
      ],
    },
  },
  {
    id: 'come-back-home',
    tactic: 'return-pressure',
    score: 0.65,
    description:
      '"Come back" or "when will you come back", raised when the homeland, relatives or an office is named.',
    match:
      /قايتىپ ?(?:كېلىڭ|كەلگىن|كەل(?!\p{L})|كېلىسىز|كېلەمسىز|كەلمەمسىز|كەلمەيسىز|كەلسىڭىز|كېلىشىڭىزنى|كېلىسەن)|(?<!\p{L})قايت(?:ىڭ|ىسىز|امسىز|ىسەن|ماقچىمۇ|ماقچىمسىز)(?!\p{L})/u,
    unless: [{ pattern: EVERYDAY, within: 30, factor: 0.4, reason: 'coming home from work or school' }],
    boost: [
      { pattern: HOMELAND, within: 60, factor: 1.35, reason: 'the homeland is named' },
      { pattern: YOUR_RELATIVE, factor: 1.2, reason: 'relatives are invoked' },
      { pattern: AUTHORITY, factor: 1.2, reason: 'an authority speaks' },
    ],
    examples: {
      match: [
        ['قاچان قايتىپ كېلىسىز؟ ھەممىمىز كۈتۈۋاتىمىز', 'قايتىپ كېلىسىز'],
        ['يۇرتقا قايتىپ كېلىڭ، ھېچ ئىش بولمايدۇ', 'قايتىپ كېلىڭ'],
        ['ۋەتەنگە قاچان قايتىسىز', 'قايتىسىز'],
      ],
      noMatch: ['ئوغلۇم مەكتەپتىن قايتىپ كەلدى.', 'ئىشتىن قاچان قايتىپ كېلىسىز؟ تاماق سوۋۇپ كەتتى.'],
    },
  },
  {
    id: 'return-to-homeland',
    tactic: 'return-pressure',
    score: 0.7,
    description:
      '"Return to the homeland / to Xinjiang": a return named with its destination, not said of oneself.',
    match: new RegExp(`(?:${HOMELAND.source})(?<=گە|غا|قا|كە) ?قايت\\p{L}*`, 'u'),
    unless: [
      {
        pattern:
          /(?:قايتتىم|قايتىمەن|قايتتۇق|قايتىمىز|قايتماقچىمەن|قايتماقچىمىز|قايتقاندا|قايتىپ ?كەلدىم|قايتىپ ?كەلدۇق|قايتقان)(?!\p{L})/u,
        within: 0,
        factor: 0.3,
        reason: 'the writer’s own trip home',
      },
    ],
    boost: [{ pattern: AUTHORITY, factor: 1.2, reason: 'an authority speaks' }],
    examples: {
      match: [
        ['ۋەتەنگە قايتىش ۋاقتىڭىز كەلدى', 'ۋەتەنگە قايتىش'],
        ['شىنجاڭغا قايتىپ خىزمەت قىلىڭ', 'شىنجاڭغا قايتىپ'],
      ],
      noMatch: ['ئۆتكەن يىلى يۇرتقا قايتتىم، ھەممە ياخشى.', 'ئەتە ئۈرۈمچىگە قايتىمەن.'],
    },
  },
  {
    id: 'renewal-only-at-home',
    tactic: 'return-pressure',
    score: 0.8,
    description: 'A passport or service said to be available only back home ("only in Xinjiang").',
    match: new RegExp(`(?:${HOMELAND.source})(?<=لا)`, 'u'),
    near: [
      {
        pattern: /(?:پاسپو?رت|كىملىك|يېڭىلى|يېڭىلا|ئۇزارت|بېجىر|ئىشلەت|بىر ?تەرەپ)\p{L}*/u,
        within: 40,
      },
    ],
    examples: {
      match: [
        ['پاسپورت پەقەت يۇرتىڭىزدىلا يېڭىلىنىدۇ', 'يۇرتىڭىزدىلا يېڭىلىنىدۇ'],
        ['كىملىكىڭىزنى شىنجاڭدىلا بېجىرەلەيسىز', 'كىملىكىڭىزنى شىنجاڭدىلا'],
      ],
      noMatch: ['شىنجاڭدا پاسپورت يېڭىلاش قىيىن دەپ ئاڭلىدىم.', 'ئۈرۈمچىدىلا ئۈچ كۈن تۇردۇق.'],
    },
  },
]);
