import { defineRules } from '../define';

/**
 * Words that alone are no tactic but make a message worth a second look (risk "low"): an
 * identity document or an authority named with no request, as in genuine notices, bookings and
 * news. The corpus labels such messages "low", not "none".
 */
export default defineRules('en', 'cues', [
  {
    id: 'document-word',
    tactic: 'identity-document-request',
    score: 0.3,
    description: 'An identity document is named, with no request.',
    match:
      /\b(?:pas{1,2}p[o0]r?ts?|visas?|id cards?|identity cards?|identity documents?|photo id|national id|id numbers?|residen(?:ce|t) (?:permits?|cards?)|green cards?|travel documents?|hukou|right-to-work document)\b/iu,
    useDefaults: false,
    examples: {
      match: [
        ['Your visa appointment is confirmed.', 'visa'],
        ['Please visit a branch with photo ID.', 'photo ID'],
        ['pasport ready?', 'pasport'],
      ],
      noMatch: ['See you at the football match on Sunday.', 'The Wi-Fi password is on the fridge.'],
    },
  },
  {
    id: 'authority-word',
    tactic: 'authority-claim',
    score: 0.3,
    description: 'An embassy, consulate, police or security body is named.',
    match:
      /\b(?:embass(?:y|ies)|consulates?(?: general)?|consular|police|public security|state security|national security|ministry of (?:public|state) security|security bureau|officers?|authorities)\b/iu,
    useDefaults: false,
    examples: {
      match: [
        ['The consulate will be closed on Monday.', 'consulate'],
        ['Dutch police increased patrols.', 'police'],
      ],
      noMatch: ['The shop will be closed on Monday.', 'The policy changed on Monday.'],
    },
  },
]);
