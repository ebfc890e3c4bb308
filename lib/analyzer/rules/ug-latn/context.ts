import { defineContext } from '../define';

/**
 * What lowers every Latin-script Uyghur rule: "never" before a match, and news reports, warnings
 * and NGO advice that quote a script ("..." dep téléfon) rather than use it.
 */
export default defineContext(
  'ug-latn',
  [
    {
      pattern: /(?<!\p{L})(?:hergiz|héchqachan)\p{L}*/u,
      within: 15,
      side: 'before',
      factor: 0.25,
      reason: 'negated',
    },
    {
      pattern:
        /(?<!\p{L})(?:xewer ?:|xewer qilinishiche|doklat\p{L}*|(?<!axirqi )agahlandurush\p{L}*|(?<!axirqi )eskertish\p{L}*|agah bolung|aldamchi\p{L}*|saxta|aldinip qalmang|jawab bermeng|uchur bermeng|(?<!h[ei]chkim )sorimaydu|telep qilmaydu|(?:uchuri|uchur|téléfoni|téléfon) kelse)|(?<!\p{L})diqqet ?[!:]|"\s?dep(?!\p{L})/u,
      factor: 0.3,
      reason: 'reported, quoted or warned about, not used',
    },
  ],
  {
    lowered: [
      'Xewer: doklatta saqchilarning chet eldiki Uyghurlardin "pasportingizni ewetip béring" dep telep qilghanliqi yézilghan.',
      'Agah bolung: "pasportingizni ewetip béring" dégen saxta uchurlar köpeydi.',
    ],
  },
);
