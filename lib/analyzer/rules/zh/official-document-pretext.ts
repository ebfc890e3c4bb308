import { defineRules } from '../define';

/** "Important document/notice" and its kin, the bait of consulate robocalls. */
const IMPORTANT_PAPER =
  /(?:重要|紧急|加急)(?:文件|通知|信件|公文|邮件|材料|函件|事项)|(?:领事|法院|司法)(?:文书|文件|传票)|传票/u;

/** What the bait asks the person to do: collect it, press a key, call back, handle it. */
const CALL_TO_ACTION =
  /(?:您|你)有(?:一份|一封|一个|份|封)?|一份|一封|未领取|尚未|领取|按\s?[0-9一二三四五六七八九]|查询|回电|致电|回拨|转人工|尽快处理|逾期|过期/u;

/** Papers someone may be told to sign or collect. */
const PAPER =
  /文件|材料|表格?|信(?![息心号用任誉])|公函|函件|声明|承诺书|保证书|悔过书|协议书|通知书|回执|文书|手续/u;

/** Everyday signing: contracts, school forms, parcels, the office. */
const EVERYDAY_SIGNING =
  /快递|包裹|外卖|驿站|取件|合同|报名|班主任|老师|家长|公司|经理|老板|同事|客户|报销|审批|银行|房东|租房|入职|医院|手术|律师|成绩单|物业|装修|申请表|保险|水电|录取/u;

export default defineRules('zh', 'official-document-pretext', [
  {
    id: 'sign-in-person',
    tactic: 'official-document-pretext',
    score: 0.75,
    description:
      'A paper the person must sign or collect in person (本人签字, 亲自签收), the bait with or without an authority named.',
    match:
      /(?:需要?|[须得要]|必须)?(?:你|您)?(?:本人|亲自|亲笔)(?:来|到场|过来|确认)?(?:签字|签名|签收|签署|签一下|签个字|签|领取|来领|领)/u,
    near: [
      { pattern: PAPER, within: 25, crossSentence: true },
      { pattern: /你|您/u, within: 30, crossSentence: true },
    ],
    unless: [{ pattern: EVERYDAY_SIGNING, within: 30, factor: 0.3, reason: 'an everyday form or parcel' }],
    examples: {
      match: [
        ['有一份文件需要你本人签字，你看什么时候方便过来。', '文件需要你本人签字'],
        ['您這封信須本人簽收，請盡快來領取。', '您這封信須本人簽收'],
        ['你那份材料必须亲自来领，别人代领不行', '你那份材料必须亲自来领'],
      ],
      noMatch: [
        '快递需要本人签收，我不在家。',
        '成绩单要家长本人签字，明天交给老师。',
        '我本人签字的合同已经寄出',
      ],
    },
  },
  {
    id: 'sign-this-paper',
    tactic: 'official-document-pretext',
    score: 0.7,
    description: 'Tells the person to sign a statement or paper: 有份声明你签一下, 缺你的签名, 签了就没事了.',
    match:
      /(?:[要得请]|需要)?(?:你|您)(?:把它|在上面)?(?:签一下|签个字|签个名|签了吧|签字确认|签名确认|签署)|缺你的?签(?:名|字)|签了?(?:就|以后就)(?:没事|好了|行了|结了)/u,
    near: [{ pattern: PAPER, within: 20, crossSentence: true }],
    unless: [{ pattern: EVERYDAY_SIGNING, within: 30, factor: 0.3, reason: 'an everyday form or contract' }],
    examples: {
      match: [
        ['有份声明你签一下，签完就没事了。', '声明你签一下'],
        ['表格上还缺你的签名，尽快处理。', '表格上还缺你的签名'],
        ['那份保证书签了就没事了', '保证书签了就没事'],
      ],
      noMatch: ['合同你签一下发我，客户在等。', '报名表你签个字交给老师。', '文件我已经签了。'],
    },
  },
  {
    id: 'letter-to-collect',
    tactic: 'official-document-pretext',
    score: 0.75,
    description:
      'A letter or paper "for you" that must be collected or signed for, under a deadline or in person.',
    match: /(?:一|有)[份封件]|(?:给|为)(?:你|您)寄(?:来|了)|(?:你|您)名下(?:有|的)/u,
    near: [
      { pattern: PAPER, within: 8, side: 'after' },
      {
        pattern: /领取|来领|签收|取回|来拿|待领|未领/u,
        within: 30,
        side: 'after',
        crossSentence: true,
      },
      {
        pattern: /本人|逾期|尽快|须|必须|务必|记录在案|作废|过期|三日内|[0-9一二三两]天内|工作日/u,
        within: 50,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /快递|包裹|驿站|取件码|外卖|护照已(?:办好|制作完成)|您的护照|订单/u,
        within: 40,
        factor: 0.3,
        reason: 'a parcel, or a genuine notice that your own passport is ready',
      },
    ],
    examples: {
      match: [
        ['老家给你寄来一封信，必须本人来领。', '给你寄来一封信，必须本人来领'],
        ['您名下有一份公函待领取，请尽快联系工作人员。', '您名下有一份公函待领取，请尽快'],
        ['有封挂号信件需本人签收，请三日内领取', '有封挂号信件需本人签收'],
      ],
      noMatch: [
        '您有一件快递已到驿站，请凭取件码领取。',
        '您的护照已办好，请于工作日到领馆领取。',
        '给你寄了一封信，收到告诉我。',
      ],
    },
  },
  {
    id: 'important-document-pending',
    tactic: 'official-document-pretext',
    score: 0.85,
    description: 'An "important document/notice" the person has and must collect, query or call about.',
    match: IMPORTANT_PAPER,
    near: [{ pattern: CALL_TO_ACTION, within: 20 }],
    examples: {
      match: [
        ['您有一份重要文件尚未领取，请按1转人工。', '您有一份重要文件'],
        ['您的重要通知已逾期，请按9查询', '重要通知已逾期'],
        ['這裡是總領事館，您有一封重要信件', '您有一封重要信件'],
      ],
      noMatch: [
        '重要通知：明天上午停水，请大家提前储水。',
        '近期有不法分子冒充使馆，称您有一份重要文件未领取，请提高警惕。',
        '这份文件很重要，我放你桌上了。',
      ],
    },
  },
  {
    id: 'involved-in-a-case',
    tactic: 'official-document-pretext',
    score: 0.75,
    description:
      "Claims the person's identity, passport or account is implicated in a case (the consulate-robocall script).",
    match: /(?:涉嫌|涉及|卷入|牵涉)(?:一起|一宗|到)?[^,.!?]{0,8}(?:案件|案子|洗钱|诈骗|违法|犯罪|走私|刑事)/u,
    near: [
      { pattern: /您|你/u, within: 15, side: 'before' },
      { pattern: /身份信息|护照|身份证|名下|账户|银行卡|信用卡|包裹|快递/u, within: 20, side: 'before' },
    ],
    unless: [{ pattern: /新闻|报道|据悉|嫌疑人|被告|法院判决/u, within: 30, factor: 0.3, reason: 'news' }],
    examples: {
      match: [
        ['您的身份信息被盗用，涉嫌一起洗钱案件，请按1。', '您的身份信息被盗用，涉嫌一起洗钱案件'],
        ['你名下的银行卡涉及走私案', '你名下的银行卡涉及走私'],
      ],
      noMatch: ['新闻：一名男子涉嫌洗钱被捕。', '我的护照丢了，好像被人拿去涉嫌诈骗，新闻报道过'],
    },
  },
  {
    id: 'document-frozen',
    tactic: 'official-document-pretext',
    score: 0.85,
    description:
      "Claims the person's passport, visa or file is frozen, cancelled or irregular and must be handled.",
    match:
      /(?:护照|签证|证件|身份证|档案|居留)(?:已经|已|将)?被?(?:冻结|注销|停用|作废|锁定|限制使用|异常|(?:存在|出现了?|有|出了)(?:异常|问题))/u,
    near: [{ pattern: /您|你/u, within: 6, side: 'before' }],
    unless: [
      {
        pattern: /我的|我们的/u,
        within: 4,
        side: 'before',
        factor: 0.2,
        reason: "the writer's own document",
      },
    ],
    examples: {
      match: [
        ['您的护照已被冻结，请尽快回电处理。', '您的护照已被冻结'],
        ['你的签证出现异常，需要马上核实', '你的签证出现异常'],
      ],
      noMatch: ['我的护照被注销了，现在重新办。', '使馆提醒：以“护照异常”为由索要信息的都是骗子，请勿理会。'],
    },
  },
  {
    id: 'press-key-consulate',
    tactic: 'official-document-pretext',
    score: 0.7,
    description: 'A recorded call from an embassy or consulate that asks to press a key.',
    match: /请按\s?[0-9一二三四五六七八九]/u,
    near: [
      { pattern: /使馆|领事馆|领馆|公安|通知|文件|业务/u, within: 40, side: 'before', crossSentence: true },
    ],
    examples: {
      match: [
        ['这里是领事馆，您有业务需要办理，请按1', '业务需要办理，请按1'],
        ['【語音】駐洛杉磯總領館通知您，請按2查詢', '通知您，請按2'],
      ],
      noMatch: ['欢迎致电本店，订餐请按1。', '冒充领事馆的电话会说“请按1”，请立即挂断。'],
    },
  },
]);
