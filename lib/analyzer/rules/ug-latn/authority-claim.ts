import { defineRules } from '../define';
import { AUTHORITY, AUTHORITY_FROM } from './_lexicon';

const WAS_THERE = /(?<!\p{L})(?:qaytip ?kélip|qaytip ?keldim|keldim|chiqtim|bardim|qayttim|chiqip)(?!\p{L})/u;

export default defineRules('ug-latn', 'authority-claim', [
  {
    id: 'self-from-authority',
    tactic: 'authority-claim',
    score: 0.9,
    description: 'The writer says they are from the police, state security, an embassy or consulate (ULY).',
    match: AUTHORITY_FROM,
    near: [{ pattern: /(?<!\p{L})(?:men|biz|bizler|bu)(?!\p{L})/u, within: 60, side: 'before' }],
    unless: [
      { pattern: WAS_THERE, within: 15, side: 'after', factor: 0.2, reason: 'the writer only visited' },
    ],
    examples: {
      match: [
        ['Yaxshimusiz, men sheherlik saqchi idarisidin.', 'men sheherlik saqchi idarisidin'],
        ['Bu elchixanidin, siz bilen sözleshmekchimiz', 'Bu elchixanidin'],
        ['Biz dölet bixeterlikidin', 'Biz dölet bixeterlikidin'],
      ],
      noMatch: ['Men saqchi idarisidin hazir qaytip keldim.', 'Bu men from the police station.'],
    },
  },
  {
    id: 'i-am-officer',
    tactic: 'authority-claim',
    score: 0.85,
    description: '"I am a police officer" (ULY).',
    match: /(?<!\p{L})(?:saq(?:ch|c)i|xadim|emeldar|kadir|diplomat|konsul)(?:men|miz)(?!\p{L})/u,
    examples: {
      match: [['Salam, men saqchimen.', 'saqchimen']],
      noMatch: ['Akam saqchi bolup ishleydu.'],
    },
  },
  {
    id: 'relayed-authority-demand',
    tactic: 'authority-claim',
    score: 0.75,
    description: 'A relative relays what the police or another named authority ask or want (ULY).',
    match: AUTHORITY,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:sorawat|soridi|telep ?qiliwat|telep ?qildi|dewatidu|sözleshmekchi|körüshmekchi|yetküzüp ?qoy)\p{L}*/u,
        within: 80,
        side: 'after',
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'Saqchilar yene keldi. Ular adresingizni sorawatidu',
          'Saqchilar yene keldi. Ular adresingizni sorawatidu',
        ],
      ],
      noMatch: ['Saqchilar öyge keldi, andin ketti.'],
    },
  },
]);
