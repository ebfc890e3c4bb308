import { defineRules } from '../define';

/** "Important document/notice" and its kin, the bait of consulate robocalls. */
const IMPORTANT_PAPER =
  /(?:重要|紧急|加急)(?:文件|通知|信件|公文|邮件|材料|函件|事项)|(?:领事|法院|司法)(?:文书|文件|传票)|传票/u;

/** What the bait asks the person to do: collect it, press a key, call back, handle it. */
const CALL_TO_ACTION =
  /(?:您|你)有(?:一份|一封|一个|份|封)?|一份|一封|未领取|尚未|领取|按\s?[0-9一二三四五六七八九]|查询|回电|致电|回拨|转人工|尽快处理|逾期|过期/u;

export default defineRules('zh', 'official-document-pretext', [
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
    id: 'document-frozen',
    tactic: 'official-document-pretext',
    score: 0.85,
    description:
      "Claims the person's passport, visa or file is frozen, cancelled or irregular and must be handled.",
    match:
      /(?:护照|签证|证件|身份证|档案|居留)(?:已经|已|将)?被?(?:冻结|注销|停用|作废|锁定|限制使用|异常|(?:存在|出现了?)(?:异常|问题))/u,
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
