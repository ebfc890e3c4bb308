import { defineRules } from '../define';
import { COMMUNITY, NEED, SEND, TELL } from './_lexicon';

/** "We want to know", "we must know". */
const WANT_TO_KNOW =
  /(?<!\p{L})(?:بىلمەكچى|بىلىشىمىز ?كېرەك|بىلىشىمىز ?لازىم|بىلگۈمىز ?بار|ئىگىلىمەكچى|ئىگىلىشىمىز)\p{L}*/u;

/** Coming to, taking part in, speaking at, leading, posting: what other people do in a group. */
const ATTEND =
  /(?:قاتنىش|قاتناش|كېلىدۇ|كېلىۋاتىدۇ|كەلدى|كەلگەن|كېلىپ ?كېت|بارىدۇ|باردى|بارغان|يىغىل|ئۇچراش|ئالاقىلىش|ئالاقىسى|تونۇيسىز|ئارىلىش|رىياسەت|تەشكىللى|تەشكىللە|چىقىرىۋات|يازىۋات|katıl)\p{L}*|(?<!\p{L})(?:بار ?ئىدى|ئەزا|سۆز ?قىل|سۆزلى|سۆزلە|باشلى|چىقار|ئېلان|gel|gid)\p{L}*/u;

/** Tell us, keep us informed, write it up, find out, record it: the reporting task. */
const REPORT =
  /(?<!\p{L})(?:(?:بىزگە ?|ماڭا ?)?ئېيتىپ ?(?:بېرىڭ|تۇرۇڭ|بەرسىڭىز|تۇرسىڭىز)|بىزگە ?ئېيتىڭ|سۆزلەپ ?(?:بېرىڭ|بەرسىڭىز|تۇرۇڭ|تۇرسىڭىز)|(?:خەۋەر|مەلۇمات|ئۇچۇر|دوكلات|ئەھۋال)(?:لار|لەر)?(?:نى)? ?(?:قىلىپ ?(?:تۇرۇڭ|تۇرسىڭىز|بەرسىڭىز)|قىلىڭ|قىلسىڭىز|بېرىڭ|بېرىپ ?تۇرۇڭ|بېرىپ ?تۇرسىڭىز|يەتكۈزۈڭ|يەتكۈزۈپ ?تۇرۇڭ|يوللاڭ|ئەۋەتىڭ|ئەۋەتىپ ?تۇرۇڭ|تەمىنلەڭ|توپلاپ ?بېرىڭ|توپلاپ ?بەرسىڭىز)|خەۋەردار ?قىلىپ ?تۇرۇڭ|يەتكۈزۈپ ?(?:بېرىڭ|تۇرۇڭ|تۇرسىڭىز|بەرسىڭىز)|بىلدۈرۈپ ?(?:تۇرۇڭ|تۇرسىڭىز)|ئۇقتۇرۇپ ?(?:تۇرۇڭ|تۇرسىڭىز)|كۆزىتىپ ?(?:بېرىڭ|تۇرۇڭ)|يېزىپ ?(?:بېرىڭ|بەرسىڭىز|تۇرۇڭ|تۇرسىڭىز|ئەۋەتىڭ|ئەۋەتسىڭىز|يوللاڭ)|خاتىرە ?يېز|يېزىۋېلىڭ|بىلىپ ?(?:بېرىڭ|بەرسىڭىز|بەرگىن)|سۈرۈشتۈرۈپ ?(?:بېرىڭ|بەرسىڭىز)|(?:ئاۋازغا|ئۈنگە|رەسىمگە|سىنغا) ?ئېلىپ|كۆزىمىز ?ۋە ?قۇلىقىمىز|كۆز-?قۇلاق)\p{L}*/u;

/** Other people: who, names, members, participants (and the Turkish words of mixed chat). */
const OTHERS =
  /(?:(?<!\p{L})كىم(?!لىك)|ئىسىم|ئىسمى|ئەزا|قاتناشقۇچى|قاتناشقانلار|باشقا ?ئۇيغۇر|ئۇيغۇرلار|دوستلىرىڭىز|ئەتراپىڭىزدىكى|ئۇلارنىڭ|ساۋاقداش|(?<!\p{L})kimler|(?<!\p{L})isim)\p{L}*/u;

/** "Who said what", "what was talked about": the content of a meeting. */
const WHAT_WAS_SAID =
  /(?<!\p{L})(?:كىم(?:لەر)? ?نېمە ?(?:دېدى|دېگەن|دەيدۇ|سۆزلى|دېيىش)|نېمە ?(?:گەپلەر|ئىشلار|توغرىسىدا|ھەققىدە|دېيىلدى|قارار)|قانداق ?قارار)\p{L}*/u;

/** An organiser planning seats, food or sign-ups asks who is coming. */
const OWN_EVENT = {
  pattern:
    /(?:ئورۇن|ئورۇندۇق|تەييارلا|تاماق|(?<!\p{L})ئاش|قانچە ?(?:ئادەم|كىشى)|تىزىملىت|تەكلىپ|بېلەت|مېھمان|سوۋغا|ئاپتوبۇس|ساياھەتكە ?بارىدىغان)\p{L}*/u,
  within: 80,
  factor: 0.3,
  reason: 'an organiser planning an event',
};

/** Names written down by members for their own group, as a class or club does. */
const OWN_GROUP = {
  pattern: /(?:گۇرۇپپىغا|گۇرۇپقا|چاتقا|ئۆزئارا)(?!\p{L})|(?<!\p{L})\p{L}+(?<=سۇن|ڭلار)(?!\p{L})/u,
  within: 40,
  factor: 0.3,
  reason: 'members writing to their own group',
};

export default defineRules('ug', 'informant-recruitment', [
  {
    id: 'who-attends',
    tactic: 'informant-recruitment',
    score: 0.85,
    description:
      '"Who attends the association meeting?", "who posts videos in that group?": questions about other members.',
    match: /(?<!\p{L})كىم(?:-كىم)?لەر\p{L}*/u,
    near: [
      { pattern: new RegExp(`${ATTEND.source}|(?<!\\p{L})ئەزالىرى(?!\\p{L})`, 'u'), within: 30 },
      { pattern: COMMUNITY, within: 80, crossSentence: true },
    ],
    unless: [OWN_EVENT, OWN_GROUP],
    examples: {
      match: [
        ['جەمئىيەتنىڭ يىغىنىغا كىملەر كەلدى؟', 'يىغىنىغا كىملەر كەلدى'],
        ['نامايىشقا كىملەر قاتناشماقچى، بىلەمسىز؟', 'نامايىشقا كىملەر قاتناشماقچى'],
        ['ئۇيغۇرجەمئىيىتىدىكى يىغىنغا كىملەرقاتناشتى', 'يىغىنغا كىملەرقاتناشتى'],
        ['تېلېگرام گۇرۇپپىسىدا كىملەر ۋىدېو چىقىرىۋاتىدۇ', 'گۇرۇپپىسىدا كىملەر ۋىدېو چىقىرىۋاتىدۇ'],
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
    description: 'A request for the names or list of other people (members, participants, classmates).',
    match:
      /(?:ئىسىملىرى|ئىسىملىك|ئىسىم ?تىزىملىك|ئىسىم-?فامىلىلىرى|تىزىملىكى|ئەزالار ?تىزىملىك)\p{L}*|(?<!\p{L})\p{L}+(?<=لارنىڭ|لەرنىڭ|لىرىنىڭ) (?:ئىسىم|ئىسمى|ئىسىم-?فامىل)\p{L}*/u,
    near: [
      {
        pattern: new RegExp(
          `${SEND.source}|${TELL.source}|${REPORT.source}|${NEED.source}|${WANT_TO_KNOW.source}|تىزىملىك ?قىلىپ|تېپىپ ?(?:بېرىڭ|بەرسىڭىز|بەرگىن)`,
          'u',
        ),
        within: 50,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:تىزىملىتىش|تىزىملىتىڭ|تىزىملاتماقچى|ئورۇن ?ئالدۇرۇش|ئىشتىراك ?قىلماقچى ?بولغانلار|مېھمانلار|ئورۇندۇق|ئاپتوبۇس|ساياھەتكە ?بارىدىغان|ئاتا-?ئانىلار)\p{L}*/u,
        factor: 0.3,
        reason: 'an organiser collecting sign-ups',
      },
      OWN_GROUP,
    ],
    examples: {
      match: [
        ['ئۇلارنىڭ ئىسىملىرىنى بىزگە يوللاڭ', 'ئۇلارنىڭ ئىسىملىرىنى بىزگە يوللاڭ'],
        ['جەمئىيەت ئەزالىرىنىڭ ئىسىملىكىنى ئەۋەتىپ بېرىڭ', 'ئەزالىرىنىڭ ئىسىملىكىنى ئەۋەتىپ بېرىڭ'],
        ['يىغىلىشقا كەلگەنلەرنىڭ ئىسىملىرىنى بىلمەكچىمىز', 'كەلگەنلەرنىڭ ئىسىملىرىنى بىلمەكچىمىز'],
        ['گۇرۇپپىدىكى ئەزالارنىڭ ئىسمى ۋە تېلېفونىنى ئەۋەتىڭ', 'ئەزالارنىڭ ئىسمى ۋە تېلېفونىنى ئەۋەتىڭ'],
      ],
      noMatch: [
        'مەشرەپكە تىزىملىتىش ئۈچۈن ئىسىملىرىڭلارنى يوللاڭلار.',
        'ئۇلارنىڭ ئىسىملىرىنى ئۇنتۇپ قاپتىمەن.',
        'شەنبىدىكى مېھمانلار تىزىملىكىنى ئەۋەتىپ بېرەلەمسىز؟ ئورۇندۇق ئارىيەت ئالىمەن.',
      ],
    },
  },
  {
    id: 'names-in-a-form',
    tactic: 'informant-recruitment',
    score: 0.8,
    description: 'A form to fill in that asks, among one’s own details, for the names of other Uyghurs.',
    match: /(?<!\p{L})\p{L}+(?<=لارنىڭ|لەرنىڭ|لىرىنىڭ) (?:ئىسىم|ئىسمى|ئىسىم-?فامىل)\p{L}*/u,
    near: [
      {
        pattern: /(?<!\p{L})(?:تولدۇر|جەدۋەل|تىزىملا)\p{L}*/u,
        within: 300,
        side: 'before',
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:ئاپتوبۇس|ساياھەتكە ?بارىدىغان|ئاتا-?ئانىلار|ئورۇندۇق|تاماق)\p{L}*/u,
        factor: 0.3,
        reason: 'an organiser collecting sign-ups',
      },
    ],
    examples: {
      match: [
        [
          'جەدۋەلنى تولدۇرۇڭ: ئىسمىڭىز، ئادرېسىڭىز ۋە ئۇيغۇر ساۋاقداشلارنىڭ ئىسمى',
          'تولدۇرۇڭ: ئىسمىڭىز، ئادرېسىڭىز ۋە ئۇيغۇر ساۋاقداشلارنىڭ ئىسمى',
        ],
      ],
      noMatch: ['ساياھەتكە بارىدىغان بالىلارنىڭ ئىسمىنى جەدۋەلگە تولدۇرۇڭلار، ئاپتوبۇس ئۈچۈن.'],
    },
  },
  {
    id: 'report-on-others',
    tactic: 'informant-recruitment',
    score: 0.8,
    description:
      '"Tell us / write to us after each meeting" about other people, a group, a meeting or what was said there.',
    match: REPORT,
    near: [
      {
        pattern: new RegExp(`${COMMUNITY.source}|${OTHERS.source}|${WHAT_WAS_SAID.source}`, 'u'),
        within: 100,
        crossSentence: true,
      },
    ],
    unless: [OWN_GROUP],
    examples: {
      match: [
        [
          'جەمئىيەتتە نېمە ئىشلار بولۇۋاتىدۇ، بىزگە خەۋەر قىلىپ تۇرۇڭ',
          'نېمە ئىشلار بولۇۋاتىدۇ، بىزگە خەۋەر قىلىپ تۇرۇڭ',
        ],
        ['Toplantıya kimler katıldı? بىزگە ئېيتىپ بەرسىڭىز.', 'kimler katıldı? بىزگە ئېيتىپ بەرسىڭىز'],
        ['باشقا ئۇيغۇرلارنىڭ ئەھۋالىنى يەتكۈزۈپ تۇرۇڭ', 'باشقا ئۇيغۇرلارنىڭ ئەھۋالىنى يەتكۈزۈپ تۇرۇڭ'],
        [
          'مەسچىتتە نېمە گەپلەر بولىدۇ، ماڭا خەۋەر قىلىپ تۇرسىڭىز',
          'نېمە گەپلەر بولىدۇ، ماڭا خەۋەر قىلىپ تۇرسىڭىز',
        ],
      ],
      noMatch: ['ئاپىڭىزنىڭ ئەھۋالىنى بىزگە ئېيتىپ بېرىڭ، ئەنسىرەپ قالدۇق.', 'ۋاقتىڭىز بولسا تېلېفون قىلىڭ.'],
    },
  },
  {
    id: 'report-who-said-what',
    tactic: 'informant-recruitment',
    score: 0.8,
    description:
      '"Write down who spoke and what was decided": the content of a meeting asked for, with a community named.',
    match: WHAT_WAS_SAID,
    near: [
      { pattern: COMMUNITY, within: 120, crossSentence: true },
      {
        pattern: new RegExp(`${REPORT.source}|${SEND.source}|${TELL.source}`, 'u'),
        within: 150,
        crossSentence: true,
      },
    ],
    unless: [OWN_GROUP],
    examples: {
      match: [
        [
          'ھەر قېتىملىق يىغىندىن كېيىن كىم نېمە دېگەنلىكىنى يېزىپ ئەۋەتسىڭىز',
          'يىغىندىن كېيىن كىم نېمە دېگەنلىكىنى يېزىپ ئەۋەتسىڭىز',
        ],
      ],
      noMatch: ['يىغىندا نېمە ئىشلار بولدى؟ ماڭا قىزىق.'],
    },
  },
  {
    id: 'be-our-eyes',
    tactic: 'informant-recruitment',
    score: 0.8,
    description: '"Be our eyes and ears", "join the association and tell us from inside".',
    match: /كۆزىمىز ?ۋە ?قۇلىقىمىز|كۆز-?قۇلىقىمىز|(?:ئىچىگە|ئارىسىغا) ?(?:كىرىپ|سىڭىپ)|ئەزا ?بولۇپ ?كىرىپ/u,
    near: [
      {
        pattern: new RegExp(`${COMMUNITY.source}|بولۇپ ?(?:بېرىڭ|بەرسىڭىز|تۇرۇڭ)`, 'u'),
        within: 80,
      },
    ],
    examples: {
      match: [['بىزنىڭ كۆزىمىز ۋە قۇلىقىمىز بولۇپ بېرىڭ', 'كۆزىمىز ۋە قۇلىقىمىز بولۇپ بېرىڭ']],
      noMatch: ['ئۇ بىزنىڭ كۆزىمىزنىڭ نۇرى.'],
    },
  },
]);
