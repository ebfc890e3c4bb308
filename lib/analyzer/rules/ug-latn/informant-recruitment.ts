import { defineRules } from '../define';
import { COMMUNITY, SEND } from './_lexicon';

const REPORT =
  /(?<!\p{L})(?:(?:bizge ?)?éytip ?(?:béring|turung)|bizge ?éyting|(?:xewer|melumat|uchur|doklat)(?:ni)? ?(?:qilip ?turung|qiling|béring|yetküzüng|yollang|ewetting)|yetküzüp ?(?:béring|turung)|bildürüp ?turung)\p{L}*/u;

export default defineRules('ug-latn', 'informant-recruitment', [
  {
    id: 'who-attends',
    tactic: 'informant-recruitment',
    score: 0.85,
    description: '"Who attends the association meeting?" (ULY).',
    match: /(?<!\p{L})kim(?:-kim)?ler\p{L}*/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:qatnish|qatnash|kélidu|kéliwatidu|keldi|baridu|bardi|yighil|uchrash|alaqilish)\p{L}*/u,
        within: 30,
      },
      { pattern: COMMUNITY, within: 80, crossSentence: true },
    ],
    examples: {
      match: [["Jem'iyetning yighinigha kimler keldi?", 'yighinigha kimler keldi']],
      noMatch: ['Toygha kimler kélidu?'],
    },
  },
  {
    id: 'send-their-names',
    tactic: 'informant-recruitment',
    score: 0.85,
    description: 'A request for the names or list of other people (ULY).',
    match: /(?<!\p{L})(?:isimliri|isimlik|isim ?tizimlik|ezalar ?tizimlik)\p{L}*/u,
    near: [{ pattern: new RegExp(`${SEND.source}|${REPORT.source}`, 'u'), within: 40 }],
    unless: [
      { pattern: /(?<!\p{L})tizimlit\p{L}*/u, factor: 0.3, reason: 'an organiser collecting sign-ups' },
    ],
    examples: {
      match: [['Ezalarning isimlirini yollang', 'isimlirini yollang']],
      noMatch: ['Meshrepke tizimlitish üchün isimliringlarni yollang.'],
    },
  },
  {
    id: 'report-on-others',
    tactic: 'informant-recruitment',
    score: 0.8,
    description: '"Keep us informed" about a group, meeting or other people (ULY).',
    match: REPORT,
    near: [
      {
        pattern: new RegExp(`${COMMUNITY.source}|(?<!\\p{L})kim\\p{L}*|(?<!\\p{L})isim\\p{L}*`, 'u'),
        within: 80,
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          "Jem'iyette néme ishlar boluwatidu, bizge xewer qilip turung",
          "Jem'iyette néme ishlar boluwatidu, bizge xewer qilip turung",
        ],
      ],
      noMatch: ['Apingizning ehwalini bizge éytip béring.'],
    },
  },
]);
