import { defineRules } from '../define';
import { AUTHORITY, DOCUMENT } from './_lexicon';

/** Words that alone are no tactic but make a message worth a second look (risk "low"). */
export default defineRules('ug-latn', 'cues', [
  {
    id: 'document-word',
    tactic: 'identity-document-request',
    score: 0.3,
    description: 'An identity document (pasport, kimlik, iqamet, wiza) is named, with no request.',
    match: DOCUMENT,
    useDefaults: false,
    examples: {
      match: [['Ete pasportumni alimen.', 'pasportumni']],
      noMatch: ['Ete bazargha barimen.'],
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
      match: [['Konsulxana düshenbe küni taqilidu.', 'Konsulxana']],
      noMatch: ['Dukan düshenbe küni taqilidu.'],
    },
  },
]);
