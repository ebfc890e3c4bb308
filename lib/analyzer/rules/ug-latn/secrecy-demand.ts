import { defineRules } from '../define';

const SURPRISE = /(?<!\p{L})(?:sowgha|tughulghan ?kun|toy|surpriz)\p{L}*/u;

export default defineRules('ug-latn', 'secrecy-demand', [
  {
    id: 'tell-no-one',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: '"Tell no one", "do not tell your family / the association" (ULY).',
    match:
      /(?<!\p{L})(?:h[ei](?:ch|c)kim|a'?ilingiz|ata-?\s?aningiz|dost|sawaqd[ai]sh|yataqd[ai]sh|jem'?iy[ei]t|meschit|adwokat|muxbir|ayalingiz|[ei]ringiz)\p{L}* (?:bu ?(?:heqte|ishni|gepni) ?)?(?:d[ei]meng|d[ei]migin|[ei]ytmang|[ei]ytma|bildurmeng|sozlimeng|eghiz ?achmang)(?!\p{L})|(?<!\p{L})h[ei](?:ch|c)kim ?bilmisun(?!\p{L})/u,
    unless: [
      { pattern: SURPRISE, within: 40, factor: 0.3, reason: 'a surprise among friends' },
      {
        pattern: /(?<!\p{L})(?:kod|parol|sms|otp)\p{L}*/u,
        within: 40,
        factor: 0.2,
        reason: 'a code kept secret',
      },
    ],
    examples: {
      match: [['Bu ishni héchkimge éytmang', 'héchkimge éytmang']],
      noMatch: ['Héchkimge démeymen, xatirjem bolung.'],
    },
  },
  {
    id: 'between-us',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: '"This stays between the two of us" (ULY).',
    match: /(?<!\p{L})(?:ikkimizning ?arisida|arimizda) ?(?:qalsun|qalidu)(?!\p{L})/u,
    unless: [{ pattern: SURPRISE, within: 40, factor: 0.3, reason: 'a surprise among friends' }],
    examples: {
      match: [['Bu gep ikkimizning arisida qalsun', 'ikkimizning arisida qalsun']],
      noMatch: ['Arimizda héchqandaq mesile yoq.'],
    },
  },
  {
    id: 'delete-it',
    tactic: 'secrecy-demand',
    score: 0.75,
    description: '"Delete this message after reading" (ULY).',
    match:
      /(?<!\p{L})(?:uchurni|uchurlarni|xetni|buni|parangni|sohbetni|xatirisini) ?(?:oqup ?bolup ?)?(?:ochuruw[ei]ting|ochurung|ochurup ?tashlang|tazilang)(?!\p{L})/u,
    examples: {
      match: [['Bu uchurni öchürüwéting', 'uchurni öchürüwéting']],
      noMatch: ['Kona resimlerni öchürdüm.'],
    },
  },
  {
    id: 'move-to-other-app',
    tactic: 'secrecy-demand',
    score: 0.75,
    description: '"Add me on WeChat", "let us talk on Signal" (ULY).',
    match: /(?<!\p{L})(?:w[ei]chat|w[ei]yshin|weixin|t[ei]l[ei]gram|signal)\p{L}*/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:qo(?:sh|s)uw[ei]ling|qoshuwalghin|qoshung|qoshup ?qoyung|alaqilishayli|sozlisheyli|paranglishayli|yazishayli|oteyli)\p{L}*/u,
        within: 30,
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:gurupp|gurup)\p{L}*/u,
        within: 30,
        factor: 0.4,
        reason: 'joining a group chat',
      },
    ],
    examples: {
      match: [['Méni wichatta qoshung, u yerde sözlisheyli', 'wichatta qoshung']],
      noMatch: ["Jem'iyetning wichat guruppisigha qoshuwéling."],
    },
  },
]);
