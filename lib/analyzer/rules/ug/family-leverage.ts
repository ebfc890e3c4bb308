import { defineRules } from '../define';
import { RELATIVE_OBJECT, YOUR_RELATIVE } from './_lexicon';

/** "With us", "in our hands", "here with us". */
const WITH_US =
  /(?:بىزنىڭ ?يېنىمىزدا|يېنىمىزدا|قولىمىزدا|بىزنىڭ ?قولىمىزدا|بىزدە ?تۇرۇۋاتىدۇ|بىز ?بىلەن ?بىللە)(?!\p{L})/u;

/** What may happen to relatives: taken away, arrested, jailed, camp, lose a job, suffer. */
const HARM =
  /(?:ئېلىپ ?كېت|تۇتۇپ ?كېت|ئېلىپ ?ماڭ|تۇتۇل|قولغا ?ئېلىن|سولان|سولاپ|تۈرمى|تۈرمە|لاگېر|تەربىيەلەش|خىزمىتىدىن ?ئايرىل|خىزمىتىدىن ?ھەيد[ەى]|ئىشتىن ?ھەيد[ەى]|ئىشىدىن ?ئايرىل|جازالان|ئاۋارىچىلىك|زىيان ?تارت|بېشىغا(?: كۈن| ئىش| بالا)? ?كېل|ئىش ?چىق|بىر ?ئىش ?بولۇپ|ئازاب ?چەك|كۈنى ?تەس|ئەھۋالى ?ياخشى ?ئەمەس|تەقدىرى|بىخەتەرلىكى|پاسپورتى ?يىغىۋېلىن)\p{L}*/u;

/** Suffering for the target's sake: crying, ill, "because of you", "depends on you". */
const SUFFERING =
  /(?:يىغلا|يىغلى|كېسەل|ئاغرىپ|سىزنى ?دەپ|سىز ?سەۋەبلىك|سىزنىڭ ?سەۋەبىڭىزدىن|سىزگە ?باغلىق|سىزگە ?قاراپ|سىزنىڭ ?قولىڭىزدا|ئۈمىدى ?سىزدە)\p{L}*/u;

/** Think of them, care about them. */
const THINK =
  /(?:ئويلاڭ|ئويلىسىڭىز|ئويلاپ ?بېقىڭ|ئويلاپ ?باق|ئويلىمامسىز|ئويلىماي|ئويلىشىڭىز|كۆيۈنسىڭىز|ئاياڭ|ئاياپ)\p{L}*/u;

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
      'Relatives may be taken away, arrested, jailed or lose their jobs (also relayed by a relative).',
    match: new RegExp(`${YOUR_RELATIVE.source}|${RELATIVE_OBJECT.source}`, 'u'),
    near: [{ pattern: HARM, within: 40, side: 'after' }],
    unless: [
      {
        pattern:
          /(?:قويۇپ ?بېرىلدى|قويۇپ ?بېرىپتۇ|چىقىپ ?كەلدى|ساقايدى|دوختۇر|دوختۇرخان|بازار|مەكتەپ|ساياھەت)\p{L}*/u,
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
      ],
      noMatch: ['ئاپامنى دوختۇرخانىغا ئېلىپ كەتتىم.', 'دادىڭىز ساياھەتتىن قايتىپ كەلدى، ياخشى.'],
    },
  },
  {
    id: 'think-of-your-relatives',
    tactic: 'family-leverage',
    score: 0.8,
    description: '"Think of your parents": relatives invoked to press for compliance.',
    match: YOUR_RELATIVE,
    near: [{ pattern: THINK, within: 50, crossSentence: true }],
    unless: [
      {
        pattern: /(?:سالام ?ئېيت|مۇبارەك|تەبرىك|سېغىن|ساغىن|خاتىرجەم)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'greetings and family warmth',
      },
    ],
    examples: {
      match: [
        [
          'ئاتا-ئاناڭىز بىزنىڭ قولىمىزدا ئەمەس، لېكىن ئۇلارنى ئويلاڭ',
          'ئاتا-ئاناڭىز بىزنىڭ قولىمىزدا ئەمەس، لېكىن ئۇلارنى ئويلاڭ',
        ],
        ['بالىلىرىڭىزنى ئويلىسىڭىز، جىم تۇرۇڭ', 'بالىلىرىڭىزنى ئويلىسىڭىز'],
      ],
      noMatch: [
        'ئاپىڭىزنى سېغىندىم، ئۇنى ئويلاپ قالدىم.',
        'بايرىمىڭىز مۇبارەك، ئائىلىڭىزنى ئويلاپ تەبرىكلەيمەن.',
      ],
    },
  },
  {
    id: 'relatives-suffer-for-you',
    tactic: 'family-leverage',
    score: 0.75,
    description: 'Relatives said to cry, fall ill or depend on the target: guilt used as pressure.',
    match: YOUR_RELATIVE,
    near: [{ pattern: SUFFERING, within: 40, side: 'after' }],
    unless: [
      {
        pattern: /(?:ساقايدى|ياخشى ?بولۇپ|ئوبدان ?بولۇپ|خاتىرجەم ?بولۇڭ|دوختۇرغا ?باردى)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'family health news with no pressure',
      },
    ],
    examples: {
      match: [
        ['دادىڭىز كېچە-كۈندۈز سىزنى دەپ ئۇخلىيالمايدۇ', 'دادىڭىز كېچە-كۈندۈز سىزنى دەپ'],
        ['دادىڭىزنىڭ ئەھۋالى سىزگە باغلىق', 'دادىڭىزنىڭ ئەھۋالى سىزگە باغلىق'],
      ],
      noMatch: ['ئاپىڭىز كېسەلدىن ساقايدى، خاتىرجەم بولۇڭ.', 'ئاپام ساقايدى، سىزگە سالام ئېيتتى.'],
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
