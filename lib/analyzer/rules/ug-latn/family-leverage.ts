import { defineRules } from '../define';
import {
  AUTHORITY,
  IF_YOU_COMPLY,
  MY_RELATIVE,
  NEED,
  RELATIVE_OBJECT,
  SEND,
  US_AT_HOME,
  YOUR_RELATIVE,
} from './_lexicon';

/** Relatives as the anchor: yours, mine, "us at home". */
const FAMILY = new RegExp(
  `${YOUR_RELATIVE.source}|${RELATIVE_OBJECT.source}|${MY_RELATIVE.source}|${US_AT_HOME.source}`,
  'u',
);

/** What may happen to relatives: taken, questioned, jailed, camp, lose a job or pension. */
const HARM =
  /(?<!\p{L})(?:[ei]lip ?k[ei]t|tutup ?k[ei]t|tutul|qolgha ?[ei]lin|solan|turmi|turme|lag[ei]r|terbiyilesh|xizmitidin ?ayril|ishtin ?heyde|jazalan|awarichilik|b[ei]shigha|azab ?chek|teqdiri|soraq|chaqirip ?(?:sora|apar)|chaqirt|chaqiriwat|p[ei]nsiye\p{L}* (?:\p{L}+ )?(?:toxtit|k[ei]s))\p{L}*/u;

/** Suffering for the target's sake. */
const SUFFERING =
  /(?<!\p{L})(?:yighla|yighli|sizni ?dep|s[ei]ni ?dep|siz ?sewebl|sen ?sewebl|sizge ?baghliq|sanga ?baghliq|qolingizda|qolungda)\p{L}*/u;

const THINK = /(?<!\p{L})(?:oylang|oylisingiz|oylap ?b[ei]qing|oyla(?!\p{L})|oylighin)\p{L}*/u;

const LEFT_ALONE =
  /(?<!\p{L})(?:(?:tinch|aram) ?(?:qal|qoy|bol)|aware ?(?:qilma|bolma)|ch[ei]qilma|aman ?(?:qal|bol))\p{L}+(?<=du|miz|diken)(?!\p{L})/u;

const GREETING =
  /(?<!\p{L})(?:salam ?[ei]yt|mubarek|tebrik|s[ei]ghin|saghin|xatirjem ?bol|saqaydi|saqiyip)\p{L}*/u;

const DEMAND = new RegExp(`${SEND.source}|${NEED.source}|${AUTHORITY.source}|(?<!\\p{L})qayt\\p{L}*`, 'u');

export default defineRules('ug-latn', 'family-leverage', [
  {
    id: 'relatives-with-us',
    tactic: 'family-leverage',
    score: 0.85,
    description: '"Your parents are with us now" (ULY).',
    match: YOUR_RELATIVE,
    near: [
      {
        pattern: /(?<!\p{L})(?:bizning ?y[ei]nimizda|y[ei]nimizda|qolimizda)(?!\p{L})/u,
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
    description: 'Relatives may be taken away, questioned, arrested or lose their jobs (ULY).',
    match: FAMILY,
    near: [{ pattern: HARM, within: 40, side: 'after' }],
    unless: [
      {
        pattern: /(?<!\p{L})(?:doxtur|doxturxan|bazar|mektep|sayahet|toy)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'ordinary family news',
      },
    ],
    examples: {
      match: [
        ['Akingiz türmige kirishi mumkin', 'Akingiz türmige'],
        ['Apamni tutup kétidu', 'Apamni tutup kétidu'],
        ['Dadingizni her hepte chaqirip soraq qiliwatidu', 'Dadingizni her hepte chaqirip soraq'],
      ],
      noMatch: ['Apamni doxturxanigha élip kettim.'],
    },
  },
  {
    id: 'comply-and-they-are-left-alone',
    tactic: 'family-leverage',
    score: 0.85,
    description: '"Do as they say and your father will be left alone" (ULY).',
    match: IF_YOU_COMPLY,
    near: [
      { pattern: LEFT_ALONE, within: 60, side: 'after', crossSentence: true },
      { pattern: FAMILY, within: 80, crossSentence: true },
    ],
    examples: {
      match: [
        ['Siz maqul désingiz, ular dadingizni tinch qoyidu', 'maqul désingiz, ular dadingizni tinch qoyidu'],
      ],
      noMatch: ['Maqul désingiz ete bazargha barayli.'],
    },
  },
  {
    id: 'think-of-them-or-they-suffer',
    tactic: 'family-leverage',
    score: 0.75,
    description:
      '"Think of your parents / of us", "your mother cries because of you", "it depends on you" (ULY).',
    match: new RegExp(`${FAMILY.source}`, 'u'),
    near: [
      { pattern: new RegExp(`${SUFFERING.source}|${THINK.source}`, 'u'), within: 50, crossSentence: true },
    ],
    unless: [{ pattern: GREETING, within: 40, factor: 0.3, reason: 'family warmth' }],
    examples: {
      match: [
        ['Dadingiz sizni dep késel bolup qaldi', 'Dadingiz sizni dep'],
        ['Bizni oylang, ular dégenni qiling', 'Bizni oylang'],
      ],
      noMatch: ['Apingiz késeldin saqaydi, xatirjem bolung.'],
    },
  },
  {
    id: 'harder-on-them-if-you-do-not',
    tactic: 'family-leverage',
    score: 0.8,
    description: '"If you do not come back, it will be harder on her" (ULY).',
    match:
      /(?<!\p{L})(?:uninggha|ulargha|oydikilerge|a'?ilingizge|bizge)(?: t[ei]ximu| bek)? ?(?:[ei]ghir|tes|yaman|yaxshi ?bolmaydu|awarichilik)\p{L}*/u,
    near: [
      {
        pattern: /(?<!\p{L})\p{L}+(?<=misingiz|misang|miseng)(?!\p{L})/u,
        within: 60,
        side: 'before',
        crossSentence: true,
      },
    ],
    examples: {
      match: [['Qaytmisingiz uninggha téximu éghir kélidu', 'Qaytmisingiz uninggha téximu éghir']],
      noMatch: ['Kelmisingiz bizge éytip qoyung.'],
    },
  },
  {
    id: 'relative-ill-come-back',
    tactic: 'family-leverage',
    score: 0.6,
    description: 'A relative’s illness set beside a call to come back (ULY).',
    match: YOUR_RELATIVE,
    near: [
      {
        pattern: /(?<!\p{L})(?:k[ei]sel|aghrip|aghriq|orun ?tutup|doxturxanida)\p{L}*/u,
        within: 40,
        side: 'after',
      },
      {
        pattern: /(?<!\p{L})(?:qayt|kelmisingiz|kelmiseng|k[ei]ling|kelgin)\p{L}*/u,
        within: 150,
        crossSentence: true,
      },
    ],
    unless: [{ pattern: GREETING, factor: 0.3, reason: 'family health news' }],
    examples: {
      match: [
        ['Anangiz aghrip yétip qaldi, qachan qaytisiz?', 'Anangiz aghrip yétip qaldi, qachan qaytisiz'],
      ],
      noMatch: ['Anangiz késeldin saqiyip qaldi, qachan qaytisiz?'],
    },
  },
  {
    id: 'relative-distress-with-demand',
    tactic: 'family-leverage',
    score: 0.7,
    description: 'A relative who cannot sleep or go out, in a message carrying a demand (ULY).',
    match: FAMILY,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:uxliyalma|uxliyalmi|chiqalma|chiqalmi|yighlap|yighlawat|ensirep|qorqup)\p{L}*/u,
        within: 40,
        side: 'after',
      },
      { pattern: DEMAND, within: 200, crossSentence: true },
    ],
    unless: [{ pattern: GREETING, within: 60, factor: 0.3, reason: 'family warmth' }],
    examples: {
      match: [
        [
          'Pasport numurini sorawatidu, bériwéting, apam uxliyalmaywatidu',
          'sorawatidu, bériwéting, apam uxliyalmaywatidu',
        ],
      ],
      noMatch: ['Apam uxliyalmaywatidu, doxturgha barduq. Salam éytti.'],
    },
  },
]);
