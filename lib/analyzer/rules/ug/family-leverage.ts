import { defineRules } from '../define';
import {
  AUTHORITY,
  IF_YOU_COMPLY,
  MY_RELATIVE,
  NEED,
  RELATIVE_OBJECT,
  SEND,
  US_AT_HOME,
  YOUR_RELATIVE,
} from './_lexicon';

/** "With us", "in our hands", "here with us". */
const WITH_US =
  /(?<!\p{L})(?:بىزنىڭ ?يېنىمىزدا|يېنىمىزدا|قولىمىزدا|بىزنىڭ ?قولىمىزدا|بىزدە ?تۇرۇۋاتىدۇ|بىز ?بىلەن ?بىللە)(?!\p{L})/u;

/** Relatives as the anchor: "your mother", "your mother (acc.)", "we at home". */
const FAMILY = new RegExp(`${YOUR_RELATIVE.source}|${RELATIVE_OBJECT.source}|${US_AT_HOME.source}`, 'u');

/** Any relative: yours, mine (as a relative passing a message on writes), or "us at home". */
const ANY_RELATIVE = new RegExp(`${FAMILY.source}|${MY_RELATIVE.source}`, 'u');

/** A relative worn down: cannot sleep, cannot go out, stared at, crying, under pressure. */
const DISTRESS =
  /(?<!\p{L})(?:ئۇخلىيالما|ئۇخلىيالمى|چىقالما|چىقالمى|تىكىلى|كەمسىتى|ئازابلىنى|قىينىلى|يىغلاپ|يىغلاۋات|ئەنسىرەپ|ئەنسىرەۋات|قورقۇپ|قورقۇۋات|بېسىم ?ئاستىدا|كۆز ?يېشى|يۈرىكى|ئورۇن ?تۇتۇپ)\p{L}*/u;

/** What the target is asked to do in the same message: a demand, an authority's request, a return. */
const DEMAND = new RegExp(
  `${SEND.source}|${NEED.source}|${AUTHORITY.source}|(?<!\\p{L})(?:قايت(?!ا(?!\\p{L})|ىدىن)|بېرىۋېتىڭ|بېرىۋەت)\\p{L}*`,
  'u',
);

/** What may happen to relatives: taken away, questioned, arrested, jailed, camp, lose a job, suffer. */
const HARM =
  /(?:ئېلىپ ?كېت|تۇتۇپ ?كېت|ئېلىپ ?ماڭ|تۇتۇل|قولغا ?ئېلىن|سولان|سولاپ|تۈرمى|تۈرمە|لاگېر|تەربىيەلەش|خىزمىتىدىن ?ئايرىل|خىزمىتىدىن ?ھەيد[ەى]|ئىشتىن ?ھەيد[ەى]|ئىشىدىن ?ئايرىل|جازالان|ئاۋارىچىلىك|زىيان ?تارت|بېشىغا(?: كۈن| ئىش| بالا)? ?كېل|ئىش ?چىق|بىر ?ئىش ?بولۇپ|ئازاب ?چەك|كۈنى ?تەس|ئەھۋالى ?ياخشى ?ئەمەس|تەقدىرى|بىخەتەرلىكى|پاسپورتى ?يىغىۋېلىن|سوراق|چاقىرىپ ?(?:سورا|ئاپار|تۇر)|(?<!\p{L})چاقىرت|چاقىرىۋات|ئىزدەپ ?كەل|نازارەت|بېسىم ?(?:ئىشلەت|قىل|كۆرسەت))\p{L}*/u;

/** Suffering for the target's sake: crying, ill, "because of you", "depends on you". */
const SUFFERING =
  /(?<!\p{L})(?:يىغلا|يىغلى|سىزنى ?دەپ|سېنى ?دەپ|سىز ?سەۋەبلىك|سەن ?سەۋەبلىك|سىزنىڭ ?سەۋەبىڭىزدىن|ئۈمىدى ?سىزدە)\p{L}*/u;

/** "Depends on you / on your behaviour", "in your hands". */
const DEPENDS =
  /(?<!\p{L})(?:سىزگە|ساڭا|\p{L}+(?<=ىڭىزغا|ىڭىزگە|ىڭغا|ىڭگە)) ?باغلىق\p{L}*|(?:سىزنىڭ ?|سېنىڭ ?)?(?:قولىڭىزدا|قولۇڭدا)(?!\p{L})/u;

/** Think of them, care about them. */
const THINK =
  /(?<!\p{L})(?:ئويلاڭ|ئويلىسىڭىز|ئويلاپ ?بېقىڭ|ئويلاپ ?باق|ئويلىمامسىز|ئويلىماي|ئويلىشىڭىز|ئويلىغىن|ئويلىساڭ|كۆيۈنسىڭىز|ئاياڭ|ئاياپ|رەھىم ?قىلىڭ)\p{L}*/u;

/** Left in peace, not bothered, safe, released: what complying buys for relatives. */
const LEFT_ALONE =
  /(?<!\p{L})(?:(?:تىنچ|ئارام) ?(?:قال|قوي|بول|تاپ)|ئاۋارە ?(?:قىلما|بولما)|چېقىلما|ئامان ?(?:قال|بول)|بىخەتەر ?بول|ھېچ ?ئىش ?بولما|قويۇپ ?بېرى)\p{L}+(?<=دۇ|مىز|دىكەن|دىغۇ)(?!\p{L})/u;

/** Greetings and warmth that often sit beside relatives' names. */
const GREETING = /(?<!\p{L})(?:سالام ?ئېيت|مۇبارەك|تەبرىك|سېغىن|ساغىن|خاتىرجەم ?بول|يېڭى ?يىل)\p{L}*/u;

export default defineRules('ug', 'family-leverage', [
  {
    id: 'relatives-with-us',
    tactic: 'family-leverage',
    score: 0.85,
    description: '"Your parents are with us now": relatives presented as held by the sender.',
    match: YOUR_RELATIVE,
    near: [{ pattern: WITH_US, within: 40, side: 'after' }],
    examples: {
      match: [
        ['ئاكىڭىز ھازىر بىزنىڭ قولىمىزدا', 'ئاكىڭىز ھازىر بىزنىڭ قولىمىزدا'],
        ['ئىنىڭىز قولىمىزدا، ئەقىللىق بولۇڭ', 'ئىنىڭىز قولىمىزدا'],
      ],
      noMatch: ['ئاپىڭىز بىلەن بۈگۈن بازارغا باردۇق.', 'بالىلىرىڭىز بىلەن كېلىڭلار.'],
    },
  },
  {
    id: 'harm-to-relatives',
    tactic: 'family-leverage',
    score: 0.85,
    description:
      'Relatives are or may be taken away, questioned, jailed or lose their jobs (also relayed by a relative).',
    match: FAMILY,
    near: [{ pattern: HARM, within: 40, side: 'after' }],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:قويۇپ ?بېرىلدى|قويۇپ ?بېرىپتۇ|چىقىپ ?كەلدى|ساقايدى|دوختۇر|دوختۇرخان|بازار|مەكتەپ|ساياھەت|توي|داستىخان|تاماق)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'ordinary family news',
      },
    ],
    examples: {
      match: [
        ['سىڭلىڭىز ئىشتىن ھەيدىلىشى مۇمكىن', 'سىڭلىڭىز ئىشتىن ھەيدىلىشى'],
        ['ئەۋەتمىسىڭىز ئاپامنى تۇتۇپ كېتىدۇ', 'ئاپامنى تۇتۇپ كېتىدۇ'],
        ['ئاتا-ئاناڭىزنىڭ بېشىغا كۈن كېلىدۇ', 'ئاتا-ئاناڭىزنىڭ بېشىغا كۈن كېلىدۇ'],
        ['ئۇلار ئاپاڭنى ھەر ھەپتە چاقىرىپ سوراۋاتىدۇ', 'ئاپاڭنى ھەر ھەپتە چاقىرىپ سوراۋاتىدۇ'],
        ['دادىڭىزنى يەنە سوراققا ئېلىپ كەتتى', 'دادىڭىزنى يەنە سوراققا'],
      ],
      noMatch: [
        'ئاپامنى دوختۇرخانىغا ئېلىپ كەتتىم.',
        'دادىڭىز ساياھەتتىن قايتىپ كەلدى، ياخشى.',
        'ئاپاڭنى تويغا چاقىرىپ كەتتى.',
      ],
    },
  },
  {
    id: 'comply-and-they-are-left-alone',
    tactic: 'family-leverage',
    score: 0.85,
    description: '"Do as they say and your mother will be left alone": relatives’ peace tied to compliance.',
    match: IF_YOU_COMPLY,
    near: [
      { pattern: LEFT_ALONE, within: 60, side: 'after', crossSentence: true },
      { pattern: FAMILY, within: 80, crossSentence: true },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:سىز|سەن|ئۆزىڭىز)(?: ?ئۆزىڭىز)? ?(?:ئامان|بىخەتەر|تىنچ)(?!\p{L})/u,
        within: 20,
        factor: 0.4,
        reason: 'the promise is to the target (an inducement)',
      },
    ],
    examples: {
      match: [
        ['سەن ئۇلارنىڭ دېگىنىگە كۆنسەڭ، ئاپاڭ تىنچ قالىدۇ', 'دېگىنىگە كۆنسەڭ، ئاپاڭ تىنچ قالىدۇ'],
        ['ماقۇل دېسىڭىز، ئۇلار دادىڭىزنى ئارام قويىدۇ', 'ماقۇل دېسىڭىز، ئۇلار دادىڭىزنى ئارام قويىدۇ'],
      ],
      noMatch: ['ماقۇل دېسىڭىز، ئەتە بىللە بازارغا بارايلى.', 'گەپ ئاڭلىسىڭىز، دەرسىڭىز ياخشى بولىدۇ.'],
    },
  },
  {
    id: 'family-fate-depends-on-you',
    tactic: 'family-leverage',
    score: 0.8,
    description:
      '"Your brother’s job depends on your decision", "our fate is in your hands": relatives held hostage to conduct.',
    match: FAMILY,
    near: [{ pattern: DEPENDS, within: 50, side: 'after' }],
    unless: [{ pattern: GREETING, within: 40, factor: 0.3, reason: 'greetings and family warmth' }],
    examples: {
      match: [
        ['ئىنىڭىزنىڭ خىزمىتى سىزنىڭ قارارىڭىزغا باغلىق', 'ئىنىڭىزنىڭ خىزمىتى سىزنىڭ قارارىڭىزغا باغلىق'],
        ['ئۆيدىكىلەرنىڭ ئەھۋالى پۈتۈنلەي سىزگە باغلىق', 'ئۆيدىكىلەرنىڭ ئەھۋالى پۈتۈنلەي سىزگە باغلىق'],
        ['ئائىلىڭىزنىڭ ئامانلىقى قولىڭىزدا', 'ئائىلىڭىزنىڭ ئامانلىقى قولىڭىزدا'],
      ],
      noMatch: [
        'ئاپىڭىزنىڭ ساقىيىشى دوختۇرلارغا باغلىق.',
        'ئائىلىڭىزگە يېڭى يىل مۇبارەك، ھەممە ئىش قولىڭىزدا!',
      ],
    },
  },
  {
    id: 'think-of-your-relatives',
    tactic: 'family-leverage',
    score: 0.8,
    description: '"Think of your parents", "think of us": relatives invoked to press for compliance.',
    match: new RegExp(`${YOUR_RELATIVE.source}|${RELATIVE_OBJECT.source}|(?<!\\p{L})بىزنى(?!\\p{L})`, 'u'),
    near: [{ pattern: THINK, within: 50, crossSentence: true }],
    unless: [{ pattern: GREETING, within: 40, factor: 0.3, reason: 'greetings and family warmth' }],
    examples: {
      match: [
        [
          'ئاتا-ئاناڭىز بىزنىڭ قولىمىزدا ئەمەس، لېكىن ئۇلارنى ئويلاڭ',
          'ئاتا-ئاناڭىز بىزنىڭ قولىمىزدا ئەمەس، لېكىن ئۇلارنى ئويلاڭ',
        ],
        ['بالىلىرىڭىزنى ئويلىسىڭىز، جىم تۇرۇڭ', 'بالىلىرىڭىزنى ئويلىسىڭىز'],
        ['ئاچا، بىزنى ئويلاڭ، ئۇلار بىلەن ئالاقىلىشىڭ', 'بىزنى ئويلاڭ'],
      ],
      noMatch: [
        'ئاپىڭىزنى سېغىندىم، ئۇنى ئويلاپ قالدىم.',
        'بايرىمىڭىز مۇبارەك، ئائىلىڭىزنى ئويلاپ تەبرىكلەيمەن.',
        'يېڭى يىلىڭىز مۇبارەك، بىزنى ئويلاپ قويۇڭ.',
      ],
    },
  },
  {
    id: 'relatives-suffer-for-you',
    tactic: 'family-leverage',
    score: 0.75,
    description: 'Relatives said to cry or suffer because of the target: guilt used as pressure.',
    match: ANY_RELATIVE,
    near: [{ pattern: SUFFERING, within: 40 }],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:ساقايدى|ساقىيىپ|ياخشى ?بولۇپ|ئوبدان ?بولۇپ|خاتىرجەم ?بولۇڭ|دوختۇرغا ?باردى|خۇشال)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'family news with no pressure',
      },
      { pattern: GREETING, within: 60, factor: 0.3, reason: 'greetings and family warmth' },
    ],
    examples: {
      match: [
        ['دادىڭىز كېچە-كۈندۈز سىزنى دەپ ئۇخلىيالمايدۇ', 'دادىڭىز كېچە-كۈندۈز سىزنى دەپ'],
        ['سىز سەۋەبلىك ئاكىڭىز تۈرمىدە ياتىدۇ', 'سىز سەۋەبلىك ئاكىڭىز'],
      ],
      noMatch: ['ئاپىڭىز سىزنى دەپ خۇشال بولۇپ كەتتى.', 'ئاپام ساقايدى، سىزگە سالام ئېيتتى.'],
    },
  },
  {
    id: 'harder-on-them-if-you-do-not',
    tactic: 'family-leverage',
    score: 0.8,
    description:
      '"If you do not come, it will be harder on her": a relative’s plight tied to what the target does.',
    match:
      /(?<!\p{L})(?:ئۇنىڭغا|ئۇلارغا|ئۇنىڭ ?ئۈچۈن|ئۇلار ?ئۈچۈن|ئۆيدىكىلەرگە|ئائىلىڭىزگە|ئائىلەڭگە|بىزگە)(?: تېخىمۇ| تولىمۇ| بەك)? ?(?:ئېغىر|تەس|يامان|ئاۋارىچىلىك|ياخشى ?بولمايدۇ|ياخشى ?ئەمەس)\p{L}*/u,
    near: [
      {
        pattern: /(?<!\p{L})\p{L}+(?<=مىسىڭىز|مىساڭ|مىسەڭ|ماسلىقىڭىز|مىگەنسېرى)(?!\p{L})/u,
        within: 60,
        side: 'before',
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        ['قايتمىسىڭىز ئۇنىڭغا تېخىمۇ ئېغىر كېلىدۇ', 'قايتمىسىڭىز ئۇنىڭغا تېخىمۇ ئېغىر'],
        ['ئېيتقاننى قىلمىسىڭىز ئۆيدىكىلەرگە ياخشى بولمايدۇ', 'قىلمىسىڭىز ئۆيدىكىلەرگە ياخشى بولمايدۇ'],
      ],
      noMatch: ['ئۇنىڭغا ئېغىر كەلدى، ئەمما ساقايدى.', 'كەلمىسىڭىز بىزگە ئېيتىپ قويۇڭ.'],
    },
  },
  {
    id: 'relatives-worse-if-you-do-not',
    tactic: 'family-leverage',
    score: 0.8,
    description:
      '"If you do not come back, your parents’ situation will get worse": relatives’ plight tied to a condition.',
    match: new RegExp(`${YOUR_RELATIVE.source}|${US_AT_HOME.source}`, 'u'),
    near: [
      {
        pattern:
          /(?<!\p{L})(?:ئەھۋالى|كۈنى|ھالى|تۇرمۇشى|ساقلىقى)\p{L}* ?(?:تېخىمۇ ?|بەك ?)?(?:ناچار|ئېغىر|تەس|يامان)\p{L}*/u,
        within: 30,
        side: 'after',
      },
      {
        pattern: /(?<!\p{L})\p{L}+(?<=مىسىڭىز|مىساڭ|مىسەڭ)(?!\p{L})/u,
        within: 60,
        side: 'before',
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'ۋەتەنگە قايتمىسىڭىز ئاتا-ئاناڭىزنىڭ ئەھۋالى تېخىمۇ ناچارلىشىدۇ',
          'قايتمىسىڭىز ئاتا-ئاناڭىزنىڭ ئەھۋالى تېخىمۇ ناچارلىشىدۇ',
        ],
      ],
      noMatch: ['ئاتا-ئاناڭىزنىڭ ئەھۋالى ناچار ئەمەس، خاتىرجەم بولۇڭ.'],
    },
  },
  {
    id: 'we-suffer-because-of-you',
    tactic: 'family-leverage',
    score: 0.75,
    description: '"We are suffering here because of you": the family’s hardship laid on the target.',
    match:
      /(?<!\p{L})(?:سىزنى|سېنى|سىز|سەن) ?(?:دەپ|سەۋەبلىك|سەۋەبىدىن|ۋاجىدىن) ?(?:\p{L}+ )?(?:ئازاب|جاپا|دەرد|بالا|كۈلپەت)\p{L}* ?(?:چېك|تارت|يە|چەك)\p{L}*/u,
    unless: [{ pattern: GREETING, within: 40, factor: 0.3, reason: 'greetings and family warmth' }],
    examples: {
      match: [['بىز بۇ يەردە سېنى دەپ ئازاب چېكىۋاتىمىز', 'سېنى دەپ ئازاب چېكىۋاتىمىز']],
      noMatch: ['سىزنى دەپ كەلدۇق، خۇشال بولدۇق.'],
    },
  },
  {
    id: 'do-what-they-say-for-them',
    tactic: 'family-leverage',
    score: 0.7,
    description:
      '"Your parents are in a hard place; if you want to help them, do what they say": relatives tied to compliance.',
    match: ANY_RELATIVE,
    near: [
      {
        pattern:
          /(?<!\p{L})ئۇلارنىڭ ?(?:دېگىنى|دېگەن|ئېيتقىنى|ئېيتقان|تەلىپى)\p{L}* ?(?:قىلىڭ|قىل|قىلغىن|ئورۇنلاڭ|بويسۇنۇڭ)(?!\p{L})|(?<!\p{L})ئۇلارنىڭ ?گېپىگە ?كىر\p{L}*/u,
        within: 100,
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'ئاتا-ئاناڭ قىيىن ئەھۋالدا، ئۇلارغا ياردەم قىلماقچى بولساڭ، ئۇلارنىڭ دېگىنىنى قىل',
          'ئاتا-ئاناڭ قىيىن ئەھۋالدا، ئۇلارغا ياردەم قىلماقچى بولساڭ، ئۇلارنىڭ دېگىنىنى قىل',
        ],
      ],
      noMatch: ['ئاپاڭنىڭ دېگىنىنى قىل، ئۇ ساڭا ياخشىلىق تىلەيدۇ.'],
    },
  },
  {
    id: 'relative-ill-come-back',
    tactic: 'family-leverage',
    score: 0.6,
    description:
      'A relative’s illness set beside a call to come back: the family used to pull the target home.',
    match: YOUR_RELATIVE,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:كېسەل|ئاغرىپ|ئاغرىق|ئورۇن ?تۇتۇپ|دوختۇرخانىدا|ياتاقتا ?ياتىدۇ|ئۆلۈم ?ئالدىدا)\p{L}*/u,
        within: 40,
        side: 'after',
      },
      {
        pattern: /(?<!\p{L})(?:قايت(?!ا(?!\p{L})|ىدىن)|كەلمىسىڭىز|كەلمىسەڭ|كېلىڭ|كەلگىن)\p{L}*/u,
        within: 150,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:ساقايدى|ساقىيىپ|ياخشى ?بولۇپ|ئوبدان ?بولۇپ|خاتىرجەم ?بولۇڭ|ئەنسىرىمەڭ)\p{L}*/u,
        factor: 0.3,
        reason: 'family health news with no pressure',
      },
    ],
    examples: {
      match: [['ئاپىڭىز ئاغرىپ يېتىپ قالدى، قاچان قايتىسىز؟', 'ئاپىڭىز ئاغرىپ يېتىپ قالدى، قاچان قايتىسىز']],
      noMatch: ['ئاپىڭىز كېسەلدىن ساقىيىپ قالدى، ئەنسىرىمەڭ. قاچان قايتىسىز؟'],
    },
  },
  {
    id: 'relative-taken-or-punished',
    tactic: 'family-leverage',
    score: 0.8,
    description:
      '"My brother was taken to a camp", "they stopped mother’s pension": harm to a relative reported with blame.',
    match: new RegExp(
      `(?:${MY_RELATIVE.source}|${YOUR_RELATIVE.source})(?:[^.!?\\n]{0,40}?)(?:ئېلىپ ?كېتىلدى|ئېلىپ ?كەتتى|تۇتۇلدى|قولغا ?ئېلىندى|سولاندى|سولاپ ?قويدى|سوراققا|تەربىيەلەش|لاگېر|(?:پېنسىيە|مائاش|تۇرمۇش ?كاپالىت)\\p{L}* (?:\\p{L}+ )?(?:توختىت|كېسى|ئېلىۋال|ئېلىۋېل)|خىزمىتىدىن ?(?:ئايرىلدى|ھەيدەلدى))\\p{L}*`,
      'u',
    ),
    unless: [
      {
        pattern: /(?<!\p{L})(?:دوختۇر|دوختۇرخان|تېز ?ياردەم|ئوپېراتسىيە|قويۇپ ?بېرىلدى|قايتىپ ?كەلدى)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'hospital or release news',
      },
    ],
    examples: {
      match: [
        ['ئۇكام تۈنۈگۈن تەربىيەلەشكە ئېلىپ كېتىلدى', 'ئۇكام تۈنۈگۈن تەربىيەلەشكە'],
        ['ئاپىڭىزنىڭ پېنسىيەسىنى يەنە توختىتىپ قويۇپتۇ', 'ئاپىڭىزنىڭ پېنسىيەسىنى يەنە توختىتىپ'],
      ],
      noMatch: [
        'ئاپام تۈنۈگۈن دوختۇرخانىغا ئېلىپ كېتىلدى، ئوپېراتسىيە قىلىنىدۇ.',
        'ئۇكام، تۈنۈگۈن بازارغا باردىڭمۇ؟',
      ],
    },
  },
  {
    id: 'relative-distress-with-demand',
    tactic: 'family-leverage',
    score: 0.7,
    description:
      'A relative described as unable to sleep, go out or stop crying, in a message that carries a demand.',
    match: ANY_RELATIVE,
    near: [
      { pattern: DISTRESS, within: 40, side: 'after' },
      { pattern: DEMAND, within: 200, crossSentence: true },
    ],
    unless: [{ pattern: GREETING, within: 60, factor: 0.3, reason: 'greetings and family warmth' }],
    examples: {
      match: [
        [
          'پاسپورت نومۇرىنى سوراۋاتىدۇ. ئۆتۈنەي، بېرىۋېتىڭ، ئاپام كېچىلىرى ئۇخلىيالمايۋاتىدۇ',
          'بېرىۋېتىڭ، ئاپام كېچىلىرى ئۇخلىيالمايۋاتىدۇ',
        ],
      ],
      noMatch: ['ئاپام ئۇخلىيالمايۋاتىدۇ، دوختۇرغا ئاپاردۇق. سالام ئېيتتى.'],
    },
  },
  {
    id: 'relief-if-you-comply',
    tactic: 'family-leverage',
    score: 0.75,
    description:
      '"One call from you and his days get easier": a detained relative’s treatment tied to what the target does.',
    match:
      /(?<!\p{L})(?:ئەھۋالى|كۈنى|كۈنلىرى|ھالى|مۇئامىلە)\p{L}* ?(?:خېلى ?|كۆپ ?|بەك ?)?(?:ياخشىلىنىدۇ|ياخشى ?بولىدۇ|ئاسانلىشىدۇ|يېنىكلەيدۇ|ئوبدان ?ئۆتىدۇ|ئۆزگىرىدۇ|ياخشى ?مۇئامىلە)|(?:ئۇنىڭ|ئۇلارنىڭ) ?ئۈچۈن ?(?:نۇرغۇن|كۆپ) ?(?:نەرسە|ئىش) ?ئۆزگىرىدۇ/u,
    near: [
      {
        pattern: /(?<!\p{L})\p{L}+(?<=سىڭىز|ساڭ|سەڭ)(?!\p{L})/u,
        within: 60,
        side: 'before',
        crossSentence: true,
      },
      { pattern: ANY_RELATIVE, within: 150, crossSentence: true },
    ],
    examples: {
      match: [
        [
          'دادىڭىز ئۇ يەردە. مەن بەرگەن نومۇرغا تېلېفون قىلسىڭىز، ئۇنىڭ ئەھۋالى خېلى ياخشىلىنىدۇ',
          'دادىڭىز ئۇ يەردە. مەن بەرگەن نومۇرغا تېلېفون قىلسىڭىز، ئۇنىڭ ئەھۋالى خېلى ياخشىلىنىدۇ',
        ],
      ],
      noMatch: ['دادىڭىزغا تېلېفون قىلسىڭىز، ئۇ خۇشال بولىدۇ.'],
    },
  },
  {
    id: 'relative-answers-for-it',
    tactic: 'family-leverage',
    score: 0.85,
    description: '"Your mother will answer for this": a relative made to pay for the target’s acts.',
    match: YOUR_RELATIVE,
    near: [
      { pattern: /(?<!\p{L})(?:جاۋابى|ھېسابى|بەدىلى)\p{L}*/u, within: 30, side: 'before' },
      { pattern: /(?<!\p{L})(?:بېرىدۇ|تۆلەيدۇ|بېرىشىگە ?توغرا)\p{L}*/u, within: 10, side: 'after' },
    ],
    examples: {
      match: [['بۇنىڭ جاۋابىنى غۇلجىدىكى ئاپىڭىز بېرىدۇ', 'جاۋابىنى غۇلجىدىكى ئاپىڭىز بېرىدۇ']],
      noMatch: ['سوئالنىڭ جاۋابىنى ئاپىڭىز بىلىدۇ.'],
    },
  },
  {
    id: 'family-pays-for-you',
    tactic: 'family-leverage',
    score: 0.85,
    description: '"Your family will suffer / be responsible": a consequence aimed at relatives.',
    match: new RegExp(
      `(?:${YOUR_RELATIVE.source}) (?:جاۋابكار|مەسئۇل|ئازاب ?چېكىدۇ|جاپا ?تارتىدۇ|زىيان ?تارتىدۇ|بەدەل ?تۆلەيدۇ)\\p{L}*`,
      'u',
    ),
    examples: {
      match: [['ئائىلىڭىز جاپا تارتىدۇ', 'ئائىلىڭىز جاپا تارتىدۇ']],
      noMatch: ['ئائىلىڭىز ياخشىمۇ؟'],
    },
  },
]);
