import { filterUnits, type Normalized } from './builder';

const LETTER = /\p{L}/u;
const HAN = /[\p{Script=Han}\u3000-\u303F]/u;
const SEPARATORS = new Set([' ', '.', '-', '_', '*', '·', '•', '/', '|', ',']);
/** Fewer single letters in a row are ordinary text ("a b c", "U.S."). */
const MIN_SPACED_LETTERS = 4;

/**
 * Removes separators that split a word into single letters ("p a s s p o r t", "p.a.s.s"),
 * and spaces between Chinese characters (what an OCR engine often puts there). Offsets stay
 * exact because only separators are dropped.
 */
const SEP = '[ .\\-_*·•/|,]';
/** Four single letters in a row, each apart: cheap test before the exact walk below. */
const SPACED_HINT = new RegExp(
  `(?<![\\p{L}\\d])\\p{L}${SEP}\\p{L}${SEP}\\p{L}${SEP}\\p{L}(?![\\p{L}\\d])`,
  'u',
);
const HAN_SPACE_HINT = /[\p{Script=Han}\u3000-\u303F] [\p{Script=Han}\u3000-\u303F]/u;

export function joinSpacedLetters(n: Normalized): Normalized {
  const text = n.text;
  const han = HAN_SPACE_HINT.test(text);
  const spaced = SPACED_HINT.test(text);
  if (!han && !spaced) return n;
  const drop = new Uint8Array(text.length);
  let changed = false;

  for (let i = 1; han && i + 1 < text.length; i++) {
    if (text.charAt(i) === ' ' && HAN.test(text.charAt(i - 1)) && HAN.test(text.charAt(i + 1))) {
      drop[i] = 1;
      changed = true;
    }
  }

  let i = spaced ? 0 : text.length;
  while (i < text.length) {
    if (!isSingleLetterAt(text, i)) {
      i++;
      continue;
    }
    // Walk a chain: letter, separator, letter, separator, ... each letter standing alone.
    let count = 1;
    let j = i;
    while (j + 2 < text.length + 1 && SEPARATORS.has(text.charAt(j + 1)) && isSingleLetterAt(text, j + 2)) {
      count++;
      j += 2;
    }
    if (count >= MIN_SPACED_LETTERS) {
      for (let k = i + 1; k < j; k += 2) drop[k] = 1;
      changed = true;
    }
    i = j + 1;
  }
  return changed ? filterUnits(n, drop) : n;
}

/** A letter with no letter or digit directly before or after it (Han characters excluded). */
function isSingleLetterAt(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if (!LETTER.test(ch) || HAN.test(ch)) return false;
  const before = text.charAt(i - 1);
  const after = text.charAt(i + 1);
  return !isWordChar(before) && !isWordChar(after);
}

function isWordChar(ch: string): boolean {
  return ch !== '' && (LETTER.test(ch) || (ch >= '0' && ch <= '9'));
}
