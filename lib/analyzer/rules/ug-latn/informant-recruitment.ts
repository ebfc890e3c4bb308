import { defineRules } from '../define';
import { COMMUNITY, NEED, SEND, TELL } from './_lexicon';

/** Tell us, keep us informed, write it up after each meeting, find out (ULY). */
const REPORT =
  /(?<!\p{L})(?:(?:bizge ?|manga ?)?[ei]ytip ?(?:b[ei]ring|turung|bersingiz|tursingiz)|bizge ?[ei]yting|(?:xewer|hewer|melumat|uchur|doklat|ehwal)(?:ni)? ?(?:qilip ?(?:turung|tursingiz|bersingiz)|qiling|qilsingiz|b[ei]ring|b[ei]rip ?(?:turung|tursingiz)|yetkuzung|yollang|ewet(?:ing|ip ?turung))|yetkuzup ?(?:b[ei]ring|turung|tursingiz|bersingiz)|bildurup ?(?:turung|tursingiz)|uqturup ?(?:turung|tursingiz)|y[ei]zip ?(?:b[ei]ring|bersingiz|turung|tursingiz|b[ei]rip ?(?:turung|tursingiz)|ewet|yollang)|bilip ?(?:b[ei]ring|bersingiz))\p{L}*/u;

/** Other people, and the content of a meeting. */
const OTHERS =
  /(?<!\p{L})(?:kim(?!lik)|isim|ismi|eza|qatnashquchi|bashqa ?uyghur|uyghurlar|dostliringiz|sawaqdash)\p{L}*|(?<!\p{L})n[ei]me ?(?:d[ei]di|d[ei]gen|d[ei]yildi|gepler|ishlar|qarar)\p{L}*/u;

const ATTEND =
  /(?<!\p{L})(?:qatnish|qatnash|k[ei]lidu|k[ei]liwatidu|keldi|kelgen|baridu|bardi|yighil|uchrash|alaqilish|soz ?qil|sozli|riyaset|teshkill)\p{L}*/u;

const OWN_EVENT = {
  pattern: /(?<!\p{L})(?:orun|orunduq|teyyarla|tamaq|ash|tizimlit|teklip|b[ei]let|m[ei]hman|aptobus)\p{L}*/u,
  within: 80,
  factor: 0.3,
  reason: 'an organiser planning an event',
};

export default defineRules('ug-latn', 'informant-recruitment', [
  {
    id: 'who-attends',
    tactic: 'informant-recruitment',
    score: 0.85,
    description: '"Who attends the association meeting?" (ULY).',
    match: /(?<!\p{L})kim(?:-kim)?ler\p{L}*/u,
    near: [
      { pattern: ATTEND, within: 30 },
      { pattern: COMMUNITY, within: 80, crossSentence: true },
    ],
    unless: [OWN_EVENT],
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
    match:
      /(?<!\p{L})(?:isimliri|isimlik|isim ?tizimlik|ezalar ?tizimlik)\p{L}*|(?<!\p{L})\p{L}+(?<=larning|lerning|lirining) (?:isim|ismi)\p{L}*/u,
    near: [
      {
        pattern: new RegExp(`${SEND.source}|${TELL.source}|${REPORT.source}|${NEED.source}`, 'u'),
        within: 50,
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:tizimlit|m[ei]hmanlar|orunduq|aptobus)\p{L}*/u,
        factor: 0.3,
        reason: 'an organiser collecting sign-ups',
      },
    ],
    examples: {
      match: [['Ezalarning isimlirini yollang', 'Ezalarning isimlirini yollang']],
      noMatch: ['Meshrepke tizimlitish üchün isimliringlarni yollang.'],
    },
  },
  {
    id: 'report-on-others',
    tactic: 'informant-recruitment',
    score: 0.8,
    description: '"Keep us informed / write to us after each meeting" about a group or other people (ULY).',
    match: REPORT,
    near: [
      { pattern: new RegExp(`${COMMUNITY.source}|${OTHERS.source}`, 'u'), within: 100, crossSentence: true },
    ],
    examples: {
      match: [
        [
          "Jem'iyette néme ishlar boluwatidu, bizge xewer qilip turung",
          'néme ishlar boluwatidu, bizge xewer qilip turung',
        ],
        [
          'Yighindin kéyin kim néme dégenlikini yézip bérip tursingiz',
          'néme dégenlikini yézip bérip tursingiz',
        ],
      ],
      noMatch: ['Apingizning ehwalini bizge éytip béring.'],
    },
  },
]);
