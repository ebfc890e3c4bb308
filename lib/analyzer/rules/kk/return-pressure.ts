import { defineRules } from '../define';
import { REPORTED as REPORTED_RU } from '../ru/_lexicon';
import { DOCUMENT, HOMELAND, REPORTED } from './_lexicon';

/**
 * "Return" and "come back" in any form except "қайта(дан)" (again), "қайтала-" (repeat),
 * "қайтыс" (pass away) and the negative-question "қайтпа-" used below on its own.
 */
const RETURN =
  /(?<!\p{L})(?:қайтып\s+кел\p{L}*|қайт(?!а(?:дан)?(?!\p{L})|ал|ыс|ар)\p{L}*|орал(?:ыңыз|уыңыз|асыз|асың|саңыз|масаңыз|майсыз|у|ып)|келіңіз|келуіңіз|келесіз|келсеңіз)(?!\p{L})/iu;

/** Only "return" itself, for questions where "come" would be any visit. */
const RETURN_ONLY =
  /(?<!\p{L})(?:қайтып\s+кел\p{L}*|қайт(?!а(?:дан)?(?!\p{L})|ал|ыс|ар)\p{L}*|орал(?:ыңыз|уыңыз|асыз|асың|саңыз|ып))(?!\p{L})/iu;

/** A trip, an errand or a holiday visit. */
const TRIP = {
  pattern:
    /(?<!\p{L})(?:жұмыстан|дүкеннен|сабақтан|мектептен|кешке|бүгін|демалыс\p{L}*|іссапардан|қонаққа|тойға|мерекеге|наурызға|үйге|сағын\p{L}*|жазда|каникул\p{L}*)(?!\p{L})/iu,
  within: 25,
  factor: 0.3,
  reason: 'a trip, an errand or a visit',
};

export default defineRules('kk', 'return-pressure', [
  {
    id: 'return-to-homeland',
    tactic: 'return-pressure',
    score: 0.85,
    description: 'Urges the person to return to the homeland, China or Xinjiang ("елге қайтыңыз").',
    match: RETURN,
    near: [{ pattern: HOMELAND, within: 25, side: 'before' }],
    unless: [TRIP],
    examples: {
      match: [
        ['Қашан елге қайтасыз?', 'елге қайтасыз'],
        ['Шыңжаңға тезірек оралыңыз.', 'Шыңжаңға тезірек оралыңыз'],
        ['туған жеріңізге қайтып келіңіз', 'туған жеріңізге қайтып келіңіз'],
      ],
      noMatch: ['Наурызға елге келіңіз, той болады.', 'Кітапты қайта оқып шықтым.'],
    },
  },
  {
    id: 'must-return',
    tactic: 'return-pressure',
    score: 0.8,
    description: 'Says the person must or had better come back ("қайтуыңыз керек", "оралғаныңыз жөн").',
    match:
      /(?<!\p{L})(?:қайтуыңыз|қайтуың|оралуыңыз|оралуың|қайтып\s+келуіңіз|қайтып\s+келуің|қайтқаныңыз|оралғаныңыз|қайтып\s+келгеніңіз)(?!\p{L})/iu,
    near: [
      {
        pattern: /(?<!\p{L})(?:керек|қажет|тиіс|тиіссіз|міндетті|жөн|дұрыс|жақсы)(?!\p{L})/iu,
        within: 12,
        side: 'after',
      },
    ],
    examples: {
      match: [
        ['Сіз қайтуыңыз керек.', 'қайтуыңыз керек'],
        ['Ертерек оралғаныңыз жөн.', 'оралғаныңыз жөн'],
      ],
      noMatch: ['Сіздің қайтуыңызды бәріміз күтеміз, бірақ асықпаңыз.'],
    },
  },
  {
    id: 'when-coming-back',
    tactic: 'return-pressure',
    score: 0.62,
    description: 'Asks when the person is coming back, outside an errand or a visit.',
    match: /(?<!\p{L})қашан(?!\p{L})/iu,
    near: [{ pattern: RETURN_ONLY, within: 20, side: 'after' }],
    unless: [TRIP],
    examples: {
      match: [['Қашан қайтасыз? Бәрі күтіп отыр.', 'Қашан қайтасыз']],
      noMatch: ['Жұмыстан қашан қайтасың?', 'Жиналысқа қашан келесіз?'],
    },
  },
  {
    id: 'if-you-do-not-return',
    tactic: 'return-pressure',
    score: 0.8,
    description: '"If you do not come back ..." or "why do you not come back": return made a condition.',
    match:
      /(?<!\p{L})(?:қайтпасаңыз|қайтпасаң|қайтып\s+келмесеңіз|қайтып\s+келмесең|оралмасаңыз|оралмасаң|неге\s+қайтпайсыз|неге\s+қайтпайсың|неге\s+оралмайсыз)(?!\p{L})/iu,
    useDefaults: false,
    unless: [
      { pattern: REPORTED, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
      { pattern: REPORTED_RU, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
    ],
    examples: {
      match: [['Қайтып келмесеңіз, бауырларыңызға оңай болмайды.', 'Қайтып келмесеңіз']],
      noMatch: ['Кешке қайтып келемін.'],
    },
  },
  {
    id: 'renew-in-homeland',
    tactic: 'return-pressure',
    score: 0.78,
    description:
      'The person must come to China/Xinjiang to renew or collect a document ("Үрімжіге келіп паспортыңызды жаңартыңыз").',
    match: HOMELAND,
    near: [
      { pattern: /(?<!\p{L})(?:келіп|барып|қайтып)(?!\p{L})/iu, within: 3, side: 'after' },
      { pattern: /(?<!\p{L})(?:ұзарт|жаңарт|ауыстыр|рәсімде|алу)\p{L}*/iu, within: 40, side: 'after' },
    ],
    examples: {
      match: [
        ['Үрімжіге келіп паспортыңызды жаңартуыңыз керек.', 'Үрімжіге келіп паспортыңызды жаңартуыңыз'],
      ],
      noMatch: ['Үрімжіге келіп тойға қатысамыз.'],
    },
  },
  {
    id: 'service-only-at-home',
    tactic: 'return-pressure',
    score: 0.8,
    description: 'A passport or other service is offered only in China/Xinjiang or only on return.',
    match:
      /(?<!\p{L})тек\s+(?:елде|қытайда|шыңжаңда|үрімжіде|құлжада|туған\s+жерде|қайтып\s+келсеңіз|қайтсаңыз|қайтып\s+келгенде|келгенде)(?!\p{L})/iu,
    near: [{ pattern: DOCUMENT, within: 50 }],
    examples: {
      match: [['Паспортыңызды тек Шыңжаңда ұзартуға болады.', 'Паспортыңызды тек Шыңжаңда']],
      noMatch: ['Паспортты тек ХҚКО-да ауыстыруға болады.'],
    },
  },
]);
