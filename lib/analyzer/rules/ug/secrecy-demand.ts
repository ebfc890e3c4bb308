import { defineRules } from '../define';
import { OTHER_APP } from './_lexicon';

/** A surprise for a birthday or a wedding: the friendly "tell no one". */
const SURPRISE = /(?<!\p{L})(?:سوۋغا|تۇغۇلغان ?كۈن|سۈرپرىز|توي|خۇشخەۋەر|ھەيران ?قالسۇن)\p{L}*/u;

/** A bank or app code: "never tell anyone the code" is standard advice. */
const CODE =
  /(?:كود|پارول|شىفىر|مەخپىي ?نومۇر|دەلىللەش ?نومۇرى|جەزملەش)\p{L}*|(?<!\p{L})(?:sms|otp|pin)(?!\p{L})/u;

/** "Don't tell", "don't mention", "don't say a word": negative imperatives of telling. */
const DONT_TELL =
  'دېمەڭ|دېمىگىن|دېمە|دېمەڭلار|ئېيتماڭ|ئېيتمىغىن|ئېيتما|بىلدۈرمەڭ|سۆزلىمەڭ|ئاڭلاتماڭ|كۆرسەتمەڭ|تىلغا ?ئالماڭ|ئېغىز ?ئاچماڭ|چاندۇرماڭ|مەلۇم ?قىلماڭ';

/** People not to be told: nobody, family, friends, the association, the mosque, lawyers, reporters. */
const WHOM =
  'ھېچكىم|ھېچ ?كىشى|ئائىلى|ئاتا-?\\s?ئانا|باشقىلار|دوست|ساۋاقد[اى]ش|ياتاقد[اى]ش|جەمئىيەت|مەسچىت|ئادۋوكات|مۇخبىر|ساقچى|ئايالىڭ|ئېرىڭ|يولدىشىڭ|خوتۇنۇڭ|خوجايىن|تەشكىلات|ئۇيغۇر|قوشنى|ئۆيدىكى';

export default defineRules('ug', 'secrecy-demand', [
  {
    id: 'tell-no-one',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: '"Tell no one", "do not tell your family / the association": a demand for secrecy.',
    match: new RegExp(
      `(?<!\\p{L})(?:${WHOM})\\p{L}* (?:بۇ ?(?:ھەقتە|توغرىلىق|ئىشنى|گەپنى|پاراڭنى|ئىشتىن) ?)?(?:${DONT_TELL})(?!\\p{L})|ھېچكىم ?بىلمىسۇن|ھېچكىمگە ?(?:دېيىشكە|ئېيتىشقا) ?بولمايدۇ`,
      'u',
    ),
    unless: [
      { pattern: SURPRISE, within: 40, factor: 0.3, reason: 'a surprise among friends' },
      { pattern: CODE, within: 40, factor: 0.2, reason: 'advice to keep a code secret' },
    ],
    examples: {
      match: [
        ['بۇ پاراڭنى ھېچكىمگە دېمەڭلار', 'ھېچكىمگە دېمەڭلار'],
        ['ئائىلىڭىزگە بىلدۈرمەڭ', 'ئائىلىڭىزگە بىلدۈرمەڭ'],
        ['ھېچكىم بىلمىسۇن', 'ھېچكىم بىلمىسۇن'],
        ['جەمئىيەتتىكىلەرگە بۇ ھەقتە ئېغىز ئاچماڭ', 'جەمئىيەتتىكىلەرگە بۇ ھەقتە ئېغىز ئاچماڭ'],
        ['ھەتتا ياتاقدىشىڭىزغىمۇ دېمەڭ', 'ياتاقدىشىڭىزغىمۇ دېمەڭ'],
      ],
      noMatch: [
        'ھېچكىمگە دېمەيمەن، خاتىرجەم بولۇڭ.',
        'ئۇنىڭ تۇغۇلغان كۈنىدىكى سوۋغاتنى ھېچكىمگە دېمەڭ.',
        'SMS دىكى كودنى ھېچكىمگە دېمەڭ.',
      ],
    },
  },
  {
    id: 'between-us',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: '"This stays between the two of us", "only you and I know".',
    match:
      /(?<!\p{L})(?:ئىككىمىزنىڭ ?ئارىسىدا|ئارىمىزدا|سىز ?بىلەن ?مېنىڭ ?ئارامدا) ?(?:قالسۇن|قالىدۇ|ساقلانسۇن)|ئىككىمىزدىن ?باشقا ?ھېچكىم|سىز ?بىلەن ?مەن ?بىلەيلى/u,
    unless: [{ pattern: SURPRISE, within: 40, factor: 0.3, reason: 'a surprise among friends' }],
    examples: {
      match: [
        ['بۇ گەپ ئىككىمىزنىڭ ئارىسىدا قالسۇن', 'ئىككىمىزنىڭ ئارىسىدا قالسۇن'],
        ['بۇ ئىش ئارىمىزدا قالسۇن', 'ئارىمىزدا قالسۇن'],
      ],
      noMatch: ['ئارىمىزدا ھېچقانداق مەسىلە يوق.', 'سوۋغاتنى ئالدىم، ئارىمىزدا قالسۇن، ئۇ ھەيران قالسۇن.'],
    },
  },
  {
    id: 'keep-secret-delete',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: '"Keep this secret", "delete this message / this chat", "clear the history".',
    match:
      /مەخپىي ?(?:تۇتۇڭ|ساقلاڭ|تۇتۇشىڭىز|ساقلىشىڭىز)|سىر ?تۇتۇڭ|سىر ?ساقلاڭ|(?:ئۇچۇرنى|ئۇچۇرلارنى|خەتنى|بۇنى|پاراڭنى|سۆھبەتنى|خاتىرىسىنى|خاتىرىنى|چاتنى|يازىشىشنى) ?(?:ئۆچۈرۈۋېتىڭ|ئۆچۈرۈڭ|ئۆچۈرۈۋەتكىن|ئۆچۈرۈپ ?تاشلاڭ|تازىلاڭ|تازىلىۋېتىڭ)/u,
    examples: {
      match: [
        ['بۇ ئۇچۇرنى ئۆچۈرۈۋېتىڭ', 'ئۇچۇرنى ئۆچۈرۈۋېتىڭ'],
        ['بۇ ئىشنى مەخپىي تۇتۇڭ', 'مەخپىي تۇتۇڭ'],
        ['سۆزلىشىپ بولغاندىن كېيىن خاتىرىسىنى تازىلاڭ', 'خاتىرىسىنى تازىلاڭ'],
      ],
      noMatch: ['كونا رەسىملەرنى تېلېفوندىن ئۆچۈردۈم.'],
    },
  },
  {
    id: 'delete-after-reading',
    tactic: 'secrecy-demand',
    score: 0.75,
    description: '"Delete it after reading": the message, the chat or the call log is to disappear.',
    match: /(?:ئۆچۈرۈۋېتىڭ|ئۆچۈرۈۋەتكىن|ئۆچۈرۈڭ|ئۆچۈرۈپ ?تاشلاڭ|ئۆچۈرىۋېتىڭ)(?!\p{L})/u,
    near: [
      {
        pattern: /(?:ئۇچۇر|خەت|پاراڭ|سۆھبەت|خاتىرى|(?<!\p{L})بۇنى|ئوقۇپ ?بول|ئوقۇغاندىن)\p{L}*/u,
        within: 40,
        side: 'before',
      },
    ],
    examples: {
      match: [
        ['بۇنى ئوقۇپ بولۇپلا ئۆچۈرۈۋېتىڭ', 'ئوقۇپ بولۇپلا ئۆچۈرۈۋېتىڭ'],
        ['ئوقۇغاندىن كېيىن ئۆچۈرۈپ تاشلاڭ', 'ئوقۇغاندىن كېيىن ئۆچۈرۈپ تاشلاڭ'],
      ],
      noMatch: ['كونا رەسىملەرنى ئۆچۈرۈڭ، تېلېفون تولۇپ قاپتۇ.'],
    },
  },
  {
    id: 'move-to-other-app',
    tactic: 'secrecy-demand',
    score: 0.75,
    description:
      '"Not here, add me on WeChat", "from now on Signal only": moving the conversation elsewhere.',
    match: OTHER_APP,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:قوشۇۋېلىڭ|قوشۇۋالغىن|قوشۇۋېل|قوشۇڭ|قوشۇپ ?قويۇڭ|قوشۇپ ?قويسىڭىز|ئالاقىلىشايلى|سۆزلىشەيلى|پاراڭلىشايلى|يازىشايلى|يېزىشايلى|ئۆتەيلى|ئۆتۈڭ|ئۆتسەك|يېزىڭ|تېپىڭ)\p{L}*/u,
        within: 30,
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:گۇرۇپپا|گۇرۇپ|توپ)\p{L}*/u,
        within: 30,
        factor: 0.4,
        reason: 'joining a community group chat',
      },
    ],
    boost: [
      {
        pattern:
          /(?<!\p{L})(?:بۇ ?يەردە ?(?:ئەمەس|سۆزلەش|بولمايدۇ|سۆزلەشمەيلى)|بۇ ?يەر ?بىخەتەر ?ئەمەس|بۇ ?نومۇرغا ?ئەمەس|پەقەت|بۇنىڭدىن ?كېيىن)\p{L}*/u,
        within: 60,
        factor: 1.2,
        reason: 'not here',
      },
    ],
    examples: {
      match: [
        ['مېنى ۋىچاتتا قوشۇۋېلىڭ، ئۇ يەردە سۆزلىشەيلى', 'ۋىچاتتا قوشۇۋېلىڭ'],
        ['微信 دا سۆزلىشەيلى', '微信 دا سۆزلىشەيلى'],
        ['بۇ يەردە سۆزلەشمەيلى، سىگنالغا ئۆتەيلى', 'سىگنالغا ئۆتەيلى'],
      ],
      noMatch: ['جەمئىيەتنىڭ ۋىچات گۇرۇپپىسىغا قوشۇۋېلىڭ.', 'ۋىچات ئىشلىمەيۋاتىدۇ.'],
    },
  },
  {
    id: 'not-this-channel',
    tactic: 'secrecy-demand',
    score: 0.7,
    description:
      '"Not on this number, contact us through WeChat": the channel moved away from the one in use.',
    match: /بۇ ?(?:نومۇرغا|نومۇردا|يەردە|ئەپتە) ?ئەمەس/u,
    near: [{ pattern: OTHER_APP, within: 40, side: 'after' }],
    examples: {
      match: [['بۇ نومۇرغا ئەمەس، ۋىچات ئارقىلىق ئالاقىلىشىڭ', 'بۇ نومۇرغا ئەمەس، ۋىچات']],
      noMatch: ['بۇ نومۇرغا ئەمەس، ئىشخانا نومۇرىغا تېلېفون قىلىڭ.'],
    },
  },
]);
