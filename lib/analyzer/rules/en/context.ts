import { defineContext } from '../define';

/**
 * What lowers every English rule: negation right before the match, and messages that report,
 * warn about or quote a tactic rather than use it (news, NGO alerts, genuine notices that say
 * what an embassy never asks).
 */
export default defineContext(
  'en',
  [
    {
      pattern: /\b(?:not|never|don't|do not|didn't|won't|will not|no one|nobody|nor)\b/iu,
      within: 12,
      side: 'before',
      factor: 0.25,
      reason: 'negated',
    },
    {
      pattern:
        /\b(?:news|new report|full report|read the (?:full )?report|investigation|according to|researchers? (?:say|found)|warning:|community warning|beware|scam(?:mers)?|fraud(?:sters)?|impersonat\w*|fake calls?|do not press|report it to us|never (?:call|calls|ask|asks)|will never|ignore such)\b/iu,
      factor: 0.3,
      reason: 'reported, quoted or warned about, not used',
    },
  ],
  {
    lowered: [
      'Community warning: people got calls saying "send a copy of your passport to the consulate". Do not reply.',
      'News: police on WeChat asked Uyghurs abroad to send passport copies, a new report says.',
    ],
  },
);
