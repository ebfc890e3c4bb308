import { defineRules } from '../define';
import { AUTHORITY, SELF_ID } from './_lexicon';

export default defineRules('zh', 'authority-claim', [
  {
    id: 'i-am-authority',
    tactic: 'authority-claim',
    score: 0.9,
    description:
      'The writer says they are, or speak for, police, state security or an embassy: 我是…公安局的, 这里是…总领事馆.',
    match: AUTHORITY,
    near: [{ pattern: SELF_ID, within: 14, side: 'before' }],
    unless: [
      { pattern: /不是/u, within: 3, side: 'before', factor: 0.2, reason: 'denied' },
      {
        pattern: /门口|附近|旁边|对面|排队|预约/u,
        within: 4,
        side: 'after',
        factor: 0.3,
        reason: 'a place, not a speaker',
      },
    ],
    examples: {
      match: [
        ['你好，我是和田市公安局的，方便回个电话。', '我是和田市公安局'],
        ['这里是中国驻阿拉木图总领事馆。', '这里是中国驻阿拉木图总领事馆'],
        ['這裡是中國駐溫哥華總領事館', '這裡是中國駐溫哥華總領事館'],
        ['this is Li from 公安局 Kashgar', 'from 公安局'],
      ],
      noMatch: ['我是在大使馆门口排队的时候认识他的。', '我不是警察，别问我。'],
    },
  },
  {
    id: 'this-is-authority',
    tactic: 'authority-claim',
    score: 0.85,
    description: 'A caller names the authority as the speaker: 这是和田派出所.',
    match: AUTHORITY,
    near: [{ pattern: /这儿?是/u, within: 6, side: 'before' }],
    unless: [
      {
        pattern: /拍|照片|门口|附近|旁边|对面|电话号码|地址/u,
        within: 8,
        factor: 0.3,
        reason: 'a place or a photo',
      },
    ],
    examples: {
      match: [
        ['这是和田派出所，请你明天回电话。', '这是和田派出所'],
        ['這是喀什市公安局，請配合', '這是喀什市公安局'],
      ],
      noMatch: ['这是我在大使馆门口拍的照片。', '这是派出所的地址，你自己去吧'],
    },
  },
  {
    id: 'authority-here-asks',
    tactic: 'authority-claim',
    score: 0.8,
    description: "Speaks as the authority's side: 大使馆这边需要…, 公安方面要求….",
    match: AUTHORITY,
    near: [
      {
        pattern: /(?:这边|这里|方面)(?:需要|要求|通知|请您?|让你|希望|麻烦)/u,
        within: 0,
        side: 'after',
      },
    ],
    examples: {
      match: [
        ['大使馆这边需要更新海外公民信息', '大使馆这边需要'],
        ['公安方面要求你本周内回电', '公安方面要求'],
      ],
      noMatch: ['大使馆这边人很多，排了两个小时。', '派出所这里可以办身份证吗？'],
    },
  },
  {
    id: 'greeting-then-authority',
    tactic: 'authority-claim',
    score: 0.8,
    description: 'A caller greets and names the authority as the speaker: 你好，喀什市第三派出所.',
    match: AUTHORITY,
    near: [{ pattern: /你好|您好|喂/u, within: 12, side: 'before' }],
    unless: [
      { pattern: /吗|\?|请问/u, within: 4, factor: 0.2, reason: 'the writer asks the authority' },
      { pattern: /我[在去到]|门口|附近|排队/u, within: 6, factor: 0.3, reason: 'a place, not a speaker' },
    ],
    examples: {
      match: [
        ['你好，喀什市第三派出所，请你提供住址。', '你好，喀什市第三派出所'],
        ['您好，中國駐阿拉木圖總領事館。', '您好，中國駐阿拉木圖總領事館'],
      ],
      noMatch: ['你好，请问是派出所吗？我想报案。', '你好，我在大使馆门口了。'],
    },
  },
  {
    id: 'works-for-authority',
    tactic: 'authority-claim',
    score: 0.8,
    description: 'The writer says they work in the police or security system.',
    match:
      /在(?:公安|警察|派出所|国安|安全|政法|统战)(?:局|系统|部门|机关|口)?(?:工作|上班|任职)|(?:我的)?警号是?/u,
    examples: {
      match: [
        ['我现在在公安系统工作。', '在公安系统工作'],
        ['我的警号是2013', '我的警号是'],
      ],
      noMatch: ['我在学校工作。', '他在公司上班'],
    },
  },
  {
    id: 'authority-relayed',
    tactic: 'authority-claim',
    score: 0.85,
    description: 'A relative or friend relays a demand from a named authority: 派出所的同志让我跟你说.',
    match: AUTHORITY,
    near: [
      {
        pattern: /[让叫要托]我(?:[跟和给问]|转告|通知)?你|找你|要你|让你|通知你|想[跟和找见约]你/u,
        within: 10,
        side: 'after',
      },
    ],
    unless: [
      { pattern: /冒充|假的|骗/u, within: 20, factor: 0.2, reason: 'warned about' },
      {
        pattern: /小偷|被偷|报警|报案|失窃|车祸|作证|找回|丢了/u,
        within: 30,
        factor: 0.3,
        reason: 'police helping the family',
      },
    ],
    examples: {
      match: [
        ['派出所的同志让我跟你说，赶紧联系他们。', '派出所的同志让我跟你'],
        ['國安的人找你', '國安的人找你'],
        ['国安的同志想跟你见个面', '国安的同志想跟你'],
      ],
      noMatch: ['大使馆周一休息。', '警察来了，我们赶紧走吧'],
    },
  },
  {
    id: 'home-officials-relayed',
    tactic: 'authority-claim',
    score: 0.7,
    description: 'Says local officials back home ("the township", "higher up") sent the writer.',
    match: /(?:乡里|镇里|村里|县里|上面|上级)(?:的人|的领导)?[让叫要派]我来?(?:联系|[找问跟]|通知|转告)你?/u,
    examples: {
      match: [
        ['我是你们老家的，乡里让我联系你。', '乡里让我联系你'],
        ['上面派我来找你谈谈', '上面派我来找你'],
      ],
      noMatch: ['村里的老人都很想你。', '老板让我联系你改合同'],
    },
  },
  {
    id: 'the-organisation',
    tactic: 'authority-claim',
    score: 0.75,
    description: 'Speaks for "the organisation" (组织上), the Party\'s own word for itself.',
    match: /组织上|代表(?:组织|政府|国家|公安|党|领导|上级)/u,
    examples: {
      match: [
        ['组织上一直很关心你。', '组织上'],
        ['組織上希望你站穩立場', '組織上'],
        ['我今天代表组织跟你谈', '代表组织'],
      ],
      noMatch: ['这个组织很大。', '活动组织得很好'],
    },
  },
  {
    id: 'signed-by-authority',
    tactic: 'authority-claim',
    score: 0.75,
    description: 'A letter signed off by an authority ("——自治区公安厅").',
    match: AUTHORITY,
    near: [{ pattern: /-/u, within: 8, side: 'before' }],
    unless: [{ pattern: /冒充|诈骗|骗/u, factor: 0.2, reason: 'warned about' }],
    examples: {
      match: [
        ['请于三日内回复。\n——自治区公安厅', '——自治区公安厅'],
        ['逾期后果自负。 -- 喀什地区公安处', '-- 喀什地区公安'],
      ],
      noMatch: ['地址：北京市朝阳区 - 三里屯附近', '公安局电话 110'],
    },
  },
  {
    id: 'notice-with-demand',
    tactic: 'authority-claim',
    score: 0.65,
    description: 'A text headed by an embassy or police name that makes a personal demand (须, 必须, 尽快…).',
    match: AUTHORITY,
    near: [
      { pattern: /【|\[/u, within: 12, side: 'before' },
      { pattern: /须|必须|务必|尽快|立即|限期|逾期/u, within: 60, side: 'after', crossSentence: true },
    ],
    examples: {
      match: [
        [
          '【中国驻哈萨克斯坦大使馆】您的护照需要更新，须回户籍所在地办理。',
          '【中国驻哈萨克斯坦大使馆】您的护照需要更新，须',
        ],
        ['[吉尔吉斯斯坦 公安局] 请务必本周联系我们。', '[吉尔吉斯斯坦 公安局] 请务必'],
      ],
      noMatch: [
        '【中国驻土耳其使馆】国庆节期间领事证件业务暂停办理，10月8日起恢复。',
        '【中国驻德国使馆】护照换发可通过中国领事APP在线办理。',
      ],
    },
  },
  {
    id: 'officials-came-to-family',
    tactic: 'authority-claim',
    score: 0.8,
    description:
      'A relative says police or officials came to the family and relays what they want: 工作组又来家里了…他们要你….',
    match: AUTHORITY,
    near: [
      {
        pattern:
          /(?:又|昨天|今天|刚|前天|已经|天天|经常|三天两头)?[来到去]了?(?:家里|我们家|你家|咱家|家|爸妈家)/u,
        within: 8,
        side: 'after',
      },
      {
        pattern: /他们(?:[要让叫问]|想要|需要)|[要让叫]你/u,
        within: 40,
        side: 'after',
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /小偷|被偷|报警|找回|失窃|吵架|噪音/u,
        within: 40,
        factor: 0.3,
        reason: 'the family called them',
      },
    ],
    examples: {
      match: [
        ['村里的工作组又来家里了，坐了一下午。他们要你的电话。', '工作组又来家里了，坐了一下午。他们要'],
        ['派出所的人昨天到咱家，让你回个电话', '派出所的人昨天到咱家，让你'],
      ],
      noMatch: ['家里被偷了，警察来家里看了看，让我们等消息。', '警察来了，我们赶紧走吧'],
    },
  },
  {
    id: 'officer-name-intro',
    tactic: 'authority-claim',
    score: 0.75,
    description: "A message opening with the officer's post and name: 社区民警小王, 派出所张警官.",
    match:
      /(?<!\p{Script=Han})(?:\p{Script=Han}{1,6}(?:派出所|公安局|分局|社区|辖区|片区))?(?:民警|片警|警官|社区民警|辖区民警)(?:小|老)?[王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤艾阿买热吐](?!\p{Script=Han}?(?:[说讲在是]|告诉|来了))/u,
    unless: [{ pattern: /冒充|诈骗|骗|新闻/u, factor: 0.2, reason: 'warned about' }],
    examples: {
      match: [
        ['社区民警小王，加一下微信。', '社区民警小王'],
        ['喀什派出所民警马，你好', '喀什派出所民警马'],
      ],
      noMatch: ['我朋友是民警，小王说今天封路。', '昨天民警小王说路封了'],
    },
  },
]);
