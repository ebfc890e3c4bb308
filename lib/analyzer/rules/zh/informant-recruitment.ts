import { defineRules } from '../define';

/** Other diaspora members, their groups, places and events. */
const COMMUNITY =
  /维吾尔(?:人|族)?|维族|哈萨克|同胞|老乡|东突|世维会|疆独|分裂|反华|境外势力|敌对|协会|组织|社团|清真寺|聚会|集会|开会|会议|活动|抗议|示威|游行|那些|这些人|他们|身边|圈子|群里|谁/u;

/** Groups, places and events (without the pronouns of COMMUNITY, which "都有谁" itself holds). */
const GROUP =
  /维吾尔(?:人|族)?|维族|哈萨克|同胞|老乡|东突|世维会|疆独|分裂|反华|协会|组织|社团|清真寺|伊玛目|阿訇|集会|抗议|示威|游行/u;

export default defineRules('zh', 'informant-recruitment', [
  {
    id: 'gather-info-on-community',
    tactic: 'informant-recruitment',
    score: 0.85,
    description: 'Asks to find out about, watch or report on other people, groups or events.',
    match:
      /打听|留意|盯着|盯紧|盯一下|监视|摸清|摸底|汇报|收集|帮我们?(?:了解|注意|关注)|了解(?:一下)?(?:他们|那些人|这些人)|注意(?:一下)?(?:他们|谁)|关注(?:一下)?(?:他们|谁)/u,
    near: [{ pattern: COMMUNITY, within: 25 }],
    unless: [
      {
        pattern: /价格|房子|租房|工作机会|学校|天气|成绩|快递|航班|行情/u,
        within: 20,
        factor: 0.3,
        reason: 'an ordinary errand',
      },
    ],
    examples: {
      match: [
        ['有空帮我打听打听你们那边几个维吾尔人的情况', '打听打听你们那边几个维吾尔人'],
        ['帮我们留意一下谁跟世维会有来往', '留意一下谁'],
        ['幫我們了解一下他們下個月的活動安排', '幫我們了解一下他們'],
      ],
      noMatch: ['帮我打听一下那边的房子租金价格', '下周社区有春节联欢会，欢迎参加活动！'],
    },
  },
  {
    id: 'which-compatriots',
    tactic: 'informant-recruitment',
    score: 0.8,
    description:
      'Asks which Uyghurs, Kazakhs or compatriots are around, or whether a friend is still in a group.',
    match:
      /都?有(?:哪些|什么|几个)(?:维吾尔人|维吾尔族|维族人?|哈萨克人|哈萨克族|同胞|老乡)|(?:是不是|还在|有没有)(?:还在)?(?:搞|参加|参与|加入)(?:那个|那些)?(?:组织|协会|社团|活动|世维会)/u,
    examples: {
      match: [
        ['你们那边都有哪些维吾尔人？', '都有哪些维吾尔人'],
        ['艾力是不是还在搞那个组织？', '是不是还在搞那个组织'],
      ],
      noMatch: ['你们班有几个同学？', '你还在参加那个读书会吗？'],
    },
  },
  {
    id: 'who-attends',
    tactic: 'informant-recruitment',
    score: 0.8,
    description: 'Asks who attends a gathering or for a list of names.',
    match:
      /都?有(?:哪些|什么)人(?:参加|[去来在]|出席|参与)|都(?:是|有)谁|有谁(?:参加|去了|来了|在)|(?:参加|参与|出席)的?(?:人|者)(?:名单|有谁|都有谁)|名单|(?:他们|这些人|那些人)的(?:名字|姓名|情况)/u,
    near: [{ pattern: GROUP, within: 40, crossSentence: true }],
    unless: [
      {
        pattern: /婚礼|生日|聚餐|吃饭|年会|派对|party|同学会|报名|录取|获奖|候选|带点|吃的|我也去|一起去/u,
        factor: 0.3,
        reason: 'a private party or an ordinary list',
      },
    ],
    examples: {
      match: [
        ['你们每周五在清真寺聚会，都有哪些人参加？', '清真寺聚会，都有哪些人参加'],
        ['把抗议那天去的人的名单发给我', '抗议那天去的人的名单'],
        ['協會裡都有誰？', '協會裡都有誰'],
      ],
      noMatch: ['这次婚礼都有哪些人参加？我想准备座位。', '录取名单出来了吗？'],
    },
  },
  {
    id: 'what-are-they-doing',
    tactic: 'informant-recruitment',
    score: 0.75,
    description: 'Asks what other diaspora members or groups are doing, whom they meet, what they plan.',
    match:
      /(?:他们|那些人|这些人)(?:平时|最近|都|一般|每天)*在?(?:干什么|做什么|干嘛|忙什么|有什么(?:活动|计划|动作)|跟谁(?:来往|联系)|在搞什么)|(?:最近|平时|下个?月|这周)都?有(?:什么|哪些)(?:活动|动静|计划|安排|动作)|有没有(?:[讲说提]|组织)过?什么|(?:讲|布道)了?些?什么/u,
    near: [{ pattern: GROUP, within: 30, side: 'before', crossSentence: true }],
    unless: [
      { pattern: /想参加|报名|一起去|我也去|带孩子/u, factor: 0.3, reason: 'the writer wants to attend' },
    ],
    examples: {
      match: [
        ['你认识的那些维吾尔人，他们平时都在干什么？', '维吾尔人，他们平时都在干什么'],
        ['你们那个协会最近都有什么活动？', '协会最近都有什么活动'],
        ['清真寺的伊玛目最近有没有讲什么？', '伊玛目最近有没有讲什么'],
      ],
      noMatch: ['你爸妈平时都在干什么？', '那些人在干什么？好吵', '你们协会最近有什么活动？我想参加。'],
    },
  },
  {
    id: 'tell-me-the-meeting',
    tactic: 'informant-recruitment',
    score: 0.75,
    description: "Asks for the time, place, plan or members of a group's meeting.",
    match:
      /(?:时间|地点|安排|计划|成员|人员|参加者)(?:和|,)?(?:地点|时间|名单)?都?(?:告诉|发给|报给|发)(?:我们|我)/u,
    near: [{ pattern: GROUP, within: 20, side: 'before' }],
    unless: [
      {
        pattern: /我也?(?:想|要)(?:去|参加)|报名|一起去|带孩子/u,
        factor: 0.3,
        reason: 'the writer wants to attend',
      },
    ],
    examples: {
      match: [
        ['你们协会下周开会的时间地点告诉我。', '协会下周开会的时间地点告诉我'],
        ['抗议活动的计划发给我们', '抗议活动的计划发给我们'],
      ],
      noMatch: ['清真寺活动的时间发我一下，我也想去。', '你们公司开会的时间告诉我'],
    },
  },
  {
    id: 'photograph-attendees',
    tactic: 'informant-recruitment',
    score: 0.75,
    description: 'Asks to photograph or record a meeting and who is there.',
    match: /(?:帮|给)我们?(?:偷偷)?(?:拍|录)(?:几张|一些|[些点个]|一段)?(?:照片|视频|下来|像)/u,
    near: [
      {
        pattern: /开会|会议|集会|活动|聚会|抗议|清真寺|协会|都有谁|哪些人/u,
        within: 25,
        crossSentence: true,
      },
    ],
    unless: [
      { pattern: /风景|美食|婚礼|生日|毕业|好看/u, within: 25, factor: 0.3, reason: 'ordinary photos' },
    ],
    examples: {
      match: [
        ['下次去开会，帮我拍几张照片，看看都有谁在。', '开会，帮我拍几张照片'],
        ['集会的时候给我们偷偷录一段视频', '集会的时候给我们偷偷录一段视频'],
      ],
      noMatch: ['下次去海边帮我拍几张照片，风景一定很好看。', '婚礼那天帮我拍点照片吧'],
    },
  },
  {
    id: 'member-list',
    tactic: 'informant-recruitment',
    score: 0.8,
    description: 'Asks for the member list or contacts of a group the person belongs to.',
    match:
      /(?:人员|成员|会员|群成员|参加者|联系人)的?(?:名单|名字|通讯录|联系方式|电话)|(?:那些人|这些人|其他人|他们)的(?:名字|姓名|名单|联系方式|电话)|通讯录|群成员/u,
    near: [{ pattern: /群|协会|组织|社团|清真寺|维吾尔|同胞|老乡|你们/u, within: 25, side: 'before' }],
    unless: [
      { pattern: /公司|会议室|酒店|报名|统计|签到|班级|各位/u, factor: 0.3, reason: 'an ordinary roster' },
    ],
    examples: {
      match: [
        ['把你们那个微信群里的人员名单导出来发我。', '群里的人员名单'],
        ['把你们群里那些人的名字和电话都发给我', '群里那些人的名字'],
      ],
      noMatch: ['请各位把参会人员名单报给会务组，统计用餐。', '公司通讯录在共享盘里。'],
    },
  },
  {
    id: 'report-back',
    tactic: 'informant-recruitment',
    score: 0.8,
    description: 'Asks to report whatever comes up: 有情况及时告诉我, 提供情况.',
    match:
      /有(?:什么)?(?:情况|动静|消息|风吹草动)(?:就|及时|马上|随时)?(?:告诉|报告|汇报|联系|通知)(?:我们|我)?|提供(?:一些|点|相关)?情况|反映(?:一下)?情况/u,
    unless: [
      { pattern: /医院|病情|快递|订单|天气|孩子/u, within: 20, factor: 0.3, reason: 'an ordinary update' },
    ],
    examples: {
      match: [
        ['有情况及时告诉我。', '有情况及时告诉我'],
        ['请你给我们提供一些情况', '提供一些情况'],
      ],
      noMatch: ['妈妈在医院，有情况马上告诉我', '快递到了有消息告诉我'],
    },
  },
]);
