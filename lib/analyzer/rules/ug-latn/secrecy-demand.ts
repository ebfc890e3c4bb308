import { defineRules } from '../define';

export default defineRules('ug-latn', 'secrecy-demand', [
  {
    id: 'tell-no-one',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: '"Tell no one" (ULY).',
    match:
      /(?<!\p{L})(?:h[éi](?:ch|c)kim|a'?ilingiz|ata-?\s?aningiz)\p{L}* (?:démeng|démigin|éytmang|bildürmeng|sözlimeng)(?!\p{L})|(?<!\p{L})h[éi](?:ch|c)kim ?bilmisun(?!\p{L})/u,
    unless: [
      {
        pattern: /(?<!\p{L})(?:sowgha|tughulghan ?kün|toy)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'a surprise among friends',
      },
    ],
    examples: {
      match: [['Bu ishni héchkimge éytmang', 'héchkimge éytmang']],
      noMatch: ['Héchkimge démeymen, xatirjem bolung.'],
    },
  },
  {
    id: 'move-to-other-app',
    tactic: 'secrecy-demand',
    score: 0.75,
    description: '"Add me on WeChat", "let us talk elsewhere" (ULY).',
    match: /(?<!\p{L})(?:wichat|wéchat|wéyshin|wechat|weixin|télégram|telegram|signal)\p{L}*/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:qo(?:sh|s)uwéling|qoshuwalghin|qoshung|qoshup ?qoyung|alaqilishayli|sözlisheyli|parangliashayli)\p{L}*/u,
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
