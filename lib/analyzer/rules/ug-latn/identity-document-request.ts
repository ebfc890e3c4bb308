import { defineRules } from '../define';
import { DOCUMENT, FORMALITY, NEED, OWN_DOCUMENT, SEND, TURKISH } from './_lexicon';

const GIVEN_TO_RELATIVES =
  /(?<!\p{L})(?:ata-?\s?an[ai]|ap[ai]|dad[ai]|a'?il[ei]|tughqanlir[ei]|balilir[ei]|ular)\p{L}*(?<=gha|ge|qa|ke)(?!\p{L})/u;

export default defineRules('ug-latn', 'identity-document-request', [
  {
    id: 'send-document',
    tactic: 'identity-document-request',
    score: 0.9,
    description:
      'A request to send, upload or photograph a passport, ID card, residence permit or visa (ULY).',
    match: DOCUMENT,
    near: [{ pattern: SEND, within: 50, crossSentence: true }],
    unless: [
      { pattern: OWN_DOCUMENT, within: 0, factor: 0.2, reason: "the writer's own document" },
      { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
      {
        pattern: GIVEN_TO_RELATIVES,
        within: 3,
        side: 'before',
        factor: 0.2,
        reason: 'documents offered to relatives',
      },
    ],
    examples: {
      match: [
        ['Pasportingizning resimini tézdin ewetip béring.', 'Pasportingizning resimini tézdin ewetip béring'],
        ['kimlik kartingizni süretke tartip yollang', 'kimlik kartingizni süretke tartip yollang'],
        ['iqamitingizning köpeytilmisini ewetsingiz', 'iqamitingizning köpeytilmisini ewetsingiz'],
      ],
      noMatch: [
        'Pasportumni ewetip béring dédi, özüm barimen.',
        'Xizmetke kirish üchün pasportingizning köpeytilmisini yollang.',
        'Please send me a copy of your passport.',
        'Pasaportunun fotoğrafını gönder.',
      ],
    },
  },
  {
    id: 'document-needed',
    tactic: 'identity-document-request',
    score: 0.75,
    description: 'Someone needs or asks for a passport, ID or its number (also relayed).',
    match: DOCUMENT,
    near: [{ pattern: NEED, within: 40, crossSentence: true }],
    unless: [
      { pattern: OWN_DOCUMENT, within: 0, factor: 0.2, reason: "the writer's own document" },
      { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
      { pattern: TURKISH, factor: 0.3, reason: 'a Turkish sentence, read by the Turkish rules' },
    ],
    examples: {
      match: [['Ular yenggemning pasport numurini sorawatidu', 'pasport numurini sorawatidu']],
      noMatch: [
        'Pasportumni yéngilash kérek.',
        'Banka hésabat échish üchün kimlik lazim.',
        'Yarın pasaportumu yenilemeye gidiyorum, kimlik fotokopisi lazım.',
      ],
    },
  },
]);
