import { defineRules } from '../define';
import { DOCUMENT, FORMALITY, NOT_NEEDED, OWN_DOCUMENT, SEND, TELL, TURKISH } from './_lexicon';

const GIVEN_TO_RELATIVES =
  /(?<!\p{L})(?:ata-?\s?an[ai]|ap[ai]|dad[ai]|a'?il[ei]|tughqanlir[ei]|balilir[ei]|ular|singli|ini|ak[ai]|uk[ai])\p{L}*(?<=gha|ge|qa|ke)(?!\p{L})/u;

/** Needs and asks, without the word Turkish shares ("lazım"), unless a Uyghur "your" precedes it. */
const NEED_ULY =
  /(?<!\p{L})(?:k[ei]rek|zorur|sorawat|soridi|soraydu|sorap|telep qil)\p{L}*|(?<=ingiz |ingizni |ingizning |ning |ni )lazim\p{L}*/u;

const NOT_A_REQUEST = [
  { pattern: OWN_DOCUMENT, within: 0, factor: 0.2, reason: "the writer's own document" },
  { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
  { pattern: GIVEN_TO_RELATIVES, within: 3, factor: 0.2, reason: 'documents offered to relatives' },
  {
    pattern: NOT_NEEDED,
    within: 25,
    side: 'after' as const,
    factor: 0.2,
    reason: 'the notice says it is not needed',
  },
  {
    pattern: /(?<!\p{L})(?:chiqidu|b[ei]rilidu|(?:chiqirip|ishlep|b[ei]jirip) ?b[ei]rimiz)(?!\p{L})/u,
    within: 20,
    side: 'after' as const,
    factor: 0.2,
    reason: 'a document issued as an offer',
  },
];

export default defineRules('ug-latn', 'identity-document-request', [
  {
    id: 'send-document',
    tactic: 'identity-document-request',
    score: 0.9,
    description:
      'A request to send, upload, photograph, read out or tell a passport, ID, residence permit or visa (ULY).',
    match: DOCUMENT,
    near: [{ pattern: new RegExp(`${SEND.source}|${TELL.source}`, 'u'), within: 70, crossSentence: true }],
    unless: [...NOT_A_REQUEST, { pattern: TURKISH, factor: 0.3, reason: 'a Turkish sentence' }],
    examples: {
      match: [
        ['Pasportingizning resimini tézdin ewetip béring.', 'Pasportingizning resimini tézdin ewetip béring'],
        ['kimlik kartingizni süretke tartip yollang', 'kimlik kartingizni süretke tartip yollang'],
        ['iqamitingizning köpeytilmisini ewetsingiz', 'iqamitingizning köpeytilmisini ewetsingiz'],
        ['Kimlik nomuringizni oqup béring.', 'Kimlik nomuringizni oqup béring'],
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
    description: 'Someone needs or asks for a passport, ID or its number (also relayed) (ULY).',
    match: DOCUMENT,
    // "lazım" is Turkish too: only Uyghur-only words, or "lazim" after a Uyghur possessive.
    near: [{ pattern: NEED_ULY, within: 40, crossSentence: true }],
    unless: [...NOT_A_REQUEST, { pattern: TURKISH, factor: 0.3, reason: 'a Turkish sentence' }],
    examples: {
      match: [['Ular yenggemning pasport numurini sorawatidu', 'pasport numurini sorawatidu']],
      noMatch: [
        'Pasportumni yéngilash kérek.',
        'Banka hésabat échish üchün kimlik lazim.',
        'Yarın pasaportumu yenilemeye gidiyorum, kimlik fotokopisi lazım.',
      ],
    },
  },
  {
    id: 'what-is-your-number',
    tactic: 'identity-document-request',
    score: 0.8,
    description: '"What is your passport number?" (ULY).',
    match: DOCUMENT,
    near: [
      {
        pattern: /(?<!\p{L})n[ou]m[ou]r(?:ingiz|ing|i)\p{L}* ?(?:nechche|qanche|n[ei]me)(?!\p{L})/u,
        within: 5,
        side: 'after',
      },
    ],
    unless: NOT_A_REQUEST,
    examples: {
      match: [['Pasport nomuringiz nechche?', 'Pasport nomuringiz nechche']],
      noMatch: ['Pasport nomurim nechche idi, untup qaptimen.'],
    },
  },
]);
