import { defineRules } from '../define';

export default defineRules('zh', 'threat-of-harm', [
  {
    id: 'consequences',
    tactic: 'threat-of-harm',
    score: 0.85,
    description: 'An open threat: 后果自负, 别怪我们不客气, 你会后悔的, 走着瞧.',
    match:
      /后果自负|后果(?:很|会很|将很|非常)?严重|后果你(?:自己)?(?:承担|知道|清楚|想想)|别怪(?:我们|我)(?:对你(?:的?(?:家人|家里人|父母))?)?(?:不客气|翻脸|无情|心狠)|对你不客气|你(?:会|将)后悔|走着瞧|等着瞧|有你好看|吃不了兜着走|没有?好?下场|不会放过你|饶不了你|收拾你|弄死你|杀了你|要你的?命|让你消失|你就?等着吧|付出(?:沉重的?)?代价|让你好看|有你受的|好果子吃|小心你的(?:安全|小命|人身安全)|你的安全(?:没有|无法|不能)保证|你以为(?:跑到|逃到|躲到|躲在|出了|在)(?:国外|外国|海外)|(?:国外|海外)也不安全|哪里都不安全|(?:到哪|哪里)都(?:能|可以)找到你|找到你(?:不难|很容易)|我们就?找不到你|躲到哪[里儿]?都|跑到?哪[里儿]?都没用|让你闭嘴|在玩火|自讨苦吃|自寻死路|自找麻烦|找死|(?:有的是|有很多|有一百种)办法/u,
    unless: [
      { pattern: /禁止|游泳|擅自|施工|高压|危险区域/u, within: 20, factor: 0.2, reason: 'a safety sign' },
      {
        pattern: /哈哈|嘻嘻|开玩笑|减肥|考试|作业|迟到/u,
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
    match: /(?:别|不要|不准|不许|停止|少)再?去?(?:参加|参与|[跟和闹]|接触|发布|接受采访|抗议|游行)/u,
    near: [
      {
        pattern: /那些(?:活动|人|组织|集会|东西)|抗议|示威|游行|集会|记者|媒体|采访|世维会|东突|政治/u,
        within: 12,
        side: 'after',
      },
    ],
    examples: {
      match: [
        ['你就别再去参加那些活动了。', '别再去参加那些活动'],
        ['不要再跟记者接触', '不要再跟记者'],
        ['不許再參加抗議', '不許再參加抗議'],
      ],
      noMatch: ['这周末别去参加聚餐了，我生病了。', '不要跟他说话'],
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
          /记者|媒体|采访|抗议|示威|游行|集会|造谣|谣言|世维会|东突|乱说|乱发|推特|脸书|twitter|facebook|youtube|油管|这些东西|那些东西/u,
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
]);
