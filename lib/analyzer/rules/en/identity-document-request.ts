import { defineRules } from '../define';
import { DOCUMENT, OWN, REQUEST } from './_lexicon';

export default defineRules('en', 'identity-document-request', [
  {
    id: 'request-near-document',
    tactic: 'identity-document-request',
    score: 0.85,
    description: 'A request verb in the same sentence as an identity document or its number.',
    match: DOCUMENT,
    near: [{ pattern: REQUEST, within: 45 }],
    unless: [
      { pattern: OWN, within: 0, factor: 0.2, reason: "the writer's own document" },
      {
        pattern: /\b(?:hr portal|onboarding|first day|right-to-work|payroll|kyc|branch|hotel|reception|check-in)\b/iu,
        factor: 0.3,
        reason: 'an employer, bank or hotel formality',
      },
    ],
    examples: {
      match: [
        ['Please send me a copy of your passport.', 'send me a copy of your passport'],
        ['now they want ur wife\'s passport number too', "want ur wife's passport number"],
        ['Customs requires the consignee\'s passport copy before release.', "requires the consignee's passport"],
        ['Reply with a scan of your pasport and ID card today', 'scan of your pasport'],
      ],
      noMatch: [
        'My passport appointment is Tuesday.',
        "I've scanned my passport for the hotel booking, could you forward it?",
        'Bring your original passport and two photos to the visa appointment.',
        'Please upload a copy of your passport to the HR portal before your first day.',
        'Do not send your passport to anyone who calls you.',
      ],
    },
  },
]);
