import { defineRules } from '../define';
import { SECRET_CODE } from './_lexicon';

/** A bank's standard advice ("никому не сообщайте код") and surprises are not this tactic. */
const NOT_SECRECY = [
  { pattern: SECRET_CODE, within: 30, factor: 0, reason: "a bank's advice to keep a one-time code secret" },
  {
    pattern: /(?<!\p{L})(?:сюрприз\p{L}*|день\s+рождени\p{L}*|днем\s+рождени\p{L}*|подар\p{L}*)(?!\p{L})/iu,
    factor: 0.3,
    reason: 'a surprise among friends',
  },
];

const CHANNEL =
  /(?<!\p{L})(?:wechat|we\s+chat|вичат\p{L}*|вейчат\p{L}*|weixin|вэйсинь|signal|сигнал\p{L}*|телеграм\p{L}*|telegram|whatsapp|ватсап\p{L}*|вотсап\p{L}*|личк\p{L}*|лс|личн\p{L}*\s+сообщени\p{L}*|другой\s+(?:мессенджер|номер|чат))(?!\p{L})/iu;

export default defineRules('ru', 'secrecy-demand', [
  {
    id: 'tell-no-one',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: '"Tell no one", "no one must know", "keep it secret".',
    match:
      /(?<!\p{L})(?:(?:не\s+(?:надо|нужно|стоит)\s+)?никому\s+(?:об\s+этом\s+|про\s+это\s+|ничего\s+|больше\s+)?(?:не\s+)?(?:говорите|говори|говорить|рассказывайте|рассказывай|рассказывать|сообщайте|сообщать|пишите|пиши|писать|показывайте|показывай|показывать|передавайте)|не\s+(?:говорите|рассказывайте|сообщайте|пишите|показывайте)\s+(?:об\s+этом\s+|про\s+это\s+|это\s+)?никому|(?:об\s+этом\s+)?никто\s+не\s+должен\s+(?:знать|узнать)|держи(?:те)?\s+(?:это\s+|все\s+|наш\s+разговор\s+)?в\s+(?:тайне|секрете)|(?:это|все)\s+(?:строго\s+)?между\s+нами|строго\s+конфиденциально|не\s+(?:обращайтесь|звоните|ходите|сообщайте)\s+в\s+полици\p{L}*)(?!\p{L})/iu,
    useDefaults: false,
    unless: NOT_SECRECY,
    examples: {
      match: [
        ['Больше никому об этом не пишите.', 'никому об этом не пишите'],
        ['Об этом никто не должен знать.', 'Об этом никто не должен знать'],
        ['Держите наш разговор в тайне.', 'Держите наш разговор в тайне'],
        ['Не обращайтесь в полицию, будет хуже.', 'Не обращайтесь в полицию'],
      ],
      noMatch: [
        'Никому не сообщайте код из SMS. Сотрудники банка его не спрашивают.',
        'Никому не говори про подарок, это сюрприз на день рождения!',
      ],
    },
  },
  {
    id: 'delete-messages',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: 'Asks the person to delete the chat, the messages or the call record.',
    match:
      /(?<!\p{L})(?:удали(?:те)?|сотри(?:те)?|удаляй(?:те)?|почисти(?:те)?)\s+(?:эту\s+|это\s+|этот\s+|эти\s+|наш\p{L}*\s+|всю\s+|все\s+|сразу\s+)?(?:переписк\p{L}*|сообщени\p{L}*|чат\p{L}*|смс|разговор\p{L}*|диалог\p{L}*|истори\p{L}*|звонк\p{L}*|номер)(?!\p{L})/iu,
    unless: NOT_SECRECY,
    examples: {
      match: [
        ['Удалите эту переписку.', 'Удалите эту переписку'],
        ['прочитаешь - сотри сообщение', 'сотри сообщение'],
      ],
      noMatch: ['Не удаляйте переписку: она может понадобиться как доказательство.'],
    },
  },
  {
    id: 'only-on-another-channel',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: 'Moves the conversation to WeChat or another private channel, "only there".',
    match:
      /(?<!\p{L})(?:только|лично|дальше|впредь|отныне)(?:\s+(?:общаемся|пишите|пиши|звоните|звони|говорим|переписываемся|на\s+связи))?\s+(?:в|через|по|на)(?!\p{L})/iu,
    near: [{ pattern: CHANNEL, within: 3, side: 'after' }],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:служба\s+поддержки|оператор\p{L}*|заказ\p{L}*|доставк\p{L}*|магазин\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'a shop or support channel',
      },
    ],
    examples: {
      match: [
        ['Дальше общаемся только в WeChat.', 'только в WeChat'],
        ['пиши мне лично в вичат', 'лично в вичат'],
      ],
      noMatch: [
        'По вопросам заказа пишите только в WhatsApp магазина.',
        'Только что видела тебя в телеграме.',
      ],
    },
  },
  {
    id: 'add-me-on-wechat',
    tactic: 'secrecy-demand',
    score: 0.62,
    description: 'Asks to add the writer on WeChat or to switch to it.',
    match:
      /(?<!\p{L})(?:добав(?:ь|ьте)|перейд(?:ем|и|ите)|переходи(?:м|те)?|свяжитесь|напиш(?:и|ите)|пиши(?:те)?|общаемся)\s+(?:меня\s+|мне\s+|со\s+мной\s+)?(?:в|на|через)\s+(?:wechat|we\s+chat|вичат\p{L}*|вейчат\p{L}*|weixin|signal|сигнал\p{L}*)(?!\p{L})/iu,
    examples: {
      match: [['Добавьте меня в WeChat, там поговорим.', 'Добавьте меня в WeChat']],
      noMatch: ['Мама добавила меня в WeChat группу семьи.'],
    },
  },
]);
