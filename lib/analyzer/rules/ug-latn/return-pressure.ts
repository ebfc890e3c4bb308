import { defineRules } from '../define';
import { HOMELAND } from './_lexicon';

const EVERYDAY = /(?<!\p{L})(?:öyge|xizmettin|ishtin|mekteptin|dukan|bazar|tamaq|kechlik|sa'?et)\p{L}*/u;

export default defineRules('ug-latn', 'return-pressure', [
  {
    id: 'must-return',
    tactic: 'return-pressure',
    score: 0.9,
    description: '"You must come back" (ULY).',
    match:
      /(?<!\p{L})(?:(?:choqum|derhal|tézdin) )?qayt(?:ip ?kélishingiz|ishingiz) ?(?:kérek|lazim|shert)|(?<!\p{L})qaytmisingiz ?bolmaydu/u,
    examples: {
      match: [['Siz choqum qaytip kélishingiz kérek', 'choqum qaytip kélishingiz kérek']],
      noMatch: ['Ishtin qaytip keldim.'],
    },
  },
  {
    id: 'if-you-do-not-return',
    tactic: 'return-pressure',
    score: 0.8,
    description: '"If you do not come back…" (ULY).',
    match: /(?<!\p{L})(?:qaytip ?kelmisingiz|qaytmisingiz|qaytip ?kelmiseng|qaytmisang)(?!\p{L})/u,
    unless: [
      {
        pattern: /(?<!\p{L})(?:barimiz|barimen|yoqlap|tetil)(?!\p{L})/u,
        within: 60,
        factor: 0.3,
        reason: 'relatives planning a visit',
      },
      { pattern: EVERYDAY, within: 30, factor: 0.3, reason: 'coming home from work or school' },
    ],
    examples: {
      match: [['Qaytip kelmisingiz ishingiz tügimeydu', 'Qaytip kelmisingiz']],
      noMatch: ['Bu yil qaytip kelmisingiz, biz yazda barimiz.'],
    },
  },
  {
    id: 'come-back-home',
    tactic: 'return-pressure',
    score: 0.65,
    description: '"Come back" / "when will you come back", raised when the homeland is named (ULY).',
    match:
      /(?<!\p{L})qaytip ?(?:kéling|kelgin|kélisiz|kélemsiz|kelmemsiz|kelsingiz)(?!\p{L})|(?<!\p{L})qayt(?:ing|isiz|amsiz)(?!\p{L})/u,
    unless: [{ pattern: EVERYDAY, within: 30, factor: 0.4, reason: 'coming home from work or school' }],
    boost: [{ pattern: HOMELAND, within: 60, factor: 1.35, reason: 'the homeland is named' }],
    examples: {
      match: [['Qachan qaytip kélisiz?', 'qaytip kélisiz']],
      noMatch: ['Ishtin qachan qaytip kélisiz? Tamaq teyyar.'],
    },
  },
]);
