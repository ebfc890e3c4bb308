import { defineRules } from '../define';
import { AUTHORITY, DOCUMENT } from './_lexicon';

/** Words that alone are no tactic but make a message worth a second look (risk "low"). */
export default defineRules('zh', 'cues', [
  {
    id: 'document-word',
    tactic: 'identity-document-request',
    score: 0.3,
    description: 'An identity document is named, with no request.',
    match: DOCUMENT,
    useDefaults: false,
    examples: {
      match: [
        ['请携带有效护照提前到达机场。', '护照'],
        ['乘车请携带有效身份證件', '身份證件'],
      ],
      noMatch: ['周六社区有春节联欢会，带孩子一起来玩！', '合同已经签好了，下周寄给你。'],
    },
  },
  {
    id: 'authority-word',
    tactic: 'authority-claim',
    score: 0.3,
    description: 'An embassy, consulate, police or security body is named.',
    match: AUTHORITY,
    useDefaults: false,
    examples: {
      match: [
        ['【中国驻土耳其使馆】国庆节期间业务暂停办理。', '使馆'],
        ['派出所就在路口。', '派出所'],
      ],
      noMatch: ['王经理，合同我已经发到你邮箱了。', '我们小区的保安很负责。'],
    },
  },
  {
    id: 'consular-paperwork-word',
    tactic: 'official-document-pretext',
    score: 0.3,
    description: 'Consular paperwork or an "important document" is named, with no call to act.',
    match: /重要(?:文件|通知)|领事证件|领事业务/u,
    useDefaults: false,
    examples: {
      match: [
        ['以“重要文件”为由索要信息', '重要文件'],
        ['领事证件业务暂停办理', '领事证件'],
      ],
      noMatch: ['这份合同很重要。', '通知：明天放假。'],
    },
  },
  {
    id: 'customs-hold-word',
    tactic: 'delivery-pretext',
    score: 0.3,
    description: 'A parcel held by customs, with no call-back or link.',
    match: /(?:包裹|快件|快递)(?:被|已被)?(?:海关)?(?:暂扣|扣押|扣留)/u,
    useDefaults: false,
    examples: {
      match: [
        ['您的包裹被海关扣留。', '包裹被海关扣留'],
        ['快件已被暂扣', '快件已被暂扣'],
      ],
      noMatch: ['您的包裹已签收。', '快递员正在派送中。'],
    },
  },
]);
