import { defineRules } from '../define';
import { RELATIVE } from './_lexicon';

export default defineRules('zh', 'inducement', [
  {
    id: 'money-or-benefit',
    tactic: 'inducement',
    score: 0.8,
    description: 'Offers money or a benefit for cooperation: 钱不是问题, 对你家里有好处, 不会亏待你.',
    match:
      /钱不是问题|钱好说|报酬|好处费|辛苦费|不会亏待你|亏待不了你|少不了你的|对你(?:和你)?(?:家里|家人|父母|自己)?(?:有|大有|会有)(?:很大的|很多)?好处|给你(?:一笔|一些)?(?:钱|奖励|补贴)/u,
    unless: [
      {
        pattern: /身体|健康|喝水|锻炼|运动|学习|吃/u,
        within: 10,
        factor: 0.3,
        reason: 'advice, not a reward',
      },
    ],
    examples: {
      match: [
        ['帮我们了解一下，钱不是问题。', '钱不是问题'],
        ['这事对你家里有好处', '对你家里有好处'],
        ['事成之後不會虧待你', '不會虧待你'],
      ],
      noMatch: ['多喝水对你有好处。', '这个钱是问题吗？'],
    },
  },
  {
    id: 'papers-for-relatives',
    tactic: 'inducement',
    score: 0.85,
    description: 'Offers passports or visas for relatives in return for cooperation.',
    match:
      /[给帮为替]你?的?(?:父母|爸妈|家人|家里人|妈妈|爸爸|老婆|妻子|孩子|亲人)(?:办理?|申请|拿到|弄)(?:护照|签证|出国手续)/u,
    examples: {
      match: [
        ['我们可以给你父母办护照，让他们去看你。', '给你父母办护照'],
        ['只要配合，帮你家人办理签证', '帮你家人办理签证'],
      ],
      noMatch: ['我上周给父母订了机票。', '爸妈的护照下周到期。'],
    },
  },
  {
    id: 'relatives-get-papers',
    tactic: 'inducement',
    score: 0.8,
    description: 'Promises that relatives will get passports or visas (to come and see the person).',
    match:
      /[就也都]?(?:能|可以)(?:拿到|办|领到|申请|办下来)(?:护照|签证)|[就也都]?(?:可以|能)(?:出国|出来|过来|来)(?:看你|探亲|看望你|跟你团聚)/u,
    near: [
      { pattern: RELATIVE, within: 10, side: 'before' },
      {
        pattern: /只要|配合|合作|如果|要是|听话|帮(?:我们|忙)/u,
        within: 30,
        side: 'before',
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        ['你要是肯合作，你爸妈明年就能拿到护照去看你。', '合作，你爸妈明年就能拿到护照'],
        ['只要你听话，你妻子也可以申请签证出来', '听话，你妻子也可以申请签证'],
        ['只要你配合，你爸妈就可以出国看你。', '配合，你爸妈就可以出国看你'],
      ],
      noMatch: ['你爸妈明年就能拿到护照了，办证很顺利。', '我妈下个月能拿到签证，来看我。'],
    },
  },
  {
    id: 'conditional-offer',
    tactic: 'inducement',
    score: 0.75,
    description: 'A promise made conditional on cooperating: 只要你配合, 可以经常视频.',
    match:
      /只要你(?:肯|愿意|好好)?(?:配合|合作|听话|回来|回国|帮(?:我们|忙))|(?:要是|如果)你?(?:肯|愿意|好好)(?:配合|合作|听话|帮(?:我们|忙))/u,
    examples: {
      match: [
        ['只要你配合我们的工作，一切都好说。', '只要你配合'],
        ['如果你愿意合作，条件好商量', '如果你愿意合作'],
      ],
      noMatch: ['只要你喜欢就好', '如果你不愿意就算了'],
    },
  },
  {
    id: 'video-calls-as-reward',
    tactic: 'inducement',
    score: 0.75,
    description: 'Video calls or visits with family offered in return for cooperation.',
    match:
      /(?:可以|能|让你|允许你)(?:经常|定期|随时|每周|天天)(?:[跟和与](?:你|家人|父母|家里人|他们))?(?:视频|通话|通电话|见面)/u,
    near: [{ pattern: /只要|配合|合作|听话|如果|要是|条件|帮我们/u, within: 40, crossSentence: true }],
    examples: {
      match: [
        ['只要你配合，以后还可以经常视频', '配合，以后还可以经常视频'],
        ['配合我们，你父母就可以随时跟你视频。', '配合我们，你父母就可以随时跟你视频'],
      ],
      noMatch: ['爸生日那天我们一起视频吧。', '以后还可以经常视频聊天，别难过。'],
    },
  },
  {
    id: 'release-relative',
    tactic: 'inducement',
    score: 0.8,
    description: "Promises a detained relative's release in return for cooperation.",
    match:
      /(?:早点|早日|尽快|马上|提前|很快|就能|就可以|才能|能够)放?(?:出来|回家|回来)|放(?:他|她|他们)?出来|释放|放人/u,
    near: [
      { pattern: RELATIVE, within: 12, side: 'before' },
      {
        pattern: /保证|可以|只要|配合|合作|帮(?:我们|忙)|答应|做点事|表现好|的话/u,
        within: 30,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /出院|医院|下班|放学|上学|加班/u,
        within: 20,
        factor: 0.3,
        reason: 'an ordinary homecoming',
      },
    ],
    examples: {
      match: [
        ['你配合一下，我们保证你弟弟能早点出来。', '保证你弟弟能早点出来'],
        ['只要你合作，你爸爸很快就能释放', '合作，你爸爸很快就能释放'],
      ],
      noMatch: ['弟弟下班早点回家吧。', '你爸爸明天出院，可以早点回家了。'],
    },
  },
  {
    id: 'safe-if-you-return',
    tactic: 'inducement',
    score: 0.8,
    description: 'Promises safety or forgiveness on return or cooperation.',
    match:
      /什么事(?:都|也)?没有|不会有(?:任何)?(?:事|麻烦)|没人会?为难你|没有人会?为难你|保证你的?(?:安全|没事)|不会(?:为难|追究|把你怎么样|处理)你?|既往不咎|从轻处理|(?:安排|给你)(?:一份|个)?好?工作/u,
    near: [{ pattern: /回来|回国|配合|合作|听话|只要|老实|帮我们/u, within: 25, crossSentence: true }],
    unless: [
      {
        pattern: /我们?(?:已经|刚|也)?回(?:来|国)了/u,
        within: 15,
        factor: 0.2,
        reason: "the writer's own return",
      },
    ],
    examples: {
      match: [
        ['回来什么事都没有。', '回来什么事都没有'],
        ['现在政策好了，回来吧，没人会为难你。', '回来吧，没人会为难你'],
        ['只要你老实交代，保证你的安全', '老实交代，保证你的安全'],
      ],
      noMatch: ['体检结果出来了，什么事都没有。', '放心吧，我回来了，不会有事的。'],
    },
  },
  {
    id: 'relatives-papers-done',
    tactic: 'inducement',
    score: 0.8,
    description:
      "Promises that the relatives' passports or visas will be issued: 我保证你爸妈的护照很快办下来.",
    match:
      /(?:护照|签证|出国手续|通行证)(?:和[^,.!?]{1,10})?(?:[都也就]|很快|马上)*(?:能|可以|会)?(?:给你|帮你)?(?:办下来|办好|批下来|签发|发下来|拿到手|办妥|批了)/u,
    near: [
      { pattern: RELATIVE, within: 15, side: 'before' },
      {
        pattern: /保证|只要|配合|合作|如果|要是|的话|帮(?:我们|忙)|给我|答应/u,
        within: 40,
        side: 'before',
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        ['名单给我，我保证你爸妈的护照很快办下来。', '保证你爸妈的护照很快办下来'],
        ['你配合的话，你家人的护照和签证都给你办好', '的话，你家人的护照和签证都给你办好'],
      ],
      noMatch: ['我爸妈的护照很快办下来了，下个月来看我。', '你家人的签证办好了吗？'],
    },
  },
  {
    id: 'benefits-restored',
    tactic: 'inducement',
    score: 0.8,
    description:
      'Promises a family benefit back or a ban lifted for cooperation: 养老金可以恢复, 出境限制可以解除.',
    match:
      /(?:养老金|退休金|低保|补贴|工资|待遇|医保|社保)(?:马上|很快|[就也都]|立刻)*(?:能|可以|会)?(?:恢复|补发|照发|重新发)|(?:出境|出国|出入境)限制(?:马上|很快|就|也)*(?:能|可以|会)?(?:解除|取消|撤销)|解除(?:你的?|对你的?)?(?:出境|出国|出入境)限制/u,
    near: [
      {
        pattern: /配合|只要|前提|表现|帮(?:我们|忙)|合作|听话|如果|要是|的话|讲清楚|说清楚|回来/u,
        within: 30,
        crossSentence: true,
      },
    ],
    unless: [
      { pattern: /删/u, within: 30, factor: 0.5, reason: 'a demand to delete posts (a threat)' },
      { pattern: /认证|年审|系统|银行卡|社保局/u, within: 20, factor: 0.3, reason: 'ordinary paperwork' },
    ],
    examples: {
      match: [
        ['你妈的养老金马上就能恢复，前提是你配合。', '养老金马上就能恢复，前提'],
        ['你出境限制可以解除，只要把事情讲清楚', '出境限制可以解除，只要'],
        ['你表現好的話，家裡的低保可以恢復', '的話，家裡的低保可以恢復'],
      ],
      noMatch: ['我妈的养老金下个月恢复，做完资格认证就好了。', '工资恢复了，太好了'],
    },
  },
  {
    id: 'we-will-provide',
    tactic: 'inducement',
    score: 0.8,
    description:
      'Offers to pay, house or employ the person or their family: 机票钱我们出, 住房给你安排好, 房子问题我们来解决.',
    match:
      /(?:机票|路费|机票钱|路费钱|费用|住房|房子|住处|工作|户口|看病|医药费|学费)钱?(?:问题|的事)?(?:也|都)?(?:我们|组织|政府|公家|国家)(?:来|帮你|给你|帮忙|全)?(?:出|报销|包了|负责|承担|解决|安排)|(?:给你|帮你|给你们家|给你父母|给你爸妈)(?:安排|解决|分)好?(?:一套|个)?(?:住房|房子|住处|工作)|(?:住房|房子|工作|住处)(?:也|都)?(?:给你|帮你)(?:安排|解决|准备)|(?:帮你|给你)(?:解决|办|搞定)好?(?:身份|居留|绿卡|签证|国籍)(?:问题)?/u,
    unless: [
      {
        pattern:
          /公司|老板|人事|入职|招聘|面试|年终|房东|中介|一半|平摊|各出|你出|旅游|度假|一起去|收费|费用|代办|价格|\d元/u,
        within: 20,
        factor: 0.3,
        reason: 'an employer, a landlord or a shared trip',
      },
    ],
    examples: {
      match: [
        ['回国的话机票我们出，住房也给你安排好。', '机票我们出'],
        ['只要你帮我们，你父母的房子问题我们来解决。', '房子问题我们来解决'],
        ['回來給你安排個工作', '給你安排個工作'],
      ],
      noMatch: ['公司给我安排了新工作，工资涨了。', '入职后公司给你安排住房。'],
    },
  },
]);
