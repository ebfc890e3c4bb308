import { defineRules } from '../define';
import { LEGIT_ID_CONTEXT as LEGIT_ID_CONTEXT_RU, OWN_DOCUMENT as OWN_DOCUMENT_RU } from '../ru/_lexicon';
import {
  DOCUMENT,
  IN_PERSON,
  LEGIT_ID_CONTEXT,
  NEED,
  NEGATION_AFTER,
  OWN_DOCUMENT,
  OWN_NEED,
  PHOTO,
  REQUEST,
} from './_lexicon';

const ownDocument = { pattern: OWN_DOCUMENT, within: 0, factor: 0.2, reason: "the writer's own document" };
const formality = {
  pattern: LEGIT_ID_CONTEXT,
  factor: 0.3,
  reason: 'a public-service, bank, employer, hotel or visa-centre formality',
};
const formalityRu = { ...formality, pattern: LEGIT_ID_CONTEXT_RU };
const ownDocumentRu = { ...ownDocument, pattern: OWN_DOCUMENT_RU };
const ownNeed = { pattern: OWN_NEED, within: 0, factor: 0.3, reason: "the writer's own errand" };
const inPerson = {
  pattern: IN_PERSON,
  within: 40,
  factor: 0.3,
  reason: 'a document shown in person at a counter, not sent',
};
const birthCertificate = {
  pattern: /(?<!\p{L})туу\s+туралы\s+куәлі[кг]\p{L}*|свидетельств\p{L}*\s+о\s+рождении/iu,
  within: 0,
  factor: 0.55,
  reason: "a child's birth certificate is asked for by schools and clinics",
};

export default defineRules('kk', 'identity-document-request', [
  {
    id: 'request-near-document',
    tactic: 'identity-document-request',
    score: 0.88,
    description: 'A request verb in the same sentence as an identity document, its photo or its number.',
    match: DOCUMENT,
    near: [{ pattern: REQUEST, within: 45 }],
    unless: [ownDocument, ownDocumentRu, formality, formalityRu, inPerson, birthCertificate],
    examples: {
      match: [
        ['Тексеру үшін төлқұжатыңыздың суретін жіберіңіз.', 'төлқұжатыңыздың суретін жіберіңіз'],
        [
          'жеке куәлігіңіздің екі жағын да суретке түсіріп жіберші',
          'жеке куәлігіңіздің екі жағын да суретке түсіріп',
        ],
        ['паспортыңды скинь сюда', 'паспортыңды скинь'],
      ],
      noMatch: [
        'Паспортымның суретін турагентке жібердім.',
        'Жеке куәлігіңіз дайын, оны ХҚКО-дан алуға болады.',
        'Паспорт суретін ешкімге жібермеңіз.',
        'Сәлемдемені алу кезінде жеке куәлігіңізді көрсетіңіз.',
        'Балабақшаға туу туралы куәліктің көшірмесін жіберіңіз.',
      ],
    },
  },
  {
    id: 'document-needed',
    tactic: 'identity-document-request',
    score: 0.85,
    description: 'An identity document, its photo or number followed by "керек"/"қажет" (is needed).',
    match: DOCUMENT,
    near: [{ pattern: NEED, within: 30, side: 'after' }],
    unless: [
      ownDocument,
      ownDocumentRu,
      ownNeed,
      formality,
      formalityRu,
      birthCertificate,
      inPerson,
      {
        pattern: /(?<=(?:уыңыз|уіңіз|уың|уің|у)\s)(?:керек|қажет)(?!\p{L})/iu,
        within: 0,
        factor: 0.2,
        reason: '"you need to renew it" asks for an action, not for the document',
      },
    ],
    examples: {
      match: [
        ['Әйеліңіздің паспорт нөмірі керек.', 'паспорт нөмірі керек'],
        ['Жеке куәлігіңіздің көшірмесі қажет, бүгін.', 'Жеке куәлігіңіздің көшірмесі қажет'],
      ],
      noMatch: [
        'Визаға паспорт керек пе?',
        'Маған жаңа паспорт керек.',
        'Шыңжаңға қайтып келуіңіз керек, әйтпесе паспортыңыз ұзартылмайды.',
      ],
    },
  },
  {
    id: 'photo-of-document',
    tactic: 'identity-document-request',
    score: 0.65,
    description:
      'A document followed by its photo, copy or number, without a verb ("паспорттың суреті, тез").',
    match: DOCUMENT,
    near: [{ pattern: PHOTO, within: 20, side: 'after' }],
    unless: [
      ownDocument,
      ownDocumentRu,
      formality,
      formalityRu,
      birthCertificate,
      { pattern: NEGATION_AFTER, within: 30, side: 'after', factor: 0.25, reason: 'negated' },
      {
        pattern:
          /(?<!\p{L})(?:құжаттар\s+тізімі|тізім\p{L}*|өтініш\p{L}*|анкета\p{L}*|сауалнама\p{L}*)(?!\p{L})/iu,
        factor: 0.4,
        reason: 'a checklist of the documents of an application',
      },
    ],
    examples: {
      match: [
        ['Паспорттың суреті, тез.', 'Паспорттың суреті'],
        ['ЖСН-іңіздің нөмірі мен куәлігіңіздің көшірмесі.', 'куәлігіңіздің көшірмесі'],
      ],
      noMatch: ['Құжаттар тізімі: өтініш, паспорт көшірмесі, 2 фото.', 'Паспорттың суреті қажет емес.'],
    },
  },
  {
    id: 'document-number-question',
    tactic: 'identity-document-request',
    score: 0.72,
    description: 'A question about the reader\'s document number ("паспорт нөміріңіз қандай?").',
    match:
      /(?<!\p{L})(?:пасп[оа]рт\p{L}*|жеке\s+куәлік\p{L}*|куәлігіңіз\p{L}*|жсн\p{L}*|иин|төлқұжат\p{L}*)\s+нөмір(?:іңіз|ің)\p{L}*/iu,
    near: [{ pattern: /(?<!\p{L})(?:қандай|неше)(?!\p{L})|\?/iu, within: 15, side: 'after' }],
    unless: [formality],
    examples: {
      match: [['Паспорт нөміріңіз қандай?', 'Паспорт нөміріңіз қандай']],
      noMatch: ['Паспорт нөміріңіз билетте қате жазылған ба?'],
    },
  },
]);
