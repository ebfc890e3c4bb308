import { defineRules } from '../define';
import { CHILD_SCHOOL } from './_lexicon';

export default defineRules('zh', 'threat-of-harm', [
  {
    id: 'consequences',
    tactic: 'threat-of-harm',
    score: 0.85,
    description: 'An open threat: 后果自负, 别怪我们不客气, 你会后悔的, 走着瞧.',
    match:
      /后果自负|你?自己?(?:承担|负责|担着)(?:一切)?后果|后果(?:由你|你自己)(?:自己)?(?:承担|负责)|后果(?:很|会很|将很|非常)?严重|后果你(?:自己)?(?:承担|知道|清楚|想想)|别怪(?:我们|我)(?:对你(?:的?(?:家人|家里人|父母))?)?(?:不客气|翻脸|无情|心狠)|对你不客气|你(?:会|将)后悔|走着瞧|等着瞧|有你好看|吃不了兜着走|没有?好?下场|不会放过你|饶不了你|收拾你|弄死你|杀了你|要你的?命|让你消失|你就?等着吧|付出(?:沉重的?)?代价|让你好看|有你受的|好果子吃|小心你的(?:安全|小命|人身安全)|你的安全(?:没有|无法|不能)保证|你以为(?:跑到|逃到|躲到|躲在|出了|在)(?:国外|外国|海外)|(?:国外|海外)也不安全|哪里都不安全|(?:到哪|哪里)都(?:能|可以)找到你|找到你(?:不难|很容易)|我们就?找不到你|躲到哪[里儿]?都|跑到?哪[里儿]?都没用|让你闭嘴|在玩火|自讨苦吃|自寻死路|自找麻烦|找死|(?:有的是|有很多|有一百种)办法|好自为之|不想活了|活腻了|你敢?再[^,.!?]{1,10}试试|识相(?:一?点)?|(?:知道|有办法)(?:怎么)?对付你|拿你没有?办法|(?:在|到了?|跑到|躲在|躲到)(?:国外|海外|外国)[也并就]?不(?:是|一定)?(?:绝对|那么|完全)?安全|别怪我们没(?:提醒|告诉|警告)你|出了(?:什么)?事(?:可|就)?(?:别怪|没人|自己负责|你自己负责)|小心你的?(?:家人|家里人|孩子|自己|脑袋)|你的?(?:好日子|日子)(?:到头|不多)了|(?:不会|没)有?(?:什么)?好(?:结果|下场)|(?:算|记)(?:到|在)你的?头上|秋后算账|(?:这笔)?账(?:我们)?都?记着|你就(?:完了|死定了|等着)|你就?完蛋了|(?:我们|就)(?:管不了|动不了|治不了|奈何不了|拿你没办法)|给自己(?:找|惹)麻烦|惹祸上身|不想出事|老实(?:一?点|些)|安分(?:一?点|些)|别让我们去?找到?你|我们会去?找到?你/u,
    unless: [
      { pattern: /禁止|游泳|擅自|施工|高压|危险区域/u, within: 20, factor: 0.2, reason: 'a safety sign' },
      {
        pattern: /哈哈|嘻嘻|开玩笑|减肥|考试|作业|迟到|这个词|什么意思|怎么翻译|成语/u,
        within: 20,
        factor: 0.3,
        reason: 'a joke among friends',
      },
    ],
    examples: {
      match: [
        ['再继续造谣，后果自负。', '后果自负'],
        ['你要是不听，别怪我们不客气', '别怪我们不客气'],
        ['你會後悔的', '你會後悔'],
        ['你以为跑到国外就安全了？', '你以为跑到国外'],
        ['你以为在荷兰我们就找不到你吗？', '我们就找不到你'],
        ['我们有很多办法让你闭嘴', '有很多办法'],
      ],
      noMatch: [
        '水深危险，禁止游泳，后果自负。',
        '明天見，等著你哦',
        '后果很严重哦，你要是再不减肥的话，哈哈。',
        '别怪我没提醒你，明天要考试了。',
      ],
    },
  },
  {
    id: 'never-come-back',
    tactic: 'threat-of-harm',
    score: 0.8,
    description: 'Threatens exile or deportation: 这辈子都别想回来, 把你遣返, 送你回去.',
    match: /别想再?回(?:[来国家去]|新疆)|永远也?回不(?:来|去)|回不了(?:国|家)|遣返|送你回去|把你[抓带送]回/u,
    unless: [
      {
        pattern: /疫情|航班|签证到期|机票/u,
        within: 20,
        factor: 0.3,
        reason: 'travel trouble, not a threat',
      },
    ],
    examples: {
      match: [
        ['这辈子都别想回来了。', '别想回来'],
        ['我们有办法把你遣返', '遣返'],
      ],
      noMatch: ['航班取消了，这周回不了国。', '我想回家了'],
    },
  },
  {
    id: 'stop-speaking-out',
    tactic: 'threat-of-harm',
    score: 0.75,
    description: 'Warns to stop protesting, posting or talking to journalists.',
    match:
      /(?:别|不要|不准|不许|不能|停止|少|最好别|最好不要)再?(?:继续)?(?:去|跑去)?(?:参加|参与|[跟和闹搞]|接触|发布|接受采访|抗议|游行|示威|上街|掺和|作证|出庭|发言|演讲|议会|国会|听证会|联合国|法庭|记者会)/u,
    near: [
      {
        pattern:
          /那些(?:活动|人|组织|集会|东西|事)|这些(?:活动|东西|事)|抗议|示威|游行|集会|上街|记者|媒体|采访|世维会|东突|反华|分裂|政治|人权|听证会|作证/u,
        within: 12,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern: /[吃买喝玩]|游戏|减肥|熬夜|生病|感冒/u,
        within: 12,
        factor: 0.3,
        reason: 'everyday advice',
      },
    ],
    examples: {
      match: [
        ['你就别再去参加那些活动了。', '别再去参加那些活动'],
        ['不要再跟记者接触', '不要再跟记者'],
        ['不許再參加抗議', '不許再參加抗議'],
        ['别再搞这些反华的东西了', '别再搞这些反华'],
      ],
      noMatch: ['这周末别去参加聚餐了，我生病了。', '不要跟他说话'],
    },
  },
  {
    id: 'stop-protesting',
    tactic: 'threat-of-harm',
    score: 0.75,
    description: 'Orders the person to stop protesting or demonstrating: 别再去示威了, 不准再上街.',
    match:
      /(?:别|不要|不准|不许|不能|停止|少|最好别|最好不要)再?(?:继续)?(?:去|跑去|出去)?(?:参加|参与|搞|组织)?(?:抗议|游行|示威|上街|集会|闹事|请愿|静坐|举牌)/u,
    examples: {
      match: [
        ['別再去示威了，對你沒好處。', '別再去示威'],
        ['不准再上街，听到没有？', '不准再上街'],
        ['你少去组织集会', '少去组织集会'],
      ],
      noMatch: ['示威活动今天下午在市中心举行，注意交通管制。', '他们在上街游行，路堵了'],
    },
  },
  {
    id: 'stop-the-lies',
    tactic: 'threat-of-harm',
    score: 0.75,
    description: 'Orders the person to stop "spreading lies" or "smearing the country".',
    match: /(?:别|不要|不准|不许|停止|少)再?(?:继续)?(?:在网上|在外面)?(?:造谣|传谣|散布谣言|抹黑|胡说八道)/u,
    examples: {
      match: [
        ['停止造谣！', '停止造谣'],
        ['你少在网上胡说八道', '少在网上胡说八道'],
      ],
      noMatch: ['他们在造谣，我们要澄清。', '别乱说话哦，宝宝'],
    },
  },
  {
    id: 'if-you-continue',
    tactic: 'threat-of-harm',
    score: 0.7,
    description: 'A conditional warning about continuing to speak out: 你要是再跟记者接触, 再继续造谣.',
    match: /(?:要是|如果|再|还)(?:[再还敢]|继续)/u,
    near: [
      {
        pattern:
          /记者|媒体|采访|抗议|示威|游行|集会|造谣|谣言|世维会|东突|乱说|乱发|推特|脸书|twitter|facebook|youtube|油管|这些东西|那些东西|作证|听证|法庭|直播|发视频|发帖/u,
        within: 12,
        side: 'after',
      },
    ],
    examples: {
      match: [
        ['你要是再跟那些记者接触，小心点。', '要是再跟那些记者'],
        ['再继续造谣', '再继续造谣'],
      ],
      noMatch: ['要是再下雨就不去了', '如果还有活动记得叫我'],
    },
  },
  {
    id: 'activity-must-stop',
    tactic: 'threat-of-harm',
    score: 0.75,
    description:
      'Says the protests or activities had better stop: 你那些抗议活动最好停了, 停止你在国外的那些活动.',
    match: /(?:最好|赶紧|马上|立刻|给我)?(?:停了|停下来|停掉|停止|收手|住手|消停|收敛)/u,
    near: [
      {
        pattern: /抗议|示威|游行|集会|活动|那些事|直播|视频|账号|频道|发言|演讲|作证/u,
        within: 12,
      },
      { pattern: /你/u, within: 15, crossSentence: true },
    ],
    unless: [
      {
        pattern: /下雨|天气|取消|延期|通知|报名|优惠|促销|比赛|公司|学校/u,
        within: 20,
        factor: 0.3,
        reason: 'an event called off, not a warning',
      },
    ],
    examples: {
      match: [
        ['你那些抗議活動最好停了。', '你那些抗議活動最好停了'],
        ['停止你在國外的那些活動', '停止你在國外的那些活動'],
        ['你最好收手，别再搞那些集会了', '你最好收手，别再搞那些集会'],
        ['你的直播赶紧停掉', '你的直播赶紧停掉'],
      ],
      noMatch: ['因为下雨，今天的活动停止了。', '你的闹钟停了吗？'],
    },
  },
  {
    id: 'stop-posting',
    tactic: 'threat-of-harm',
    score: 0.75,
    description: 'Orders the person to stop posting online or to delete what they posted.',
    match:
      /(?:别|不要|不准|不许|少|停止)再?(?:继续)?在?(?:网上|推特|脸书|油管|youtube|twitter|facebook|tiktok|抖音|直播间?|社交媒体|频道)上?(?:[发说写搞讲]|乱说|乱发|直播|胡说)|(?:脸书|推特|油管|youtube|twitter|facebook|tiktok|网上|频道|博客|帖子|推文|文章|发的)[^,.!?]{0,8}删(?:[掉了除光]|干净)/u,
    unless: [
      {
        pattern: /我(?:不小心|刚|已经|自己)|哈哈|太丑|丑照|黑历史/u,
        within: 10,
        factor: 0.3,
        reason: 'own housekeeping or a joke',
      },
    ],
    examples: {
      match: [
        ['少在網上發那些東西，對你不好。', '少在網上發'],
        ['把你脸书上的帖子都删了', '脸书上的帖子都删了'],
        ['推特上那些视频赶紧删掉，不然后果自负', '推特上那些视频赶紧删掉'],
      ],
      noMatch: ['我已经把脸书上的丑照删了，哈哈', '别在网上买这种东西，容易买到假货'],
    },
  },
  {
    id: 'veiled-take-care',
    tactic: 'threat-of-harm',
    score: 0.75,
    description:
      'A "take care / be careful" after showing knowledge or naming the person\'s activism: 你最近在网上挺活跃啊，小心点.',
    match:
      /小心(?:点|一点|些|一些|为妙)|当心(?:点|一点|些)?|注意(?:点|一点)?(?:人身)?安全|(?:出门|出入|进出|走路|走夜路|晚上|路上)(?:要|可得|得)?(?:小心|当心)/u,
    near: [
      {
        pattern:
          /少[发搞说管掺写播]|网上|直播|发帖|帖子|脸书|推特|twitter|facebook|youtube|油管|集会|抗议|示威|游行|记者|采访|活跃|出风头|(?:我们|我)(?:都|也|早就)?(?:知道|清楚|看见|看到|盯着|了解)|没提醒|提醒你|别怪|哪条路|小巷/u,
        within: 40,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /感冒|下雨|下雪|路滑|天冷|降温|开车|台风|到家|报平安|骗子|诈骗|冒充|钱包|小偷/u,
        within: 30,
        factor: 0.3,
        reason: 'ordinary care',
      },
    ],
    examples: {
      match: [
        ['你最近在网上挺活跃啊，小心点。', '活跃啊，小心点'],
        ['你孩子在哪个学校我们也清楚，你自己当心。', '我们也清楚，你自己当心'],
        ['直播少搞点，走夜路小心', '少搞点，走夜路小心'],
      ],
      noMatch: ['天冷了，出门小心点别感冒。', '路上注意安全，到家给我发个消息。', '网上骗子多，小心点'],
    },
  },
  {
    id: 'expose-to-others',
    tactic: 'threat-of-harm',
    score: 0.75,
    description:
      'Threatens to expose the person to their employer, school or in-laws: 你单位和你岳父母都会收到一份.',
    match: /(?:都|也)?(?:会|就)(?:收到|看到|知道)(?:一份|这些|你的|你做的)/u,
    near: [
      {
        pattern: /单位|学校|老板|雇主|公司|导师|房东|同事|邻居|岳父母|公婆|亲戚|家人/u,
        within: 15,
        side: 'before',
      },
    ],
    unless: [
      { pattern: /通知书|录取|工资|奖金|快递|礼物|请柬/u, within: 20, factor: 0.3, reason: 'ordinary news' },
    ],
    examples: {
      match: [['你再去作证，你单位和你岳父母都会收到一份。', '岳父母都会收到一份']],
      noMatch: ['公司下周会收到一份录取通知书的复印件。', '你朋友圈的人都会看到你的新照片哦'],
    },
  },
  {
    id: 'child-school-warning',
    tactic: 'threat-of-harm',
    score: 0.75,
    description: "Names the child's school, then says to be careful: 你孩子在阳光小学上学吧？小心点.",
    match: CHILD_SCHOOL,
    near: [
      {
        pattern: /小心|当心|注意安全|安全|出事|意外/u,
        within: 30,
        side: 'after',
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /我(?:女儿|儿子|家|们家)|也在那|同学|家长会|开学|成绩|过马路|车多|下雨|感冒/u,
        within: 30,
        factor: 0.3,
        reason: 'parents chatting',
      },
    ],
    examples: {
      match: [
        ['你孩子在阳光小学上学吧？小心点。', '你孩子在阳光小学上学吧？小心'],
        ['你儿子在第三中学读初二吧？放学路上注意安全。', '你儿子在第三中学读初二吧？放学路上注意安全'],
      ],
      noMatch: ['你儿子在第三中学读初二吧？我女儿也在那里！', '你孩子的学校门口车多，过马路小心'],
    },
  },
]);
