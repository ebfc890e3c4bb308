import { defineRules } from '../define';
import { LEGIT_ID_CONTEXT as LEGIT_OTHER } from '../kk/_lexicon';
import { AUTHORITY, DOCUMENT, LEGIT_ID_CONTEXT, OWN_DOCUMENT, PRESS_KEY } from './_lexicon';

const PAPERS =
  /(?<!\p{L})(?:документ\p{L}*|письм[оа]|уведомлени\p{L}*|извещени\p{L}*|бумаг\p{L}*|повестк\p{L}*|заявлени\p{L}*|протокол\p{L}*|расписк\p{L}*|обязательств\p{L}*)(?!\p{L})/iu;

export default defineRules('ru', 'official-document-pretext', [
  {
    id: 'important-document',
    tactic: 'official-document-pretext',
    score: 0.82,
    description: 'An "important" or "urgent" document, letter or notice waiting for the person.',
    match:
      /(?<!\p{L})(?:важн|срочн|официальн)\p{L}*\s+(?:документ\p{L}*|письм[оа]|бумаг\p{L}*|пакет\s+документов|повестк\p{L}*)(?!\p{L})/iu,
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:не\s+забуд\p{L}*|возьмите|взять|с\s+собой|при\s+себе|в\s+поездку|в\s+дорогу|сохраните|храните)(?!\p{L})/iu,
        within: 20,
        factor: 0.3,
        reason: "a reminder to take or keep one's own papers",
      },
    ],
    examples: {
      match: [
        ['Для вас имеется важный документ.', 'важный документ'],
        ['На ваше имя пришло срочное письмо из консульства.', 'срочное письмо'],
      ],
      noMatch: [
        'Не забудьте важные документы в поездку: паспорт и билеты.',
        'Важная новость: магазин открылся.',
      ],
    },
  },
  {
    id: 'document-in-your-name',
    tactic: 'official-document-pretext',
    score: 0.78,
    description: 'A document, letter or notice said to be waiting "in your name" or "for you".',
    match:
      /(?<!\p{L})(?:на\s+ваше\s+имя|для\s+вас|вам)\s+(?:\p{L}+\s+)?(?:поступил\p{L}*|пришл[оаи]|пришел|имеется|имеются|есть|находится|находятся|оформлен\p{L}*)(?!\p{L})/iu,
    near: [{ pattern: PAPERS, within: 30, side: 'after' }],
    unless: [
      {
        pattern: /(?<!\p{L})(?:посылк\p{L}*|заказ\p{L}*|товар\p{L}*|постамат\p{L}*)(?!\p{L})/iu,
        within: 30,
        factor: 0.4,
        reason: 'an ordinary shop order or parcel',
      },
    ],
    examples: {
      match: [
        ['На ваше имя поступило уведомление из посольства.', 'На ваше имя поступило уведомление'],
        ['Для вас есть документы, их нужно забрать лично.', 'Для вас есть документы'],
      ],
      noMatch: ['Для вас есть скидка 20%.', 'На ваше имя поступил заказ, товар в пути.'],
    },
  },
  {
    id: 'robocall-press-key',
    tactic: 'official-document-pretext',
    score: 0.85,
    description: 'A recorded call about a document or from an embassy asks to press a key.',
    match: PRESS_KEY,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:документ\p{L}*|уведомлени\p{L}*|извещени\p{L}*|письм[оа]|консуль?ств\p{L}*|посоль?ств\p{L}*|пасп[оа]рт\p{L}*|виз[аеуы]|дел[оа])(?!\p{L})/iu,
        within: 120,
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'Это посольство. Вам пришло уведомление. Для подробностей нажмите 1.',
          'уведомление. Для подробностей нажмите 1',
        ],
        ['Ваш паспорт будет заблокирован, нажмите цифру 9', 'паспорт будет заблокирован, нажмите цифру 9'],
      ],
      noMatch: ['Для связи с оператором нажмите 0.', 'Чтобы оплатить счёт, нажмите 2.'],
    },
  },
  {
    id: 'document-problem',
    tactic: 'official-document-pretext',
    score: 0.72,
    description: "A claimed problem with the person's passport, visa or file that must be settled.",
    match: DOCUMENT,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:проблем\p{L}*|аннулир\p{L}*|заблокир\p{L}*|недействител\p{L}*|приостановлен\p{L}*|нарушени\p{L}*)(?!\p{L})/iu,
        within: 30,
      },
    ],
    unless: [
      { pattern: LEGIT_ID_CONTEXT, factor: 0.3, reason: 'a bank, employer or public-service notice' },
      { pattern: LEGIT_OTHER, factor: 0.3, reason: 'a bank, employer or public-service notice' },
      { pattern: OWN_DOCUMENT, within: 0, factor: 0.3, reason: "the writer's own document" },
      {
        pattern: /(?<!\p{L})(?:у\s+меня|у\s+нас|я|мы)(?!\p{L})/iu,
        within: 25,
        side: 'before',
        factor: 0.4,
        reason: "the writer's own trouble",
      },
    ],
    examples: {
      match: [
        ['С вашим паспортом возникла проблема, вам нужно связаться с нами.', 'паспортом возникла проблема'],
        ['Ваша виза аннулирована. Срочно перезвоните.', 'виза аннулирована'],
      ],
      noMatch: ['У меня проблема с моим паспортом, он намок.', 'Паспорт готов, можно забирать.'],
    },
  },
  {
    id: 'collect-at-consulate',
    tactic: 'official-document-pretext',
    score: 0.7,
    description:
      'The person must urgently collect or sign a document at a consulate, embassy or police office.',
    match:
      /(?<!\p{L})(?:забери(?:те)?|забрать|получи(?:те)?|получить|подпиши(?:те)?|подписать|явитесь|явиться|подойдите|подойти|приходите|прийти|обратитесь|обратиться)(?!\p{L})/iu,
    near: [
      { pattern: PAPERS, within: 40 },
      { pattern: AUTHORITY, within: 60 },
      {
        pattern:
          /(?<!\p{L})(?:срочно|немедленно|обязательно|лично|как\s+можно\s+скорее|в\s+течение\s+\d+|до\s+конца\s+(?:дня|недели))(?!\p{L})/iu,
        within: 40,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:запис\p{L}*|по\s+предварительной|график\p{L}*|часы\s+приема|с\s+\d{1,2}[:.]\d{2})(?!\p{L})/iu,
        factor: 0.4,
        reason: 'an ordinary appointment or opening hours',
      },
    ],
    examples: {
      match: [
        ['Вам нужно срочно забрать документы в консульстве.', 'срочно забрать документы в консульстве'],
      ],
      noMatch: [
        'Получите документы в консульстве по предварительной записи, с 10:00 до 13:00.',
        'Документы можно получить в консульстве с понедельника.',
      ],
    },
  },
  {
    id: 'sign-documents',
    tactic: 'official-document-pretext',
    score: 0.72,
    description:
      'The person must come and sign papers for a consulate, the police or "in your name" ("нужно подписать документы в консульстве").',
    match:
      /(?<!\p{L})(?:подписать|подпишите|подпиши|подписали\s+бы|на\s+подпись|расписаться|распишитесь)(?!\p{L})/iu,
    near: [
      { pattern: PAPERS, within: 40 },
      {
        pattern:
          /(?<!\p{L})(?:к[оа]нсул(?!ьт|т)\p{L}*|п[оа]соль?с?т?в\p{L}*|полици\p{L}*|на\s+ваше\s+имя|срочно|немедленно|лично)(?!\p{L})/iu,
        within: 80,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:договор\p{L}*|аренд\p{L}*|банк\p{L}*|кредит\p{L}*|работ\p{L}*|бухгалтер\p{L}*|офис\p{L}*|директор\p{L}*|деканат\p{L}*|отдел\p{L}*\s+кадров|школ\p{L}*|нотариус\p{L}*|доверенност\p{L}*|эцп|egov|госуслуг\p{L}*|заявлени\p{L}*\s+на\s+отпуск|акт\p{L}*\s+(?:приема|выполненных))(?!\p{L})/iu,
        factor: 0.3,
        reason: 'a contract, a bank, an employer or a school',
      },
    ],
    examples: {
      match: [
        ['Вам нужно подписать документы в консульстве до пятницы.', 'подписать документы в консульстве'],
        ['На ваше имя оформлены бумаги, подпишите их лично.', 'бумаги, подпишите их лично'],
      ],
      noMatch: ['Подпишите, пожалуйста, договор аренды и пришлите скан.', 'Документы подписал, спасибо.'],
    },
  },
  {
    id: 'papers-waiting-in-your-name',
    tactic: 'official-document-pretext',
    score: 0.72,
    description:
      'Papers said to lie "in your name" somewhere and to expire ("документы на ваше имя, срок истекает").',
    match: PAPERS,
    near: [
      {
        pattern: /(?<!\p{L})(?:на\s+ваше\s+имя|на\s+твое\s+имя|для\s+вас)(?!\p{L})/iu,
        within: 15,
        side: 'after',
      },
      {
        pattern:
          /(?<!\p{L})(?:лежат|лежит|ждут|ждет|хранятся|хранится|находятся|срок\p{L}*\s+хранения|истекает|аннулир\p{L}*|уничтож\p{L}*)(?!\p{L})/iu,
        within: 50,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:запис\p{L}*|по\s+предварительной|график\p{L}*|часы\s+приема|цон\p{L}*)(?!\p{L})/iu,
        factor: 0.4,
        reason: 'an ordinary appointment or pick-up notice',
      },
    ],
    examples: {
      match: [
        ['В консульстве лежат документы на ваше имя, срок хранения истекает.', 'лежат документы на ваше имя'],
      ],
      noMatch: ['Документы на ваше имя готовы, получите их в ЦОНе по записи.'],
    },
  },
]);
