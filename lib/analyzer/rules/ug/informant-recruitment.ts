import { defineRules } from '../define';
import { COMMUNITY, NEED, SEND } from './_lexicon';

/** "We want to know", "we must know". */
const WANT_TO_KNOW =
  /(?:بىلمەكچى|بىلىشىمىز ?كېرەك|بىلىشىمىز ?لازىم|بىلگۈمىز ?بار|ئىگىلىمەكچى|ئىگىلىشىمىز)\p{L}*/u;

/** Coming to, taking part in, meeting, being in contact. */
const ATTEND =
  /(?:قاتنىش|قاتناش|كېلىدۇ|كېلىۋاتىدۇ|كەلدى|كەلگەن|بارىدۇ|باردى|بارغان|يىغىل|ئۇچراش|ئالاقىلىش|ئالاقىسى|تونۇيسىز|ئارىلىش|ئەزا|gel|katıl|gid)\p{L}*/u;

/** Tell us, keep us informed, report. */
const REPORT =
  /(?:(?:بىزگە ?)?ئېيتىپ ?(?:بېرىڭ|تۇرۇڭ|بەرسىڭىز)|بىزگە ?ئېيتىڭ|(?:خەۋەر|مەلۇمات|ئۇچۇر|دوكلات|ئەھۋال)(?:نى)? ?(?:قىلىپ ?تۇرۇڭ|قىلىڭ|بېرىڭ|بېرىپ ?تۇرۇڭ|يەتكۈزۈڭ|يەتكۈزۈپ ?تۇرۇڭ|يوللاڭ|ئەۋەتىڭ|ئەۋەتىپ ?تۇرۇڭ|تەمىنلەڭ)|يەتكۈزۈپ ?(?:بېرىڭ|تۇرۇڭ)|بىلدۈرۈپ ?تۇرۇڭ|كۆزىتىپ ?(?:بېرىڭ|تۇرۇڭ))\p{L}*/u;

/** Other people: who, names, members, participants (and the Turkish words of mixed chat). */
const OTHERS =
  /(?:(?<!\p{L})كىم|ئىسىم|ئەزا|قاتناشقۇچى|قاتناشقانلار|باشقا ?ئۇيغۇر|ئۇيغۇرلار|دوستلىرىڭىز|ئەتراپىڭىزدىكى|ئۇلارنىڭ|(?<!\p{L})kimler|(?<!\p{L})isim)\p{L}*/u;

/** An organiser planning seats, food or sign-ups asks who is coming. */
const OWN_EVENT = {
  pattern:
    /(?:ئورۇن|ئورۇندۇق|تەييارلا|تاماق|(?<!\p{L})ئاش|قانچە ?(?:ئادەم|كىشى)|تىزىملىت|تەكلىپ|بېلەت|مېھمان|سوۋغا)\p{L}*/u,
  within: 80,
  factor: 0.3,
  reason: 'an organiser planning an event',
};

export default defineRules('ug', 'informant-recruitment', [
  {
    id: 'who-attends',
    tactic: 'informant-recruitment',
    score: 0.85,
    description: '"Who attends the association meeting?": questions about other members of a group or event.',
    match: /(?<!\p{L})كىم(?:-كىم)?لەر\p{L}*/u,
    near: [
      { pattern: ATTEND, within: 30 },
      { pattern: COMMUNITY, within: 80, crossSentence: true },
    ],
    unless: [OWN_EVENT],
    examples: {
      match: [
        ['جەمئىيەتنىڭ يىغىنىغا كىملەر كەلدى؟', 'يىغىنىغا كىملەر كەلدى'],
        ['نامايىشقا كىملەر قاتناشماقچى، بىلەمسىز؟', 'نامايىشقا كىملەر قاتناشماقچى'],
        ['ئۇيغۇرجەمئىيىتىدىكى يىغىنغا كىملەرقاتناشتى', 'يىغىنغا كىملەرقاتناشتى'],
      ],
      noMatch: [
        'تويغا كىملەر كېلىدۇ؟ ئاشنى كۆپرەك ئېتەيلى.',
        'كىملەرنىڭ ئۆيىدە تاماق يەيمىز؟',
        'يىغىنغا كىملەر كېلىدۇ؟ قانچە ئورۇندۇق تەييارلاش كېرەك؟',
      ],
    },
  },
  {
    id: 'send-their-names',
    tactic: 'informant-recruitment',
    score: 0.85,
    description: 'A request for the names or list of other people (members, participants, contacts).',
    match: /(?:ئىسىملىرى|ئىسىملىك|ئىسىم ?تىزىملىك|ئىسىم-?فامىلىلىرى|تىزىملىكى|ئەزالار ?تىزىملىك)\p{L}*/u,
    near: [
      {
        pattern: new RegExp(`${SEND.source}|${REPORT.source}|${NEED.source}|${WANT_TO_KNOW.source}`, 'u'),
        within: 40,
      },
    ],
    unless: [
      {
        pattern:
          /(?:تىزىملىتىش|تىزىملىتىڭ|تىزىملاتماقچى|ئورۇن ?ئالدۇرۇش|ئىشتىراك ?قىلماقچى ?بولغانلار)\p{L}*/u,
        factor: 0.3,
        reason: 'an organiser collecting sign-ups',
      },
    ],
    examples: {
      match: [
        ['ئۇلارنىڭ ئىسىملىرىنى بىزگە يوللاڭ', 'ئىسىملىرىنى بىزگە يوللاڭ'],
        ['جەمئىيەت ئەزالىرىنىڭ ئىسىملىكىنى ئەۋەتىپ بېرىڭ', 'ئىسىملىكىنى ئەۋەتىپ بېرىڭ'],
        ['يىغىلىشقا كەلگەنلەرنىڭ ئىسىملىرىنى بىلمەكچىمىز', 'ئىسىملىرىنى بىلمەكچىمىز'],
      ],
      noMatch: [
        'مەشرەپكە تىزىملىتىش ئۈچۈن ئىسىملىرىڭلارنى يوللاڭلار.',
        'ئۇلارنىڭ ئىسىملىرىنى ئۇنتۇپ قاپتىمەن.',
      ],
    },
  },
  {
    id: 'report-on-others',
    tactic: 'informant-recruitment',
    score: 0.8,
    description:
      '"Tell us / keep us informed" about other people, a group, a meeting or what was said there.',
    match: REPORT,
    near: [
      {
        pattern: new RegExp(`${COMMUNITY.source}|${OTHERS.source}`, 'u'),
        within: 80,
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'جەمئىيەتتە نېمە ئىشلار بولۇۋاتىدۇ، بىزگە خەۋەر قىلىپ تۇرۇڭ',
          'جەمئىيەتتە نېمە ئىشلار بولۇۋاتىدۇ، بىزگە خەۋەر قىلىپ تۇرۇڭ',
        ],
        ['Toplantıya kimler katıldı? بىزگە ئېيتىپ بەرسىڭىز.', 'kimler katıldı? بىزگە ئېيتىپ بەرسىڭىز'],
        ['باشقا ئۇيغۇرلارنىڭ ئەھۋالىنى يەتكۈزۈپ تۇرۇڭ', 'باشقا ئۇيغۇرلارنىڭ ئەھۋالىنى يەتكۈزۈپ تۇرۇڭ'],
      ],
      noMatch: ['ئاپىڭىزنىڭ ئەھۋالىنى بىزگە ئېيتىپ بېرىڭ، ئەنسىرەپ قالدۇق.', 'ۋاقتىڭىز بولسا تېلېفون قىلىڭ.'],
    },
  },
]);
