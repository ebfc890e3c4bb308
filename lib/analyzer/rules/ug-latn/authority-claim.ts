import { defineRules } from '../define';
import { AUTHORITY, AUTHORITY_FROM } from './_lexicon';

const WAS_THERE =
  /(?<!\p{L})(?:qaytip ?k[ei]lip|qaytip ?keldim|keldim|chiqtim|bardim|qayttim|chiqip|qorqimen)(?!\p{L})/u;

const SELF = /(?<!\p{L})(?:men|biz|bizler|bu)(?!\p{L})/u;

const CALLING =
  /(?<!\p{L})(?:t[ei]l[ei]fon|uchur|xet) ?(?:qiliwatimen|qiliwatimiz|qilduq|qildim|yollawatimiz)|(?<!\p{L})(?:sozlewatimen|sozlewatimiz|alaqilishiwatimiz|y[ei]ziwatimen|y[ei]ziwatimiz|namidin)(?!\p{L})/u;

export default defineRules('ug-latn', 'authority-claim', [
  {
    id: 'self-from-authority',
    tactic: 'authority-claim',
    score: 0.9,
    description: 'The writer says they are from the police, state security, an embassy or consulate (ULY).',
    match: AUTHORITY_FROM,
    near: [{ pattern: SELF, within: 60, side: 'before' }],
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
    id: 'calling-from-authority',
    tactic: 'authority-claim',
    score: 0.85,
    description: 'A caller says they are calling or writing from, or in the name of, an authority (ULY).',
    match: AUTHORITY,
    near: [{ pattern: CALLING, within: 40, side: 'after' }],
    unless: [{ pattern: WAS_THERE, within: 0, factor: 0.2, reason: 'the writer only visited' }],
    examples: {
      match: [['Konsulxanidin téléfon qiliwatimiz', 'Konsulxanidin téléfon qiliwatimiz']],
      noMatch: ['Elchixanidin xet keldi.'],
    },
  },
  {
    id: 'i-am-officer',
    tactic: 'authority-claim',
    score: 0.85,
    description: '"I am a police officer", "I am an officer of the public security bureau" (ULY).',
    match:
      /(?<!\p{L})(?:saq(?:ch|c)i|xadim|emeldar|kadir|diplomat|konsul)(?:men|miz)(?!\p{L})|(?<!\p{L})(?:saq(?:ch|c)i|jama'?et ?(?:x|h)ewpsizlik|dolet ?bi(?:x|h)eterlik|el(?:ch|c)i|konsul)\p{L}*(?: \p{L}+){0,3}? (?:xadimi|saqchisi|emeldari|bashliqi|wekili)(?:men|miz)?(?!\p{L})/u,
    examples: {
      match: [
        ['Salam, men saqchimen.', 'saqchimen'],
        ['Men Ürümchi sheherlik saqchi idarisining xadimi, ismim Tursun.', 'saqchi idarisining xadimi'],
      ],
      noMatch: ['Akam saqchi bolup ishleydu.'],
    },
  },
  {
    id: 'this-is-authority',
    tactic: 'authority-claim',
    score: 0.85,
    description: '"This is the consulate general": an authority named as the speaker (ULY).',
    match:
      /(?<!\p{L})(?:saq(?:ch|c)i|el(?:ch|c)i|[kq]onsul)\p{L}*(?: \p{L}+){0,3}(?<=[aie])(?<!gha|ge|qa|ke|da|de|ta|te|ni|di|ti|mu)(?= ?[.!,:;\n]|$)/u,
    near: [{ pattern: /(?<!\p{L})(?:bu|biz|men)(?!\p{L})/u, within: 50, side: 'before' }],
    examples: {
      match: [
        [
          'Bu Junggoning Istanbuldiki bash konsulxanisi. Sizge uqturush bar',
          'Bu Junggoning Istanbuldiki bash konsulxanisi',
        ],
      ],
      noMatch: ['Bu yil elchixanigha barmaqchimen.'],
    },
  },
  {
    id: 'relayed-authority-demand',
    tactic: 'authority-claim',
    score: 0.75,
    description: 'A relative relays what the police or another named authority ask or said (ULY).',
    match: AUTHORITY,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:sorawat|soridi|telep ?qiliwat|telep ?qildi|dewatidu|deydu|d[ei]di|[ei]ytti|tapilidi|sozleshmekchi|korushmekchi|yetkuzup ?qoy)\p{L}*|(?<!\p{L})\p{L}+(?<=idiken|ydiken)(?!\p{L})/u,
        within: 120,
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
