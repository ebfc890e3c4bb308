import { defineRules } from '../define';

/** "We know / we have seen / we have it". */
const WE_KNOW =
  /我们(?:这边|这里|手里|手上)?(?:都|早就|已经|一直|全都|完全|[全也])?(?:知道|清楚|了解|掌握|看到|看见|注意到|盯着|有|一清二楚|清清楚楚)了?/u;

/** What they claim to know: where the person lives, goes, posts, meets. */
const PRIVATE_FACT =
  /住(?:在|哪)|地址|门口|哪[个家所]|打工|行踪|一举一动|每天|公交|地铁|出门|上学|上班|下班|在哪|去了|网上|发的|说的|朋友圈|照片|视频|录像|录音|聊天记录|来往|跟谁|和谁|参加|举牌|抗议|集会|做了什么|干了什么|干什么/u;

export default defineRules('zh', 'surveillance-claim', [
  {
    id: 'we-know-your-life',
    tactic: 'surveillance-claim',
    score: 0.85,
    description: 'Claims to know where the person lives, what they post or do, or to hold photos of them.',
    match: WE_KNOW,
    near: [{ pattern: PRIVATE_FACT, within: 20 }],
    unless: [
      {
        pattern: /哈哈|搞笑|好看|可爱|漂亮|好帅|太美|笑死|点赞|恭喜|感人|感动|精彩|厉害|支持/u,
        within: 20,
        factor: 0.3,
        reason: 'friendly teasing',
      },
      {
        pattern: /生日|聚会地址|活动地址|集合|欢迎|报名|吃饭|找你玩|接你|见面|酒店/u,
        within: 20,
        factor: 0.3,
        reason: 'an invitation or meeting point',
      },
    ],
    examples: {
      match: [
        ['我们知道你住在哪个小区。', '我们知道你住在'],
        ['你在网上发的那些东西我们都看到了', '发的那些东西我们都看到了'],
        ['上个月你举牌子的照片，我们这边都有。', '照片，我们这边都有'],
        ['你的一舉一動我們都了解', '一舉一動我們都了解'],
      ],
      noMatch: [
        '我们都知道你很努力，加油！',
        '我们已经知道聚会地址了，周六见',
        '哈哈，你那张照片我们都看到了，太搞笑了。',
        '我们知道你住在哪个酒店，晚上来找你吃饭。',
      ],
    },
  },
  {
    id: 'your-routine',
    tactic: 'surveillance-claim',
    score: 0.75,
    description: "Recites the person's routine: 每天早上八点出门, 每周五在清真寺聚会.",
    match: /每(?:[天晚周]|个?(?:星期|礼拜|月))/u,
    near: [
      {
        pattern: /出门|上学|上班|下班|送孩子|接孩子|回家|聚会|集会|礼拜|开会|去/u,
        within: 20,
        side: 'after',
      },
      { pattern: /知道|听说|了解|看到|清楚|掌握/u, within: 25, side: 'before', crossSentence: true },
    ],
    examples: {
      match: [
        ['我们知道你住在那儿，每天早上八点出门送孩子上学。', '知道你住在那儿，每天早上八点出门'],
        ['听说你们每周五在清真寺后面聚会', '听说你们每周五在清真寺后面聚会'],
      ],
      noMatch: ['我每天早上八点出门上班。', '每周五我们在社区中心聚会，欢迎来玩'],
    },
  },
  {
    id: 'watching-you',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: 'Says the person is being watched: 我们一直在关注你, 有人盯着你.',
    match:
      /(?:一直|时刻|都)在?(?:关注|盯着|看着|监视|注意)着?你|有人在?(?:盯着|跟着|看着|监视)你|你的一举一动/u,
    unless: [{ pattern: /加油|支持|粉丝|博主|主播/u, within: 15, factor: 0.3, reason: 'a fan or friend' }],
    examples: {
      match: [
        ['我们一直在关注你。', '一直在关注你'],
        ['你小心，有人盯着你', '有人盯着你'],
      ],
      noMatch: ['我一直在关注你的直播，加油！', '看着你长大真开心'],
    },
  },
]);
