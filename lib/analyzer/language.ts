import type { Coverage, CoveredLanguage } from './types';

/**
 * Script- and word-based language identification, good enough to tell the covered languages
 * from the ones Tekshur cannot read (so those are reported as "not checked", never "safe").
 * It works on normalised text (lower case, diacritics folded).
 */

export const COVERED_LANGUAGES: readonly CoveredLanguage[] = ['en', 'zh', 'ug', 'tr', 'kk', 'ru'];

/** Which scripts are present, for gating rule sets. */
export interface Scripts {
  latin: boolean;
  han: boolean;
  arabic: boolean;
  cyrillic: boolean;
}

/** Letters by script, counted in one pass over the (normalised) text. */
interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  arabic: number;
  cyrillic: number;
  latin: number;
  other: number;
}

function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { han: 0, kana: 0, hangul: 0, arabic: 0, cyrillic: 0, latin: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u < 0x80) {
      if (u >= 0x61 && u <= 0x7a) c.latin++;
    } else if (u <= 0x24f) c.latin += u >= 0xc0 && u !== 0xd7 && u !== 0xf7 ? 1 : 0;
    else if (u >= 0x0400 && u <= 0x052f) c.cyrillic++;
    else if ((u >= 0x0600 && u <= 0x06ff) || (u >= 0x0750 && u <= 0x077f) || (u >= 0x08a0 && u <= 0x08ff))
      c.arabic++;
    else if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0xf900 && u <= 0xfaff))
      c.han++;
    else if (u >= 0x3041 && u <= 0x30ff) c.kana++;
    else if ((u >= 0xac00 && u <= 0xd7af) || (u >= 0x1100 && u <= 0x11ff)) c.hangul++;
    else if (u >= 0x1e00 && u <= 0x1eff) c.latin++;
    else if (u >= 0xd800 && u <= 0xdbff) {
      // Astral: CJK extensions count as Han; other astral letters (rare) as other.
      const cp = text.codePointAt(i) ?? 0;
      if (cp >= 0x20000 && cp <= 0x3134f) c.han++;
      else if (/\p{L}/u.test(String.fromCodePoint(cp))) c.other++;
      i++;
    } else if (OTHER_LETTER.test(text.charAt(i))) c.other++;
  }
  return c;
}

const OTHER_LETTER = /\p{L}/u;

/** Letters Uyghur writes and Arabic and Persian do not (read on the raw text: folding merges them). */
const UYGHUR_LETTERS = /[ەېۆۇۈۋڭ]/gu;
const PERSIAN_HINT = /(?<!\p{L})(?:است|می|این|که|را|برای|با|شما)(?!\p{L})|ی/gu;
const ARABIC_HINT = /(?<!\p{L})(?:ال\p{L}+|في|من|على|إلى|هذا|هذه)(?!\p{L})/gu;
/** Kazakh letters survive folding only as a trace, so detect on the raw text (see detect()). */
const KAZAKH_LETTERS = /[әғқңөұүһі]/giu;
const RUSSIAN_WORDS =
  /(?<!\p{L})(?:это|не|на|что|для|вас|ваш|ваша|ваше|вам|мы|вы|[ивск]|по|из|от|как|только|пожалуйста|здравствуйте)(?!\p{L})/gu;

const LATIN_STOPWORDS: Record<string, RegExp> = {
  en: /\b(?:the|and|you|your|is|are|to|of|for|this|that|with|we|[iru]|it|please|be|have|not|from|on|in|my|me|will|can|ur|pls|hi|hello)\b/gu,
  tr: /\b(?:ve|bir|bu|icin|ile|da|de|mi|ne|ben|sen|siz|bana|seni|sizin|olarak|var|yok|gibi|degil|lutfen|merhaba|cok|ama|kimseye|nasil)\b/gu,
  ug: /\b(?:men|siz|sizni|sizge|bilen|bizge|biz|uchun|yaxshimusiz|qilip|bolsa|emes|bar|yoq|dadingiz|apingiz|qachan|hazir|we|bek|ular)\b/gu,
  de: /\b(?:der|die|und|ich|sie|nicht|ist|mit|ein|eine|den|das|auf|fur|sind|bitte|wir|ihr|ihre)\b/gu,
  fr: /\b(?:le|la|les|et|est|vous|nous|une|des|pour|pas|que|qui|avec|votre|dans|sur|merci)\b/gu,
  es: /\b(?:el|los|las|y|es|usted|una|para|por|que|con|su|del|gracias|hola|esta)\b/gu,
  nl: /\b(?:het|een|en|van|je|jij|u|uw|niet|ik|wij|zijn|met|voor|dat|bedankt|hallo)\b/gu,
  uz: /\b(?:va|uchun|bilan|siz|sizning|biz|emas|kerak|yaxshi|rahmat|salom)\b/gu,
};

export interface LanguageResult {
  languages: string[];
  coverage: Coverage;
  scripts: Scripts;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * @param normalized text after normalize()
 * @param raw the original text (for letters that folding erases, like Kazakh ә/қ/ң)
 */
export function detectLanguages(normalized: string, raw: string): LanguageResult {
  const { han, kana, hangul, arabic, cyrillic, latin, other } = countScripts(normalized);
  const found = new Set<string>();

  // A stray letter or two of a script (OCR noise around a screenshot's icons, a name) is not
  // a language of the message; a whole word is.
  const total = han + kana + hangul + arabic + cyrillic + latin + other;
  const present = (n: number, min: number) => n >= min || (n > 0 && n === total);
  if (present(kana, 2)) found.add('ja');
  else if (present(han, 2)) found.add('zh');
  if (present(hangul, 2)) found.add('ko');
  if (present(arabic, 3)) found.add(arabicLanguage(raw));
  if (present(cyrillic, 3)) {
    const kazakh = count(KAZAKH_LETTERS, raw) > 0;
    if (kazakh) found.add('kk');
    if (!kazakh || count(RUSSIAN_WORDS, normalized) >= 2) found.add('ru');
  }
  if (present(latin, 2)) for (const lang of latinLanguages(normalized, latin)) found.add(lang);
  if (other >= 3) found.add('und');

  const languages = [...found];
  const covered = languages.filter((l) => (COVERED_LANGUAGES as readonly string[]).includes(l));
  const coverage: Coverage =
    languages.length === 0 || covered.length === languages.length
      ? 'full'
      : covered.length > 0
        ? 'partial'
        : 'none';
  return {
    languages,
    coverage,
    scripts: { latin: latin > 0, han: han > 0, arabic: arabic > 0, cyrillic: cyrillic > 0 },
  };
}

function arabicLanguage(text: string): string {
  const uyghur = count(UYGHUR_LETTERS, text);
  const persian = count(PERSIAN_HINT, text);
  const arabicWords = count(ARABIC_HINT, text);
  if (uyghur >= 2 && uyghur >= persian + arabicWords) return 'ug';
  if (persian > arabicWords) return 'fa';
  if (arabicWords > 0) return 'ar';
  return uyghur > 0 ? 'ug' : 'ar';
}

function latinLanguages(text: string, letters: number): string[] {
  const scores = Object.entries(LATIN_STOPWORDS).map(([lang, re]) => [lang, count(re, text)] as const);
  const best = Math.max(...scores.map(([, n]) => n));
  if (best === 0) {
    // Short texts without a stopword ("Passport pls", "ok"): English is the likeliest reader.
    return letters >= 40 ? ['und'] : ['en'];
  }
  // Every language that scores close to the best is present (code-switching happens).
  return scores.filter(([, n]) => n > 0 && n >= best * 0.6).map(([lang]) => lang);
}
