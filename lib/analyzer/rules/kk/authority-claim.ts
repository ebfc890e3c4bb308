import { defineRules } from '../define';
import { AUTHORITY, OFFICE, RELAYED, VISITED, YOU } from './_lexicon';

/** "-данмын", "-нанбыз": "I am / we are from" glued to an office ("бюросынанмын", "派出所-танмын"). */
const FROM_ME = /(?<=\p{L})-?(?:нан|нен|дан|ден|тан|тен)(?:мын|мін|быз|біз|пыз|піз)(?!\p{L})/iu;

/** The ablative "from" on an office ("полициядан", "派出所-тан"), or "on behalf of" ("атынан"). */
const FROM_OR_FOR =
  /(?<=\p{L})-?(?:нан|нен|дан|ден|тан|тен)(?!\p{L})|(?<!\p{L})(?:атынан|тарапынан|атымен)(?!\p{L})/iu;

/** An office in the ablative, then a pause: "Мен 派出所-тан, ...", "Біз полициядан." */
const OFFICE_FROM_PAUSE =
  /(?<!\p{L})(?:к[оа]нсул(?!ьт|т)\p{L}*|елшілі[кг]\p{L}*|полиция\p{L}*|бюро\p{L}*|басқарма\p{L}*|бөлім\p{L}*|комитет\p{L}*|ұқк\p{L}*|іім\p{L}*)(?:нан|нен|дан|ден|тан|тен)(?=\s*[,.!:;-]|\s*$)|(?:派出所|公安局|公安|国安局|国安|大使馆|领事馆|总领馆)-?(?:нан|нен|дан|ден|тан|тен)(?!\p{L})/iu;

/** A caller saying they are calling, writing or have come. */
const CALLING =
  /(?<!\p{L})(?:хабарлас(?:ып|ам|амыз|қан)\p{L}*|звонда\p{L}*|қоңырау\s+шал\p{L}*|жазып\s+(?:отырмын|отырмыз|тұрмын|тұрмыз)|жазамын|жазамыз|хабарлаймыз|хабарлаймын|мазалап\s+(?:тұрмыз|отырмыз|тұрмын|отырмын)|жазып\s+жатырмыз|сөйлеп\s+(?:тұрмын|тұрмыз|отырмын|отырмыз)|келдім|келдік|келіп\s+тұрмыз|келіп\s+отырмыз)(?!\p{L})/iu;

/** An office addressed ("полицияға", "консулдыққа"): the writer went or called there. */
const TO_OFFICE = {
  pattern: /(?<!\p{L})(?:полиция|к[оа]нсулдық|елшілік|бөлім|бюро)\p{L}+(?<=ға|ге|қа|ке|на|не)(?!\p{L})/iu,
  within: 0,
  factor: 0.3,
  reason: 'narrates a visit or a call to the office, not a claim',
};

/** "Маған полициядан хабарласты": a call received, told by its receiver. */
const CALL_RECEIVED = {
  pattern: /(?<!\p{L})(?:маған|бізге|анама|әкеме|оған)\s+(?:\p{L}+\s+)?(?:полиция|консулдық)\p{L}*/iu,
  within: 0,
  factor: 0.3,
  reason: 'narrates a call received from the office',
};

export default defineRules('kk', 'authority-claim', [
  {
    id: 'i-am-from-office',
    tactic: 'authority-claim',
    score: 0.9,
    description:
      'The writer says "I am from" the police, a security bureau or the consulate ("бюросынанмын").',
    match: OFFICE,
    near: [{ pattern: FROM_ME, within: 0 }],
    examples: {
      match: [
        ['Сәлеметсіз бе, мен Құлжа қалалық қоғамдық қауіпсіздік бюросынанмын.', 'бюросынанмын'],
        ['Біз консулдықтанбыз, сізбен сөйлесуіміз керек.', 'консулдықтанбыз'],
        ['Сәлем, 派出所-танмын.', '派出所-танмын'],
      ],
      noMatch: ['Мен бөлімнен шықтым.', 'Біз полицияға бардық.'],
    },
  },
  {
    id: 'calling-from-office',
    tactic: 'authority-claim',
    score: 0.85,
    description:
      'The writer is calling or writing from, or on behalf of, the police, the consulate or a security body.',
    match: OFFICE,
    near: [
      { pattern: FROM_OR_FOR, within: 2 },
      { pattern: CALLING, within: 40, side: 'after' },
      { pattern: AUTHORITY, within: 60 },
    ],
    unless: [TO_OFFICE, CALL_RECEIVED],
    examples: {
      match: [
        ['Мен полициядан хабарласып тұрмын.', 'полициядан хабарласып'],
        ['Консулдықтан қоңырау шалып отырмыз, сізге сұрақ бар.', 'Консулдықтан қоңырау шалып'],
        [
          'Шәуешек қалалық мемлекеттік қауіпсіздік бөлімінен хабарласып отырмын.',
          'мемлекеттік қауіпсіздік бөлімінен хабарласып',
        ],
        ['Облыстық полиция басқармасы атынан жазып отырмын.', 'полиция басқармасы атынан жазып отырмын'],
      ],
      noMatch: [
        'Полицияға қоңырау шалдық.',
        'Кеше бөлімнен үйге келдім.',
        'Банк бөлімінен хабарласып тұрмын.',
      ],
    },
  },
  {
    id: 'i-am-from-office-short',
    tactic: 'authority-claim',
    score: 0.85,
    description: 'A short self-introduction: "Мен 派出所-тан,", "Біз полициядан."',
    match: OFFICE_FROM_PAUSE,
    near: [{ pattern: /(?<!\p{L})(?:мен|біз)(?!\p{L})/iu, within: 70, side: 'before' }],
    examples: {
      match: [
        ['Сәлем, мен 派出所-тан. Сізге сұрақ бар.', 'мен 派出所-тан'],
        ['Біз полициядан, есікті ашыңыз.', 'Біз полициядан'],
      ],
      noMatch: ['Мен полициядан қорқамын.', 'Мен бүгін бөлімнен шықтым.'],
    },
  },
  {
    id: 'this-is-the-consulate',
    tactic: 'authority-claim',
    score: 0.85,
    description: 'A caller names an authority as themself: "Бұл ... бас консулдығы", "Бұл полиция".',
    match: /(?<!\p{L})бұл(?!\p{L})/iu,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:к[оа]нсулдығы(?:нан)?|к[оа]нсулдық(?:тан)?|елшілігі(?:нен)?|елшілік(?:тен)?|полиция(?:сы|сынан|дан)?|бюросы(?:нан)?|комитеті(?:нен)?|басқармасы(?:нан)?|бөлімі(?:нен)?|к[оа]нсуль?с?тво|посоль?с?тво)(?!\p{L})/iu,
        within: 40,
        side: 'after',
      },
    ],
    examples: {
      match: [
        [
          '[Автоматты хабарлама] Бұл ҚХР-дың Алматыдағы бас консулдығы.',
          'Бұл ҚХР-дың Алматыдағы бас консулдығы',
        ],
        ['Бұл полиция, есікті ашыңыз.', 'Бұл полиция'],
      ],
      noMatch: ['Бұл туралы полицияға хабарлаңыз.', 'Бұл кітап өте қызық.'],
    },
  },
  {
    id: 'i-am-an-officer',
    tactic: 'authority-claim',
    score: 0.85,
    description: 'The writer says they are an officer or employee of an authority ("полиция қызметкерімін").',
    match:
      /(?<!\p{L})(?:қызметкерімін|қызметкеріміз|қызметкерлеріміз|офицермін|тергеушімін|инспектормын|учаскелікпін|өкілімін|өкіліміз|жетекшісімін)(?!\p{L})/iu,
    near: [{ pattern: AUTHORITY, within: 50, side: 'before' }],
    examples: {
      match: [
        ['Мен Үрімжі полициясының қызметкерімін.', 'полициясының қызметкерімін'],
        ['Сәлеметсіз бе, консулдықтың қызметкерімін.', 'консулдықтың қызметкерімін'],
      ],
      noMatch: ['Мен банк қызметкерімін.'],
    },
  },
  {
    id: 'wants-to-talk',
    tactic: 'authority-claim',
    score: 0.75,
    description: 'A named authority asks to talk to or meet the person ("... сізбен сөйлесуіміз керек").',
    match:
      /(?<!\p{L})(?:(?:сізбен|сенімен)\s+(?:сөйлесу\p{L}*|кездесу\p{L}*|әңгімелесу\p{L}*|жолығу\p{L}*)|сөйлесуіміз\s+керек|кездесуіміз\s+керек|кездесейік|сөйлесейік|әңгімелесейік|әңгімеге\s+шақыр\p{L}*)(?!\p{L})/iu,
    near: [{ pattern: AUTHORITY, within: 60, crossSentence: true }],
    unless: [TO_OFFICE],
    examples: {
      match: [
        ['Мен 公安局-тан, сізбен сөйлесуіміз керек.', '公安局-тан, сізбен сөйлесуіміз'],
        [
          'Тарбағатай ұлттық қауіпсіздік басқармасы. Сізбен кездесу керек.',
          'ұлттық қауіпсіздік басқармасы. Сізбен кездесу',
        ],
      ],
      noMatch: ['Сізбен кездесейік, кофе ішеміз.', 'Полицияға барайық, сосын кездесейік.'],
    },
  },
  {
    id: 'authority-asks-you',
    tactic: 'authority-claim',
    score: 0.72,
    description:
      'A named authority makes a personal demand on the reader ("Бас консулдығы ... құжаттарды сұрайды").',
    match: AUTHORITY,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:сұрайды|талап\s+етеді|өтінеді|міндеттейді|шақырады|шақырып\s+отыр|күтеді)(?!\p{L})/iu,
        within: 90,
        side: 'after',
      },
      { pattern: YOU, within: 90 },
    ],
    unless: [
      TO_OFFICE,
      {
        pattern:
          /(?<!\p{L})(?:азаматтар\p{L}*|барлық|келушілер\p{L}*|тұрғындар\p{L}*|өтініш\s+берушілер\p{L}*|жазылу\p{L}*|алдын\s+ала)(?!\p{L})/iu,
        within: 60,
        factor: 0.3,
        reason: 'a notice to the public',
      },
    ],
    examples: {
      match: [
        [
          'ҚХР Бас консулдығы мәртебеңізді нақтылау үшін құжаттарыңызды сұрайды.',
          'консулдығы мәртебеңізді нақтылау үшін құжаттарыңызды сұрайды',
        ],
      ],
      noMatch: ['Консулдық азаматтардан алдын ала жазылуды сұрайды.'],
    },
  },
  {
    id: 'announces-in-robocall',
    tactic: 'authority-claim',
    score: 0.4,
    description:
      'A message that opens as an authority ("Консулдық хабарлайды:") is a claim when it also pushes a pretext (a key to press, an "important document"); alone it is a genuine notice.',
    match:
      /(?<!\p{L})(?:к[оа]нсулдығы|к[оа]нсулдық|елшілігі|елшілік|полиция(?:сы)?|көші-қон\s+қызметі)(?:\s+\p{L}+){0,3}\s+(?:хабарлайды|ескертеді|хабарлама\s+жібереді|мәлімдейді)(?!\p{L})/iu,
    boost: [
      {
        pattern: /(?<!\p{L})(?:басыңыз|маңызды\s+(?:құжат|хат)\p{L}*|атыңызға|шұғыл|хабарласыңыз)(?!\p{L})/iu,
        factor: 1.5,
        reason: 'pushes a pretext: a key to press or an important document',
      },
    ],
    examples: {
      match: [['ҚХР консулдығы хабарлайды: сізге маңызды құжат келді.', 'консулдығы хабарлайды']],
      noMatch: ['Дүкен хабарлайды: жеңілдіктер басталды.'],
    },
  },
  {
    id: 'relays-authority-demand',
    tactic: 'authority-claim',
    score: 0.65,
    description: 'A relative passes on a demand from a named authority ("полициядан келіп, сізге айт деді").',
    match: AUTHORITY,
    near: [{ pattern: RELAYED, within: 50, side: 'after' }],
    unless: [TO_OFFICE],
    examples: {
      match: [['Балам, полициядан келіп, сені хабарлассын деді.', 'полициядан келіп, сені хабарлассын']],
      noMatch: ['Полиция жол жабық екенін хабарлады.', 'Полицияға бардым, олар күте тұр деді.'],
    },
  },
  {
    id: 'relays-authority-visit',
    tactic: 'authority-claim',
    score: 0.7,
    description:
      'A relative says an office came or called, then passes on what they said ("полициядан адамдар келді ... дейді").',
    match: AUTHORITY,
    near: [
      { pattern: VISITED, within: 30, side: 'after' },
      { pattern: RELAYED, within: 100, side: 'after', crossSentence: true },
      { pattern: YOU, within: 120, crossSentence: true },
    ],
    unless: [TO_OFFICE],
    examples: {
      match: [
        [
          'Бізге аудандық полициядан адамдар келді. Сен хабарласпасаң, қиын болады дейді.',
          'полициядан адамдар келді. Сен хабарласпасаң, қиын болады дейді',
        ],
        [
          'Балам, 派出所-тан адамдар келіп, сенің жұмыс орныңды сұрады.',
          'Балам, 派出所-тан адамдар келіп, сенің жұмыс орныңды сұрады',
        ],
      ],
      noMatch: ['Полицияға хабарластық, олар ертең келеміз деді.'],
    },
  },
  {
    id: 'my-name-is-officer',
    tactic: 'authority-claim',
    score: 0.8,
    description: 'The writer gives their name and an authority ("Менің атым Ли, Үрімжі полициясынан").',
    match: /(?<!\p{L})(?:менің\s+(?:атым|есімім|тегім)|атым|есімім)(?!\p{L})/iu,
    near: [{ pattern: AUTHORITY, within: 50, crossSentence: true }],
    unless: [TO_OFFICE],
    examples: {
      match: [['Менің атым Ли, Үрімжі полициясынан.', 'Менің атым Ли, Үрімжі полициясынан']],
      noMatch: ['Менің атым Айгүл, полицияға арыз жаздым.'],
    },
  },
]);
