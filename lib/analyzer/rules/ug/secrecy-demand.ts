import { defineRules } from '../define';
import { OTHER_APP } from './_lexicon';

/** A surprise for a birthday or a wedding: the friendly "tell no one". */
const SURPRISE = /(?:سوۋغا|تۇغۇلغان ?كۈن|سۈرپرىز|توي|خۇشخەۋەر)\p{L}*/u;

export default defineRules('ug', 'secrecy-demand', [
  {
    id: 'tell-no-one',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: '"Tell no one", "do not tell your family": a demand for secrecy.',
    match:
      /(?:ھېچكىم|ئائىلىڭىز|ئاتا-?\s?ئاناڭىز|باشقىلار|ھېچ ?كىشى)\p{L}* (?:دېمەڭ|دېمىگىن|دېمەڭلار|ئېيتماڭ|ئېيتمىغىن|بىلدۈرمەڭ|سۆزلىمەڭ|ئاڭلاتماڭ|كۆرسەتمەڭ|تىلغا ?ئالماڭ|ئېغىز ?ئاچماڭ)\p{L}*|ھېچكىم ?بىلمىسۇن|ھېچكىمگە ?(?:دېيىشكە|ئېيتىشقا) ?بولمايدۇ/u,
    unless: [{ pattern: SURPRISE, within: 40, factor: 0.3, reason: 'a surprise among friends' }],
    examples: {
      match: [
        ['بۇ پاراڭنى ھېچكىمگە دېمەڭلار', 'ھېچكىمگە دېمەڭلار'],
        ['ئائىلىڭىزگە بىلدۈرمەڭ', 'ئائىلىڭىزگە بىلدۈرمەڭ'],
        ['ھېچكىم بىلمىسۇن', 'ھېچكىم بىلمىسۇن'],
      ],
      noMatch: ['ھېچكىمگە دېمەيمەن، خاتىرجەم بولۇڭ.', 'ئۇنىڭ تۇغۇلغان كۈنىدىكى سوۋغاتنى ھېچكىمگە دېمەڭ.'],
    },
  },
  {
    id: 'keep-secret-delete',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: '"Keep this secret", "delete this message".',
    match:
      /مەخپىي ?(?:تۇتۇڭ|ساقلاڭ|تۇتۇشىڭىز|ساقلىشىڭىز)|سىر ?تۇتۇڭ|سىر ?ساقلاڭ|(?:ئۇچۇرنى|ئۇچۇرلارنى|خەتنى|بۇنى|پاراڭنى|سۆھبەتنى) ?(?:ئۆچۈرۈۋېتىڭ|ئۆچۈرۈڭ|ئۆچۈرۈۋەتكىن)/u,
    examples: {
      match: [
        ['بۇ ئۇچۇرنى ئۆچۈرۈۋېتىڭ', 'ئۇچۇرنى ئۆچۈرۈۋېتىڭ'],
        ['بۇ ئىشنى مەخپىي تۇتۇڭ', 'مەخپىي تۇتۇڭ'],
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
        pattern: /(?:ئۇچۇر|خەت|پاراڭ|سۆھبەت|خاتىرى|(?<!\p{L})بۇنى|ئوقۇپ ?بول)\p{L}*/u,
        within: 40,
        side: 'before',
      },
    ],
    examples: {
      match: [['بۇنى ئوقۇپ بولۇپلا ئۆچۈرۈۋېتىڭ', 'ئوقۇپ بولۇپلا ئۆچۈرۈۋېتىڭ']],
      noMatch: ['كونا رەسىملەرنى ئۆچۈرۈڭ، تېلېفون تولۇپ قاپتۇ.'],
    },
  },
  {
    id: 'move-to-other-app',
    tactic: 'secrecy-demand',
    score: 0.75,
    description: '"Not here, add me on WeChat": moving the conversation to another channel.',
    match: OTHER_APP,
    near: [
      {
        pattern:
          /(?:قوشۇۋېلىڭ|قوشۇۋالغىن|قوشۇۋېل|قوشۇڭ|قوشۇپ ?قويۇڭ|قوشۇپ ?قويسىڭىز|ئالاقىلىشايلى|سۆزلىشەيلى|پاراڭلىشايلى|ئۆتەيلى|ئۆتۈڭ|ئۆتسەك)\p{L}*/u,
        within: 30,
      },
    ],
    unless: [
      {
        pattern: /(?:گۇرۇپپا|گۇرۇپ|توپ)\p{L}*/u,
        within: 30,
        factor: 0.4,
        reason: 'joining a community group chat',
      },
    ],
    boost: [
      {
        pattern: /(?:بۇ ?يەردە ?(?:ئەمەس|سۆزلەش|بولمايدۇ)|بۇ ?يەر ?بىخەتەر ?ئەمەس)\p{L}*/u,
        within: 60,
        factor: 1.2,
        reason: 'not here',
      },
    ],
    examples: {
      match: [
        ['مېنى ۋىچاتتا قوشۇۋېلىڭ، ئۇ يەردە سۆزلىشەيلى', 'ۋىچاتتا قوشۇۋېلىڭ'],
        ['微信 دا سۆزلىشەيلى', '微信 دا سۆزلىشەيلى'],
      ],
      noMatch: ['جەمئىيەتنىڭ ۋىچات گۇرۇپپىسىغا قوشۇۋېلىڭ.', 'ۋىچات ئىشلىمەيۋاتىدۇ.'],
    },
  },
]);
