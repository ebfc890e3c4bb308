import { defineRules } from '../define';
import { RETURN } from './_lexicon';

/** The writer's own trip home: "我下个月回国探亲". */
const OWN_TRIP =
  /我们?(?:上个?月|下个?月|上周|下周|去年|明年|今年|年底|过年|明天|昨天|前几天)?(?:打算|准备|计划|[想也要刚才]|已经|终于|马上)?回(?:[国来去家]|老家)/u;

/** Trips and meet-ups, not pressure. */
const LEISURE =
  /探亲|机票|航班|玩|旅游|聚|吃饭|接你|接机|放假|度假|暑假|寒假|过年|过节|特产|带点|带些|想吃|婚礼|生日|留房间|给你做/u;

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
          /必须|务必|一定要|赶紧|赶快|尽快|马上|立即|立刻|早日|早点|应该|应当|该|须|限你|要求你|你就|还是|趁早|抓紧|直接|给我/u,
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
    score: 0.45,
    description:
      'Asks when the person will come back: alone a weak cue (family ask it too), reported when pressed (到底, 在外面待了这么久).',
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
    boost: [
      {
        pattern:
          /到底|究竟|必须|赶紧|该|别在外面|在外面|待了|呆了|这么久|好几年|多少年|组织|政策|配合|护照|证件|手续|报到|还不|给个准话|考虑/u,
        within: 40,
        factor: 1.6,
        reason: 'pressed, not small talk',
      },
    ],
    examples: {
      match: [
        ['你什么时候回来？', '你什么时候回来'],
        ['你到底何时回国', '你到底何时回国'],
        ['你什麼時候回國？在外面也待了好幾年了吧', '你什麼時候回國'],
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
    unless: [
      { pattern: LEISURE, within: 15, factor: 0.4, reason: 'a visit or a meet-up' },
      { pattern: /哈哈|去看你|来看你|想你/u, within: 20, factor: 0.3, reason: 'family teasing' },
    ],
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
          /探亲|机票|航班|[玩聚饭吃菜汤猫狗]|旅游|接你|放假|等你|下班|放学|路上|快到|几点|宝贝|亲爱的|早点睡|放心|一切都好|蛋糕|凉了|化了|钥匙|天黑|下雨|作业|睡觉/u,
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
      noMatch: ['快回来吧，饭都凉了。', '宝贝早点回来吧，等你', '快回来吧，蛋糕要化了'],
    },
  },
  {
    id: 'go-back-to-china',
    tactic: 'return-pressure',
    score: 0.7,
    description: 'Tells the person to go back to China or Xinjiang: 快回国吧, 回新疆吧.',
    match: /回(?:国|新疆|中国|老家)(?:吧|算了|得了)/u,
    unless: [
      { pattern: OWN_TRIP, within: 0, factor: 0.2, reason: "the writer's own trip" },
      { pattern: LEISURE, within: 15, factor: 0.4, reason: 'a visit or a meet-up' },
      { pattern: /我们|咱们|一起/u, within: 4, side: 'before', factor: 0.3, reason: 'going together' },
    ],
    examples: {
      match: [
        ['快回国吧，大家都在等你。', '回国吧'],
        ['在外面受什么罪，回新疆算了', '回新疆算了'],
      ],
      noMatch: ['暑假我们一起回国吧，机票我来订。', '今年过年回老家吧，爸妈想你了'],
    },
  },
  {
    id: 'deadline-to-return',
    tactic: 'return-pressure',
    score: 0.8,
    description: 'Sets a deadline for coming back: 给你两周时间，回来; 月底前必须回国.',
    match:
      /给你(?:[一二两三四五六七八九十0-9]{1,2}|几|最后)(?:天|周|个?星期|个?月|次机会)(?:时间)?|限你|最后期限|(?:月底|年底|节前|[0-9一二三四五六七八九十]{1,3}号)(?:之前|以前|前)/u,
    near: [{ pattern: RETURN, within: 15, side: 'after', crossSentence: true }],
    unless: [
      { pattern: OWN_TRIP, within: 10, factor: 0.2, reason: "the writer's own trip" },
      { pattern: LEISURE, within: 15, factor: 0.4, reason: 'a visit or a meet-up' },
    ],
    examples: {
      match: [
        ['给你两周时间，回来，别让我们去找你。', '给你两周时间，回来'],
        ['月底之前回國報到', '月底之前回國'],
      ],
      noMatch: ['我月底前回国，机票订好了。', '给你三天时间考虑这个方案'],
    },
  },
  {
    id: 'service-only-at-home',
    tactic: 'return-pressure',
    score: 0.85,
    description:
      'Makes a passport or other service conditional on returning, or orders to report on return (回来到派出所报到).',
    match:
      /(?:须|必须|只能|需要|[需得])(?:本人|你本人|亲自)?回(?:来|户籍|原籍|老家|新疆|国)(?:所在地)?(?:才能)?(?:办理|处理|更新|换发|解决)|只能在(?:新疆|国内|户籍所在地)(?:办理|换发|更新)|回国后?才能(?:办理|换发|更新|拿到)|(?:旅行证|回国证明)(?:回国|回来|回新疆)|回(?:来|国|新疆|老家)(?:后|以后|之后)?[到去来]?(?:社区|派出所|街道|村里|居委会|村委会|乡里|公安局|当地)(?:报(?:个|一下)?到|登记一下|说明情况)|回(?:来|国|新疆|老家)(?:说明情况|把情况说明)/u,
    unless: [{ pattern: OWN_TRIP, within: 0, factor: 0.2, reason: "the writer's own trip" }],
    examples: {
      match: [
        ['新疆籍人员须回户籍所在地办理。', '须回户籍所在地办理'],
        ['你的护照只能在新疆办理', '只能在新疆办理'],
        ['護照必須回國才能更新', '必須回國才能更新'],
        ['回来到派出所报个到就行。', '回来到派出所报个到'],
        ['回國後去社區報到', '回國後去社區報到'],
      ],
      noMatch: [
        '护照换发可在驻外使领馆办理。',
        '回国后记得去银行办卡。',
        '我回来后去公司报到。',
        '新生开学回来报到',
      ],
    },
  },
  {
    id: 'papers-only-at-home',
    tactic: 'return-pressure',
    score: 0.75,
    description: 'Says papers will be handled once the person is back: 护照回来办, 证件在这边给你弄.',
    match:
      /回(?:来|国|新疆|老家)(?:以后|后)?(?:再|才能|[才就])?(?:我们)?(?:帮你|给你)?(?:[办弄换]|补办|处理|解决)|(?:在|到)这边(?:给你|帮你)(?:办|弄|补办|解决)/u,
    near: [
      {
        pattern: /护照|证件|签证|手续|居留|身份证|户口|材料/u,
        within: 15,
        side: 'before',
        crossSentence: true,
      },
    ],
    unless: [
      { pattern: /我们?回/u, within: 0, factor: 0.3, reason: "the writer's own papers" },
      { pattern: /使馆|领馆|网上|app|线上/u, within: 20, factor: 0.4, reason: 'a genuine service abroad' },
    ],
    examples: {
      match: [
        ['护照回来办，外面办不了的。', '护照回来办'],
        ['證件在這邊給你弄，省事', '證件在這邊給你弄'],
      ],
      noMatch: ['护照我回来再办，现在太忙了。', '护照可以在使馆办，不用回来办'],
    },
  },
  {
    id: 'quit-and-come-back',
    tactic: 'return-pressure',
    score: 0.7,
    description:
      'Tells the person to quit their life abroad, or not to renew a permit, and come back: 别续了，直接回来.',
    match:
      /辞了|辞掉|退学|别读了|不读了|别干了|别念了|别待了|别呆了|别在外面[待呆混漂]着?了?|收拾(?:东西|行李)|(?:别|不要|不用|用不着|没必要|不许|不准)再?(?:续签|续办|续(?!杯)|延期|延签|延|办延期|申请延期|换发|办)了?/u,
    near: [{ pattern: RETURN, within: 25, crossSentence: true }],
    unless: [
      { pattern: OWN_TRIP, within: 10, factor: 0.2, reason: "the writer's own trip" },
      {
        pattern: /我(?:[把刚也]|已经)/u,
        within: 4,
        side: 'before',
        factor: 0.2,
        reason: "the writer's own plans",
      },
      { pattern: LEISURE, within: 15, factor: 0.4, reason: 'a visit or a meet-up' },
    ],
    examples: {
      match: [
        ['你那边的工作辞了吧，回来。', '辞了吧，回来'],
        ['啥时候回来？别在外面待着了。', '回来？别在外面待着了'],
        ['签证别续了，直接回来吧。', '别续了，直接回来'],
        ['居留到期就不要再延了，回國。', '不要再延了，回國'],
      ],
      noMatch: [
        '我把工作辞了，下个月回国探亲。',
        '收拾东西准备回家吃饭啦',
        '我签证续好了，明年再回去。',
        '别续杯了，我们回去吧',
      ],
    },
  },
  {
    id: 'only-if-you-return',
    tactic: 'return-pressure',
    score: 0.7,
    description:
      'Makes an offer or a settlement depend on coming back: 只要你回来, 你回来把事情说清楚就行了.',
    match:
      /只要你?(?:肯|愿意|现在)?回(?:来|国|新疆)|回(?:来|国)(?:把事情?|把问题|把话)?(?:说清楚|讲清楚|交代清楚|解释清楚|当面谈|当面说)/u,
    unless: [
      { pattern: LEISURE, within: 15, factor: 0.4, reason: 'a visit or a meet-up' },
      { pattern: /就好|开心|高兴|平安/u, within: 8, side: 'after', factor: 0.3, reason: "a parent's wish" },
    ],
    examples: {
      match: [
        ['只要你回国，以前的事就不追究了。', '只要你回国'],
        ['你回来把事情说清楚就行了', '回来把事情说清楚'],
      ],
      noMatch: ['只要你回来就好，妈不要别的。', '只要你回来过年，我们就去机场接你。'],
    },
  },
  {
    id: 'return-with-offer',
    tactic: 'return-pressure',
    score: 0.75,
    description: 'Couples coming back with a reward or amnesty: 回国的话机票我们出, 回来之前的事一笔勾销.',
    match: RETURN,
    near: [
      {
        pattern:
          /(?:机票|路费)钱?(?:我们|组织|公家|政府|全)|(?:安排|给你)[^,.!?]{0,4}工作|住房|房子|不再?追究|一笔勾销|既往不咎|从轻|宽大|没事|没人会?为难|不会为难/u,
        within: 25,
        side: 'after',
        crossSentence: true,
      },
    ],
    unless: [
      { pattern: OWN_TRIP, within: 0, factor: 0.2, reason: "the writer's own trip" },
      {
        pattern: /订好|买好|订了|买了|接机|便宜|特价|打折/u,
        within: 20,
        factor: 0.3,
        reason: 'booking a trip',
      },
    ],
    examples: {
      match: [
        ['回国的话机票我们出，住房也给你安排好。', '回国的话机票我们'],
        ['你回來，之前的事一筆勾銷', '回來，之前的事一筆勾銷'],
      ],
      noMatch: ['我下个月回国，机票已经订好了。', '回国机票最近打折，要不要一起买？'],
    },
  },
]);
