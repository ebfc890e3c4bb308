import { defineContext } from '../define';
import { REPORTED as REPORTED_RU } from '../ru/_lexicon';
import { NEGATION_AFTER, NEGATION_BEFORE, REPORTED } from './_lexicon';

/**
 * What lowers every Kazakh rule: negation ("ешқашан", "жіберу керек емес"; the negative verb
 * suffix is already excluded by the word lists), and messages that report, warn about or quote
 * a tactic rather than use it. Kazakh news and warnings are often half Russian, so the Russian
 * framing words count too.
 */
export default defineContext(
  'kk',
  [
    { pattern: NEGATION_BEFORE, within: 12, side: 'before', factor: 0.25, reason: 'negated' },
    { pattern: NEGATION_AFTER, within: 8, side: 'after', factor: 0.25, reason: 'negated' },
    { pattern: REPORTED, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
    { pattern: REPORTED_RU, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
  ],
  {
    lowered: [
      'Алаяқтар консулдық атынан қоңырау шалып, паспортыңыздың суретін жіберіңіз дейді. Консулдық мұндай ақпаратты ешқашан сұрамайды.',
      'Amnesty International баяндамасы: полиция шетелдегі қазақтардан жеке куәлігінің көшірмесін жіберуді талап етеді.',
      'Паспорт суретін ешкімге жіберуге болмайды.',
    ],
  },
);
