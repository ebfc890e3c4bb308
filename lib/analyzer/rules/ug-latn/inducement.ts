import { defineRules } from '../define';

const IF_YOU_COOPERATE =
  /(?<!\p{L})(?:hemkarla(?:sh|s)singiz|hemkarlishhip ?bersingiz|yardem ?(?:qilsingiz|bersingiz|qilip ?bersingiz)|maqul ?désingiz|qaytip ?kelsingiz|qaytsingiz)(?!\p{L})/u;

const REWARD =
  /(?<!\p{L})(?:(?:sinliq|widéo|widio|wideo|widi'o) ?(?:sözlish|parang|alaqe|téléfon|körüsh)|(?:pasport|wiza)\p{L}* (?:béri|ishlep|chiqirip)|héchqandaq ?ish ?bolmaydu|héch ?ish ?bolmaydu|kapaletlik ?qil|mukapat|pul ?(?:bérimiz|töleymiz)|xizmet ?(?:tépip|orunlashturup)|uchrishalaysiz|körüshelleysiz|körüsheleysiz|sözlisheleysiz|orunlashturup ?bérimiz|qoyup ?bérimiz)\p{L}*/u;

export default defineRules('ug-latn', 'inducement', [
  {
    id: 'if-you-cooperate-reward',
    tactic: 'inducement',
    score: 0.85,
    description:
      'A reward (video calls, passports for relatives, safety) offered for help, cooperation or return (ULY).',
    match: IF_YOU_COOPERATE,
    near: [{ pattern: REWARD, within: 120, crossSentence: true }],
    examples: {
      match: [
        [
          'Hemkarlashsingiz, apingiz bilen her hepte sinliq parangliship turalaysiz',
          'Hemkarlashsingiz, apingiz bilen her hepte sinliq parangliship',
        ],
        ['Qaytip kelsingiz héchqandaq ish bolmaydu', 'Qaytip kelsingiz héchqandaq ish bolmaydu'],
      ],
      noMatch: ['Bizge yardem qilsingiz, rehmet éytimiz.'],
    },
  },
  {
    id: 'offer-video-call',
    tactic: 'inducement',
    score: 0.75,
    description: '"We will arrange a video call with your father" (ULY).',
    match:
      /(?<!\p{L})(?:sinliq|widéo|widio|wideo) ?(?:sözlish|parang|alaqe|körüsh)\p{L}* (?:orunlashturup ?bérimiz|orunlashturimiz|qilalaysiz|sözlisheleysiz)/u,
    examples: {
      match: [['apingiz bilen widéo parangni orunlashturimiz', 'widéo parangni orunlashturimiz']],
      noMatch: ['Apam bilen widéo sözleshtim.'],
    },
  },
]);
