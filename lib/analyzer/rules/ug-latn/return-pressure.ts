import { defineRules } from '../define';
import { AUTHORITY, HOMELAND, HOMELAND_DATIVE, HOMELAND_STEMS, REWARD, YOUR_RELATIVE } from './_lexicon';

/** Coming home from work, school or the shop: the everyday "come back". */
const EVERYDAY = /(?<!\p{L})(?:oyge|xizmettin|ishtin|mekteptin|dukan|bazar|tamaq|kechlik|sa'?et)\p{L}*/u;

/** A trip the listener is on, or a holiday visit: the way back, not a return home. */
const TRIP =
  /(?<!\p{L})(?:seper|sayahet|tetil|ayrodrom|ayroport|ayropilan|poyiz|aptobus|[ei]lip ?k[ei]tey|kutuwalay|dem ?[ei]lish|toy|bayram|h[ei]yt|yazda|polu)\p{L}*/u;

/** "Back to <somewhere that is not the homeland>", or "back from <a trip>". */
const ELSEWHERE = new RegExp(
  `(?<!\\p{L})(?!${HOMELAND_STEMS}|chet ?el|sirt)\\p{L}+(?<=gha|qa|ge|ke|din|tin)(?= (?:qachan )?qayt)`,
  'u',
);

/** The writer's own return. */
const OWN_RETURN =
  /(?<!\p{L})(?:qayttim|qaytimen|qayttuq|qaytimiz|qaytmaqchimen|qaytip ?keldim|qaytip ?kelduq|keldim|kelduq|k[ei]limen|k[ei]limiz|barimen|barimiz)(?!\p{L})/u;

/** "Come back" / "qaytip kel" in any imperative form, as chat and mixed Turkish messages write it. */
const COME_BACK =
  /(?<![\p{L}'])[qk]ayt[iı]p ?k[ei]l(?:ing|gin|(?!\p{L}))|(?<!\p{L})qayt(?:ing|qin|inglar)(?!\p{L})/u;

export default defineRules('ug-latn', 'return-pressure', [
  {
    id: 'must-return',
    tactic: 'return-pressure',
    score: 0.9,
    description: '"You must come back", "you have to return" (ULY).',
    match:
      /(?<!\p{L})(?:(?:choqum|derhal|t[ei]zdin) )?qayt(?:ip ?k[ei]lishingiz|ishingiz|ip ?k[ei]lishing|ishing) ?(?:k[ei]rek|lazim|shert)|(?<!\p{L})qaytmisingiz ?bolmaydu|(?<!\p{L})(?:choqum|derhal|t[ei]zdin) ?qayt\p{L}*/u,
    examples: {
      match: [
        ['Siz choqum qaytip kélishingiz kérek', 'choqum qaytip kélishingiz kérek'],
        ['derhal qayting, apingiz kesel', 'derhal qayting'],
      ],
      noMatch: ['Ishtin qaytip keldim.'],
    },
  },
  {
    id: 'come-back',
    tactic: 'return-pressure',
    score: 0.6,
    description: '"Qaytip kel(ing)": the imperative "come back", also inside Turkish or English messages.',
    match: COME_BACK,
    unless: [
      { pattern: EVERYDAY, within: 30, side: 'before', factor: 0.4, reason: 'coming home from work' },
      { pattern: TRIP, within: 40, factor: 0.5, reason: 'a trip' },
    ],
    boost: [
      { pattern: HOMELAND, within: 80, factor: 1.3, reason: 'the homeland is named' },
      { pattern: YOUR_RELATIVE, factor: 1.2, reason: 'relatives are invoked' },
      { pattern: AUTHORITY, factor: 1.2, reason: 'an authority speaks' },
    ],
    examples: {
      match: [
        ['Qaytip kel, hemmimiz kütüwatimiz.', 'Qaytip kel'],
        ['Kardeşim, qaytip kel artık.', 'qaytip kel'],
        ['Yurtqa qaytip kéling.', 'qaytip kéling'],
      ],
      noMatch: ['Ishtin qaytip kéling, tamaq teyyar.', 'Qaytip keldim, hemme yaxshi.'],
    },
  },
  {
    id: 'come-home-in-person',
    tactic: 'return-pressure',
    score: 0.8,
    description: '"Come home once and sort it out yourself": coming to the homeland asked for (ULY).',
    match: HOMELAND_DATIVE,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:qaytip ?)?(?:k[ei]lip ?(?:k[ei]ting|ketkin|ket|ketsingiz|ketseng)|k[ei]ling|kelgin|kel|k[ei]lishingiz|kelsingiz|kelseng|k[ei]lisiz|k[ei]lemsiz|k[ei]lemsen|k[ei]lisen|b[ei]ring|barsingiz|b[ei]rishingiz|kelmisingiz|kelmiseng)(?!\p{L})/u,
        within: 30,
        side: 'after',
      },
    ],
    unless: [
      { pattern: OWN_RETURN, within: 30, factor: 0.3, reason: 'the writer’s own trip home' },
      { pattern: TRIP, within: 40, factor: 0.5, reason: 'a holiday visit' },
    ],
    examples: {
      match: [
        ['Yurtqa bir kélip kéting, ishliringizni özingiz bir terep qiling.', 'Yurtqa bir kélip kéting'],
        ['Wetenge qachan kélisiz?', 'Wetenge qachan kélisiz'],
      ],
      noMatch: ['Ete yurtqa kélimen.', 'Yazda yurtqa kelsingiz toygha qatnishisiz.'],
    },
  },
  {
    id: 'if-you-do-not-return',
    tactic: 'return-pressure',
    score: 0.8,
    description: '"If you do not come back…" (ULY).',
    match:
      /(?<!\p{L})(?:qaytip ?kelmisingiz|qaytmisingiz|qaytip ?kelmiseng|qaytmisang|qaytip ?kelmigiche|qaytmighiche)(?!\p{L})/u,
    unless: [
      {
        pattern: /(?<!\p{L})(?:barimiz|barimen|yoqlap|tetil)(?!\p{L})/u,
        within: 60,
        factor: 0.3,
        reason: 'relatives planning a visit',
      },
      { pattern: EVERYDAY, within: 30, side: 'before', factor: 0.3, reason: 'coming home from work' },
    ],
    examples: {
      match: [['Qaytip kelmisingiz ishingiz tügimeydu', 'Qaytip kelmisingiz']],
      noMatch: ['Bu yil qaytip kelmisingiz, biz yazda barimiz.'],
    },
  },
  {
    id: 'when-will-you-return',
    tactic: 'return-pressure',
    score: 0.5,
    description: '"When will you come back?", unless it is the way back from a trip elsewhere (ULY).',
    match:
      /(?<!\p{L})qaytip ?(?:k[ei]lisiz|k[ei]lemsiz|kelmemsiz|k[ei]lisen|k[ei]lemsen)(?!\p{L})|(?<!\p{L})qayt(?:isiz|amsiz|isen|amsen|maqchimu|maqchimsiz)(?!\p{L})/u,
    unless: [
      { pattern: EVERYDAY, within: 30, side: 'before', factor: 0.4, reason: 'coming home from work' },
      { pattern: TRIP, within: 80, factor: 0.4, reason: 'the way back from a trip' },
      { pattern: ELSEWHERE, within: 10, factor: 0.4, reason: 'back to a place that is not the homeland' },
    ],
    boost: [
      { pattern: HOMELAND, within: 60, factor: 1.35, reason: 'the homeland is named' },
      { pattern: YOUR_RELATIVE, factor: 1.2, reason: 'relatives are invoked' },
      { pattern: AUTHORITY, factor: 1.2, reason: 'an authority speaks' },
    ],
    examples: {
      match: [
        ['Qachan qaytip kélisiz?', 'qaytip kélisiz'],
        ['Yurtqa qachan qaytisiz?', 'qaytisiz'],
      ],
      noMatch: [
        'Ishtin qachan qaytip kélisiz? Tamaq teyyar.',
        'Tetildin qachan qaytisiz? Ayrodromgha chiqay.',
      ],
    },
  },
  {
    id: 'return-to-homeland',
    tactic: 'return-pressure',
    score: 0.7,
    description: '"Return to the homeland": a return named with its destination (ULY).',
    match: new RegExp(`(?:${HOMELAND_DATIVE.source}) ?qayt\\p{L}*`, 'u'),
    unless: [{ pattern: OWN_RETURN, within: 0, factor: 0.3, reason: 'the writer’s own trip home' }],
    examples: {
      match: [['Wetenge qaytish waqtingiz keldi', 'Wetenge qaytish']],
      noMatch: ['Ötken yili yurtqa qayttim.'],
    },
  },
  {
    id: 'return-for-a-reward',
    tactic: 'return-pressure',
    score: 0.7,
    description: '"If you come back, we will give you …": a return bargained for (ULY).',
    match: /(?<!\p{L})(?:qaytip ?kelsingiz|qaytsingiz|qaytip ?kelseng|qaytsang)(?!\p{L})/u,
    near: [{ pattern: REWARD, within: 80, side: 'after', crossSentence: true }],
    examples: {
      match: [['Qaytip kelsingiz héchqandaq ish bolmaydu', 'Qaytip kelsingiz héchqandaq ish bolmaydu']],
      noMatch: ['Qaytip kelsingiz manga téléfon qiling.'],
    },
  },
  {
    id: 'time-to-come-back',
    tactic: 'return-pressure',
    score: 0.75,
    description: '"Your time to come back has come": return presented as overdue (ULY).',
    match:
      /(?<!\p{L})qayt(?:idighan|ish) ?waqt(?:ingiz|ing)\p{L}*(?: \p{L}+)? (?:keldi|boldi|otti)(?!\p{L})/u,
    examples: {
      match: [['Sizning qaytidighan waqtingiz allibuburun keldi', 'qaytidighan waqtingiz allibuburun keldi']],
      noMatch: ['Qaytidighan waqtim keldi, xosh!'],
    },
  },
  {
    id: 'stay-abroad-makes-it-worse',
    tactic: 'return-pressure',
    score: 0.7,
    description: '"The longer you stay abroad, the worse it gets" (ULY).',
    match:
      /(?<!\p{L})(?:sirtta|chet ?elde) ?(?:uzun ?|uzaq ?)?(?:turuwersingiz|tursingiz|qalsingiz|turuwermeng|turmang|qalmang|turuwerseng)(?!\p{L})/u,
    near: [
      {
        pattern: /(?<!\p{L})(?:murekkep|[ei]ghir|yaman|chongiy|tes|qiyin|awarichilik|qayt)\p{L}*/u,
        within: 60,
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'Chet elde uzun turuwersingiz ishingiz murekkepliship kétidu',
          'Chet elde uzun turuwersingiz ishingiz murekkepliship',
        ],
      ],
      noMatch: ['Chet elde uzun tursingiz til öginisiz.'],
    },
  },
]);
