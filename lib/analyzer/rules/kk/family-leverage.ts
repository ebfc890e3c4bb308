import { defineRules } from '../define';
import { YOUR_RELATIVE } from './_lexicon';

/** What may happen to relatives, or what their fate is said to depend on. */
const HARM =
  /(?<!\p{L})(?:оңай\s+(?:болмайды|соқпайды|тимейді)|қиын\s+болады|қиындық\p{L}*|зардап\p{L}*|жауап\s+бере(?:ді|тін)\p{L}*|жауапқа\s+тартыл\p{L}*|ұстал\p{L}*|ұстап\s+(?:алды|әкетті|кетті|алады)|алып\s+(?:кетеді|кетті|кетуі|кетеміз|кетуіміз)|әкет(?:еді|ті|уі)|қамал\p{L}*|қамау\p{L}*|сотта\p{L}*|лагер\p{L}*|тәрбиелеу\p{L}*|жаман\s+болады|бірдеңе\s+бол\p{L}*|бір\s+нәрсе\s+бол\p{L}*|не\s+болатын\p{L}*|обал\p{L}*|(?:сізге|сенге|саған)\s+(?:тікелей\s+|толығымен\s+|тек\s+)?байланысты|(?<=ң[ыі]з(?:ға|ге|қа|ке)\s)байланысты|сіздің\s+қолыңызда|сенің\s+қолыңда|проблема(?:лар)?\s+бол\p{L}*|мәселе\s+(?:туындай|бол)\p{L}*|жазалан\p{L}*|тергеу\p{L}*|шақырт\p{L}*|шақырып\s+(?:алды|жатыр|жүр)|қауіп(?!сіз)\p{L}*|зиян\p{L}*|азап\p{L}*|қысым\p{L}*|нашарла\p{L}*\s+(?:кетуі|қалуы)\s+мүмкін|(?:қиындауы|нашарлауы|ауырлауы)\s+мүмкін|жұмыстан\s+(?:шығар|қуыл|айырыл|босат)\p{L}*|шықпай\s+қал\p{L}*|босатылмай\p{L}*|босатпай\p{L}*|жұмыссыз\s+қал\p{L}*|оқудан\s+(?:шығар|қуыл)\p{L}*|зейнетақы\p{L}*\s+(?:тоқтат|жой|кес)\p{L}*|сіз\s+үшін\s+жауап\p{L}*)(?!\p{L})/iu;

/** "We have your father": the relative is said to be with, at, or in the hands of the writer. */
const HELD =
  /(?<!\p{L})(?:бізбен(?:\s+бірге)?\s+(?:отыр|тұр|жүр)\p{L}*|бізде(?:\s+(?:отыр|тұр|жатыр))?|біздің\s+(?:қолымызда|қасымызда|жанымызда|бөлімде|кеңседе)|қолымызда|қасымызда|жанымызда|қарамағымызда|бақылауымызда|біздің\s+(?:қарамағымызда|бақылауымызда)|бізге\s+(?:әкелінді|әкелдік|жеткізілді))(?!\p{L})/iu;

/** Any relative, with or without a possessive. */
const RELATIVE =
  /(?<!\p{L})(?:ата-ана|ана[мнсң]|аға[мнсң]|апа[мнсң]|әке|шеше|іні|әпке|әже|сіңлі|бауыр|туыс|қарындас|отбасы|әйел|күйеу|бала|мама|папа)\p{L}*/iu;

/** A relative spoken about, not a child addressed ("балам", "ұлым" open a parent's message). */
const RELATIVE_NOT_ADDRESSED =
  /(?<!\p{L})(?:ата-ана|ана[мнс]|аға[мнс]|апа[мнс]|әке[мнс]|шеше[мнс]|іні[мнс]|әпке[мнс]|әже[мнс]|сіңлі[мнс]|бауыр|туыс|қарындас|отбасы|әйел|күйеу)\p{L}*/iu;

export default defineRules('kk', 'family-leverage', [
  {
    id: 'think-of-your-family',
    tactic: 'family-leverage',
    score: 0.85,
    description: '"Think of your parents": relatives at home invoked to press the person.',
    match:
      /(?<!\p{L})(?:ойлаңыз|ойласаңыз|ойла|ойлап\s+көріңіз|ойланыңыз|ұмытпаңыз|ұмытпа|аяңыз|аясаңыз|аямайсыз\s+ба)(?!\p{L})/iu,
    near: [{ pattern: YOUR_RELATIVE, within: 35, side: 'before' }],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:туған\s+күн\p{L}*|сыйлық\p{L}*|құттықта\p{L}*|қоңырау\s+шалуды|дәрі\p{L}*)(?!\p{L})/iu,
        within: 30,
        factor: 0.3,
        reason: 'an everyday family reminder',
      },
    ],
    examples: {
      match: [
        ['Ата-анаңызды ойлаңыз.', 'Ата-анаңызды ойлаңыз'],
        ['Балаларыңыздың болашағын ойласаңыз, бізбен келісесіз.', 'Балаларыңыздың болашағын ойласаңыз'],
        ['Әкеңе не болатынын ойла.', 'Әкеңе не болатынын ойла'],
      ],
      noMatch: ['Анаңның туған күнін ұмытпа!', 'Жақсылап ойланыңыз.'],
    },
  },
  {
    id: 'harm-to-your-relatives',
    tactic: 'family-leverage',
    score: 0.82,
    description: "The person's relatives will suffer, are held, or their fate depends on the person.",
    match: YOUR_RELATIVE,
    near: [{ pattern: HARM, within: 45, side: 'after' }],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:дәрігер\p{L}*|ота\p{L}*|емдел\p{L}*|аурухана\p{L}*|сабақ\p{L}*|бағасы)(?!\p{L})/iu,
        within: 40,
        factor: 0.4,
        reason: 'health or school news',
      },
    ],
    examples: {
      match: [
        ['Бауырларыңызға да оңай болмайды.', 'Бауырларыңызға да оңай болмайды'],
        ['Әкеңіздің ісі сізге байланысты.', 'Әкеңіздің ісі сізге байланысты'],
        ['Ініңді лагерьге жібереді.', 'Ініңді лагерьге'],
        ['Сіңліңіз жұмыстан шығарылады.', 'Сіңліңіз жұмыстан шығарылады'],
        ['Анаңыздың жағдайы шешіміңізге байланысты.', 'Анаңыздың жағдайы шешіміңізге байланысты'],
      ],
      noMatch: [
        'Анаңыз ауруханадан шықты, жағдайы жақсы.',
        'Балаңыздың сабағы жақсы.',
        'Шыңжаңдағы туыстарына зиян келтіреміз деп қорқытты.',
      ],
    },
  },
  {
    id: 'relative-with-us',
    tactic: 'family-leverage',
    score: 0.82,
    description:
      '"Your father is with us", "your brother is in our hands": the relative is held by the writer.',
    match: YOUR_RELATIVE,
    near: [{ pattern: HELD, within: 25, side: 'after' }],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:той\p{L}*|қонақ\p{L}*|сәлем\p{L}*|мереке\p{L}*|дастарқан\p{L}*|шай\p{L}*|туған\s+күн\p{L}*|демал\p{L}*|ойна\p{L}*|тамақ\p{L}*)(?!\p{L})/iu,
        within: 40,
        factor: 0.3,
        reason: 'a family gathering',
      },
    ],
    examples: {
      match: [
        ['Әкеңіз қазір бізбен бірге отыр.', 'Әкеңіз қазір бізбен бірге отыр'],
        ['Ініңіз біздің қолымызда, ойланыңыз.', 'Ініңіз біздің қолымызда'],
        ['Ағаң бізде.', 'Ағаң бізде'],
      ],
      noMatch: ['Анаңыз бізбен бірге тойда отыр, сәлем айтты.', 'Әкем бізбен бірге тұрады.'],
    },
  },
  {
    id: 'we-are-with-your-family',
    tactic: 'family-leverage',
    score: 0.85,
    description: '"We are with your parents now": the writer shows they can reach the relatives.',
    match: YOUR_RELATIVE,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:(?:бірге|қасында|жанында|үйінде)\s+(?:отырмыз|тұрмыз|жүрміз)|біргеміз|қасындамыз|жанындамыз|үйіндеміз|отырмыз|келіп\s+кеттік|барып\s+(?:келдік|кеттік))(?!\p{L})/iu,
        within: 25,
        side: 'after',
      },
    ],
    examples: {
      match: [['Біз қазір ата-анаңыздың үйінде отырмыз.', 'ата-анаңыздың үйінде отырмыз']],
      noMatch: ['Біз қазір анамның үйінде отырмыз.'],
    },
  },
  {
    id: 'or-else-relatives',
    tactic: 'family-leverage',
    score: 0.8,
    description:
      '"Otherwise your brother ...", "because of you they took your mother": relatives harmed on the person\'s account.',
    match:
      /(?<!\p{L})(?:әйтпесе|болмаса|сіз\s+үшін|сен\s+үшін|кесіріңізден|кесіріңнен|сіз\s+себепті|сен\s+себепті)(?!\p{L})/iu,
    near: [
      { pattern: RELATIVE, within: 30 },
      { pattern: HARM, within: 50 },
    ],
    examples: {
      match: [
        ['Әйтпесе әкеңді тағы алып кетеді.', 'Әйтпесе әкеңді тағы алып кетеді'],
        ['Сіз үшін анаңызды тергеуге шақыртты.', 'Сіз үшін анаңызды тергеуге'],
      ],
      noMatch: ['Әйтпесе кешігесің, анаң күтіп отыр.'],
    },
  },
  {
    id: 'relative-made-to-plead',
    tactic: 'family-leverage',
    score: 0.65,
    description: 'A relative is said to beg, cry or wait for the person, or to have recorded a message.',
    match: YOUR_RELATIVE,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:жылап\s+(?:жүр|отыр|жатыр)|жылайды|жалынып\p{L}*|өтініп\s+(?:жатыр|жүр)|сұрап\s+(?:жатыр|жүр)|видео\s+(?:жазды|жазып)\p{L}*|үндеу\s+жаз\p{L}*|сізді\s+күтіп\s+(?:жүр|отыр))(?!\p{L})/iu,
        within: 30,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:сәлем\s+айт\p{L}*|құттықта\p{L}*|сатып\s+ал\p{L}*|дәрі\p{L}*|қуанып\p{L}*)(?!\p{L})/iu,
        within: 30,
        factor: 0.3,
        reason: 'an everyday family errand or greeting',
      },
    ],
    examples: {
      match: [['Анаңыз күнде жылап жүр, хабарласыңыз.', 'Анаңыз күнде жылап жүр']],
      noMatch: ['Анаң дәрі сатып алуды сұрап жатыр.'],
    },
  },
  {
    id: 'for-your-family-sake',
    tactic: 'family-leverage',
    score: 0.8,
    description: '"For your family\'s safety, answer": the relatives\' safety made to hang on the person.',
    match:
      /(?<!\p{L})(?:(?:амандығы|қауіпсіздігі|тыныштығы|денсаулығы|болашағы)\s+(?:үшін|үшін\s+де)|(?:амандығын|қауіпсіздігін|тыныштығын|денсаулығын|болашағын)\s+(?:ойласаңыз|ойлаңыз|ойла|ойласаң|қаласаңыз))(?!\p{L})/iu,
    near: [{ pattern: YOUR_RELATIVE, within: 20, side: 'before' }],
    examples: {
      match: [
        ['Отбасыңыздың амандығы үшін бізге жауап беріңіз.', 'Отбасыңыздың амандығы үшін'],
        ['Анаңыздың денсаулығын ойласаңыз, хабарласыңыз.', 'Анаңыздың денсаулығын ойласаңыз'],
      ],
      noMatch: ['Менің анамның денсаулығы үшін дұға етіңіздер.'],
    },
  },
  {
    id: 'relative-taken-come-back',
    tactic: 'family-leverage',
    score: 0.75,
    description:
      'A relative is said to be questioned, held or taken, next to a demand on the person ("әкеңді алып кетті, хабарлас").',
    match: RELATIVE_NOT_ADDRESSED,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:(?:полиция\p{L}*|тағы|қайтадан)\s+(?:алып\s+кетті|әкетті)|ұстап\s+(?:алды|кетті|әкетті)|ұсталды|қамалды|қамауға\s+алды|тергеуге\s+шақыр\p{L}*|жауапқа\s+шақыр\p{L}*|лагерь\p{L}*|(?:полицияға|бөлімге|учаскеге)\s+шақыр\p{L}*|сұраққа\s+алды|сұрақ-жауап\p{L}*)(?!\p{L})/iu,
        within: 30,
      },
      {
        pattern:
          /(?<!\p{L})(?:хабарлас(?:ыңыз|шы)?|қайт(?:ыңыз|шы)?|қайтып\s+кел\p{L}*|кел(?:іңіз|ші)|жібер(?:іңіз|ші)?|тоқтат(?:ыңыз)?|өшір(?:іңіз)?|сен\s+үшін|сіз\s+үшін|кесіріңнен|кесіріңізден)(?!\p{L})/iu,
        within: 80,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:аурухана\p{L}*|жедел\s+жәрдем\p{L}*|дәрігер\p{L}*|ота\p{L}*|емхана\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'a relative taken to hospital',
      },
    ],
    examples: {
      match: [['Балам, әкеңді тағы алып кетті. Тез хабарлас.', 'әкеңді тағы алып кетті. Тез хабарлас']],
      noMatch: ['Әкеңді досы балыққа алып кетті, кешке хабарлас.'],
    },
  },
]);
