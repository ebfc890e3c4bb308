import { defineRules } from '../define';

const ABOUT_YOU =
  /(?<!\p{L})(?:qeyerde|nede|adr[ei]s|turidighan|ishleydighan|oquydighan|barghan|qilghan|kim ?bilen|kimler ?bilen|oyingiz|balingiz|sizning|sizni|siz ?heqqide|hemmi)\p{L}*|(?<!\p{L})\p{L}+(?<=li[qk]ingiz(?:ni)?)(?!\p{L})/u;

const YOUR_THING = /(?<!\p{L})\p{L}+(?<=ing(?:iz(?:ni|ning|diki)?|ni))(?!\p{L})/u;

export default defineRules('ug-latn', 'surveillance-claim', [
  {
    id: 'we-know-about-you',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: '"We know where you live / what you do / everything about you" (ULY).',
    match: /(?<!\p{L})(?:bilimiz|bilip ?turimiz|bilip ?turuptuq|xewirimiz ?bar|bizge ?melum)(?!\p{L})/u,
    near: [{ pattern: ABOUT_YOU, within: 50, side: 'before' }],
    unless: [
      {
        pattern: /(?<!\p{L})(?:aldirash|qiyin|charchighan)\p{L}*/u,
        within: 30,
        factor: 0.3,
        reason: 'friendly understanding',
      },
    ],
    examples: {
      match: [['Balingizning qaysi mektepte oquydighanliqini bilimiz', 'oquydighanliqini bilimiz']],
      noMatch: ['Sizning aldirash ikenlikingizni bilimiz.'],
    },
  },
  {
    id: 'we-saw-you',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: '"We saw you at the protest", "we are watching you", "we read your posts" (ULY).',
    match:
      /(?<!\p{L})(?:korduq|korup ?qalduq|korup ?turimiz|koruwatimiz|koziti?wat[ie]miz|kozitip ?turimiz|nazaret ?qiliwatimiz|oqup ?turimiz|anglap ?turimiz|resimingiz ?bizde)(?!\p{L})/u,
    near: [
      {
        pattern: new RegExp(
          `(?<!\\p{L})(?:sizni|sizning|s[ei]ni|namayish|yi(?:gh|g)ili(?:sh|s)|yighin|aldidiki|aldida|hemmisini)\\p{L}*|${YOUR_THING.source}`,
          'u',
        ),
        within: 40,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:toy|toyda|xushal|chirayliq|kino)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'a friendly sighting',
      },
    ],
    examples: {
      match: [
        ['Tünügün yighilishta sizni körduq', 'sizni körduq'],
        ['Öyingizning aldidiki qizil mashinini körüp turimiz.', 'aldidiki qizil mashinini körüp turimiz'],
      ],
      noMatch: ['Toyda sizni körduq, bek chirayliq.'],
    },
  },
  {
    id: 'we-have-your-records',
    tactic: 'surveillance-claim',
    score: 0.75,
    description: '"Your photos / copies of your chats are in our hands" (ULY).',
    match:
      /(?<!\p{L})qolimizda(?: ?bar)?(?!\p{L})|(?<!\p{L})(?:resim|suret|surit)(?:ingiz|liringiz)\p{L}* bizde(?!\p{L})/u,
    near: [
      {
        pattern: /(?<!\p{L})(?:resim|suret|nusx|yazishish|parang|sohbet|awaz|wid[ei]o)\p{L}*/u,
        within: 40,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:toy|meshrep|balilar|newre|ewetip ?b[ei]rey)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'family photos offered',
      },
    ],
    examples: {
      match: [['Ikkinglarning resimimu qolimizda bar', 'resimimu qolimizda bar']],
      noMatch: ['Toydiki resimler bizde bar, ewetip bereymu?'],
    },
  },
]);
