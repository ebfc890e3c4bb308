import { defineRules } from '../define';
import { KIN, RELATIVE } from './_lexicon';

/** What can befall relatives: summoned, taken away, affected, "will not have it easy". */
const HARM_TO_THEM =
  /别想好过|不好过|不会好过|(?:要|会)(?:受罪|吃苦)|(?:可就|就要|就会|会)麻烦了|对(?:你的?)?(?:家人|家里人|父母|爸妈|家里)不客气|没有?好日子过|日子不会?好过|被关(?:起来|押|着)|关起来|被判|别想再?(?:上学|上大学|上了|读书|毕业|工作|出国|升)|(?:单位|学校|公司)(?:我们)?(?:都|已经)?(?:打过招呼|打了招呼|联系过了)|受到?影响|受到?牵连|被连累|遭殃|吃苦头|倒霉|有麻烦|出(?:什么)?事|被?(?:叫去|喊去|请去|带去)(?:谈话|问话)|被(?:叫去|喊去|请去|带走|抓|关|约谈|拘留|审查|调查|送去)|(?:将|会)影响到?[其你您]|学习班|培训中心|工作(?:保不住|不保|难保)|保不住|丢了?工作|工作(?:已经|[也都就]|可就)?没了|被(?:开除|辞退|停职)|(?:去|到)(?:派出所|公安局|村委会|居委会|社区|乡里)(?:报到|签到|问话|谈话|写材料)|天天被(?:叫去|喊去|找|问)|被(?:看着|监视|盯着|监控|限制出行)/u;

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
    near: [{ pattern: KIN, within: 30, crossSentence: true }],
    unless: [
      {
        pattern: /医生|医院|天气|航班|考试|感冒|疫情|放假|下雨|倒闭|裁员|经济不好/u,
        within: 20,
        factor: 0.3,
        reason: 'ordinary family news',
      },
    ],
    examples: {
      match: [
        ['你家里人也别想好过。', '你家里人也别想好过'],
        ['我们跟你家里人谈过了，他们的日子不会好过。', '你家里人谈过了，他们的日子不会好过'],
        ['你父母年纪大了。你不配合，他们可要吃苦', '父母年纪大了。你不配合，他们可要吃苦'],
        ['你不回来，你妈就得天天去派出所报到。', '你妈就得天天去派出所报到'],
        ['你家里人现在都被看着', '你家里人现在都被看着'],
        ['不然我们全家都要被叫去谈话', '全家都要被叫去谈话'],
        ['逾期未报者，将影响其国内亲属。', '将影响其国内亲属'],
        ['你哥哥的工作保不住了', '你哥哥的工作保不住'],
        ['你在国内的家人可就麻烦了', '家人可就麻烦了'],
        ['你们家老二的单位我们都打过招呼了', '老二的单位我们都打过招呼'],
        ['你要是不配合，你弟弟的大学就别想上了', '你弟弟的大学就别想上了'],
      ],
      noMatch: [
        '你哥哥感冒了，这几天不太好过。',
        '妈妈今天去医院复查，没出什么事。',
        '他们的日子不会好过，因为房租涨了。',
      ],
    },
  },
  {
    id: 'we-saw-your-family',
    tactic: 'family-leverage',
    score: 0.7,
    description:
      'Says the writer has been to or spoken with the relatives: 我们找过你父母, 跟你家里人谈过了.',
    match:
      /(?:找过|见过|拜访过|拜访了|去过|去了|到过|到了)你的?(?:家里|家人|父母|爸妈|妈妈|爸爸|母亲|父亲|哥哥|姐姐|弟弟|妹妹|妻子|老婆|老家|[家爸妈哥姐弟妹])|(?:跟|和)你的?(?:家里人|家人|父母|爸妈|妈妈|爸爸|母亲|父亲|哥哥|姐姐|弟弟|妹妹|妻子|老婆|[爸妈哥姐弟妹])(?:谈过|聊过|谈了|谈话|做了工作|做工作|做过工作)/u,
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
    description: "Makes a relative's fate depend on the person: 他能不能出来就看你了, 你不想他早点出来吗.",
    match:
      /[就全都得]?(?:(?<![去来要想探])看你(?:的表现|怎么做|了)|取决于你|靠你了|在你手里|由你决定)|你不想(?:他|她|他们)(?:早点|早日)?出来|你忍心让?[他她]/u,
    near: [{ pattern: KIN, within: 30, side: 'before', crossSentence: true }],
    unless: [
      {
        pattern: /[吃玩选挑]|礼物|生日|婚礼|考试|开会|上课|加班/u,
        within: 15,
        factor: 0.3,
        reason: 'an everyday choice',
      },
    ],
    examples: {
      match: [
        ['你爸的事你也知道，他能不能出来就看你了。', '你爸的事你也知道，他能不能出来就看你了'],
        ['你哥哥的案子怎么判，取决于你', '你哥哥的案子怎么判，取决于你'],
        ['你哥已经在里面半年了，你不想他早点出来吗？', '你哥已经在里面半年了，你不想他早点出来'],
      ],
      noMatch: [
        '你爸说今晚吃什么就看你了。',
        '这次比赛就看你了，加油！',
        '你哥还在考试，你不想他早点出来吃饭吗',
      ],
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
        pattern: /想想|想一想|想清楚|想好|考虑|掂量|别忘了|你应该明白|你懂的|你清楚|识相|看着办|心里有数/u,
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
      /(?:考虑|想想|想一想|替|为)(?:一下)?(?:你|您)(?:在?(?:国内|老家|新疆|家乡))?的?(?:父母|爸妈|家人|家里人|家里|妈妈|爸爸|母亲|父亲|哥哥|姐姐|弟弟|妹妹|孩子|老婆|妻子|亲人)|还?在乎(?:他们|你的?(?:家人|父母|爸妈|家里人))|(?:考虑|想想|想一想)(?:一下)?(?:家里人|家人|父母)/u,
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
        pattern: /医生说|没什么大问题|别担心|放心|要不要|有空|方便的话|放假/u,
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
  {
    id: 'old-relative-cannot-bear-it',
    tactic: 'family-leverage',
    score: 0.8,
    description:
      'An old or frail relative who will not hold out, tied to what the person does: 你爸年纪大了，经不起折腾，你自己看着办.',
    match:
      /年纪(?:大了|这么大|也大了|不小了)|岁数(?:大了|这么大)|[六七八九]十(?:多|来)?岁?了|(?:老人|老人家)?(?:待不住|受不了|经不起|吃不消|熬不住|扛不住|撑不住|[撑熬挺待]不了多久|熬不过|挺不过)/u,
    near: [
      { pattern: KIN, within: 20, side: 'before', crossSentence: true },
      {
        pattern:
          /看着办|掂量|你忍心|忍心吗|你心里有数|心里清楚|那种地方|在里面|里边|在那边|给(?:那个|这个)(?:号码|电话|人)|打(?:那个|这个)电话|就看你|全看你|取决于你|配合|听话|回来|回国|好过|折腾/u,
        within: 40,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /注意身体|多陪陪|多打电话|生日|大寿|想你|体检|保重|锻炼|病|医院|医生|手术/u,
        within: 30,
        factor: 0.3,
        reason: 'ordinary care for parents',
      },
    ],
    examples: {
      match: [
        ['你爸年纪大了，经不起折腾，你自己看着办。', '你爸年纪大了，经不起折腾'],
        ['你爸都快八十了，身体吃不消的，你忍心吗？', '你爸都快八十了，身体吃不消的，你忍心'],
        ['你爸年紀大了，在裡面受不了的', '你爸年紀大了，在裡面'],
        ['你父親年紀大了，在那邊撐不了多久。', '父親年紀大了，在那邊'],
      ],
      noMatch: ['你爸年纪大了，要多注意身体，有空多打电话。', '爷爷八十大寿，你能视频一下吗？'],
    },
  },
  {
    id: 'life-easier-if-you',
    tactic: 'family-leverage',
    score: 0.8,
    description: "A relative's life will be easier if the person complies: 你打个电话，他的日子就能好过很多.",
    match: /(?:日子|处境|待遇|情况)[就会才也]?(?:能|会|可以)?(?:好过|好一些|好很多|好点|好受|好转)/u,
    near: [
      {
        pattern: new RegExp(`你爸|你妈|他|她|他们|${KIN.source}`, 'u'),
        within: 15,
        side: 'before',
        crossSentence: true,
      },
      {
        pattern: /你(?:给|跟)[^,.!?]{0,6}打|只要你|你要是|如果你|你配合|配合|你回来|听话|你表现|你的?态度/u,
        within: 40,
        side: 'before',
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /病|医院|手术|康复|天气|生意|工资|退休/u,
        within: 20,
        factor: 0.3,
        reason: 'ordinary family news',
      },
    ],
    examples: {
      match: [
        [
          '你爸在那边。你给那个号码打个电话，他的日子就能好过很多。',
          '你给那个号码打个电话，他的日子就能好过',
        ],
        ['只要你配合，你哥在里面的待遇会好一些', '配合，你哥在里面的待遇会好一些'],
      ],
      noMatch: ['他手术很成功，康复以后日子会好过一些。', '你要是多赚点钱，日子就能好过了'],
    },
  },
  {
    id: 'relative-taken-away',
    tactic: 'family-leverage',
    score: 0.8,
    description:
      'Says a relative has been taken "to study" or "for training" (the camps\' euphemism), or detained.',
    match:
      /被?[带送叫弄抓拉关][去走进到]了?(?:学习|培训|教培|教育|再教育|改造|集中|那种地方|里面|里边|派出所)|进了?(?:学习班|培训中心|教培中心|教育转化|职业技能)|(?:在|去)(?:学习班|教培中心|教育转化|职业技能教育)|(?:去|在)(?:学习|培训)(?:了|呢)?[,.]?[^,.!?]{0,12}(?:出来|放|看你|态度|表现)/u,
    near: [{ pattern: KIN, within: 15, side: 'before' }],
    unless: [
      {
        pattern:
          /公司|单位|出差|考试|驾校|英语|考证|大学|进修|北京|上海|深圳|技能证|夏令营|公费|画|舞蹈|钢琴|补习|兴趣|游泳|编程|进步/u,
        within: 20,
        factor: 0.3,
        reason: 'ordinary study or a work course',
      },
    ],
    examples: {
      match: [
        ['你哥被带去学习了，什么时候回来看你的态度。', '你哥被带去学习'],
        ['你父親被送去培訓了', '父親被送去培訓'],
        ['你弟弟去培训了，表现好的话就能早点出来', '你弟弟去培训了，表现好的话就能早点出来'],
      ],
      noMatch: ['你哥去北京学习了，下个月回来。', '你弟弟在公司参加培训，这周很忙。'],
    },
  },
  {
    id: 'benefit-stopped',
    tactic: 'family-leverage',
    score: 0.8,
    description:
      "A relative's pension, allowance or job stopped, blamed on the person: 你妈的退休金又停了，你心里清楚为什么.",
    match:
      /(?:退休金|养老金|低保|补贴|补助|工资|社保|医保|救济金?)(?:这个月|[又也都被给]|已经)*(?:停了|停发|断了|取消了?|扣了|没了|冻结了?|不发了)/u,
    near: [
      { pattern: new RegExp(`家里|${KIN.source}`, 'u'), within: 12, side: 'before' },
      {
        pattern:
          /你(?:心里)?(?:清楚|知道|明白)|因为你|为什么|是谁|你害的|怪你|你干的|删|配合|回来|你的事|在外面|恢复/u,
        within: 40,
        side: 'after',
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /认证|年审|资格|社保局|银行卡|系统升级|补办/u,
        within: 30,
        factor: 0.3,
        reason: 'ordinary paperwork',
      },
    ],
    examples: {
      match: [
        ['你妈的退休金这个月又停了，你心里清楚为什么。', '你妈的退休金这个月又停了，你心里清楚'],
        ['家里的低保取消了，都是因为你', '家里的低保取消了，都是因为你'],
      ],
      noMatch: ['养老金停发了？你去社保局问问，可能是资格认证没做。', '我妈的退休金今年涨了一点。'],
    },
  },
  {
    id: 'or-else-parents-suffer',
    tactic: 'family-leverage',
    score: 0.75,
    description:
      'A relative urges compliance "or else" the family lives in fear: 你就给了吧，不然爸妈天天提心吊胆的.',
    match: /不然|否则|要不然|要不/u,
    near: [
      { pattern: KIN, within: 6, side: 'after' },
      {
        pattern:
          /提心吊胆|担惊受怕|睡不着觉?|受罪|遭罪|吃苦|受牵连|不好过|没好日子|被叫去|被找|被带走|倒霉|麻烦/u,
        within: 20,
        side: 'after',
      },
    ],
    examples: {
      match: [
        ['你就给了吧，不然爸妈天天提心吊胆的。', '不然爸妈天天提心吊胆'],
        ['快答应他们，否则你哥要受罪', '否则你哥要受罪'],
      ],
      noMatch: ['早点睡，不然妈妈会担心的。', '多穿点，要不然你姐又要说你了'],
    },
  },
  {
    id: 'relative-made-to-plead',
    tactic: 'family-leverage',
    score: 0.7,
    description: 'A relative made to record a video or call to plead: 你妈录了段视频给你，你看看吧.',
    match:
      /(?:录|拍)了?(?:一?个|一段|段)(?:视频|语音|录音)(?:给你|让你看|要给你|让我转给你)|让(?:[我他她]|你[爸妈哥姐弟妹]|你父母|你爸妈|你家人)(?:给你)?(?:打|录)(?:个|这个)?(?:电话|视频|语音)/u,
    near: [{ pattern: KIN, within: 15, crossSentence: true }],
    unless: [
      {
        pattern: /生日|快乐|祝|新年|过年|想你|可爱|宝宝|婚礼|毕业/u,
        within: 30,
        factor: 0.3,
        reason: 'a family greeting',
      },
    ],
    examples: {
      match: [
        ['你妈录了一段视频给你，你好好看看吧。', '你妈录了一段视频给你'],
        ['你哥在这儿，他们让他给你打电话', '你哥在这儿，他们让他给你打电话'],
        ['他们让你爸给你打电话，你接一下', '让你爸给你打电话'],
      ],
      noMatch: ['你妈录了一段视频给你，祝你生日快乐！', '宝宝拍了个视频给你看，好可爱'],
    },
  },
]);
