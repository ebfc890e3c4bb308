import { defineRules } from '../define';
import { AUTHORITY, DOCUMENT, PRESS_KEY } from './_lexicon';

/** Words that alone are no tactic but make a message worth a second look (risk "low"). */
export default defineRules('kk', 'cues', [
  {
    id: 'document-word',
    tactic: 'identity-document-request',
    score: 0.3,
    description: 'An identity document is named, with no request.',
    match: DOCUMENT,
    useDefaults: false,
    examples: {
      match: [
        ['Сіздің жеке куәлігіңіз дайын.', 'жеке куәлігіңіз'],
        ['Визаңыз мақұлданды.', 'Визаңыз'],
      ],
      noMatch: ['Туыстары туралы куәлік беретін адамдар кеңсеге келе алады.', 'Анам ауруханадан шықты.'],
    },
  },
  {
    id: 'authority-word',
    tactic: 'authority-claim',
    score: 0.3,
    description: 'An embassy, consulate, police or security body is named.',
    match: AUTHORITY,
    useDefaults: false,
    examples: {
      match: [
        ['Консулдық дүйсенбі күні жабық.', 'Консулдық'],
        ['Полицияға хабарладық.', 'Полицияға'],
      ],
      noMatch: ['Дүкен дүйсенбі күні жабық.'],
    },
  },
  {
    id: 'press-a-key',
    tactic: 'official-document-pretext',
    score: 0.3,
    description: 'A recorded call asks to press a key, with no document or authority named.',
    match: PRESS_KEY,
    useDefaults: false,
    examples: {
      match: [['Операторға қосылу үшін 0-ді басыңыз.', '0-ді басыңыз']],
      noMatch: ['Сілтемені басыңыз.'],
    },
  },
]);
