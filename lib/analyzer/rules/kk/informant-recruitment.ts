import { defineRules } from '../define';
import { COMMUNITY, REQUEST_OR_NEED } from './_lexicon';

export default defineRules('kk', 'informant-recruitment', [
  {
    id: 'who-keeps-coming',
    tactic: 'informant-recruitment',
    score: 0.8,
    description: 'Asks who keeps coming to, attending or gathering at a diaspora office, group or protest.',
    match:
      /(?<!\p{L})кім(?:дер)?\s+(?:келіп|барып|қатысып|жиналып|кіріп|араласып|сөйлеп)\s+(?:жүр|жүреді|жүрді|тұрады|жүретін|жүр\s+екен)(?!\p{L})/iu,
    examples: {
      match: [
        ['Атажұрт кеңсесіне кімдер келіп жүр?', 'кімдер келіп жүр'],
        ['Сендердің жиналыстарыңа кім барып жүреді?', 'кім барып жүреді'],
      ],
      noMatch: ['Кімдер келеді ертеңгі тойға?'],
    },
  },
  {
    id: 'who-attends-group',
    tactic: 'informant-recruitment',
    score: 0.75,
    description: 'Asks who attends, leads or organises a diaspora group, meeting or protest.',
    match:
      /(?<!\p{L})кім(?:дер)?\s+(?:қатысады|қатысты|ұйымдастырады|ұйымдастырды|басқарады|басқарды|сөйледі|сөз\s+сөйледі|барды|келді|жиналды|болды|мүше)(?!\p{L})/iu,
    near: [{ pattern: COMMUNITY, within: 40, side: 'before' }],
    examples: {
      match: [['Митингті кім ұйымдастырды?', 'Митингті кім ұйымдастырды']],
      noMatch: ['Тойға кім келді?'],
    },
  },
  {
    id: 'names-of-others',
    tactic: 'informant-recruitment',
    score: 0.85,
    description: 'Asks for their names, a list of members or who they are ("аттарын жазып жіберіңіз").',
    match:
      /(?<!\p{L})(?:аттарын|есімдерін|аты-жөндерін|аты-жөнін|тізімін|тізімді|фамилияларын|кім(?:дер)?\s+(?:екенін|қатысқанын|келгенін|барғанын|сөйлегенін|ұйымдастырғанын|келіп\s+жүргенін)|олардың\s+суреттерін|қатысушылардың\s+(?:аттарын|тізімін|суреттерін))(?!\p{L})/iu,
    near: [{ pattern: REQUEST_OR_NEED, within: 30, side: 'after' }],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:тіркел\p{L}*|тіркеу\p{L}*|байқау\p{L}*|жарыс\p{L}*|сертификат\p{L}*|мектеп\p{L}*|сынып\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'an event registration or school list',
      },
    ],
    examples: {
      match: [
        ['Аттарын жазып жіберіңіз.', 'Аттарын жазып жіберіңіз'],
        ['Олардың кімдер екенін біліп, бізге айтыңыз.', 'кімдер екенін біліп, бізге айтыңыз'],
      ],
      noMatch: ['Байқауға тіркелу үшін балалардың аттарын жазып жіберіңіз.'],
    },
  },
  {
    id: 'report-to-us',
    tactic: 'informant-recruitment',
    score: 0.85,
    description: 'Asks the person to keep reporting what happens in the community or what people say.',
    match:
      /(?<!\p{L})(?:хабарлап\s+(?:тұрыңыз|отырыңыз|тұр|отыр)|айтып\s+(?:тұрыңыз|отырыңыз|тұр|отыр)|жеткізіп\s+(?:тұрыңыз|отырыңыз)|біліп\s+(?:беріңіз|келіңіз|алыңыз|бер)|бақылап\s+(?:жүріңіз|отырыңыз|тұрыңыз)|қадағалап\s+(?:жүріңіз|отырыңыз)|ақпарат\s+жина\p{L}*|мәлімет\s+жина\p{L}*|бізге\s+(?:хабарлаңыз|айтыңыз|жеткізіңіз|жазыңыз))(?!\p{L})/iu,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:не\s+(?:болып|айтып|істеп|жоспарлап|талқылап)\s+жатқан\p{L}*|не\s+айтқан\p{L}*|не\s+туралы|кім(?:дер)?\s+\p{L}+|қауымдастық\p{L}*|диаспора\p{L}*|жиналыс\p{L}*|жиын\p{L}*|митинг\p{L}*|наразылық\p{L}*|кеңсе\p{L}*|мешіт\p{L}*|ұйым\p{L}*|ассоциация\p{L}*|атажұрт\p{L}*|белсенді\p{L}*|отандас\p{L}*)(?!\p{L})/iu,
        within: 60,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:келетін\s+болсаңыз|келесіз\s+бе|қатысатын\s+болсаңыз|қатысасыз\s+ба)(?!\p{L})/iu,
        within: 40,
        factor: 0.3,
        reason: 'an event organiser asking who will come',
      },
    ],
    examples: {
      match: [
        [
          'Қауымдастықта не болып жатқанын бізге хабарлап тұрыңыз.',
          'не болып жатқанын бізге хабарлап тұрыңыз',
        ],
        ['Жиналыста кімдер сөйлейтінін біліп беріңіз.', 'кімдер сөйлейтінін біліп беріңіз'],
      ],
      noMatch: ['Жиналысқа келетін болсаңыз, бізге хабарлаңыз.'],
    },
  },
]);
