import { defineContext } from '../define';
import { REPORTED as REPORTED_KK } from '../kk/_lexicon';
import { NEGATION, REPORTED } from './_lexicon';

/**
 * What lowers every Russian rule: negation right before the match ("не отправляйте"), and
 * messages that report, warn about or quote a tactic rather than use it (news, NGO reports,
 * scam warnings that say what an embassy never asks). Russian text in Kazakhstan mixes in
 * Kazakh, so the Kazakh framing words count too.
 */
export default defineContext(
  'ru',
  [
    { pattern: NEGATION, within: 12, side: 'before', factor: 0.25, reason: 'negated' },
    { pattern: REPORTED, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
    { pattern: REPORTED_KK, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
  ],
  {
    lowered: [
      'Осторожно, мошенники: звонят от имени консульства и просят отправить фото паспорта. Консульство никогда не просит такие данные.',
      'По данным правозащитников, полиция требует от уйгуров за границей присылать копии паспортов и угрожает их родителям.',
      'Никогда не отправляйте фото паспорта незнакомым людям в WeChat.',
    ],
  },
);
