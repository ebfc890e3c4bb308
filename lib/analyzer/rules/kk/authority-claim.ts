import { defineRules } from '../define';
import { AUTHORITY, OFFICE } from './_lexicon';

/** "-данмын", "-нанбыз": "I am / we are from" glued to an office ("бюросынанмын", "полициядан мын"). */
const FROM_ME = /(?<=\p{L})(?:нан|нен|дан|ден|тан|тен)(?:мын|мін|быз|біз|пыз|піз)(?!\p{L})/iu;

/** The ablative "from" on an office ("полициядан", "консулдықтан"). */
const ABLATIVE = /(?<=\p{L})(?:нан|нен|дан|ден|тан|тен)(?!\p{L})/iu;

/** A caller saying they are calling, writing or have come. */
const CALLING =
  /(?<!\p{L})(?:хабарлас(?:ып|ам|амыз|қан)\p{L}*|звонда\p{L}*|қоңырау\s+шал\p{L}*|жазып\s+(?:отырмын|отырмыз|тұрмын|тұрмыз)|сөйлеп\s+(?:тұрмын|тұрмыз|отырмын|отырмыз)|келдім|келдік|келіп\s+тұрмыз|келіп\s+отырмыз)(?!\p{L})/iu;

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
      ],
      noMatch: ['Мен бөлімнен шықтым.', 'Біз полицияға бардық.'],
    },
  },
  {
    id: 'calling-from-office',
    tactic: 'authority-claim',
    score: 0.85,
    description: 'The writer is calling or writing from the police, the consulate or a security body.',
    match: AUTHORITY,
    near: [
      { pattern: ABLATIVE, within: 0 },
      { pattern: CALLING, within: 40, side: 'after' },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:маған|бізге|анама|әкеме|оған|сізге)\s+(?:\p{L}+\s+)?(?:полиция|консулдық)\p{L}*/iu,
        within: 0,
        factor: 0.3,
        reason: 'narrates a call received from the office',
      },
    ],
    examples: {
      match: [
        ['Мен полициядан хабарласып тұрмын.', 'полициядан хабарласып'],
        ['Консулдықтан қоңырау шалып отырмыз, сізге сұрақ бар.', 'Консулдықтан қоңырау шалып'],
      ],
      noMatch: ['Полицияға қоңырау шалдық.', 'Кеше бөлімнен үйге келдім.'],
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
          /(?<!\p{L})(?:консулдығы|консулдық|елшілігі|елшілік|полиция(?:сы)?|бюросы|комитеті|басқармасы|бөлімі|консульство|посольство)(?!\p{L})/iu,
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
      /(?<!\p{L})(?:қызметкерімін|қызметкеріміз|қызметкерлеріміз|офицермін|тергеушімін|инспектормын|учаскелікпін|өкілімін|өкіліміз)(?!\p{L})/iu,
    near: [{ pattern: AUTHORITY, within: 50, side: 'before' }],
    examples: {
      match: [['Мен Үрімжі полициясының қызметкерімін.', 'полициясының қызметкерімін']],
      noMatch: ['Мен банк қызметкерімін.'],
    },
  },
  {
    id: 'announces-in-robocall',
    tactic: 'authority-claim',
    score: 0.4,
    description:
      'A message that opens as an authority ("Консулдық хабарлайды:") is a claim when it also pushes a pretext (a key to press, an "important document"); alone it is a genuine notice.',
    match:
      /(?<!\p{L})(?:консулдығы|консулдық|елшілігі|елшілік|полиция(?:сы)?|көші-қон\s+қызметі)(?:\s+\p{L}+){0,3}\s+(?:хабарлайды|ескертеді|хабарлама\s+жібереді|мәлімдейді)(?!\p{L})/iu,
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
    near: [
      {
        pattern:
          /(?<!\p{L})(?:деді|деп\s+(?:айтты|жатыр|тапсырды)|сұрады|сұрап\s+(?:жатыр|кетті)|талап\s+ет\p{L}*|тапсырды|бұйырды)(?!\p{L})/iu,
        within: 50,
        side: 'after',
      },
    ],
    examples: {
      match: [['Балам, полициядан келіп, сені хабарлассын деді.', 'полициядан келіп, сені хабарлассын деді']],
      noMatch: ['Полиция жол жабық екенін хабарлады.'],
    },
  },
]);
