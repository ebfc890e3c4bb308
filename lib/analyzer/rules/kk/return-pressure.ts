import { defineRules } from '../define';
import { REPORTED as REPORTED_RU } from '../ru/_lexicon';
import { DOCUMENT, HOME_LOC, HOMELAND, REPORTED } from './_lexicon';

/**
 * "Return" and "come back" in any form except "қайта(дан)" (again), "қайтала-" (repeat),
 * "қайтыс" (pass away) and the negative-question "қайтпа-" used below on its own; and "come"
 * as a request or a duty ("келіңіз", "келіп кетіңіз", "келуге тиіссіз").
 */
const RETURN =
  /(?<!\p{L})(?:қайтып\s+кел\p{L}*|қайт(?!а(?:дан)?(?!\p{L})|ал|ыс|ар)\p{L}*|орал(?:ыңыз|асыз|асың|саңыз|масаңыз|майсыз|у\p{L}*|ып|атын|ғаныңыз)|келіңіз\p{L}*|келіңдер|келші|келуіңіз|келуің|келуге|келу(?=\s+(?:керек|қажет|тиіс|міндетті))|келесіз|келсеңіз|келсең|(?:бір\s+)?келіп\s+кет(?:іңіз|іңізші|сеңіз|сең|ші)?|соғып\s+кет\p{L}*)(?!\p{L})/iu;

/** Only "return" itself, for questions where "come" would be any visit. */
const RETURN_ONLY =
  /(?<!\p{L})(?:қайтып\s+кел\p{L}*|қайт(?!а(?:дан)?(?!\p{L})|ал|ыс|ар)\p{L}*|орал(?:ыңыз|уыңыз|асыз|асың|саңыз|ып))(?!\p{L})/iu;

/** A trip, an errand or a holiday visit. */
const TRIP = {
  pattern:
    /(?<!\p{L})(?:жұмыстан|дүкеннен|сабақтан|мектептен|кешке|бүгін|ертең|демалыс\p{L}*|іссапар\p{L}*|қонақ\p{L}*|той\p{L}*|мереке\p{L}*|наурыз\p{L}*|үйге|сағын\p{L}*|жазда|каникул\p{L}*|отпуск\p{L}*|туған\s+күн\p{L}*|сенбі\p{L}*|жексенбі\p{L}*|үлгер\p{L}*|поезд\p{L}*|ұшақ\p{L}*|әуежай\p{L}*)(?!\p{L})/iu,
  within: 40,
  factor: 0.3,
  reason: 'a trip, an errand or a visit',
};

/**
 * "From Astana", "from Boston": a trip the person is on. Abroad itself ("шетелден", "ол
 * жақтан") is not a trip.
 */
const FROM_A_TRIP = {
  pattern: /(?<=\p{L}{2})(?<!шетел|сырт|жақ|шекара)(?:дан|ден|тан|тен|нан|нен)(?!\p{L})/iu,
  within: 15,
  sameSentence: true,
  factor: 0.3,
  reason: 'back from a trip',
};

const reported = [
  { pattern: REPORTED, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
  { pattern: REPORTED_RU, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
];

export default defineRules('kk', 'return-pressure', [
  {
    id: 'return-to-homeland',
    tactic: 'return-pressure',
    score: 0.85,
    description:
      'Urges the person to return or come once to the homeland, China or Xinjiang ("елге келіп кетіңіз").',
    match: RETURN,
    near: [{ pattern: HOMELAND, within: 25, side: 'before' }],
    unless: [TRIP],
    examples: {
      match: [
        ['Қашан елге қайтасыз?', 'елге қайтасыз'],
        ['Шыңжаңға тезірек оралыңыз.', 'Шыңжаңға тезірек оралыңыз'],
        ['туған жеріңізге қайтып келіңіз', 'туған жеріңізге қайтып келіңіз'],
        ['Елге бір рет келіп кетсеңіз, бәрі шешіледі.', 'Елге бір рет келіп кетсеңіз'],
        ['Үрімжіге келуге тиіссіз.', 'Үрімжіге келуге'],
      ],
      noMatch: ['Наурызға елге келіңіз, той болады.', 'Демалыста елге келіп кетсең, қуанамыз.'],
    },
  },
  {
    id: 'must-return',
    tactic: 'return-pressure',
    score: 0.8,
    description: 'Says the person must or had better come back ("қайтуыңыз керек", "оралатын уақыт болды").',
    match:
      /(?<!\p{L})(?:қайтуыңыз|қайтуың|оралуыңыз|оралуың|қайтып\s+келуіңіз|қайтып\s+келуің|қайтқаныңыз|оралғаныңыз|қайтып\s+келгеніңіз|қайтатын|оралатын|қайтуға|оралуға)(?!\p{L})/iu,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:керек|қажет|тиіс|тиіссіз|міндетті|жөн|дұрыс|жақсы|уақыты?\s+(?:болды|келді|жетті)|мезгіл\p{L}*)(?!\p{L})/iu,
        within: 12,
        side: 'after',
      },
    ],
    unless: [TRIP],
    examples: {
      match: [
        ['Сіз қайтуыңыз керек.', 'қайтуыңыз керек'],
        ['Ертерек оралғаныңыз жөн.', 'оралғаныңыз жөн'],
        ['Балам, оралатын уақыт болды.', 'оралатын уақыт болды'],
      ],
      noMatch: [
        'Сіздің қайтуыңызды бәріміз күтеміз, бірақ асықпаңыз.',
        'Жұмыстан қайтатын уақыт болды, кешке кездесеміз.',
      ],
    },
  },
  {
    id: 'when-coming-back',
    tactic: 'return-pressure',
    score: 0.62,
    description: 'Asks when the person is coming back, outside an errand, a trip or a visit.',
    match: /(?<!\p{L})қашан(?!\p{L})/iu,
    near: [{ pattern: RETURN_ONLY, within: 20, side: 'after' }],
    unless: [TRIP, FROM_A_TRIP],
    examples: {
      match: [
        ['Қашан қайтасыз? Бәрі күтіп отыр.', 'Қашан қайтасыз'],
        ['Шетелден қашан ораласыз?', 'қашан ораласыз'],
      ],
      noMatch: ['Жұмыстан қашан қайтасың?', 'Астанадан қашан қайтасың?', 'Бостоннан қашан ораласың, айтшы.'],
    },
  },
  {
    id: 'if-you-do-not-return',
    tactic: 'return-pressure',
    score: 0.8,
    description: '"If you do not come back ..." or "why do you not come back": return made a condition.',
    match:
      /(?<!\p{L})(?:қайтпасаңыз|қайтпасаң|қайтып\s+келмесеңіз|қайтып\s+келмесең|оралмасаңыз|оралмасаң|неге\s+қайтпайсыз|неге\s+қайтпайсың|неге\s+оралмайсыз|неге\s+келмейсіз|(?:өз\s+)?еркіңізбен\s+келмесеңіз)(?!\p{L})/iu,
    useDefaults: false,
    unless: reported,
    examples: {
      match: [
        ['Қайтып келмесеңіз, бауырларыңызға оңай болмайды.', 'Қайтып келмесеңіз'],
        ['Өз еркіңізбен келмесеңіз, басқаша сөйлесеміз.', 'Өз еркіңізбен келмесеңіз'],
      ],
      noMatch: ['Кешке қайтып келемін.', 'Жаңалықтар: оларға «қайтпасаңыз, жазаланасыз» деп айтылды.'],
    },
  },
  {
    id: 'come-in-person-to-settle',
    tactic: 'return-pressure',
    score: 0.75,
    description:
      'The person must come in person to settle their case, or things get worse while they stay abroad.',
    match:
      /(?<!\p{L})(?:(?:өзіңіз|өзің|жеке\s+өзіңіз)\s+келмесе\p{L}*|(?:бір\s+)?келіп\s+кет(?:іңіз|сеңіз|сең|ші)|(?:бір\s+)?соғып\s+кет(?:іңіз|сеңіз|сең|ші)|өзіңіз\s+келіп|өзің\s+келіп|жеке\s+өзіңіз\s+кел\p{L}*|өзіңіз\s+келмей|өзіңіз\s+келуіңіз|келіп\s+түсіндір\p{L}*|шетелде\s+(?:отыра|жүре|қала|тұра)\s+берсеңіз|шетелде\s+(?:отыра|жүре|қала|тұра)\s+берсең|шетелде\s+қалсаңыз|шетелде\s+қалсаң|шетелде\s+(?:жүре|отыра|қала)\s+бергеніңіз|шетелде\s+жүргеніңіз|сыртта\s+жүре\s+берсеңіз)(?!\p{L})/iu,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:мәселе\p{L}*|ісің\p{L}*|шеш\p{L}*|жабыл\p{L}*|нашарла\p{L}*|дұрыс\s+емес|жарамайды|болмайды|ауырла\p{L}*|күрделен\p{L}*|жаман\p{L}*|қиын\p{L}*|пасп[оа]рт\p{L}*|төлқұжат\p{L}*|құжат\p{L}*)(?!\p{L})/iu,
        within: 60,
        crossSentence: true,
      },
    ],
    unless: [
      ...reported,
      {
        pattern:
          /(?<!\p{L})(?:хқко\p{L}*|цон\p{L}*|банк\p{L}*|нотариус\p{L}*|мектеп\p{L}*|деканат\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'an office visit at home, not a return',
      },
    ],
    useDefaults: false,
    examples: {
      match: [
        ['Өзіңіз келіп түсіндірмесеңіз, мәселеңіз шешілмейді.', 'Өзіңіз келіп түсіндірмесеңіз, мәселеңіз'],
        [
          'Шетелде отыра берсеңіз, жағдайыңыз тек қиындайды.',
          'Шетелде отыра берсеңіз, жағдайыңыз тек қиындайды',
        ],
      ],
      noMatch: ['ХҚКО-ға өзіңіз келіп, құжатты алыңыз.', 'Шетелде қалсаңыз, бізге хат жазыңыз.'],
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
    description:
      'A passport or other service is offered only in China/Xinjiang, only "here" or only on return.',
    match:
      /(?<!\p{L})тек\s+(?:(?:елге|осында|мұнда|бері|өзіңіз)\s+)?(?:елде|қытайда|шыңжаңда|үрімжіде|құлжада|шәуешекте|туған\s+жерде|осында|мұнда|қайтып\s+келсеңіз|қайтсаңыз|оралсаңыз|келсеңіз|қайтып\s+келгенде|қайтқанда|оралғанда|келгенде|келген\s+соң|қайтқан\s+соң|келіп)(?!\p{L})/iu,
    near: [{ pattern: DOCUMENT, within: 50 }],
    examples: {
      match: [
        ['Паспортыңызды тек Шыңжаңда ұзартуға болады.', 'Паспортыңызды тек Шыңжаңда'],
        ['Жаңа төлқұжатты тек осында келгенде аласыз.', 'төлқұжатты тек осында келгенде'],
      ],
      noMatch: ['Паспортты тек ХҚКО-да ауыстыруға болады.'],
    },
  },
  {
    id: 'abroad-no-service',
    tactic: 'return-pressure',
    score: 0.72,
    description: 'A document is said to be issued only at home, never abroad ("шетелде ұзартылмайды").',
    match: HOME_LOC,
    near: [
      { pattern: DOCUMENT, within: 50 },
      {
        pattern:
          /(?<!\p{L})(?:ғана|тек|шетелде\s+(?:ұзартылмайды|берілмейді|жасалмайды|болмайды)|басқа\s+жерде\s+болмайды)(?!\p{L})/iu,
        within: 30,
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:хқко\p{L}*|цон\p{L}*|тіркелген\s+жер\p{L}*|тұрғылықты\s+жер\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'a service at home in the country of residence',
      },
    ],
    examples: {
      match: [['Төлқұжат Үрімжіде ғана беріледі, шетелде берілмейді.', 'Төлқұжат Үрімжіде ғана']],
      noMatch: ['Төлқұжат тұрғылықты жеріңіздегі ХҚКО-да ғана беріледі, осында емес.'],
    },
  },
  {
    id: 'come-back-reassured',
    tactic: 'return-pressure',
    score: 0.78,
    description:
      '"Come back, nobody will touch you": a bare call to come back, made with a promise or a pardon.',
    match:
      /(?<!\p{L})(?:қайтып\s+келіңіз|қайтып\s+кел(?:ші)?|қайтыңыз|оралыңыз|орал(?:ші)?|қайтып\s+келсеңіз|қайтсаңыз|оралсаңыз|қайт(?=\s*[,!.]))(?!\p{L})/iu,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:ешкім\s+(?:сізге\s+|саған\s+)?(?:ештеңе\s+)?(?:тиіспейді|тимейді|ұстамайды|істемейді|жасамайды)|ештеңе\s+(?:болмайды|істемейді|жасамайды)|қорықпаңыз|қорықпа|кешіреді|кешірім\p{L}*|кешіріледі|кепілдік\p{L}*|бәрі\s+(?:жақсы\s+болады|ұмытылады)|жаза\s+болмайды)(?!\p{L})/iu,
        within: 60,
        crossSentence: true,
      },
    ],
    unless: [TRIP],
    examples: {
      match: [
        ['Қайтып келіңіз, сізге ешкім тиіспейді.', 'Қайтып келіңіз, сізге ешкім тиіспейді'],
        ['Қорықпаңыз, оралыңыз.', 'Қорықпаңыз, оралыңыз'],
      ],
      noMatch: ['Жұмыстан ерте қайтып кел, ешкім ұрыспайды.', 'Қорықпаңыз, дәрігер жақсы.'],
    },
  },
]);
