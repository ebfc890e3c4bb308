import { defineRules } from '../define';
import { PARCEL, PARCEL_LEGIT } from './_lexicon';

const genuine = { pattern: PARCEL_LEGIT, factor: 0.3, reason: 'a genuine pick-up or tracking notice' };
const delayed = {
  pattern:
    /(?<!\p{L})(?:мереке\p{L}*|ауа\s+райы\p{L}*|боран\p{L}*|жеткіземіз|жеткізіледі|кешірім\s+сұраймыз|из-за\s+(?:праздник|погод|непогод|снегопад)\p{L}*|доставим|приносим\s+извинени\p{L}*)(?!\p{L})/iu,
  factor: 0.3,
  reason: 'an ordinary delay with a delivery date',
};

export default defineRules('kk', 'delivery-pretext', [
  {
    id: 'parcel-held',
    tactic: 'delivery-pretext',
    score: 0.82,
    description: 'A parcel or courier delivery said to be held, seized or stuck at customs.',
    match: PARCEL,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:кеден\p{L}*|ұстал\p{L}*|тоқтатыл\p{L}*|тұрып\s+қалды|бұғатта\p{L}*|тыйым\s+салынған\p{L}*|айыппұл\p{L}*|баж\p{L}*|мәселе\p{L}*|проблема\p{L}*|таможн\p{L}*|задержан\p{L}*|тәркіле\p{L}*|қате\p{L}*|қайтарыл\p{L}*|кері\s+қайтарыл\p{L}*|сұрақ\p{L}*|нақтыла\p{L}*|жете\s+алмады|жеткізілмеді|жеткізу\s+мүмкін\s+(?:емес|болмады)|кедергі\p{L}*|заңсыз\p{L}*|вопрос\p{L}*)(?!\p{L})/iu,
        within: 40,
      },
    ],
    unless: [genuine, delayed],
    examples: {
      match: [
        ['Сізге Қытайдан сәлемдеме келді, кеденде тұр.', 'сәлемдеме келді, кеденде'],
        ['Посылкаңыз таможняда ұсталды.', 'Посылкаңыз таможняда'],
        ['Жүгіңізде тыйым салынған заттар табылды.', 'Жүгіңізде тыйым салынған'],
        [
          'CDEK: Кытайдан келген посылканыз бойынша сурактар бар.',
          'CDEK: Кытайдан келген посылканыз бойынша сурактар',
        ],
        ['Курьер сізге жете алмады, қайта хабарласыңыз.', 'Курьер сізге жете алмады'],
      ],
      noMatch: ['Сәлемдемеңіз постаматта. Алу коды: 482913.', 'Анам сәлемдеме жіберді, ертең келеді.'],
    },
  },
  {
    id: 'parcel-needs-details',
    tactic: 'delivery-pretext',
    score: 0.75,
    description: 'To receive a parcel the person must send details, confirm or call back.',
    match: /(?<!\p{L})(?:алу\s+үшін|алғыңыз\s+келсе|жеткізу\s+үшін)(?!\p{L})/iu,
    near: [
      { pattern: PARCEL, within: 80, crossSentence: true },
      {
        pattern:
          /(?<!\p{L})(?:жіберіңіз|растаңыз|хабарласыңыз|қоңырау\s+шалыңыз|басыңыз|төлеңіз|жазыңыз|айтыңыз|көрсетіңіз|толтырыңыз|өтіңіз)(?!\p{L})/iu,
        within: 60,
        side: 'after',
      },
    ],
    unless: [genuine, delayed],
    examples: {
      match: [
        [
          'Сізге сәлемдеме келді. Алу үшін мекенжайыңызды жіберіңіз.',
          'сәлемдеме келді. Алу үшін мекенжайыңызды жіберіңіз',
        ],
      ],
      noMatch: ['Сәлемдемені алу үшін алу кодын постаматқа енгізіңіз.'],
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
      {
        pattern: /(?<!\p{L})(?:wechat|we\s+chat|вичат\p{L}*|вейчат\p{L}*|weixin|signal|imo)(?!\p{L})|微信/iu,
        within: 90,
        crossSentence: true,
      },
      {
        pattern: /(?<!\p{L})(?:хабарласыңыз|жазыңыз|қосыңыз|жазысайық|байланысыңыз|хабарлас|жаз)(?!\p{L})/iu,
        within: 90,
        crossSentence: true,
      },
    ],
    unless: [genuine, delayed],
    examples: {
      match: [
        [
          'Курьер: сізге Қытайдан посылка келді, толығырақ тек WeChat арқылы жазыңыз.',
          'Курьер: сізге Қытайдан посылка келді, толығырақ тек WeChat арқылы жазыңыз',
        ],
      ],
      noMatch: ['Сәлемдемеңіз постаматта. Алу коды: 4412. WeChat арқылы жазыңыз.'],
    },
  },
]);
