import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

/**
 * Folding of one code point into the form the rules are written against. Rules and text go
 * through the same fold, so a rule author writes "gönder", "жіберіңіз" or "پاسپورت" as they
 * are spelt, and the rule still matches text typed without diacritics, with Arabic-keyboard
 * letter variants, in Traditional characters, or with full-width letters.
 */

/** Letters that have no Unicode decomposition but are commonly typed as their base letter. */
const LETTER_FOLD: Record<string, string> = {
  // Turkish dotless i (after lower-casing, "I" is already "i").
  ı: 'i',
  // Kazakh Cyrillic letters typed on a Russian keyboard.
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  // Cyrillic letters that decompose are handled by mark stripping (й→и, ё→е).
  // Arabic-script letter variants mixed in Uyghur text (Arabic and Persian keyboards, OCR).
  ي: 'ى',
  ی: 'ى',
  ې: 'ى',
  ێ: 'ى',
  ك: 'ك',
  ک: 'ك',
  ه: 'ە',
  ھ: 'ە',
  ة: 'ە',
  ۀ: 'ە',
  ۋ: 'و',
  ۇ: 'و',
  ۆ: 'و',
  ۈ: 'و',
  ۉ: 'و',
  ۊ: 'و',
  ؤ: 'و',
  گ: 'گ',
  ګ: 'گ',
  // Arabic and Persian keyboards have no ڭ: people type ن + گ, so ڭ is spelt that way too
  // (merging نگ into ڭ instead would break stems ending in ن before a suffix in گ: ۋەتەنگە).
  ڭ: 'نگ',
  // Variants OpenCC keeps but that Chinese messages use for the same word (妳 "you", feminine).
  妳: '你',
  // Chinese punctuation that NFKC keeps.
  '。': '.',
  '、': ',',
  '，': ',',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '«': '"',
  '»': '"',
  '؟': '?',
  '،': ',',
  '؛': ';',
  '—': '-',
  '–': '-',
};

let tsMap: Map<string, string> | undefined;

/** Traditional → Simplified, one character to one character (OpenCC's TSCharacters). */
function traditionalToSimplified(ch: string): string | undefined {
  if (!tsMap) {
    tsMap = new Map();
    for (const pair of TS_CHARACTERS.split('|')) {
      const [from, to] = pair.split(' ');
      // Only 1:1 mappings keep offsets exact; the first candidate is OpenCC's preferred one.
      if (from && to && [...from].length === 1 && [...to].length === 1) tsMap.set(from, to);
    }
  }
  return tsMap.get(ch);
}

/** Characters removed outright: zero-width, bidi controls, soft hyphen, tatweel, fillers, variation selectors, BOM. */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x0640, 0x0640],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
];
const isInvisible = (cp: number) => INVISIBLE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
const MARK = /\p{M}/u;
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u20E3]/u;
const SPACE = /\s/u;

const cache = new Map<number, string>();

/**
 * Returns what one original code point becomes: '' (dropped), ' ' (a separator), '\n', or the
 * folded letters (NFKC can expand one code point into several).
 */
export function foldCodePoint(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const folded = computeFold(cp);
  if (cache.size < 50_000) cache.set(cp, folded);
  return folded;
}

function computeFold(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') return '\n';
  if (isInvisible(cp)) return '';
  // Digits and '#' are Emoji too: test pictographs only outside ASCII.
  if (cp > 0x7f && PICTOGRAPH.test(ch)) return ' ';
  if (SPACE.test(ch)) return ' ';
  let out = '';
  for (const part of ch.normalize('NFKC').toLowerCase().normalize('NFD')) {
    if (MARK.test(part)) continue;
    out += LETTER_FOLD[part] ?? traditionalToSimplified(part) ?? part;
  }
  return out;
}

/** Folds the literal letters of a pattern source; escapes and syntax are ASCII and unchanged. */
export function foldPatternSource(source: string): string {
  let out = '';
  for (const ch of source) {
    const cp = ch.codePointAt(0) ?? 0;
    // Keep ASCII and regex-significant characters exactly; fold only letters.
    out += cp < 0x80 || ch === '\n' ? ch : computeFold(cp).replace(/^ $/u, ch);
  }
  return out;
}
