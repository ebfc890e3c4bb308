import { defineRules } from '../define';
import { KIN, RELATIVE } from './_lexicon';

/** What can befall relatives: summoned, taken away, affected, "will not have it easy". */
const HARM_TO_THEM =
  /别想好过|不好过|不会好过|(?:可就|就要|就会|会)麻烦了|对(?:你的?)?(?:家人|家里人|父母|爸妈|家里)不客气|没有?好日子过|日子不会?好过|被关(?:起来|押|着)|关起来|被判|别想再?(?:上学|上大学|上了|读书|毕业|工作|出国|升)|(?:单位|学校|公司)(?:我们)?(?:都|已经)?(?:打过招呼|打了招呼|联系过了)|受到?影响|受到?牵连|被连累|遭殃|吃苦头|倒霉|有麻烦|出(?:什么)?事|被?(?:叫去|喊去|请去|带去)(?:谈话|问话)|被(?:叫去|喊去|请去|带走|抓|关|约谈|拘留|审查|调查|送去)|(?:将|会)影响到?[其你您]|学习班|培训中心|工作(?:保不住|不保|难保)|保不住|丢了?工作/u;

export default defineRules('zh', 'family-leverage', [
  {
    id: 'relative-with-us',
    tactic: 'family-leverage',
    score: 0.85,
    description: 'Says the relative is with the writer now: "你哥哥现在在我们这儿", "你父母就在我旁边".',
    match: RELATIVE,
    near: [
      {
        pattern:
          /在我们这[儿里边]?|在我(?:这儿|这里|这边|旁边|身边)|就在(?:这儿|这里|我们这)|跟我们在一起|和我们在一起/u,
        within: 10,
        side: 'after',
      },
    ],
    examples: {
      match: [
        ['你哥哥现在在我们这儿，他有话跟你说。', '你哥哥现在在我们这儿'],
        ['你父母就在我旁边，身体都挺好的。', '父母就在我旁边'],
        ['你媽媽在我們這裡', '你媽媽在我們這裡'],
      ],
      noMatch: ['爸妈这周来我这儿住几天。', '你父母身体都挺好的，放心吧。'],
    },
  },
  {
    id: 'harm-to-relatives',
    tactic: 'family-leverage',
    score: 0.85,
    description: 'Relatives will suffer, be summoned or lose their job.',
    match: HARM_TO_THEM,
    near: [{ pattern: KIN, within: 25 }],
    unless: [
      {
        pattern: /医生|医院|天气|航班|考试|感冒|疫情|放假|下雨/u,
        within: 20,
        factor: 0.3,
        reason: 'ordinary family news',
      },
    ],
    examples: {
      match: [
        ['你家里人也别想好过。', '你家里人也别想好过'],
        ['不然我们全家都要被叫去谈话', '全家都要被叫去谈话'],
        ['逾期未报者，将影响其国内亲属。', '将影响其国内亲属'],
        ['你哥哥的工作保不住了', '你哥哥的工作保不住'],
        ['你在国内的家人可就麻烦了', '家人可就麻烦了'],
        ['你们家老二的单位我们都打过招呼了', '老二的单位我们都打过招呼'],
        ['你要是不配合，你弟弟的大学就别想上了', '你弟弟的大学就别想上了'],
      ],
      noMatch: ['你哥哥感冒了，这几天不太好过。', '妈妈今天去医院复查，没出什么事。'],
    },
  },
  {
    id: 'they-will-suffer',
    tactic: 'family-leverage',
    score: 0.8,
    description: 'After relatives are named, "they" will not have it easy.',
    match:
      /他们(?:的日子|以后|在国内|在家里)?[也就都可]?(?:不会|别想|没法)好过|他们[就也都可]?(?:要|会)(?:倒霉|遭殃|受罪|吃苦)/u,
    near: [{ pattern: RELATIVE, within: 40, side: 'before', crossSentence: true }],
    examples: {
      match: [
        ['我们跟你家里人谈过了，他们的日子不会好过。', '家里人谈过了，他们的日子不会好过'],
        ['你父母年纪大了。你不配合，他们可要吃苦', '父母年纪大了。你不配合，他们可要吃苦'],
      ],
      noMatch: ['他们的日子不会好过，因为房租涨了。', '你爸妈说他们最近很忙。'],
    },
  },
  {
    id: 'we-saw-your-family',
    tactic: 'family-leverage',
    score: 0.7,
    description:
      'Says the writer has been to or spoken with the relatives: 我们找过你父母, 跟你家里人谈过了.',
    match:
      /(?:找过|见过|拜访过|拜访了|去过|去了)你的?(?:家里|家人|父母|爸妈|妈妈|爸爸|母亲|父亲|哥哥|姐姐|弟弟|妹妹|妻子|老婆)|(?:跟|和)你的?(?:家里人|家人|父母|爸妈|妈妈|爸爸|母亲|父亲|哥哥|姐姐|弟弟|妹妹|妻子|老婆)(?:谈过|聊过|谈了|谈话|做了工作|做工作)/u,
    near: [{ pattern: /我们|我/u, within: 8, side: 'before' }],
    unless: [
      {
        pattern: /[吃饭玩]|礼物|生日|婚礼|看望|挺好|很好/u,
        within: 15,
        factor: 0.3,
        reason: 'a friendly visit',
      },
    ],
    examples: {
      match: [
        ['我们已经跟你家里人谈过了。', '我们已经跟你家里人谈过'],
        ['我們找過你父母了', '我們找過你父母'],
      ],
      noMatch: ['我们去过你家了，你妈做的饭真好吃。', '我跟你爸妈聊过了，他们同意我们的婚礼'],
    },
  },
  {
    id: 'depends-on-you',
    tactic: 'family-leverage',
    score: 0.8,
    description: "Makes a relative's fate depend on the person: 他能不能出来就看你了.",
    match: /[就全都得]?(?:看你(?:的表现|怎么做|了)|取决于你|靠你了|在你手里|由你决定)/u,
    near: [{ pattern: KIN, within: 30, side: 'before', crossSentence: true }],
    unless: [
      { pattern: /[吃玩选挑]|礼物|生日|婚礼/u, within: 15, factor: 0.3, reason: 'an everyday choice' },
    ],
    examples: {
      match: [
        ['你爸的事你也知道，他能不能出来就看你了。', '你爸的事你也知道，他能不能出来就看你了'],
        ['你哥哥的案子怎么判，取决于你', '你哥哥的案子怎么判，取决于你'],
      ],
      noMatch: ['你爸说今晚吃什么就看你了。', '这次比赛就看你了，加油！'],
    },
  },
  {
    id: 'family-at-home-think',
    tactic: 'family-leverage',
    score: 0.75,
    description: 'Reminds that the relatives are still at home, and tells the person to think it over.',
    match: KIN,
    near: [
      { pattern: /[都还也]?在(?:国内|老家|新疆|喀什|和田|家乡|这边)/u, within: 8, side: 'after' },
      {
        pattern: /想想|想一想|考虑|掂量|别忘了|你应该明白|你懂的|你清楚/u,
        within: 30,
        side: 'after',
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        ['你老婆孩子都在国内，你好好想想。', '老婆孩子都在国内，你好好想想'],
        ['別忘了，你父母還在新疆。你自己掂量', '父母還在新疆。你自己掂量'],
      ],
      noMatch: ['你老婆孩子都在国内，过年回去看看吗？', '爸妈都同意了，你考虑一下这个工作机会'],
    },
  },
  {
    id: 'relatives-ask-to-cooperate',
    tactic: 'family-leverage',
    score: 0.7,
    description: 'Relatives are said to want the person to cooperate with "us" or the authorities.',
    match: /(?:跟|和)我们(?:好好)?配合|配合(?:一下)?(?:我们|政府|组织|工作)|听(?:我们|政府|组织)的话?/u,
    near: [{ pattern: KIN, within: 25, side: 'before', crossSentence: true }],
    examples: {
      match: [
        ['你父母托我给你带个话，让你跟我们配合一下。', '父母托我给你带个话，让你跟我们配合'],
        ['你妈也希望你听组织的话', '你妈也希望你听组织的话'],
      ],
      noMatch: ['你妈说周末一起吃饭。', '请各部门配合我们的工作。'],
    },
  },
  {
    id: 'think-of-your-family',
    tactic: 'family-leverage',
    score: 0.8,
    description: 'Tells the person to think of their relatives, or to act if they still care for them.',
    match:
      /(?:考虑|想想|想一想|替|为)(?:一下)?(?:你|您)的?(?:父母|爸妈|家人|家里人|家里|妈妈|爸爸|母亲|父亲|哥哥|姐姐|弟弟|妹妹|孩子|老婆|妻子|亲人)|还?在乎(?:他们|你的?(?:家人|父母|爸妈|家里人))|(?:考虑|想想|想一想)(?:一下)?(?:家里人|家人|父母)/u,
    unless: [
      {
        pattern: /生日|礼物|惊喜|开心|高兴/u,
        within: 15,
        factor: 0.3,
        reason: 'a kind thought, not leverage',
      },
    ],
    examples: {
      match: [
        ['你考虑一下你哥哥的工作吧。', '考虑一下你哥哥'],
        ['你要是还在乎他们，就配合一下。', '还在乎他们'],
        ['為你的家人想想', '為你的家人'],
      ],
      noMatch: ['想想你妈妈生日送什么礼物吧', '他们很在乎面子。'],
    },
  },
  {
    id: 'sick-relative-lever',
    tactic: 'family-leverage',
    score: 0.75,
    description: "A relative's health or longing used to push: 你妈身体不好…你要是孝顺就回来.",
    match: /身体不太?好|病(?:[了倒重]|得很重)|住院|天天(?:念叨|哭|想)|念叨你|想你想得|哭着/u,
    near: [{ pattern: /孝顺|回来|回国|配合|听话|听他们/u, within: 40, crossSentence: true }],
    unless: [
      {
        pattern: /医生说|没什么大问题|别担心|放心/u,
        within: 20,
        factor: 0.3,
        reason: 'ordinary family news',
      },
    ],
    examples: {
      match: [
        ['你妈最近身体不太好。你要是真孝顺就回来看看吧', '身体不太好。你要是真孝顺'],
        ['奶奶病倒了，天天问你，你就配合一下吧', '病倒了，天天问你，你就配合'],
      ],
      noMatch: ['妈今天去医院复查了，医生说没什么大问题，让你别担心。', '他身体不好，最近在家休息。'],
    },
  },
  {
    id: 'relative-relays',
    tactic: 'family-leverage',
    score: 0.7,
    description: 'A relative pleads on behalf of "them": 你就听他们的吧, 照他们说的做.',
    match: /(?:你就)?听他们的|照他们说的|按他们说的|配合他们|他们让我[跟和给]你/u,
    examples: {
      match: [
        ['弟弟，你就听他们的吧。', '你就听他们的'],
        ['儿子，按他们说的做，别犟了', '按他们说的'],
      ],
      noMatch: ['他们说明天下雨。', '听他们唱歌真好听'],
    },
  },
]);
