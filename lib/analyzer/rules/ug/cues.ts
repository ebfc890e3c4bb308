import { defineRules } from '../define';
import { AUTHORITY, DOCUMENT } from './_lexicon';

/** Words that alone are no tactic but make a message worth a second look (risk "low"). */
export default defineRules('ug', 'cues', [
  {
    id: 'document-word',
    tactic: 'identity-document-request',
    score: 0.3,
    description:
      'An identity document (passport, ID card, residence permit, visa) is named, with no request.',
    match: DOCUMENT,
    useDefaults: false,
    examples: {
      match: [
        ['ئەتە پاسپورتۇمنى ئالىمەن.', 'پاسپورتۇمنى'],
        ['ئىقامەت ئىلتىماسىم قوبۇل قىلىندى', 'ئىقامەت'],
      ],
      noMatch: ['ئەتە بازارغا بارىمەن.'],
    },
  },
  {
    id: 'authority-word',
    tactic: 'authority-claim',
    score: 0.3,
    description: 'Police, state security, an embassy or a consulate is named.',
    match: AUTHORITY,
    useDefaults: false,
    examples: {
      match: [
        ['كونسۇلخانا دۈشەنبە كۈنى تاقىلىدۇ.', 'كونسۇلخانا'],
        ['ساقچىلار كەلدى', 'ساقچىلار'],
      ],
      noMatch: ['دۇكان دۈشەنبە كۈنى تاقىلىدۇ.'],
    },
  },
  {
    id: 'threat-word',
    tactic: 'threat-of-harm',
    score: 0.25,
    description: 'Threats or intimidation are spoken of (advice, reports), with no threat made.',
    match: /(?:تەھدىت|قورقۇت|پوپوزا)\p{L}*/u,
    useDefaults: false,
    examples: {
      match: [['تەھدىت ئۇچۇرى كەلسە بىزگە ئېيتىڭ', 'تەھدىت']],
      noMatch: ['ئۇچۇرىڭىز كەلدى.'],
    },
  },
  {
    id: 'important-document-word',
    tactic: 'official-document-pretext',
    score: 0.25,
    description: 'An "important document" or notice is mentioned without a demand.',
    match: /مۇھىم ?(?:ھۆججەت|ھۆججىت)\p{L}*/u,
    useDefaults: false,
    examples: {
      match: [['مۇھىم ھۆججەتلىرىڭىزنى ساقلاڭ', 'مۇھىم ھۆججەتلىرىڭىزنى']],
      noMatch: ['مۇھىم ئىش يوق.'],
    },
  },
]);
