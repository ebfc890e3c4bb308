import { defineRules } from '../define';
import { DOCUMENT, FORMALITY, OWN, REQUEST } from './_lexicon';

export default defineRules('zh', 'identity-document-request', [
  {
    id: 'request-near-document',
    tactic: 'identity-document-request',
    score: 0.9,
    description: 'A request verb (发给我, 拍照, 上传, 提供) in the same sentence as an identity document.',
    match: DOCUMENT,
    near: [{ pattern: REQUEST, within: 30 }],
    unless: [
      { pattern: OWN, within: 0, factor: 0.2, reason: "the writer's own document" },
      {
        pattern: FORMALITY,
        within: 40,
        factor: 0.3,
        reason: 'an employer, school, bank, hotel, ticket or agency formality',
      },
      {
        pattern: /我第一次|想问一下|想问问|咨询一下|有人知道|谁知道|有没有人知道/u,
        factor: 0.4,
        reason: 'the writer asks what a procedure needs',
      },
      {
        pattern: /办理?|申请|换发/u,
        within: 0,
        side: 'before',
        factor: 0.3,
        reason: 'a passport issued, not asked for',
      },
      {
        pattern:
          /(?:父母|爸妈|家人|家里人|妈妈|爸爸|老婆|妻子|孩子|亲人|弟弟|妹妹|哥哥|姐姐)的?(?:护照|签证)[^,.!?]{0,12}(?:办下来|办好|批下来|签发|发下来|拿到手)|给你?的?(?:父母|爸妈|家人|家里人|亲人)(?:办|申请)/u,
        within: 0,
        factor: 0.2,
        reason: 'papers offered to relatives (an inducement), not asked for',
      },
      {
        pattern: /携带|带上|带好|出示|原件/u,
        within: 10,
        factor: 0.3,
        reason: 'bring or show it in person, not send it',
      },
    ],
    examples: {
      match: [
        ['请把你的护照复印件发给我。', '护照复印件发给我'],
        ['把身份证正反面拍照发过来，快点', '身份证正反面拍照发过来'],
        ['麻烦提供一下你爱人的护照号码和居留卡', '提供一下你爱人的护照号码'],
        ['請把護照首頁拍個照發給我們', '護照首頁拍個照發給我們'],
        ['签证页也上传一下', '签证页也上传'],
        ['你在哪个学校读书？把护照拍照发给我。', '护照拍照发给我'],
        ['你把护照交给你妈，让她送到派出所来', '护照交给'],
        ['請把妳的身分證正反面拍照傳過來', '身分證正反面拍照'],
      ],
      noMatch: [
        '我的护照快过期了，下周去换发，要带什么材料？',
        '入职当天请携带身份证原件及复印件到人事部报到。',
        '您预订的航班明天起飞，请携带有效护照提前到达机场。',
        '千万不要把护照照片发给陌生人。',
        '护照在抽屉里，你出发前记得带上。',
        '亲爱的同学，请在系统中上传护照首页扫描件，以便学校办理居留许可。',
        '只要你配合，我们可以给你父母办护照。',
        '我把护照交给领馆了，下周取。',
        '名单发给我，我保证你爸妈的护照很快办下来。',
      ],
    },
  },
  {
    id: 'document-number-question',
    tactic: 'identity-document-request',
    score: 0.85,
    description: 'Asks what the number of a passport or ID card is.',
    match: /(?:护照|身[份分]证|证件|居留证)(?:[^,.!]{0,3}[,?])?号码?是?(?:多少|几号|什么)/u,
    unless: [{ pattern: OWN, within: 3, factor: 0.2, reason: "the writer's own document" }],
    examples: {
      match: [
        ['你的身份证号是多少？', '身份证号是多少'],
        ['护照号码多少，快说', '护照号码多少'],
      ],
      noMatch: ['护照办一次要多少钱？', '我身份证号是多少来着，忘了'],
    },
  },
  {
    id: 'send-foreign-document',
    tactic: 'identity-document-request',
    score: 0.85,
    description: 'A Chinese request verb next to a passport or ID word in another language (code-switching).',
    match: /发(?:给我们?|过来|一下|我)|拍(?:照|个照|一下|一张)/u,
    near: [
      {
        pattern: /\b(?:passport|id card|residence permit)|پاسپورت|كىملىك|паспорт|удостоверени/u,
        within: 25,
      },
    ],
    examples: {
      match: [
        ['your passport 的照片 发过来', 'passport 的照片 发过来'],
        ['پاسپورتىڭىزنىڭ سۈرىتىنى 发给我', 'پاسپورتىڭىزنىڭ سۈرىتىنى 发给我'],
        ['passport 拍一下发我', 'passport 拍一下'],
      ],
      noMatch: ['照片发过来看看', 'Passport fees went up again. 你的旅游照片发过来看看'],
    },
  },
]);
