import { defineContext } from '../define';

/**
 * What lowers every Uyghur rule. Uyghur negates inside the verb (ئەۋەتمەڭ "do not send"), which the
 * rules' imperative forms already leave out, so only "never" words stand before a match. The
 * larger part is framing: news reports, community warnings and NGO advice that quote a script
 * («…» دەپ تېلېفون) rather than use it, and genuine notices that say what an embassy never asks.
 */
export default defineContext(
  'ug',
  [
    {
      pattern: /(?<!\p{L})(?:ھەرگىز|ھېچقاچان)\p{L}*/u,
      within: 15,
      side: 'before',
      factor: 0.25,
      reason: 'negated',
    },
    {
      pattern:
        /(?<!\p{L})(?:خەۋەر ?:|خەۋەر قىلىنىشىچە|خەۋەرلەرگە قارىغاندا|دوكلات\p{L}*|(?<!ئاخىرقى )ئاگاھلاندۇرۇش\p{L}*|(?<!ئاخىرقى )ئەسكەرتىش\p{L}*|ئاگاھ بولۇڭ\p{L}*|ئالدامچى\p{L}*|ساختا|ئالدىنىپ قالماڭ\p{L}*|جاۋاب بەرمەڭ\p{L}*|ئۇچۇر بەرمەڭ\p{L}*|(?<!ھېچكىم )سورىمايدۇ|تەلەپ قىلمايدۇ|(?:ئۇچۇرى|ئۇچۇر|تېلېفونى|تېلېفون) كەلسە)|(?<!\p{L})دىققەت ?[!:]|"\s?دەپ(?!\p{L})/u,
      factor: 0.3,
      reason: 'reported, quoted or warned about, not used',
    },
  ],
  {
    lowered: [
      'خەۋەر: بىر تەشكىلاتنىڭ دوكلاتىدا ساقچىلارنىڭ چەتئەلدىكى ئۇيغۇرلاردىن پاسپورتىڭىزنى ئەۋەتىڭ دەپ تەلەپ قىلغانلىقى يېزىلغان.',
      'ئاگاھ بولۇڭ: «كونسۇلخانىدىكى ھۆججىتىڭىزنى تاپشۇرۇۋېلىڭ» دېگەن ئاۋازلىق ئۇچۇرلار ساختا.',
      'كونسۇلخانا ھەرگىز تېلېفوندا كىملىك نومۇرىڭىزنى سورىمايدۇ. ئالدامچىلاردىن ئېھتىيات قىلىڭ.',
    ],
  },
);
