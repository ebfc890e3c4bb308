import { defineRules } from '../define';
import { PARCEL, PARCEL_LEGIT } from './_lexicon';

/** Private chat apps a courier would not use for a call-back. */
const PRIVATE_APP =
  /(?<!\p{L})(?:wechat|we\s+chat|вичат\p{L}*|вейчат\p{L}*|weixin|вэйсинь|signal|imo)(?!\p{L})|微信/iu;

const genuine = { pattern: PARCEL_LEGIT, factor: 0.3, reason: 'a genuine pick-up or tracking notice' };
const delayed = {
  pattern:
    /(?<!\p{L})(?:из-за\s+(?:праздник|погод|непогод|снегопад|метел|загруженност|высок)\p{L}*|доставим|будет\s+доставлен\p{L}*|приносим\s+извинени\p{L}*)(?!\p{L})/iu,
  factor: 0.3,
  reason: 'an ordinary delay with a delivery date',
};

export default defineRules('ru', 'delivery-pretext', [
  {
    id: 'parcel-held',
    tactic: 'delivery-pretext',
    score: 0.82,
    description: 'A parcel or courier delivery said to be held, seized or stuck at customs.',
    match: PARCEL,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:задержан\p{L}*|задержали|на\s+таможне|таможн\p{L}*|арестован\p{L}*|изъят\p{L}*|конфиск\p{L}*|заблокирован\p{L}*|запрещенн\p{L}*|не\s+(?:может|могут)\s+быть\s+(?:доставлен|выдан|вручен|передан)\p{L}*|проблем\p{L}*|пошлин\p{L}*|штраф\p{L}*|(?:есть|возникли|возникают|появились)\s+вопрос\p{L}*|вопрос\p{L}*\s+по\s+(?:вашему|вашей)|требуется\s+(?:уточни|подтвер)\p{L}*|уточнить\s+данные|не\s+удалось\s+(?:доставить|вручить|связаться|дозвониться)|не\s+смог\p{L}*\s+(?:доставить|дозвониться|связаться)|незаконн\p{L}*|наркот\p{L}*|ошибк\p{L}*\s+в\s+адресе|неверн\p{L}*\s+адрес\p{L}*|адрес\s+указан\s+неверно|неполн\p{L}*\s+адрес\p{L}*)(?!\p{L})/iu,
        within: 40,
      },
    ],
    unless: [genuine, delayed],
    examples: {
      match: [
        ['Ваша посылка из КНР задержана на таможне.', 'посылка из КНР задержана'],
        ['В грузе на ваше имя обнаружены запрещённые предметы.', 'грузе на ваше имя обнаружены запрещённые'],
        ['с вашей посылкой проблемы, перезвоните', 'посылкой проблемы'],
        [
          'СДЭК: по вашему отправлению есть вопросы, перезвоните.',
          'СДЭК: по вашему отправлению есть вопросы',
        ],
        ['Курьер не смог дозвониться, посылка на складе.', 'Курьер не смог дозвониться'],
      ],
      noMatch: [
        'Kaspi.kz: Ваша посылка прибыла в постамат. Код получения: 123456.',
        'Посылка прошла таможню и будет доставлена завтра.',
        'Мама отправила посылку с курагой.',
      ],
    },
  },
  {
    id: 'parcel-needs-details',
    tactic: 'delivery-pretext',
    score: 0.75,
    description: 'To receive a parcel the person must send details, confirm, or call back.',
    match: /(?<!\p{L})(?:для\s+(?:получения|выдачи|доставки)|чтобы\s+получить)(?!\p{L})/iu,
    near: [
      { pattern: PARCEL, within: 80, crossSentence: true },
      {
        pattern:
          /(?<!\p{L})(?:отправьте|пришлите|укажите|подтвердите|назовите|сообщите|перезвоните|позвоните|свяжитесь|напишите|оплатите|перейдите)(?!\p{L})/iu,
        within: 40,
      },
    ],
    unless: [genuine, delayed],
    examples: {
      match: [
        [
          'Вам пришла посылка. Для получения подтвердите адрес и дату рождения.',
          'посылка. Для получения подтвердите',
        ],
        [
          'Курьер не смог доставить груз. Чтобы получить его, перезвоните по номеру 555.',
          'груз. Чтобы получить его, перезвоните',
        ],
      ],
      noMatch: [
        'Ваша посылка в постамате. Для получения введите код получения 5512.',
        'Для получения визы запишитесь на приём.',
      ],
    },
  },
  {
    id: 'parcel-via-private-app',
    tactic: 'delivery-pretext',
    score: 0.72,
    description:
      'A courier or parcel notice that asks to get in touch through WeChat or another private app.',
    match: PARCEL,
    near: [
      { pattern: PRIVATE_APP, within: 90, crossSentence: true },
      {
        pattern:
          /(?<!\p{L})(?:свяжитесь|напишите|пишите|перезвоните|позвоните|добавьте|обратитесь)(?!\p{L})/iu,
        within: 90,
        crossSentence: true,
      },
    ],
    unless: [genuine, delayed],
    examples: {
      match: [
        [
          'Курьерская служба: по посылке из Китая свяжитесь с нами через WeChat.',
          'Курьерская служба: по посылке из Китая свяжитесь с нами через WeChat',
        ],
      ],
      noMatch: [
        'Ваша посылка в постамате. Код получения: 5512.',
        'Посылку получила, напишите в WhatsApp, когда заедете.',
      ],
    },
  },
]);
