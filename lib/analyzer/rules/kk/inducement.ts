import { defineRules } from '../define';
import { REPORTED as REPORTED_RU } from '../ru/_lexicon';
import { REPORTED, YOUR_RELATIVE } from './_lexicon';

/** First-person offers ("көмектесеміз", "алып береміз", "төлейміз"). */
const OFFER =
  /(?<!\p{L})(?:көмектесеміз|көмектесемін|көмектесе\s+аламыз|көмек\s+береміз|алып\s+береміз|алып\s+беремін|жасап\s+береміз|рәсімдеп\s+береміз|шығарып\s+береміз|тауып\s+береміз|ұйымдастырамыз|ұйымдастырып\s+береміз|рұқсат\s+(?:береміз|етеміз|аламыз)|кепілдік\s+береміз|қамтамасыз\s+етеміз|төлейміз|төлеймін|береміз|беремін|жасатып\s+береміз|рұқсат\s+алып\s+береміз)(?!\p{L})/iu;

/** What is offered: documents, exit, contact with family, money, work, release. */
const BENEFIT =
  /(?<!\p{L})(?:пасп[оа]рт\p{L}*|төлқұжат\p{L}*|виза\p{L}*|шетелге\s+шығу\p{L}*|шығуға\s+рұқсат\p{L}*|видео\p{L}*|бейне\s?байланыс\p{L}*|бейне\s?қоңырау\p{L}*|сөйлесе\s+аласыз|көрісе\s+аласыз|кездесе\s+аласыз|ақша\p{L}*|қаржы\p{L}*|сыйақы\p{L}*|доллар\p{L}*|юань\p{L}*|теңге\p{L}*|жұмыс(?:қа)?|қауіпсіздік\p{L}*|босат\p{L}*)(?!\p{L})/iu;

const reported = [
  { pattern: REPORTED, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
  { pattern: REPORTED_RU, factor: 0.3, reason: 'reported, quoted or warned about, not used' },
];

export default defineRules('kk', 'inducement', [
  {
    id: 'offer-of-benefit',
    tactic: 'inducement',
    score: 0.8,
    description: 'Offers passports, exit, family video calls, money or a job in return for cooperation.',
    match: OFFER,
    near: [{ pattern: BENEFIT, within: 45 }],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:турагент\p{L}*|визалық\s+агенттік\p{L}*|жеңілдік\p{L}*|акция|бағасы|вакансия\p{L}*|түйіндеме\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'an agency advertisement or job offer',
      },
      {
        pattern:
          /(?<!\p{L})тек\s+(?:\p{L}+\s+)?(?:келгенде|қайтқанда|оралғанда|келсеңіз|қайтсаңыз|келген\s+соң)(?!\p{L})/iu,
        within: 40,
        factor: 0.3,
        reason: 'a document given only on return is return pressure, not a reward',
      },
    ],
    examples: {
      match: [
        ['Ініңізге паспорт алып береміз.', 'паспорт алып береміз'],
        ['Ата-анаңызбен видео байланыс ұйымдастырамыз.', 'видео байланыс ұйымдастырамыз'],
        ['Ақпарат үшін жақсы ақша төлейміз.', 'ақша төлейміз'],
      ],
      noMatch: ['Турагент: визаны тез рәсімдеп береміз, жеңілдік бар!', 'Сабақ бойынша көмектесемін.'],
    },
  },
  {
    id: 'if-you-cooperate',
    tactic: 'inducement',
    score: 0.78,
    description: 'A reward made conditional on cooperating, helping or returning.',
    match:
      /(?<!\p{L})(?:ынтымақтассаңыз|ынтымақтассаң|көмектессеңіз|көмектессең|көмектесіп\s+тұрсаңыз|келіссеңіз|келіссең|келісімге\s+келсеңіз|бізбен\s+жұмыс\s+істесеңіз|хабарлап\s+тұрсаңыз|айтып\s+тұрсаңыз|тілімізді\s+алсаңыз)(?!\p{L})/iu,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:аласыз|алады|береміз|береді|рәсімдейді|рәсімделеді|жасап\s+береді|рұқсат\p{L}*|пасп[оа]рт\p{L}*|төлқұжат\p{L}*|виза\p{L}*|видео\p{L}*|ақша\p{L}*|ештеңе\s+болмайды|көре\s+аласыз|сөйлесе\s+аласыз|шыға\s+алады|босатамыз|босатады|босатылады)(?!\p{L})/iu,
        within: 60,
        crossSentence: true,
      },
    ],
    unless: reported,
    examples: {
      match: [['Бізбен ынтымақтассаңыз, анаңыз паспорт алады.', 'ынтымақтассаңыз, анаңыз паспорт']],
      noMatch: ['Келіссеңіз, ертең кездесейік.'],
    },
  },
  {
    id: 'family-safe-if',
    tactic: 'inducement',
    score: 0.75,
    description: 'The safety or release of relatives is offered ("отбасыңыз аман болады").',
    match: YOUR_RELATIVE,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:(?:аман|қауіпсіз|тыныш)\s+(?:болады|өмір\s+сүреді|жүреді)|ешкім\s+тиіспейді|ештеңе\s+болмайды|босатамыз|босатылады|босатады|шетелге\s+шыға\s+алады|паспорт\s+алады)(?!\p{L})/iu,
        within: 30,
        side: 'after',
      },
    ],
    useDefaults: false,
    unless: reported,
    examples: {
      match: [['Бізбен ынтымақтассаңыз, отбасыңыз аман болады.', 'отбасыңыз аман болады']],
      noMatch: ['Алаяқтар «отбасыңыз аман болады» деп алдайды.'],
    },
  },
  {
    id: 'promise-of-safety',
    tactic: 'inducement',
    score: 0.72,
    description: 'Promises that nothing will happen to the person (typically on return).',
    match:
      /(?<!\p{L})(?:(?:сізге|саған)\s+ештеңе\s+(?:болмайды|істемейді|жасамайды|істемейміз)|ешкім\s+(?:сізге|саған)\s+(?:ештеңе\s+)?(?:тиіспейді|істемейді|жасамайды)|(?:сізге|саған)\s+ешкім\s+(?:ештеңе\s+)?(?:тиіспейді|тимейді|істемейді|жасамайды)|қауіпсіздігіңізге\s+кепілдік\s+береміз)(?!\p{L})/iu,
    useDefaults: false,
    unless: [
      ...reported,
      {
        pattern:
          /(?<!\p{L})(?:ота\p{L}*|аурухана\p{L}*|дәрігер\p{L}*|операция\p{L}*|емтихан\p{L}*|уайымдама\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'comfort before an operation or an exam',
      },
    ],
    examples: {
      match: [['Қорықпаңыз, сізге ештеңе болмайды, тек келіңіз.', 'сізге ештеңе болмайды']],
      noMatch: ['Уайымдама, ертеңгі отадан кейін саған ештеңе болмайды.'],
    },
  },
  {
    id: 'reward-for-return',
    tactic: 'inducement',
    score: 0.72,
    description: 'Money, a job, a flat or a pardon promised for coming back.',
    match:
      /(?<!\p{L})(?:қайтып\s+келсеңіз|қайтсаңыз|оралсаңыз|елге\s+келсеңіз|қайтып\s+келгеннен\s+кейін)(?!\p{L})/iu,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:ақша\p{L}*|жұмыс\p{L}*|пәтер\p{L}*|үй\s+береміз|кешіріледі|кешіреміз|жаза\s+болмайды|ештеңе\s+болмайды|ешкім\s+тиіспейді|босатамыз|сыйақы\p{L}*|жәрдемақы\p{L}*)(?!\p{L})/iu,
        within: 50,
        crossSentence: true,
      },
    ],
    unless: reported,
    examples: {
      match: [['Елге қайтып келсеңіз, жақсы жұмыс пен пәтер береміз.', 'қайтып келсеңіз, жақсы жұмыс']],
      noMatch: ['Қайтып келсеңіз, маған хабарласыңыз.'],
    },
  },
]);
