import { defineRules } from '../define';
import { DOCUMENT } from './_lexicon';

/** Words that alone are no tactic but make a message worth a second look (risk "low"). */
export default defineRules('en', 'cues', [
  {
    id: 'document-word',
    tactic: 'identity-document-request',
    score: 0.3,
    description: 'An identity document is named, with no request.',
    match: DOCUMENT,
    useDefaults: false,
    examples: {
      match: [['Your visa appointment is confirmed.', 'visa']],
      noMatch: ['See you at the football match on Sunday.'],
    },
  },
  {
    id: 'authority-word',
    tactic: 'authority-claim',
    score: 0.3,
    description: 'An embassy, consulate, police or security body is named.',
    match: /\b(?:embassy|consulate|consular|police|public security|state security|ministry of|officer)\b/iu,
    useDefaults: false,
    examples: {
      match: [['The consulate will be closed on Monday.', 'consulate']],
      noMatch: ['The shop will be closed on Monday.'],
    },
  },
]);
