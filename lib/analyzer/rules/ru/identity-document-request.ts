import { defineRules } from '../define';
import { LEGIT_ID_CONTEXT as LEGIT_ID_CONTEXT_KK } from '../kk/_lexicon';
import { DOCUMENT, LEGIT_ID_CONTEXT, NEGATION, OWN_DOCUMENT, OWN_NEED, REQUEST, SENT } from './_lexicon';

const ownDocument = { pattern: OWN_DOCUMENT, within: 0, factor: 0.2, reason: "the writer's own document" };
const formality = {
  pattern: LEGIT_ID_CONTEXT,
  factor: 0.3,
  reason: 'an employer, bank, hotel, airline or visa-centre formality',
};
const formalityKk = { ...formality, pattern: LEGIT_ID_CONTEXT_KK };
const ownNeed = { pattern: OWN_NEED, within: 0, factor: 0.3, reason: "the writer's own errand" };

export default defineRules('ru', 'identity-document-request', [
  {
    id: 'request-near-document',
    tactic: 'identity-document-request',
    score: 0.88,
    description: 'A request verb in the same sentence as an identity document or its number.',
    match: DOCUMENT,
    near: [{ pattern: REQUEST, within: 45 }],
    unless: [ownDocument, ownNeed, formality, formalityKk],
    examples: {
      match: [
        ['Скиньте сюда фотку паспорта, срочно.', 'Скиньте сюда фотку паспорта'],
        ['Для проверки пришлите копию удостоверения личности вашей жены.', 'пришлите копию удостоверения'],
        ['Нужен номер вашего ИИН и вида на жительство.', 'Нужен номер вашего ИИН'],
        ['паспарт отправь мне на ватсап', 'паспарт отправь'],
      ],
      noMatch: [
        'Я отправила свой паспорт в визовый центр, жду ответа.',
        'Мой паспорт нужно продлить до лета.',
        'Для оформления на работу пришлите скан паспорта в отдел кадров.',
        'Не отправляйте фото паспорта незнакомым людям.',
        'Нужен ли паспорт для поездки в Бишкек?',
        'Мне нужен новый паспорт, старый истёк.',
        'Для бронирования номера в гостинице отправьте скан паспорта.',
      ],
    },
  },
  {
    id: 'photo-of-document',
    tactic: 'identity-document-request',
    score: 0.65,
    description:
      'A photo, copy, scan or number of an identity document asked for without a verb ("фото паспорта сюда").',
    match:
      /(?<!\p{L})(?:фото\p{L}*|фотк\p{L}*|копи[юяи]|ксерокопи\p{L}*|скан(?:а|ы)?|снимок|номер(?:а|ом)?|серию|данные)\s+(?:(?:ваш|тво|сво)\p{L}*\s+)?(?:(?:загран)?пасп[оа]рт\p{L}*|удост[оа]верени\p{L}*|внж|иин|вида\s+на\s+жительство|id[- ]?карт\p{L}*)(?!\p{L})/iu,
    unless: [
      ownDocument,
      formality,
      formalityKk,
      {
        pattern: SENT,
        within: 25,
        side: 'before',
        factor: 0.3,
        reason: 'the writer narrates what they sent',
      },
      {
        pattern: NEGATION,
        within: 28,
        side: 'before',
        factor: 0.25,
        reason: 'negated ("не отправляйте фото паспорта")',
      },
      {
        pattern:
          /(?<!\p{L})(?:список\s+документов|перечень|необходимые\s+документы|анкет\p{L}*|заявлени\p{L}*)(?!\p{L})/iu,
        factor: 0.4,
        reason: 'a checklist of the documents of an application',
      },
    ],
    examples: {
      match: [
        ['Фото паспорта сюда, быстро.', 'Фото паспорта'],
        ['Ещё номер вашего загранпаспорта, пожалуйста.', 'номер вашего загранпаспорта'],
        ['копию удостоверения жены тоже', 'копию удостоверения'],
      ],
      noMatch: [
        'Список документов: анкета, копия паспорта, фото 3х4.',
        'Номер паспорта пассажира указан неверно, проверьте бронирование.',
        'Сделал фото моего паспорта для себя.',
        'Мам, я отправил тебе фото паспорта для визы.',
      ],
    },
  },
  {
    id: 'your-document-number-question',
    tactic: 'identity-document-request',
    score: 0.7,
    description:
      'A question about the reader\'s document number ("Ваш ИИН?", "какой у вас номер паспорта?").',
    match:
      /(?<!\p{L})(?:(?:ваш|тво)\p{L}*\s+(?:номер\s+)?(?:пасп[оа]рт\p{L}*|иин|инн|внж|удостоверени\p{L}*)|(?:какой|какая)\s+у\s+(?:вас|тебя)\s+(?:номер\s+|серия\s+)?(?:пасп[оа]рт\p{L}*|иин|инн|удостоверени\p{L}*))(?!\p{L})/iu,
    near: [{ pattern: /\?/u, within: 15, side: 'after' }],
    unless: [
      formality,
      {
        pattern:
          /(?<!\p{L})(?:готов\p{L}*|продлен\p{L}*|действителен|действует|истек\p{L}*|забрали|потерял\p{L}*|нашелся|нашли)(?!\p{L})/iu,
        within: 20,
        factor: 0.3,
        reason: 'a question about the document, not a request for it',
      },
    ],
    examples: {
      match: [
        ['Ваш ИИН?', 'Ваш ИИН?'],
        ['Какой у вас номер паспорта? Ответьте сегодня.', 'Какой у вас номер паспорта?'],
      ],
      noMatch: ['Ваш паспорт уже готов?', 'Твой паспорт действителен ещё год?', 'Ваш паспорт у вас.'],
    },
  },
]);
