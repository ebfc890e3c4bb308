import { defineRules } from '../define';

export default defineRules('ug-latn', 'threat-of-harm', [
  {
    id: 'you-know-the-consequences',
    tactic: 'threat-of-harm',
    score: 0.85,
    description: '"Otherwise you know the consequences" (ULY).',
    match: /(?<!\p{L})aqiw[ei]t\p{L}*/u,
    near: [
      {
        pattern: /(?<!\p{L})(?:özingiz|özing|bilisiz|bilisen|éghir|yaxshi ?bolmaydu|mes'?ul|bolmisa)\p{L}*/u,
        within: 30,
      },
    ],
    examples: {
      match: [['Yene yazsingiz aqiwitini özingiz tartisiz', 'aqiwitini özingiz']],
      noMatch: ['Aqiwette hemmisi yaxshi boldi.'],
    },
  },
  {
    id: 'stop-speaking-out',
    tactic: 'threat-of-harm',
    score: 0.8,
    description: 'A demand to stop writing, posting, protesting or "spreading lies" (ULY).',
    match:
      /(?<!\p{L})(?:to(?:x|h)tit(?:ing|ingl|ishingiz|misingiz)|to(?:x|h)tat(?:ing|ishingiz|misingiz|misang)|toxtang|bes ?qiling)\p{L}*/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:yalghan|maqal|yazma|namayish|teshwiq|tarqit|sözlesh|intérnét|tor(?:da|diki)|widéo|pa'?aliy|aktip|qurultay)\p{L}*/u,
        within: 50,
      },
    ],
    examples: {
      match: [['Maqale yézishni toxtiting', 'Maqale yézishni toxtiting']],
      noMatch: ['Mashinini bu yerge toxtatmang.'],
    },
  },
  {
    id: 'harm-to-you',
    tactic: 'threat-of-harm',
    score: 0.85,
    description: 'A threat of arrest, jail, deportation or death aimed at the target (ULY).',
    match:
      /(?<!\p{L})(?:jazalinisiz|tutulisiz|qolgha ?élinisiz|pushayman ?qilisiz|ölisiz|ölisen|qayturup ?ewetilisiz|sizni ?(?:yoqitimiz|öltürimiz|jazalaymiz|qayturup ?ewetimiz|tinch ?qoymaymiz|tapimiz)|séni ?(?:yoqitimiz|öltürimiz|tinch ?qoymaymiz))(?!\p{L})/u,
    examples: {
      match: [['Sizni tinch qoymaymiz', 'Sizni tinch qoymaymiz']],
      noMatch: ['Sizni taptim, rehmet!'],
    },
  },
]);
