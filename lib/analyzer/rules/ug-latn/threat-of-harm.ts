import { defineRules } from '../define';

/** Speaking out: lies, articles, posts, protests, interviews, livestreams (ULY). */
const SPEAKING_OUT =
  /(?<!\p{L})(?:yalghan|maqal|yazma|yazmi|yazghan|teshwiq|tarqit|namayish|intern[ei]t|tor(?:da|diki| ?korsitish)|wid[ei]o|pa'?aliy|aktip|qurultay|ziyaret|muxbir|yutub|f[ei]ysbuk|guwahliq|gepni ?kop)\p{L}*/u;

const STOP =
  /(?<!\p{L})(?:to(?:x|h)tit(?:ing|ingl|ishingiz|misingiz)|to(?:x|h)tat(?:ing|ishingiz|misingiz|misang)|toxtang|bes ?qiling|azayting|y[ei]ter|\p{L}+(?<=wersingiz|werseng|w[ei]ring))\p{L}*/u;

/** Ominous on its own (ULY). */
const OMEN =
  /(?<!\p{L})(?:bizdin ?(?:kormeng|aghrinmang)|ozingizdin ?(?:aghring|aghrining|koring)|ozungdin ?(?:aghri|kor)|b[ei]shingizgha ?(?:bir ?ish|bala|kun)|bedili ?(?:bar|bolidu)|bedilini ?toleysiz|bir ?ish ?bolup ?qalsa ?heyran ?qalmang|(?:chet ?elde|qeyerde) ?(?:bolsingizmu|bolsangmu),? ?qolimiz ?y[ei]tidu|axirqi ?agahlandur)\p{L}*/u;

/** Ominous only beside speaking out (ULY). */
const VEILED =
  /(?<!\p{L})(?:bextsiz ?hadis|hadis[ei]|bir ?ish ?(?:bolup ?qalsa|kelse)|heyran ?qalmang|[ei]htiyat ?qiling|awaylang|yaxshi ?oyl(?:ining|ang)|[ei]singizde ?bolsun|yaxshi ?bolmaydu)\p{L}*/u;

export default defineRules('ug-latn', 'threat-of-harm', [
  {
    id: 'you-know-the-consequences',
    tactic: 'threat-of-harm',
    score: 0.85,
    description: '"Otherwise you know the consequences" (ULY).',
    match: /(?<!\p{L})aqiw[ei]t\p{L}*/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:ozingiz|ozing|bilisiz|bilisen|[ei]ghir|yaxshi ?bolmaydu|mes'?ul|bolmisa)\p{L}*/u,
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
    description: 'A demand to stop writing, posting, protesting or talking to reporters (ULY).',
    match: STOP,
    near: [{ pattern: SPEAKING_OUT, within: 50 }],
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
      /(?<!\p{L})(?:jazalinisiz|tutulisiz|qolgha ?[ei]linisiz|pushayman ?qilisiz|pushayman ?qilisen|okunisiz|okunisen|olisiz|olisen|qayturup ?ewetilisiz|(?:sizni|s[ei]ni) ?(?:yoqitimiz|olturimiz|jazalaymiz|qayturup ?ewetimiz|tinch ?qoymaymiz|tapimiz|t[ei]piwalimiz))(?!\p{L})/u,
    examples: {
      match: [['Sizni tinch qoymaymiz', 'Sizni tinch qoymaymiz']],
      noMatch: ['Sizni taptim, rehmet!'],
    },
  },
  {
    id: 'veiled-threat',
    tactic: 'threat-of-harm',
    score: 0.75,
    description: '"Don’t be surprised if something happens", "don’t blame us", "that has a price" (ULY).',
    match: OMEN,
    examples: {
      match: [
        ['bir küni bir ish bolup qalsa heyran qalmang', 'bir ish bolup qalsa heyran qalmang'],
        ['kéyin bizdin körmeng', 'bizdin körmeng'],
      ],
      noMatch: ['Uning toy qilghanliqini anglap heyran qalmang.'],
    },
  },
  {
    id: 'warning-after-speaking-out',
    tactic: 'threat-of-harm',
    score: 0.7,
    description: 'An ominous remark beside speaking out or a demand to stop (ULY).',
    match: VEILED,
    near: [
      { pattern: new RegExp(`${SPEAKING_OUT.source}|${STOP.source}`, 'u'), within: 150, crossSentence: true },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:qar ?y[ei]gh|yamghur|hawa|tuman|soghuq|k[ei]sel)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'weather or health advice',
      },
    ],
    examples: {
      match: [['Tor körsitishni azayting, yolda éhtiyat qiling', 'azayting, yolda éhtiyat qiling']],
      noMatch: ['Yolda éhtiyat qiling, qar yéghiwatidu.'],
    },
  },
  {
    id: 'keep-your-mouth-shut',
    tactic: 'threat-of-harm',
    score: 0.7,
    description: '"Shut your mouth", "hold your tongue" (ULY).',
    match:
      /(?<!\p{L})aghzi(?:ngiz|ng)(?:ni)? ?(?:yumung|yum(?!\p{L})|yumup ?(?:olturung|turung|olturs\p{L}*))|(?<!\p{L})tili(?:ngiz|ng)(?:ni)? ?(?:tarting|tart(?!\p{L}))/u,
    examples: {
      match: [['Aghzingizni yumup olturung, bolmisa', 'Aghzingizni yumup olturung']],
      noMatch: ['Aghzingizni yuyung, chishingizni chotkilang.'],
    },
  },
]);
