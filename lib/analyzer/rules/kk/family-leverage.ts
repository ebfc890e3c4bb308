import { defineRules } from '../define';
import { YOUR_RELATIVE } from './_lexicon';

/** What may happen to relatives, or what their fate is said to depend on. */
const HARM =
  /(?<!\p{L})(?:оңай\s+(?:болмайды|соқпайды|тимейді)|қиын\s+болады|қиындық\p{L}*|зардап\p{L}*|жауап\s+бере(?:ді|тін)\p{L}*|жауапқа\s+тартыл\p{L}*|ұстал\p{L}*|ұстап\s+(?:алды|әкетті|кетті|алады)|қамал\p{L}*|қамау\p{L}*|сотта\p{L}*|лагер\p{L}*|тәрбиелеу\p{L}*|жаман\s+болады|бірдеңе\s+бол\p{L}*|бір\s+нәрсе\s+бол\p{L}*|обал\p{L}*|сізге\s+байланысты|сенге\s+байланысты|сіздің\s+қолыңызда|сенің\s+қолыңда|проблема(?:лар)?\s+бол\p{L}*|мәселе\s+(?:туындай|бол)\p{L}*|жазалан\p{L}*|тергеу\p{L}*|шақырт\p{L}*|шақырып\s+(?:алды|жатыр|жүр)|қауіп(?!сіз)\p{L}*|зиян\p{L}*|азап\p{L}*|қысым\p{L}*)(?!\p{L})/iu;

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
    examples: {
      match: [
        ['Бауырларыңызға да оңай болмайды.', 'Бауырларыңызға да оңай болмайды'],
        ['Әкеңіздің ісі сізге байланысты.', 'Әкеңіздің ісі сізге байланысты'],
        ['Ініңді лагерьге жібереді.', 'Ініңді лагерьге'],
      ],
      noMatch: ['Анаңыз ауруханадан шықты, жағдайы жақсы.', 'Балаңыздың сабағы жақсы.'],
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
          /(?<!\p{L})(?:(?:бірге|қасында|жанында|үйінде)\s+(?:отырмыз|тұрмыз|жүрміз)|біргеміз|қасындамыз|жанындамыз|үйіндеміз|отырмыз|келіп\s+кеттік)(?!\p{L})/iu,
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
    id: 'relative-made-to-plead',
    tactic: 'family-leverage',
    score: 0.65,
    description: 'A relative is said to beg, cry or wait for the person, or to have recorded a message.',
    match: YOUR_RELATIVE,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:жылап\s+(?:жүр|отыр|жатыр)|жалынып\p{L}*|өтініп\s+(?:жатыр|жүр)|сұрап\s+(?:жатыр|жүр)|видео\s+(?:жазды|жазып)\p{L}*|үндеу\s+жаз\p{L}*|сізді\s+күтіп\s+(?:жүр|отыр))(?!\p{L})/iu,
        within: 30,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:сәлем\s+айт\p{L}*|құттықта\p{L}*|сатып\s+ал\p{L}*|дәрі\p{L}*)(?!\p{L})/iu,
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
]);
