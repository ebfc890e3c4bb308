import { defineRules } from '../define';

/** Other diaspora members, their groups, places and events. */
const COMMUNITY =
  /维吾尔(?:人|族)?|维族|哈萨克|同胞|老乡|东突|世维会|疆独|分裂|反华|境外势力|敌对|协会|组织|社团|清真寺|聚会|集会|开会|会议|活动|抗议|示威|游行|那些|这些人|他们|身边|圈子|群里|谁/u;

/** Groups, places and events (without the pronouns of COMMUNITY, which "都有谁" itself holds). */
const GROUP =
  /维吾尔(?:人|族)?|维族|哈萨克|同胞|老乡|东突|世维会|疆独|分裂|反华|协会|组织|社团|清真寺|伊玛目|阿訇|毛拉|礼拜|主麻|讲经|经文|念经|宗教|集会|抗议|示威|游行/u;

/** Handing a list over: send, tell, list, fill in, export. */
const HAND_OVER =
  /发(?:给|过来|我|一下)|告诉我|列(?:出来|出|一下|个)|填(?:[写上好]|一下)|整理|导出|转发?给|报(?:给|上来|上去|一下)|登记|交(?:上来|给)|给我|写(?:下来|一下|出来)|记(?:一下|下来)/u;

/** People of the community, named by ethnicity, origin or faith. */
const COMPATRIOTS =
  /维吾尔|维族|哈萨克|柯尔克孜|乌兹别克|回族|新疆(?:人|籍|来的|过去的|老乡)|穆斯林|同胞|老乡|东突|世维会|清真寺|礼拜|主麻|伊玛目|阿訇|协会|委员会|联合会|同乡会|留学生会|学生会|群里|群成员/u;

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
      /都?有(?:哪些|什么|几个)(?:维吾尔人|维吾尔族|维族人?|哈萨克人|哈萨克族|同胞|老乡|新疆人|新疆籍|新疆来的|穆斯林)|(?:是不是|还在|有没有)(?:还在)?(?:搞|参加|参与|加入)(?:那个|那些)?(?:组织|协会|社团|活动|世维会)/u,
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
        pattern:
          /婚礼|生日|聚餐|吃饭|年会|派对|party|同学会|报名|录取|获奖|候选|带点|吃的|我也去|一起去|志愿者|课|教室/u,
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
    near: [
      {
        pattern:
          /群|协会|组织|社团|清真寺|维吾尔|同胞|老乡|你们|委员会|联合会|理事会|基金会|学生会|同乡会|青年会|妇女会/u,
        within: 25,
        side: 'before',
      },
      { pattern: HAND_OVER, within: 20, crossSentence: true },
    ],
    unless: [
      { pattern: /公司|会议室|酒店|报名|统计|签到|班级|各位/u, factor: 0.3, reason: 'an ordinary roster' },
    ],
    examples: {
      match: [
        ['把你们那个微信群里的人员名单导出来发我。', '群里的人员名单导出'],
        ['把你们群里那些人的名字和电话都发给我', '群里那些人的名字和电话都发给'],
        ['青年委员会成员的名字给我', '委员会成员的名字给我'],
      ],
      noMatch: [
        '请各位把参会人员名单报给会务组，统计用餐。',
        '公司通讯录在共享盘里。',
        '我们学生会的成员名单在群文件里。',
      ],
    },
  },
  {
    id: 'names-of-compatriots',
    tactic: 'informant-recruitment',
    score: 0.8,
    description:
      'Asks for the names or a list of fellow Uyghurs, Kazakhs, mosque-goers or group members (often as a form to fill).',
    match: /名字|姓名|名单|人名|花名册/u,
    near: [
      { pattern: COMPATRIOTS, within: 25, side: 'before', crossSentence: true },
      {
        pattern: HAND_OVER,
        within: 25,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /婚礼|生日|聚餐|聚会名单|年会|派对|春节联欢|报名参加|带点|吃的|我也去|一起去|获奖|录取|志愿者|招募|有意者|课|教室|开斋|座位|订餐/u,
        factor: 0.3,
        reason: 'a party or an ordinary list',
      },
    ],
    examples: {
      match: [
        ['请在表格里列出你们学校维吾尔族同学的姓名和电话。', '列出你们学校维吾尔族同学的姓名'],
        ['周五去做主麻的人，名字都发给我', '主麻的人，名字都发给'],
        ['你认识的新疆老乡，名单整理一份给我們', '新疆老乡，名单整理'],
      ],
      noMatch: ['请各位同学填写姓名和联系方式，方便班级联络。', '维吾尔文化节报名参加的名单发我，我订餐。'],
    },
  },
  {
    id: 'who-goes-to-the-mosque',
    tactic: 'informant-recruitment',
    score: 0.8,
    description:
      'Asks who goes to the mosque or a group, who leads it, who is close to whom, or what a sermon said.',
    match:
      /谁是(?:负责人|头儿?|领头的|组织者|会长|主席|骨干|召集人)|(?:负责人|组织者|会长|骨干|召集人)是谁|(?:成员|会员|骨干|负责人)(?:里|中)?你(?:认识|知道)(?:几个|哪些|多少|谁)|(?:跟|和)(?:谁|哪些人|什么人)(?:来往|联系|接触|见面|走得近|关系好|在一起)|(?:说|讲|布道|讲经|宣讲)(?:了|的)?(?:些|都)?(?:什么|啥)|(?:都|经常|平时)?有?(?:谁|哪些人|什么人|哪几个人?)(?:经常|[常都还]|平时)?[去来在找跟和见]?/u,
    near: [{ pattern: GROUP, within: 20 }],
    unless: [
      {
        pattern:
          /一起去|你去吗|去不去|我也去|免费|午餐|开斋|欢迎|几点|在哪|报名|加入|想参加|公司|部门|项目|比赛|班级|婚礼|生日|聚餐/u,
        within: 20,
        factor: 0.3,
        reason: 'going together, the time and place of prayer, or an ordinary group',
      },
    ],
    examples: {
      match: [
        ['最近都有谁去找伊玛目？', '都有谁去找伊玛目'],
        ['去清真寺做礼拜的都有哪些人？', '礼拜的都有哪些人'],
        ['阿訇平时跟哪些人来往，你帮我们看看', '阿訇平时跟哪些人来往'],
        ['那个伊玛目讲经的时候都讲了些什么？', '讲经的时候都讲了些什么'],
        ['你们那个协会谁是负责人？', '协会谁是负责人'],
        ['那个组织的成员你认识几个？', '组织的成员你认识几个'],
      ],
      noMatch: [
        '明天主麻你去清真寺吗？一起去。',
        '清真寺几点开始礼拜？',
        '伊玛目讲得很好，我很感动。',
        '这次项目谁是负责人？公司要报名单。',
      ],
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
  {
    id: 'forward-group-chats',
    tactic: 'informant-recruitment',
    score: 0.75,
    description: "Asks to pass on a group's chats, messages or screenshots: 把群里的聊天记录截图发我.",
    match: /(?:群里|群聊|他们|协会|组织)的?(?:聊天记录|聊天截图|截图|消息|讨论|发言|内容)/u,
    near: [{ pattern: HAND_OVER, within: 15 }],
    unless: [
      {
        pattern: /通知|活动时间|集合|我没看到|错过|作业|课表|团购|拼车/u,
        within: 25,
        factor: 0.3,
        reason: 'a missed notice or errand',
      },
    ],
    examples: {
      match: [
        ['把你们群里的聊天记录截图发给我。', '群里的聊天记录截图发给'],
        ['他們的討論內容，隨時發給我', '他們的討論內容，隨時發給'],
      ],
      noMatch: ['群里的通知我没看到，截图发我一下', '把群里的团购消息发我'],
    },
  },
]);
