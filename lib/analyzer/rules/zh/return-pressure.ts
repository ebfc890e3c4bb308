import { defineRules } from '../define';
import { RETURN } from './_lexicon';

/** The writer's own trip home: "我下个月回国探亲". */
const OWN_TRIP =
  /我们?(?:上个?月|下个?月|上周|下周|去年|明年|今年|年底|过年|明天|昨天|前几天)?(?:打算|准备|计划|[想也要刚才]|已经|终于|马上)?回(?:[国来去家]|老家)/u;

/** Trips and meet-ups, not pressure. */
const LEISURE = /探亲|机票|航班|玩|旅游|聚|吃饭|接你|接机|放假|度假/u;

export default defineRules('zh', 'return-pressure', [
  {
    id: 'urged-to-return',
    tactic: 'return-pressure',
    score: 0.85,
    description: 'Urges or orders a return: 必须回国, 赶紧回来, 尽快安排回国, 该回来了.',
    match: RETURN,
    near: [
      {
        pattern:
          /必须|务必|一定要|赶紧|赶快|尽快|马上|立即|立刻|早日|早点|应该|应当|该|须|限你|要求你|你就|还是|趁早|抓紧/u,
        within: 6,
        side: 'before',
      },
    ],
    unless: [
      { pattern: OWN_TRIP, within: 0, factor: 0.2, reason: "the writer's own trip" },
      { pattern: LEISURE, within: 10, factor: 0.4, reason: 'a visit or a meet-up' },
      {
        pattern: /别想|不准|不许|不让|不能/u,
        within: 4,
        side: 'before',
        factor: 0.2,
        reason: 'barred from returning: a threat',
      },
    ],
    examples: {
      match: [
        ['请尽快安排回国。', '尽快安排回国'],
        ['在外面也这么久了，该回来看看了。', '该回来'],
        ['你必须在月底前回新疆报到', '必须在月底前回新疆'],
        ['趕緊回來，別讓家裡擔心', '趕緊回來'],
      ],
      noMatch: ['我下个月回国探亲，机票已经订好了。', '你这辈子都别想回来了。', '早点回来吃饭，路上小心'],
    },
  },
  {
    id: 'when-coming-back',
    tactic: 'return-pressure',
    score: 0.7,
    description: 'Asks when the person will come back (the typical opening of return pressure).',
    match: /(?:[什甚]么时候|何时|啥时候|哪天|几时)(?:能|才|打算|准备)?回(?:国|来|新疆|老家|中国)/u,
    near: [{ pattern: /[你妳]/u, within: 4, side: 'before' }],
    unless: [
      { pattern: LEISURE, within: 20, factor: 0.4, reason: 'a visit or a meet-up' },
      { pattern: /我/u, within: 1, side: 'before', factor: 0.3, reason: "the writer's own trip" },
      {
        pattern: /[爸妈他她]|哥哥|姐姐|弟弟|妹妹|孩子|老公|老婆/u,
        within: 0,
        factor: 0.3,
        reason: "someone else's return",
      },
    ],
    examples: {
      match: [
        ['你什么时候回来？', '你什么时候回来'],
        ['你到底何时回国', '你到底何时回国'],
      ],
      noMatch: [
        '你什么时候回来？我们聚聚，一起吃饭。',
        '我什么时候回国还没定。',
        '孩子们都很想你，爸爸什么时候回来呀？',
      ],
    },
  },
  {
    id: 'come-back-once',
    tactic: 'return-pressure',
    score: 0.7,
    description: 'Asks the person to come back "once" or "to have a look": 回来一趟, 回来看看吧.',
    match: /回(?:来|国|新疆|老家)(?:一趟|一次|看看吧|看看|住几天)/u,
    unless: [
      { pattern: OWN_TRIP, within: 0, factor: 0.2, reason: "the writer's own trip" },
      { pattern: LEISURE, within: 15, factor: 0.4, reason: 'a visit or a meet-up' },
      {
        pattern: /有空|有时间|方便的时候|放假/u,
        within: 6,
        side: 'before',
        factor: 0.4,
        reason: 'a visit when convenient',
      },
    ],
    examples: {
      match: [
        ['弟弟，回来一趟吧，别让妈担心。', '回来一趟'],
        ['你要是孝顺就回来看看吧', '回来看看吧'],
      ],
      noMatch: ['我上个月刚回国一趟，挺好的。', '有空回来看看，我们都很想你。'],
    },
  },
  {
    id: 'if-you-do-not-return',
    tactic: 'return-pressure',
    score: 0.8,
    description: 'Makes not returning the condition of a consequence: 你要是还不回来…, 如果不回国…',
    match:
      /(?:要是|如果|[若再还敢])你?(?:还|再|一直)?不(?:肯|愿意)?回(?:来|国|新疆|中国)|不(?:肯|愿意)?回(?:来|国|新疆|中国)(?:的话|,?(?:我们|他们|家里|你家)?就)/u,
    unless: [{ pattern: LEISURE, within: 15, factor: 0.4, reason: 'a visit or a meet-up' }],
    examples: {
      match: [
        ['你要是还不回来，他们的日子不会好过。', '要是还不回来'],
        ['如果你不回國，後果自己想', '如果你不回國'],
        ['他们说你不回来，我们就没好日子过', '不回来，我们就'],
      ],
      noMatch: ['如果你不回来吃饭，告诉我一声。', '你还不回来吗？我们都在等你吃饭呢'],
    },
  },
  {
    id: 'come-back-imperative',
    tactic: 'return-pressure',
    score: 0.65,
    description: 'Tells the person to come back: 回来吧, 回国吧, 你的事回来才能解决.',
    match:
      /回(?:来|国|新疆|中国)(?:吧|(?:以后|后|了)?才(?:能|可以|会))|只有你?回(?:来|国|新疆)|回(?:来|国)的事情?(?:考虑|想|定)/u,
    unless: [
      { pattern: OWN_TRIP, within: 0, factor: 0.2, reason: "the writer's own trip" },
      {
        pattern:
          /探亲|机票|航班|[玩聚饭吃]|旅游|接你|放假|等你|下班|放学|路上|快到|几点|宝贝|亲爱的|早点睡|放心|一切都好/u,
        within: 15,
        factor: 0.4,
        reason: 'everyday life, not pressure',
      },
    ],
    examples: {
      match: [
        ['现在政策好了，回来吧。', '回来吧'],
        ['你回国的事考虑得怎么样了？', '回国的事考虑'],
        ['你的事情需要回来才能解决', '回来才能'],
        ['他们说只有你回来才能放人', '只有你回来'],
      ],
      noMatch: ['快回来吧，饭都凉了。', '宝贝早点回来吧，等你'],
    },
  },
  {
    id: 'service-only-at-home',
    tactic: 'return-pressure',
    score: 0.85,
    description: 'Makes a passport or other service conditional on returning to China or Xinjiang.',
    match:
      /(?:须|必须|只能|需要|需)回(?:户籍|原籍|老家|新疆|国)(?:所在地)?(?:才能)?(?:办理|处理|更新|换发)|只能在(?:新疆|国内|户籍所在地)(?:办理|换发|更新)|回国后?才能(?:办理|换发|更新|拿到)/u,
    examples: {
      match: [
        ['新疆籍人员须回户籍所在地办理。', '须回户籍所在地办理'],
        ['你的护照只能在新疆办理', '只能在新疆办理'],
        ['護照必須回國才能更新', '必須回國才能更新'],
      ],
      noMatch: ['护照换发可在驻外使领馆办理。', '回国后记得去银行办卡。'],
    },
  },
]);
