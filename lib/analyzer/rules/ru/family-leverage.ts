import { defineRules } from '../define';
import { RELATIVE, YOUR_RELATIVE } from './_lexicon';

/** What may happen to relatives, or what their fate is said to depend on. */
const HARM =
  /(?<!\p{L})(?:пострада\p{L}*|страда(?:ть|ют|ет)|ответ(?:ят|ит|ить)\s+за|поплат\p{L}*|(?:будут|возникнут|начнутся)\s+(?:большие\s+|серьезные\s+)?(?:проблем|неприятност)\p{L}*|(?:будет|станет)\s+(?:очень\s+)?(?:плохо|хуже|тяжело|нелегко|несладко|трудно)|что-(?:то|нибудь)\s+(?:плохое\s+)?случит\p{L}*|что-(?:то|нибудь)\s+(?:плохое\s+)?случил\p{L}*\s+бы|задержан\p{L}*|задержали|арестова\p{L}*|арестуют|заберут|забрали|посадят|посадили|лагер\p{L}*|на\s+перевоспитани\p{L}*|вызывали|вызвали|допрашива\p{L}*|допрос\p{L}*|в\s+опасности|под\s+угрозой|завис(?:ит|ят)\s+(?:только\s+)?от\s+(?:вас|тебя|ваш\p{L}*|тво\p{L}*)|в\s+(?:ваших|твоих|наших)\s+руках|жаль\s+будет|было\s+бы\s+жаль|пожалеют|может\s+не\s+(?:выйти|вернуться)|не\s+выйдет|не\s+отпустят|не\s+освободят|останется\s+(?:там|под\s+стражей|в\s+лагере)|уволят|уволили|лишат\p{L}*|лишили\p{L}*|выгонят\p{L}*|отчислят|исключат|увезут|увезли|в\s+участок|на\s+допрос\p{L}*|на\s+беседу|(?:проблем|неприятност)\p{L}*\s+(?:с|на)\s+работ\p{L}*)(?!\p{L})/iu;

/** A relative spoken about, not a child addressed ("сынок", "доча" open a parent's message). */
const RELATIVE_NOT_ADDRESSED =
  /(?<!\p{L})(?:родител\p{L}*|родн(?:ые|ых|ым|ыми)|родственник\p{L}*|мам(?:[аыеу]|ой)|мать|матер\p{L}*|отц\p{L}*|отец|пап(?:[аыеу]|ой)|брат(?:[ауе]|ом|ья\p{L}*)?|сестр\p{L}*|сын(?:[ауе]|ом|овья\p{L}*)?|доч(?:ь|ери|ерью)|дет(?:и|ей|ям|ьми)|жен(?:[аыеу]|ой)|муж(?:[ау]|ем|е)?|бабушк\p{L}*|дедушк\p{L}*|дяд\p{L}*|тет[яиюе]\p{L}*)(?!\p{L})/iu;

/** "Your brother is with us": the relative is said to be held by the writer. */
const HELD =
  /(?<!\p{L})(?:(?:сейчас\s+|уже\s+|пока\s+)?(?:у\s+нас|с\s+нами|рядом\s+с\s+нами|в\s+наших\s+руках|у\s+нас\s+в\s+отделе|у\s+нас\s+в\s+гостях)|(?:сидит|находится|находятся|сидят|побудет|посидит)\s+(?:у\s+нас|с\s+нами|здесь|в\s+отделе|в\s+участке))(?!\p{L})/iu;

export default defineRules('ru', 'family-leverage', [
  {
    id: 'think-of-your-family',
    tactic: 'family-leverage',
    score: 0.85,
    description: '"Think of your parents": relatives at home invoked to press the person.',
    match:
      /(?<!\p{L})(?:подумайте|подумай|вспомните|вспомни|пожалейте|пожалей|побеспокойтесь|позаботьтесь)(?:\s+хотя\s+бы)?(?:\s+(?:о|об|про))?(?!\p{L})/iu,
    near: [{ pattern: RELATIVE, within: 16, side: 'after' }],
    examples: {
      match: [
        ['Подумайте о своих родителях в Урумчи.', 'Подумайте о своих родителях'],
        ['пожалей хотя бы мать', 'пожалей хотя бы мать'],
        ['Подумай о семье, прежде чем выступать.', 'Подумай о семье'],
      ],
      noMatch: ['Подумайте о подарке к празднику заранее!', 'Подумайте о погоде.'],
    },
  },
  {
    id: 'harm-to-your-relatives',
    tactic: 'family-leverage',
    score: 0.82,
    description: "The person's relatives will suffer, are held, or their fate depends on the person.",
    match: YOUR_RELATIVE,
    near: [{ pattern: HARM, within: 45 }],
    examples: {
      match: [
        ['Если не приедете, ваши родители пострадают.', 'ваши родители пострадают'],
        ['Дело вашего отца зависит от вас.', 'вашего отца зависит от вас'],
        ['твоему брату будет очень плохо', 'твоему брату будет очень плохо'],
        ['Было бы жаль, если с вашей мамой что-нибудь случится.', 'вашей мамой что-нибудь случится'],
      ],
      noMatch: [
        'Ваша мама чувствует себя лучше, её выписали.',
        'Твоему брату плохо после операции, но врачи говорят всё хорошо.',
        'Ваш отец задержался на работе.',
      ],
    },
  },
  {
    id: 'we-are-with-your-family',
    tactic: 'family-leverage',
    score: 0.85,
    description: '"We are with your parents now": the writer shows they can reach the relatives.',
    match:
      /(?<!\p{L})мы\s+(?:сейчас\s+|сегодня\s+|как\s+раз\s+)?(?:с|у|рядом\s+с|в\s+гостях\s+у|дома\s+у)\s+(?:ваш|тво)\p{L}*\s+(?:родител|мам|матер|отц|пап|семь|брат|сестр|жен|дет|родн)\p{L}*/iu,
    examples: {
      match: [['Мы сейчас у ваших родителей, они передают привет.', 'Мы сейчас у ваших родителей']],
      noMatch: ['Мы сейчас у моих родителей, приезжай.'],
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
          /(?<!\p{L})(?:просит|просят|умоляет|умоляют|плачет|плачут|записал\p{L}*\s+(?:для\s+вас\s+)?(?:видео|обращени)\p{L}*|хочет\s+(?:чтобы|вас\s+увидеть)|ждет\s+(?:вашего|твоего)\s+(?:возвращения|звонка|ответа))(?!\p{L})/iu,
        within: 30,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:купить|привезти|передай(?:те)?\s+привет|позвонить\s+вечером|с\s+днем\s+рождения|поздрав\p{L}*)(?!\p{L})/iu,
        within: 30,
        factor: 0.3,
        reason: 'an everyday family errand or greeting',
      },
    ],
    examples: {
      match: [
        ['Ваша мать плачет каждый день, позвоните нам.', 'Ваша мать плачет'],
        ['Твой отец записал для вас видеообращение.', 'Твой отец записал для вас видеообращение'],
      ],
      noMatch: ['Твоя мама просит купить лекарства.'],
    },
  },
  {
    id: 'relative-with-us',
    tactic: 'family-leverage',
    score: 0.82,
    description: '"Your brother is with us", "your father is sitting with us": the relative is held.',
    match: YOUR_RELATIVE,
    near: [{ pattern: HELD, within: 20, side: 'after' }],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:привет\p{L}*|ужин\p{L}*|обед\p{L}*|праздн\p{L}*|день\s+рождени\p{L}*|пирог\p{L}*|ночует|ночевать|отдыха\p{L}*|игра\p{L}*|чай|чаю|в\s+кино|на\s+даче|фильм\p{L}*)(?!\p{L})/iu,
        within: 50,
        factor: 0.3,
        reason: 'a family visit',
      },
    ],
    examples: {
      match: [
        ['Ваш брат у нас. Сами понимаете.', 'Ваш брат у нас'],
        ['Твой отец сейчас сидит с нами, поговорить хочешь?', 'Твой отец сейчас сидит с нами'],
      ],
      noMatch: ['Ваш брат у нас в гостях, передаёт привет!', 'Моя мама у нас дома.'],
    },
  },
  {
    id: 'or-else-relatives',
    tactic: 'family-leverage',
    score: 0.8,
    description:
      '"Otherwise they will take your father again", "mother was summoned because of you": relatives harmed on the person\'s account.',
    match:
      /(?<!\p{L})(?:иначе|а\s+то|не\s+то|в\s+противном\s+случае|из-за\s+(?:вас|тебя)|по\s+(?:вашей|твоей)\s+вине)(?!\p{L})/iu,
    near: [
      { pattern: RELATIVE, within: 30 },
      { pattern: HARM, within: 45 },
    ],
    examples: {
      match: [
        ['Пришли фото, иначе отца снова заберут.', 'иначе отца снова заберут'],
        ['Маму опять вызывали в участок из-за тебя.', 'Маму опять вызывали в участок из-за тебя'],
      ],
      noMatch: ['Одевайся теплее, а то мама будет переживать.', 'Из-за тебя мама опоздала на автобус.'],
    },
  },
  {
    id: 'for-your-family-sake',
    tactic: 'family-leverage',
    score: 0.8,
    description: '"For the safety of your relatives, answer": their safety made to hang on the person.',
    match:
      /(?<!\p{L})(?:ради|для|во\s+имя)\s+(?:безопасности|здоровья|спокойствия|блага|будущего|жизни|свободы)(?!\p{L})/iu,
    near: [{ pattern: YOUR_RELATIVE, within: 5, side: 'after' }],
    examples: {
      match: [['Ради безопасности ваших близких советую ответить.', 'Ради безопасности ваших близких']],
      noMatch: ['Ради здоровья моей мамы мы переехали.'],
    },
  },
  {
    id: 'think-of-them',
    tactic: 'family-leverage',
    score: 0.75,
    description: 'Relatives named, then "think of them" or "pity them".',
    match:
      /(?<!\p{L})(?:подумайте|подумай|пожалейте|пожалей)\s+(?:хотя\s+бы\s+)?(?:о\s+(?:них|нем|ней)|их|его|ее)(?!\p{L})/iu,
    near: [{ pattern: YOUR_RELATIVE, within: 60, side: 'before', crossSentence: true }],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:подар\p{L}*|поблагодар\p{L}*|поздрав\p{L}*|купи\p{L}*|привез\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'gifts and greetings',
      },
    ],
    examples: {
      match: [
        ['Ваши родители уже немолоды, подумайте о них.', 'Ваши родители уже немолоды, подумайте о них'],
      ],
      noMatch: ['Ваши родители прислали подарки, подумайте о них, как поблагодарить.'],
    },
  },
  {
    id: 'relative-taken-come-back',
    tactic: 'family-leverage',
    score: 0.75,
    description:
      'A relative is said to be questioned, held or taken, next to a demand on the person ("приезжай, отца таскают на допросы").',
    match: RELATIVE_NOT_ADDRESSED,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:таска\p{L}*|допрашива\p{L}*|на\s+допрос\p{L}*|арестова\p{L}*|задержа(?:ли|н|на|ны)|забрали|посадили|увезли|в\s+лагер\p{L}*|на\s+перевоспитани\p{L}*|вызыва\p{L}*\s+(?:в|на)\s+(?:полици|участок|отдел|допрос|беседу|органы)\p{L}*|вызвали\s+(?:в|на)\s+(?:полици|участок|отдел|допрос|беседу|органы)\p{L}*)(?!\p{L})/iu,
        within: 30,
      },
      {
        pattern:
          /(?<!\p{L})(?:приезжай(?:те)?|вернись|вернитесь|возвращайся|возвращайтесь|позвони(?:те)?|ответь(?:те)?|пришли(?:те)?|скинь(?:те)?|сделай(?:те)?|перестань(?:те)?|удали(?:те)?|из-за\s+(?:тебя|вас))(?!\p{L})/iu,
        within: 80,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:больниц\p{L}*|скор\p{L}*\s+помощ\p{L}*|реанимаци\p{L}*|операци\p{L}*|врач\p{L}*|госпитал\p{L}*|роддом\p{L}*)(?!\p{L})/iu,
        factor: 0.3,
        reason: 'a relative taken to hospital',
      },
    ],
    examples: {
      match: [
        ['Сынок, приезжай домой, отца таскают на допросы каждую неделю.', 'приезжай домой, отца таскают'],
      ],
      noMatch: ['Отца вызвали на работу в выходной, позвони ему вечером.'],
    },
  },
]);
