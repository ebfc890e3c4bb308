import { defineRules } from '../define';
import { MY_RELATIVE, YOUR_RELATIVE } from './_lexicon';

const HARM =
  /(?<!\p{L})(?:élip ?két|tutup ?két|tutul|qolgha ?élin|solan|türmi|türme|lagér|terbiyilesh|xizmitidin ?ayril|ishtin ?heyde|jazalan|awarichilik|béshigha|azab ?chek|teqdiri)\p{L}*/u;

export default defineRules('ug-latn', 'family-leverage', [
  {
    id: 'relatives-with-us',
    tactic: 'family-leverage',
    score: 0.85,
    description: '"Your parents are with us now" (ULY).',
    match: YOUR_RELATIVE,
    near: [
      {
        pattern: /(?<!\p{L})(?:bizning ?yénimizda|yénimizda|qolimizda)(?!\p{L})/u,
        within: 40,
        side: 'after',
      },
    ],
    examples: {
      match: [['Dadingiz hazir qolimizda.', 'Dadingiz hazir qolimizda']],
      noMatch: ['Apingiz bilen bügün bazargha barduq.'],
    },
  },
  {
    id: 'harm-to-relatives',
    tactic: 'family-leverage',
    score: 0.85,
    description: 'Relatives may be taken away, arrested or lose their jobs (ULY).',
    match: new RegExp(`${YOUR_RELATIVE.source}|${MY_RELATIVE.source}`, 'u'),
    near: [{ pattern: HARM, within: 40, side: 'after' }],
    unless: [
      {
        pattern: /(?<!\p{L})(?:doxtur|doxturxan|bazar|mektep|sayahet)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'ordinary family news',
      },
    ],
    examples: {
      match: [
        ['Akingiz türmige kirishi mumkin', 'Akingiz türmige'],
        ['Apamni tutup kétidu', 'Apamni tutup kétidu'],
      ],
      noMatch: ['Apamni doxturxanigha élip kettim.'],
    },
  },
  {
    id: 'think-of-relatives-or-they-suffer',
    tactic: 'family-leverage',
    score: 0.75,
    description: '"Think of your parents", "your mother cries because of you" (ULY).',
    match: YOUR_RELATIVE,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:oylang|oylisingiz|oylap ?béqing|yighla|késel|sizni ?dep|sizge ?baghliq|siz ?sewebl)\p{L}*/u,
        within: 50,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:salam ?éyt|mubarek|saqaydi|xatirjem|séghin|saghin)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'family warmth',
      },
    ],
    examples: {
      match: [['Dadingiz sizni dep késel bolup qaldi', 'Dadingiz sizni dep']],
      noMatch: ['Apingiz késeldin saqaydi, xatirjem bolung.'],
    },
  },
]);
