import { defineRules } from '../define';
import { AUTHORITY, DOCUMENT, PRESS_KEY } from './_lexicon';

/** Words that alone are no tactic but make a message worth a second look (risk "low"). */
export default defineRules('ru', 'cues', [
  {
    id: 'document-word',
    tactic: 'identity-document-request',
    score: 0.3,
    description: 'An identity document is named, with no request.',
    match: DOCUMENT,
    useDefaults: false,
    examples: {
      match: [
        ['Ваша виза в Германию готова.', 'виза'],
        ['Паспорт можно забрать с 10:00.', 'Паспорт'],
      ],
      noMatch: ['Ваша посылка прибыла в постамат.', 'Собрание переносится на пятницу.'],
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
        ['Консульство не работает в понедельник.', 'Консульство'],
        ['В МВД сказали ждать.', 'МВД'],
      ],
      noMatch: ['Магазин не работает в понедельник.', 'Консультация врача в 15:00.'],
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
      match: [['Для связи с оператором нажмите 0.', 'нажмите 0']],
      noMatch: ['Нажмите на ссылку в письме.'],
    },
  },
]);
