import { defineRules } from '../define';

const PARCEL =
  /(?<!\p{L})(?:bo(?:gh|g)(?:ch|c)[ai]|pos[ui]lk|amanet|amanit|kuryér|kuriyér|ékspréss|téz ?yollanma)\p{L}*/u;

export default defineRules('ug-latn', 'delivery-pretext', [
  {
    id: 'parcel-held',
    tactic: 'delivery-pretext',
    score: 0.8,
    description: 'A parcel said to be held at customs or stopped (ULY).',
    match: PARCEL,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:tamozhn|tamojn|to(?:x|h)titil|tutup ?q[ei]lin|musadire|qayturul|chekl[ei]ngen|qanunsiz|jerimane|baj|mesile ?(?:bar|koruldi)|saqliniwat|yetkuzulmigen)\p{L}*/u,
        within: 60,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\p{L})(?:tamozhnidin ?ötti|yolgha ?chiqti|yetküzüldi|yétip ?bardi|yétip ?baridu)(?!\p{L})/u,
        factor: 0.3,
        reason: 'a tracking update',
      },
    ],
    examples: {
      match: [['Boghchingiz qanunsiz dep tutup qélindi', 'Boghchingiz qanunsiz']],
      noMatch: ['Boghchingiz tamozhnidin ötti, ete yétip baridu.', 'Apam ewetken boghcha yétip bardimu?'],
    },
  },
]);
