import { defineRules } from '../define';
import { AUTHORITY, HOMELAND, HOMELAND_DATIVE, HOMELAND_STEMS, REWARD, YOUR_RELATIVE } from './_lexicon';

/** Coming home from work, school or the shop: the everyday "come back". */
const EVERYDAY =
  /(?<!\p{L})(?:ئۆيگە|ئۆيىمىزگە|خىزمەتتىن|ئىشتىن|مەكتەپتىن|دۇكان|بازار|تاماق|كەچلىك|چۈشلۈك|سائەت|بۈگۈن ?كەچ|ماشىنا|لەغمەن|پولۇ)\p{L}*/u;

/** Relatives who only plan a visit: "if you don't come this year, we will come to you". */
const FAMILY_VISIT = /(?<!\p{L})(?:بارىمىز|بارىمەن|يوقلاپ|تەتىل|تەتىلدە|يازلىق ?دەم)(?!\p{L})/u;

/** A trip the listener is on: the flight back, picking them up, a holiday or a conference. */
const TRIP =
  /(?<!\p{L})(?:سەپەر|ساياھەت|تەتىل|ئايرودروم|ئايروپورت|ئايروپىلان|پويىز|ئاپتوبۇس|ئېلىپ ?كېتەي|كۈتۈۋالاي|چىقىپ ?ساقلاي|ئالغىلى ?چىق|دەم ?ئېلىش|يىغىن|كۇرس|مېھمان|توي|بايرام|ھېيت|يازدا|قىشتا|يازلىق|پولۇ|لەغمەن|مانتا|قازان)\p{L}*/u;

/** "Back to <somewhere that is not the homeland>", or "back from <a trip>". */
const ELSEWHERE = new RegExp(
  `(?<!\\p{L})(?!${HOMELAND_STEMS}|چەتئەل|سىرت)\\p{L}+(?<=غا|قا|گە|كە|دىن|تىن)(?= (?:قاچان |قاچانغىچە |قايسى ?كۈنى )?قايت)`,
  'u',
);

/** Dealing with a matter in person: papers, formalities, explaining, reporting oneself. */
const SETTLE =
  /(?<!\p{L})(?:بېجىر|بىر ?تەرەپ|ھەل ?قىل|رەسمىيەت|تاپشۇر|چۈشەندۈر|مەلۇم ?قىل|ئىمزا|تىزىملات|تىزىملىت|تەكشۈر|ئوڭشا|ئوڭشى|ئىشلىرىڭىز|ئىشىڭىز)\p{L}*/u;

/** A verb in the second person: an imperative, "if you …", "you must …". */
const YOU_DO =
  /(?<!\p{L})\p{L}+(?<=ىڭ(?:لار)?|سىڭىز|سەڭ|ساڭ|گىن|قىن|كىن|شىڭىز|ىسىز|ەلەيسىز|الايسىز)(?!\p{L})/u;

/** The writer's own return: "I went back", "we will go home". */
const OWN_RETURN =
  /(?<!\p{L})(?:قايتتىم|قايتىمەن|قايتتۇق|قايتىمىز|قايتماقچىمەن|قايتماقچىمىز|قايتقاندا|قايتىپ ?كەلدىم|قايتىپ ?كەلدۇق|قايتقان|كەلدىم|كەلدۇق|كېلىمەن|كېلىمىز|بارىمەن|بارىمىز)(?!\p{L})/u;

export default defineRules('ug', 'return-pressure', [
  {
    id: 'must-return',
    tactic: 'return-pressure',
    score: 0.9,
    description: '"You must come back", "you cannot stay away": an obligation to return.',
    match:
      /(?<!\p{L})(?:(?:چوقۇم|مەجبۇرىي|دەرھال|تېزدىن) )?قايت(?:ىپ ?كېلىشىڭىز|ىشىڭىز|ىپ ?كېلىشىڭ|ىشىڭ) ?(?:كېرەك|لازىم|شەرت|زۆرۈر)|(?:چوقۇم|مەجبۇرىي|دەرھال|تېزدىن) ?قايت\p{L}*|قايتمىسىڭىز ?بولمايدۇ|قايتمىساڭ ?بولمايدۇ|قايتىپ ?كەلمىسىڭىز ?بولمايدۇ|قايتماي ?بولمايدۇ|قايتىشقا ?مەجبۇر\p{L}*|قايت(?:ىپ ?كېلىش|ىش)(?:ىڭىز|ىڭ)غا ?توغرا ?كېلىدۇ|قايتىشقا ?توغرا ?كېلىدۇ/u,
    examples: {
      match: [
        ['سىز چوقۇم قايتىپ كېلىشىڭىز كېرەك', 'چوقۇم قايتىپ كېلىشىڭىز كېرەك'],
        ['دەرھال قايتىڭ، ئاپىڭىز كېسەل', 'دەرھال قايتىڭ'],
        ['بۇ ئايدا قايتمىسىڭىز بولمايدۇ', 'قايتمىسىڭىز بولمايدۇ'],
        ['يۇرتىڭىزغا قايتىشىڭىز شەرت ئىكەن', 'قايتىشىڭىز شەرت'],
      ],
      noMatch: ['ئىشتىن قايتىپ كەلدىم.', 'ئۇ ئەتە قايتىدۇ.'],
    },
  },
  {
    id: 'come-home-in-person',
    tactic: 'return-pressure',
    score: 0.8,
    description:
      '"Come home once and sort it out yourself": coming to the homeland asked for, softly or as an order.',
    match: HOMELAND_DATIVE,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:قايتىپ ?)?(?:كېلىپ ?(?:كېتىڭ|كەتكىن|كەت|كەتسىڭىز|كېتىشىڭىز|كەتسەڭ|كېتىڭلار|كېتەمسىز|باقسىڭىز)|كېلىڭ|كېلىڭلار|كەلگىن|كەل|كېلىشىڭىز|كەلسىڭىز|كەلسەڭ|كېلىسىز|كېلەمسىز|كېلەمسەن|كېلىسەن|كېلىدىغان ?ۋاقتىڭىز|بېرىڭ|بېرىشىڭىز|بېرىشنى|بارسىڭىز|بېرىپ ?(?:كېتىڭ|كەلسىڭىز|كېلىڭ))(?!\p{L})/u,
        within: 30,
        side: 'after',
      },
    ],
    unless: [
      { pattern: OWN_RETURN, within: 30, factor: 0.3, reason: 'the writer’s own trip home' },
      { pattern: TRIP, within: 40, factor: 0.5, reason: 'a holiday visit or a wedding' },
    ],
    boost: [
      {
        pattern:
          /(?<!\p{L})(?:ئۆزىڭىز|ئىشلىرىڭىز|بىر ?تەرەپ|رەسمىيەت|بېجىر|ھەل ?قىل|چۈشەندۈر|مەلۇم ?قىل)\p{L}*/u,
        within: 80,
        factor: 1.15,
        reason: 'to settle "your matters" in person',
      },
    ],
    examples: {
      match: [
        ['يۇرتقا بىر قېتىم كېلىپ كېتىڭ، ئىشلىرىڭىز تۈگەيدۇ', 'يۇرتقا بىر قېتىم كېلىپ كېتىڭ'],
        ['ۋەتەنگە كەلسىڭىز ئۆزىڭىز چۈشەندۈرەلەيسىز', 'ۋەتەنگە كەلسىڭىز'],
        ['ئۇكام، ئۈرۈمچىگە قاچان كېلىسەن؟', 'ئۈرۈمچىگە قاچان كېلىسەن'],
        ['يۇرتىنگىزغا كېلىپ كەتسىنگىز بولاتتى', 'يۇرتىنگىزغا كېلىپ كەتسىنگىز'],
      ],
      noMatch: [
        'ئەتە يۇرتقا كېلىمەن، ئاپامغا ئېيتىپ قويۇڭ.',
        'ۋەتەنداشلارغا ئۇقتۇرۇش: يىغىنغا كېلىڭلار.',
        'يازدا يۇرتقا كەلسىڭىز تويغا قاتنىشىسىز.',
      ],
    },
  },
  {
    id: 'come-back-and-settle-it',
    tactic: 'return-pressure',
    score: 0.75,
    description:
      '"Come back (home) and settle your papers / explain yourself": a return asked for to deal with a matter in person.',
    match: new RegExp(
      `(?<!\\p{L})قايتىپ ?كېلىپ(?!\\p{L})|(?:${HOMELAND_DATIVE.source}) (?:بىر ?(?:قېتىم ?)?)?كېلىپ(?!\\p{L})`,
      'u',
    ),
    near: [
      { pattern: SETTLE, within: 40, side: 'after' },
      { pattern: YOU_DO, within: 60, side: 'after' },
    ],
    unless: [
      { pattern: OWN_RETURN, within: 40, factor: 0.3, reason: 'the writer’s own trip home' },
      { pattern: TRIP, within: 40, factor: 0.5, reason: 'a holiday visit or a wedding' },
    ],
    examples: {
      match: [
        [
          'بىر قېتىم قايتىپ كېلىپ رەسمىيەتلىرىڭىزنى بېجىرىپ كەتسىڭىز بولىدۇ',
          'قايتىپ كېلىپ رەسمىيەتلىرىڭىزنى بېجىرىپ كەتسىڭىز',
        ],
        ['ۋەتەنگە كېلىپ ئۆزىڭىز چۈشەندۈرۈپ بەرسىڭىز', 'ۋەتەنگە كېلىپ ئۆزىڭىز چۈشەندۈرۈپ بەرسىڭىز'],
      ],
      noMatch: [
        'ئۆتكەن ئاي قايتىپ كېلىپ رەسمىيەتلىرىمنى بېجىرىپ بولدۇم.',
        'يۇرتقا كېلىپ تويدا ئۆزىڭىز ناخشا ئېيتىپ بېرىڭ.',
      ],
    },
  },
  {
    id: 'come-by-once-for-your-matters',
    tactic: 'return-pressure',
    score: 0.7,
    description:
      '"Come home once, your matters back home are not settled": a short visit asked for, with the homeland or "your affairs" named.',
    match:
      /(?<!\p{L})بىر (?:قېتىم ?)?(?:قايتىپ ?)?كېلىپ ?(?:كېتىڭ|كەتكىن|كەت|كەتسىڭىز|كەتسەڭ|كېتىڭلار)(?!\p{L})/u,
    near: [
      {
        pattern: new RegExp(`${HOMELAND.source}|(?<!\\p{L})(?:ئىشلىرىڭ|ئىشىڭ|مەسىلىڭ|رەسمىيىت)\\p{L}*`, 'u'),
        within: 80,
        crossSentence: true,
      },
    ],
    unless: [{ pattern: TRIP, within: 60, factor: 0.5, reason: 'a holiday visit or a wedding' }],
    examples: {
      match: [
        ['ئۇكام، ئۆيگە بىر كېلىپ كەت، ۋەتەندىكى ئىشلىرىڭ بىر تەرەپ بولمىدى', 'بىر كېلىپ كەت، ۋەتەندىكى'],
      ],
      noMatch: ['ئۇكام، ئۆيگە بىر كېلىپ كەت، ئاپام سېنى سېغىندى.'],
    },
  },
  {
    id: 'if-you-do-not-return',
    tactic: 'return-pressure',
    score: 0.8,
    description:
      '"If you do not come back…", "until you come back…": a consequence or a service made conditional on return.',
    match: new RegExp(
      `(?<!\\p{L})(?:قايتىپ ?كەلمىسىڭىز|قايتمىسىڭىز|قايتىپ ?كەلمىسەڭ|قايتمىساڭ|قايتىپ ?كەلمىگەن ?تەقدىردە|قايتىپ ?كەلمىگىچە|قايتمىغىچە|قايتىپ ?كەلمىگۈچە|قايتمىغۇچە)(?!\\p{L})|(?:${HOMELAND_DATIVE.source}) ?(?:كەلمىسىڭىز|كەلمىسەڭ|بارمىسىڭىز|بارمىساڭ|كەلمىگىچە)(?!\\p{L})`,
      'u',
    ),
    unless: [
      { pattern: FAMILY_VISIT, within: 60, factor: 0.3, reason: 'relatives planning a visit' },
      {
        pattern: EVERYDAY,
        within: 30,
        side: 'before',
        factor: 0.3,
        reason: 'coming home from work or school',
      },
    ],
    examples: {
      match: [
        ['قايتىپ كەلمىسىڭىز پاسپورتىڭىز ئەمەلدىن قالىدۇ', 'قايتىپ كەلمىسىڭىز'],
        ['قايتمىساڭ ئاقىۋىتىنى بىلىسەن', 'قايتمىساڭ'],
        ['ئۆزىڭىز قايتىپ كەلمىگىچە بۇ ئىش تۈگىمەيدۇ', 'قايتىپ كەلمىگىچە'],
      ],
      noMatch: [
        'بۇ يىل قايتىپ كەلمىسىڭىز، بىز يازدا بارىمىز.',
        'كەچلىك تاماققا قايتىپ كەلمىسىڭىز ئالدىن ئېيتىڭ.',
      ],
    },
  },
  {
    id: 'return-for-a-reward',
    tactic: 'return-pressure',
    score: 0.7,
    description: '"If you come back, we will give you …": a return bargained for with a reward.',
    match:
      /(?<!\p{L})(?:قايتىپ ?كەلسىڭىز|قايتسىڭىز|قايتىپ ?كەلسەڭ|قايتساڭ|قايتىپ ?كېلىشىڭىز ?بىلەنلا|قايتىپ ?كەلگەنلەر\p{L}*|قايتقانلار\p{L}*)(?!\p{L})/u,
    near: [{ pattern: REWARD, within: 80, side: 'after', crossSentence: true }],
    unless: [
      {
        pattern: EVERYDAY,
        within: 30,
        side: 'before',
        factor: 0.3,
        reason: 'coming home from work or school',
      },
    ],
    examples: {
      match: [
        [
          'قايتىپ كەلسىڭىز خىزمىتىڭىزنى ئەسلىگە كەلتۈرۈپ بېرىمىز',
          'قايتىپ كەلسىڭىز خىزمىتىڭىزنى ئەسلىگە كەلتۈرۈپ بېرىمىز',
        ],
        ['قايتساڭ ھېچكىم سىزنى ئاۋارە قىلمايدۇ', 'قايتساڭ ھېچكىم سىزنى ئاۋارە'],
      ],
      noMatch: ['ئىشتىن قايتىپ كەلسىڭىز تاماق يەيلى.', 'قايتىپ كەلسىڭىز ماڭا تېلېفون قىلىڭ.'],
    },
  },
  {
    id: 'come-back-home',
    tactic: 'return-pressure',
    score: 0.65,
    description: '"Come back!": the imperative, raised when the homeland, relatives or an office is named.',
    match:
      /قايتىپ ?(?:كېلىڭ|كېلىڭلار|كەلگىن|كەل|كېلىشىڭىزنى|كېلىشىڭنى|كېلىشنى ?ئويل\p{L}*)(?!\p{L})|(?<!\p{L})قايتىشىڭ(?:ىز)?نى(?!\p{L})|(?<!\p{L})قايت(?:ىڭ|قىن|ىڭلار)(?!\p{L})|(?:回国|回来|回新疆|回老家) ?(?:قىلىڭ|قىل|قىلىپ|قىلىشىڭىز|قىلسىڭىز|قىلغىن)(?!\p{L})/u,
    unless: [
      {
        pattern: EVERYDAY,
        within: 30,
        side: 'before',
        factor: 0.4,
        reason: 'coming home from work or school',
      },
      { pattern: ELSEWHERE, within: 5, factor: 0.4, reason: 'back to a place that is not the homeland' },
    ],
    boost: [
      { pattern: HOMELAND, within: 60, factor: 1.35, reason: 'the homeland is named' },
      { pattern: YOUR_RELATIVE, factor: 1.2, reason: 'relatives are invoked' },
      { pattern: AUTHORITY, factor: 1.2, reason: 'an authority speaks' },
    ],
    examples: {
      match: [
        ['يۇرتقا قايتىپ كېلىڭ، ھېچ ئىش بولمايدۇ', 'قايتىپ كېلىڭ'],
        ['ئۇكام، قايتىپ كەل، ھەممىمىز كۈتۈۋاتىمىز', 'قايتىپ كەل'],
        ['قايتىپ كېلىشنى ئويلاشتۇرۇڭ', 'قايتىپ كېلىشنى ئويلاشتۇرۇڭ'],
      ],
      noMatch: ['ئوغلۇم مەكتەپتىن قايتىپ كەلدى.', 'ئىشتىن قايتىپ كېلىڭ، تاماق سوۋۇپ كەتتى.'],
    },
  },
  {
    id: 'when-will-you-return',
    tactic: 'return-pressure',
    score: 0.5,
    description:
      '"When will you come back?": a return asked about, unless it is the way back from a trip elsewhere.',
    match:
      /قايتىپ ?(?:كېلىسىز|كېلەمسىز|كەلمەمسىز|كەلمەيسىز|كېلىسەن|كېلەمسەن|كەلمەمسەن|كەلمەكچى\p{L}*)|(?<!\p{L})قايت(?:ىسىز|امسىز|مامسىز|ىسەن|امسەن|ماقچىمۇ|ماقچىمسىز|ماقچىمسەن|ماقچى ?ئەمەسمۇ)(?!\p{L})/u,
    unless: [
      {
        pattern: EVERYDAY,
        within: 30,
        side: 'before',
        factor: 0.4,
        reason: 'coming home from work or school',
      },
      { pattern: TRIP, within: 80, factor: 0.4, reason: 'the way back from a trip' },
      { pattern: ELSEWHERE, within: 12, factor: 0.4, reason: 'back to a place that is not the homeland' },
    ],
    boost: [
      { pattern: HOMELAND, within: 60, factor: 1.35, reason: 'the homeland is named' },
      { pattern: YOUR_RELATIVE, factor: 1.2, reason: 'relatives are invoked' },
      { pattern: AUTHORITY, factor: 1.2, reason: 'an authority speaks' },
    ],
    examples: {
      match: [
        ['قاچان قايتىپ كېلىسىز؟ ھەممىمىز كۈتۈۋاتىمىز', 'قايتىپ كېلىسىز'],
        ['ۋەتەنگە قاچان قايتىسىز', 'قايتىسىز'],
        ['ئاپىڭىز سورايدۇ، قايتماقچىمسىز؟', 'قايتماقچىمسىز'],
      ],
      noMatch: [
        'ئىشتىن قاچان قايتىپ كېلىسىز؟ تاماق سوۋۇپ كەتتى.',
        'بوستونغا قاچان قايتىسىز؟ ئايرودرومدىن ئېلىپ كېتەي.',
        'ئىستانبۇلدىن قاچان قايتىسىز؟',
      ],
    },
  },
  {
    id: 'return-to-homeland',
    tactic: 'return-pressure',
    score: 0.7,
    description:
      '"Return to the homeland / to Xinjiang": a return named with its destination, not said of oneself.',
    match: new RegExp(`(?:${HOMELAND_DATIVE.source}) ?قايت\\p{L}*`, 'u'),
    unless: [{ pattern: OWN_RETURN, within: 0, factor: 0.3, reason: 'the writer’s own trip home' }],
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
    id: 'time-to-come-back',
    tactic: 'return-pressure',
    score: 0.75,
    description: '"Your time to come back has long come": return presented as overdue.',
    match:
      /قايت(?:ىدىغان|ىش|ىپ ?كېلىدىغان) ?ۋاقت(?:ىڭىز|ىڭ)\p{L}*(?: \p{L}+)? (?:كەلدى|بولدى|يەتتى|ئۆتتى|ئۆتۈپ)\p{L}*/u,
    examples: {
      match: [['سىزنىڭ قايتىدىغان ۋاقتىڭىز ئاللىقاچان كەلدى', 'قايتىدىغان ۋاقتىڭىز ئاللىقاچان كەلدى']],
      noMatch: ['قايتىدىغان ۋاقتىم كەلدى، خوش!'],
    },
  },
  {
    id: 'stay-abroad-makes-it-worse',
    tactic: 'return-pressure',
    score: 0.7,
    description:
      '"The longer you stay abroad, the worse it gets", "do not stay out there": staying away made a fault.',
    match:
      /(?<!\p{L})(?:سىرتتا|چەتئەلدە|ئۇ ?يەردە|ئۇ ?ياقتا) ?(?:ئۇزۇن ?|ئۇزاق ?)?(?:تۇرۇۋەرسىڭىز|تۇرسىڭىز|قالسىڭىز|قېلىۋەرسىڭىز|تۇرۇۋەرمەڭ|تۇرماڭ|قالماڭ|يۈرۈۋەرمەڭ|يۈرسىڭىز|تۇرۇۋەرسەڭ|تۇرساڭ)(?!\p{L})/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:مۇرەككەپ|ئېغىر|يامان|چوڭىي|تەس|قىيىن|ئاۋارىچىلىك|ۋاقىت ?كەلدى|قايت|كېلىڭ|يۇرتقا|ۋەتەنگە)\p{L}*/u,
        within: 60,
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'چەتئەلدە ئۇزۇن تۇرۇۋەرسىڭىز ئىشىڭىز مۇرەككەپلىشىدۇ',
          'چەتئەلدە ئۇزۇن تۇرۇۋەرسىڭىز ئىشىڭىز مۇرەككەپلىشىدۇ',
        ],
        ['سىرتتا تۇرۇۋەرمەڭ، قايتىدىغان ۋاقىت كەلدى', 'سىرتتا تۇرۇۋەرمەڭ، قايتىدىغان'],
      ],
      noMatch: ['سىرتتا تۇرماڭ، ئىچكىرى كىرىڭ، سوغۇق.', 'چەتئەلدە ئۇزۇن تۇرسىڭىز تىل ئۆگىنىسىز.'],
    },
  },
  {
    id: 'service-only-at-home',
    tactic: 'return-pressure',
    score: 0.8,
    description:
      'A passport or service available "only in Xinjiang", or only a one-way return certificate on offer.',
    match: new RegExp(
      `(?<!\\p{L})(?:${HOMELAND_STEMS})\\p{L}*(?<=[دت][اى]لا)(?!\\p{L})|قايتىش ?(?:گۇۋاھنامى|گۇۋاھنامە|ھۆججىتى|كىنىشكى|ئىسپاتى)\\p{L}*|(?:ئۆزىڭىز ?)?(?:كەلگەندىن|قايتقاندىن|بارغاندىن) ?كېيىنلا|(?<!\\p{L})پەقەت (?:${HOMELAND_STEMS})\\p{L}*(?<=دا|دە|تا|تە)(?!\\p{L})|نوپۇس\\p{L}* ?(?:تۇرۇشلۇق|بار|تىزىملانغان) ?(?:\\p{L}+ ){0,2}?\\p{L}+(?<=دىكى|دا|دە)`,
      'u',
    ),
    near: [
      {
        pattern:
          /(?<!\p{L})(?:پاسپو?رت|كىملىك|يېڭىلى|يېڭىلا|ئۇزارت|بېجىر|ئىشلەت|بىر ?تەرەپ|بېرىلىدۇ|بېرەلەيمىز|بېرىمىز|ئالالايسىز|رەسمىيەت)\p{L}*/u,
        within: 40,
      },
    ],
    examples: {
      match: [
        ['پاسپورت پەقەت يۇرتىڭىزدىلا يېڭىلىنىدۇ', 'يۇرتىڭىزدىلا يېڭىلىنىدۇ'],
        ['كىملىكىڭىزنى شىنجاڭدىلا بېجىرەلەيسىز', 'كىملىكىڭىزنى شىنجاڭدىلا'],
        ['سىزگە پەقەت قايتىش گۇۋاھنامىسى بېرىلىدۇ', 'قايتىش گۇۋاھنامىسى بېرىلىدۇ'],
      ],
      noMatch: [
        'شىنجاڭدا پاسپورت يېڭىلاش قىيىن دەپ ئاڭلىدىم.',
        'ئۈرۈمچىدىلا ئۈچ كۈن تۇردۇق.',
        'ۋەتەنداشلار تىزىملىكىنى يېڭىلاۋاتىمىز.',
      ],
    },
  },
]);
