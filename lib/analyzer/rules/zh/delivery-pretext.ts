import { defineRules } from '../define';

/** Parcels and couriers, with the English words of code-switched courier texts. */
const PARCEL = /包裹|快件|快递|邮包|邮件|国际件|货物|\b(?:parcel|package|shipment)\b/u;

/** What went wrong with it: held by customs, undeliverable, contraband. */
const TROUBLE =
  /海关|暂扣|扣押|扣留|被扣|查扣|退回|清关|无法(?:派送|投递|配送|送达)|派送失败|投递失败|地址不详|(?:地址|信息|申报)(?:信息)?(?:不全|有误|错误|不符|不完整)|违禁|涉嫌|异常|检查出|查出|关税|\b(?:held|customs|on hold|undeliverable)\b/u;

/** The hook: call back, log in, upload, verify, pay. */
const HOOK =
  /回拨|回电|致电|转人工|核实|上传|登录|点击|链接|补充|提供|缴纳|支付|回复|填写|发送至|发到|重新(?:派送|投递)|按\s?[0-9一二三四五六七八九]|联系客服|配合调查|保持电话畅通|\b(?:reply|call|click)\b/u;

export default defineRules('zh', 'delivery-pretext', [
  {
    id: 'parcel-trouble-hook',
    tactic: 'delivery-pretext',
    score: 0.85,
    description: 'A parcel held or undeliverable, with a call-back, link or verification to act on.',
    match: PARCEL,
    near: [
      { pattern: TROUBLE, within: 25 },
      { pattern: HOOK, within: 50, crossSentence: true },
    ],
    unless: [
      {
        pattern:
          /取件码|已签收|已送达|请及时领取|驿站|自提柜|丰巢|我第一次|想问一下|想问问|咨询一下|有人知道|谁知道/u,
        factor: 0.3,
        reason: 'an ordinary delivery notice',
      },
    ],
    examples: {
      match: [
        ['您的国际包裹因地址不详无法派送，请回拨客服核实。', '包裹因地址不详无法派送，请回拨'],
        ['您的快件被海关暂扣，请点击链接补充信息', '快件被海关暂扣，请点击'],
        ['你有一個國際包裹被海關扣留，請按1轉人工', '包裹被海關扣留，請按1'],
      ],
      noMatch: [
        '您的快件已由驿站代收，取件码3-2-1108，请及时领取。',
        '我给你寄的包裹到了吗？里面有干果。',
        '您的包裹已清关，预计明天送达。',
      ],
    },
  },
  {
    id: 'customs-hold-hook',
    tactic: 'delivery-pretext',
    score: 0.75,
    description:
      'Held by customs (the parcel word may be missing or misread), with a link, upload or call-back.',
    match: /[被遭]?海关(?:暂扣|扣押|扣留|查扣|拦截)|清关(?:失败|受阻|异常)/u,
    near: [{ pattern: HOOK, within: 50, crossSentence: true }],
    unless: [
      {
        pattern: /我第一次|想问一下|想问问|咨询一下|有人知道|谁知道|新闻|报道|冒充|诈骗/u,
        factor: 0.3,
        reason: 'a question or a warning',
      },
    ],
    examples: {
      match: [
        ['您的物品因信息不全被海关暂扣，请登录网站上传资料', '被海关暂扣，请登录'],
        ['清關失敗，請點擊連結補充信息', '清關失敗，請點擊'],
      ],
      noMatch: [
        '海关扣留了一批走私货物，新闻报道说价值上亿。',
        '我第一次寄国际快递，被海关暂扣了要怎么补充资料？',
      ],
    },
  },
]);
