import { defineRules } from '../define';
import { FORMALITY, REQUEST } from './_lexicon';

/** Personal details other than documents. */
const DETAIL =
  /(?:现|家庭|居住|现居住|详细|家)?[住往地][址扯趾坦]|工作[单単][位为住立]|单位(?:名称|地址)?|工作地点|上班的地方|学校名称|(?:电话|手机)(?:号码|号)|联系电话|(?:名字|姓名)[,、和及与]?(?:电话|手机|微信)|联系方式|微信号|微信账号|真实姓名|姓名|出生(?:日期|年月)|生日|家里人的(?:电话|名字)|(?:现在|目前|实时)的?(?:位置|定位)/u;

export default defineRules('zh', 'personal-data-request', [
  {
    id: 'request-near-detail',
    tactic: 'personal-data-request',
    score: 0.8,
    description: 'A request verb near an address, workplace, phone number, name or date of birth.',
    match: DETAIL,
    near: [{ pattern: REQUEST, within: 30 }],
    unless: [
      {
        pattern: FORMALITY,
        within: 40,
        factor: 0.3,
        reason: 'an employer, school, bank, hotel, ticket or agency formality',
      },
      {
        pattern: /寄|邮寄|快递|收货|外卖|礼物|请柬|喜帖|来玩|做客|聚会/u,
        factor: 0.3,
        reason: 'an address asked for to send something',
      },
      {
        pattern: /我的|我家|我们的|公司/u,
        within: 2,
        side: 'before',
        factor: 0.3,
        reason: "the writer's own details",
      },
    ],
    examples: {
      match: [
        ['顺便把你现在的住址发我一下。', '住址发我'],
        ['请提供您的姓名、出生日期和工作单位', '提供您的姓名'],
        ['把他们几个的手机号发给我', '手机号发给我'],
        ['你们群里那些人的电话号码都发给我', '电话号码都发给我'],
        ['請告訴我你的家庭住址', '告訴我你的家庭住址'],
      ],
      noMatch: [
        '你哥回来了吗？让他给我回个电话。',
        '把你地址发我，我给你寄点特产。',
        '入职前请填写姓名和联系方式。',
        '我的地址已经发给你了。',
      ],
    },
  },
  {
    id: 'where-do-you-live',
    tactic: 'personal-data-request',
    score: 0.7,
    description: 'Asks where the person lives, studies or works, or whom they see.',
    match:
      /住在?哪(?:[里儿边]|个(?:区|城市|小区))?|哪一?个?(?:区|街|小区|城市|国家)住|在哪[个所家]?(?:学校|大学|公司|单位|城市|国家)|在哪(?:里|儿)?(?:上学|读书|工作|上班|打工)|(?:做|干)(?:什么|啥)工作|(?:公司|单位|学校)叫(?:什么|啥)|读(?:什么|哪个)专业|都?(?:跟|和)(?:谁|哪些人)(?:来往|联系|接触|在一起)/u,
    near: [{ pattern: /你/u, within: 12, side: 'before' }],
    unless: [
      {
        pattern: /(?:我们|我)(?:都|也|早就)?(?:知道|清楚|了解)/u,
        within: 6,
        side: 'after',
        factor: 0.3,
        reason: 'a claim to know it (surveillance), not a question',
      },
      {
        pattern: /酒店|宾馆|民宿|旅游|出差|我们住|一起|周末|爬山|见面|[玩聚寄]|吃饭|礼物/u,
        within: 20,
        factor: 0.3,
        reason: 'a trip or a meeting up',
      },
    ],
    examples: {
      match: [
        ['你现在住在哪里？', '你现在住在哪里'],
        ['你在哪个学校读书？', '你在哪个学校'],
        ['你现在在哪个国家？', '你现在在哪个国家'],
        ['你现在在阿拉木图哪个区住？', '你现在在阿拉木图哪个区住'],
        ['你平时都跟谁来往？', '你平时都跟谁来往'],
      ],
      noMatch: ['这次出差你住哪个酒店？', '我住在学校旁边。', '你在哪？我到门口了'],
    },
  },
]);
