import { defineRules } from '../define';
import { CHILD_SCHOOL } from './_lexicon';

/** "We know / we have seen / we have it". */
const WE_KNOW =
  /我们(?:的人|这边|这里|手里|手上)?(?:都|早就|已经|一直|全都|完全|[全也])?(?:知道|清楚|了解|掌握|看到|看见|注意到|盯着|有|一清二楚|清清楚楚|拍下来|拍到|拿到|查到|查清|查过|摸清|录下来|记下来|记着|存了|存着|保存了|截图了|截了图)了?/u;

/** What they claim to know: where the person lives, goes, posts, meets. */
const PRIVATE_FACT =
  /住(?:在|哪)|地址|门口|哪[个家所]|打工|行踪|一举一动|每天|公交|地铁|出门|上学|上班|下班|在哪|去了|网上|发的|说的|朋友圈|照片|视频|录像|录音|聊天记录|来往|跟谁|和谁|参加|举牌|抗议|集会|做了什么|干了什么|干什么|手机号|电话号码|新号|号码|微信号|邮箱|单位|公司|住址|新家|搬家|搬到|私聊|聊天|记录|广场|穿|衣服|外套|旁边|站在|举着|拿着|标语|旗子|横幅|喇叭|讲话|使馆|领事馆|领馆|清真寺|学校|幼儿园|放学|哪条路|吃的饭|见了谁|见过谁/u;

/** Where a protest or a community gathering takes place, and what is done there. */
const EVENT =
  /广场|集会|抗议|示威|游行|使馆|领事馆|领馆|门口|市政厅|议会|举着?|标语|牌子|旗子|横幅|喇叭|讲话|发言|演讲|清真寺|开会|会场|现场/u;

/** Friendly remarks about a photo or an outfit. */
const FRIENDLY =
  /好看|漂亮|帅|可爱|是你吗|打招呼|没认出|哪买|多少钱|合照|合影|拍得|真美|适合你|羡慕|没叫你|叫你|太远|远远/u;

export default defineRules('zh', 'surveillance-claim', [
  {
    id: 'seen-you-there',
    tactic: 'surveillance-claim',
    score: 0.8,
    description:
      'Says the person was seen, photographed or recognised at a protest, an embassy or a gathering.',
    match:
      /(?:我们|有人|我们的人|我的人)(?:都|也|亲眼|早就)?(?:看到|看见|瞧见|拍到|拍下|认出|注意到|录下)(?:了|来了)?你?/u,
    near: [{ pattern: EVENT, within: 30, crossSentence: true }],
    unless: [{ pattern: FRIENDLY, within: 25, factor: 0.3, reason: 'friendly chat about a photo' }],
    examples: {
      match: [
        ['你在广场上穿红衣服，我们看见了。', '广场上穿红衣服，我们看见了'],
        ['有人看到你昨天在领事馆门口抗议。', '有人看到你昨天在领事馆'],
        ['那天你在集会上讲话，我們的人都拍下來了', '讲话，我們的人都拍下來了'],
      ],
      noMatch: ['我们看到你在广场上跳舞的照片了，好可爱！', '有人看到你的钱包了吗？'],
    },
  },
  {
    id: 'described-at-place',
    tactic: 'surveillance-claim',
    score: 0.75,
    description:
      'Describes what the person wore or where they stood at a named time and place: 上周六你在广场吧，穿蓝色外套.',
    match:
      /(?:穿|戴)(?:着|了)?(?:一件|[件个顶])?[红蓝黑白灰绿黄紫粉棕橙]色?的?(?:衣服|外套|夹克|上衣|大衣|帽子|围巾|口罩|t恤|衬衫|裙子|卫衣|毛衣)|站在(?:第.排|前排|后排|最前面|中间|台上)|站在[^,.!?]{1,10}旁边|(?:举着|拿着|打着)(?:标语|牌子|旗子?|喇叭|横幅|照片|国旗)/u,
    near: [
      {
        pattern:
          /[上这那](?:周|星期|礼拜)[一二三四五六日天末]?|上个?月|昨天|前天|昨晚|那天|(?<!\d)\d{1,2}号|周[一二三四五六日末]/u,
        within: 30,
        side: 'before',
        crossSentence: true,
      },
      { pattern: /你/u, within: 25, side: 'before', crossSentence: true },
    ],
    unless: [
      { pattern: FRIENDLY, within: 25, factor: 0.3, reason: 'friendly chat about a photo' },
      {
        pattern: /我(?!们)[^,.!?]{0,10}(?:看到|看见|碰到|遇到|瞧见)你/u,
        within: 30,
        factor: 0.3,
        reason: 'a friend who saw them',
      },
    ],
    examples: {
      match: [
        ['上周日你在市政厅前面，戴着黑帽子，站在第二排。', '上周日你在市政厅前面，戴着黑帽子'],
        ['昨天你在使馆门口，穿件红色外套吧', '昨天你在使馆门口，穿件红色外套'],
      ],
      noMatch: ['上周六你在广场吧？穿蓝外套那个是你吗，我没敢打招呼。', '昨天你穿的红色外套真好看'],
    },
  },
  {
    id: 'your-daily-route',
    tactic: 'surveillance-claim',
    score: 0.7,
    description: "Recites the person's or their child's daily times and route: 你每天早上七点从公寓出来.",
    match:
      /你(?:的?(?:女儿|儿子|孩子|老婆|老公|妻子|丈夫|家人))?(?:每天|每晚|天天|每周[一二三四五六日]?|每个?(?:星期|礼拜)[一二三四五六日天]?)/u,
    near: [
      {
        pattern: /(?<![0-9一二三四五六七八九十])[0-9一二三四五六七八九十]{1,3}点|几点/u,
        within: 10,
        side: 'after',
      },
      {
        pattern: /出门|出来|从|回家|下班|放学|上学|公交|地铁|那条|小巷|小路|经过|走/u,
        within: 25,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern: /\?|吗|辛苦|太晚|早点睡|注意身体|一起|累不累/u,
        within: 15,
        factor: 0.3,
        reason: 'a question or care',
      },
    ],
    examples: {
      match: [
        ['你每天早上七点从公寓出来，坐14路公交去学校。', '你每天早上七点从'],
        ['你女儿每天下午四点放学，走哪条路我们都知道', '你女儿每天下午四点放学'],
      ],
      noMatch: ['你每天早上几点出门啊？我想跟你一起晨跑。', '你每天晚上十点才下班，太辛苦了'],
    },
  },
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
        pattern:
          /生日|聚会地址|活动地址|集合|欢迎|报名|吃饭|[玩聚]|接你|见面|酒店|去你家|来你家|周末|做客|拜访/u,
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
  {
    id: 'your-regular-place',
    tactic: 'surveillance-claim',
    score: 0.7,
    description: 'Tells the person where they go every week: 你每周三晚上都去那个清真寺，对吧.',
    match:
      /你们?(?:每天|每晚|每周[一二三四五六日末]?|每个?(?:星期|礼拜)[一二三四五六日天]?|周[一二三四五六日末]|经常|总是)/u,
    near: [
      {
        pattern:
          /[都总常会]?去(?:那个|那家)?(?:清真寺|协会|聚会|健身房|公园|教堂|咖啡馆|餐厅|那家|那个|集会|礼拜)/u,
        within: 10,
        side: 'after',
      },
      {
        pattern: /对吧|是吧|没错吧|我们知道|我们清楚|别以为|以为我们不知道/u,
        within: 25,
        side: 'after',
        crossSentence: true,
      },
    ],
    unless: [{ pattern: /我也|带我|一起|带上我/u, within: 30, factor: 0.3, reason: 'going together' }],
    examples: {
      match: [['你每周三晚上都去那个清真寺，对吧？', '你每周三晚上都去那个清真寺，对吧']],
      noMatch: ['你每周三都去健身房吗？带上我', '你每周五去清真寺，对吧？我也想去，带我一起'],
    },
  },
  {
    id: 'someone-outside-your-home',
    tactic: 'surveillance-claim',
    score: 0.7,
    description: 'Hints that someone is posted outside the home: 你家楼下那辆白色的车，知道是谁的吗.',
    match:
      /(?:你家|你住的地方|你们家|你公司|你学校)(?:楼下|门口|附近|对面|外面)(?:那辆|一辆|停的|有个|站着|那个人)/u,
    near: [
      {
        pattern: /知道是谁|是谁的|注意到了?吗|发现了?吗|看见了?吗|是我们的|我们的人/u,
        within: 20,
        side: 'after',
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /挪车|挡住|停错|违停|快递|外卖|邻居/u,
        within: 25,
        factor: 0.3,
        reason: 'a parking or delivery matter',
      },
    ],
    examples: {
      match: [['你家楼下那辆白色的车，知道是谁的吗？', '你家楼下那辆白色的车，知道是谁']],
      noMatch: ['你家楼下那辆车挡住我了，知道是谁的吗？让他挪车。', '你家楼下有个超市，很方便'],
    },
  },
  {
    id: 'knows-childs-school',
    tactic: 'surveillance-claim',
    score: 0.75,
    description: "States which school the person's child attends, unasked: 你儿子在第三中学读初二吧.",
    match: CHILD_SCHOOL,
    near: [
      {
        pattern: /吧|对吧|是吧|没错吧|我们(?:都|也)?(?:知道|清楚)|挺近|不远|离你家/u,
        within: 12,
        side: 'after',
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /我(?:女儿|儿子|家|们家)|也在那|同学|家长会|开学|成绩|\?[^,.!?]{0,4}(?:好不好|怎么样|喜欢)/u,
        within: 30,
        factor: 0.3,
        reason: 'parents chatting',
      },
    ],
    examples: {
      match: [
        ['你儿子在第三中学读初二吧？', '你儿子在第三中学读初二吧'],
        ['你女儿上的幼儿园我们知道。', '你女儿上的幼儿园我们知道'],
      ],
      noMatch: ['你儿子在第三中学读初二吧？我女儿也在那里！', '你孩子在哪个学校？开学了吗'],
    },
  },
]);
