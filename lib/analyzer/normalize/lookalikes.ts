import type { Normalized } from './builder';

/** Lower-case Cyrillic and Greek letters that look like a Latin letter (after case folding). */
const TO_LATIN: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  һ: 'h',
  н: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  ѕ: 's',
  т: 't',
  х: 'x',
  у: 'y',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};

/** Latin letters that look like a Cyrillic one. */
const TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'и',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

const LATIN = /[a-z]/u;
const CYRILLIC = /[\u0400-\u04FF]/u;
const GREEK = /[\u0370-\u03FF]/u;
const LETTER = /\p{L}/u;

/**
 * Mends words that mix Latin with Cyrillic or Greek look-alike letters ("pаssport" with a
 * Cyrillic а), a trick to dodge keyword filters: the word is rewritten in its majority script.
 * One letter replaces one letter, so offsets do not move.
 */
const MIXED_HINT = /[a-z][\u0370-\u04FF]|[\u0370-\u04FF][a-z]/u;

export function fixLookalikes(n: Normalized): Normalized {
  const text = n.text;
  // Only a word with a Latin letter next to a Cyrillic or Greek one needs mending.
  if (!MIXED_HINT.test(text)) return n;
  let out: string[] | undefined;
  let i = 0;
  while (i < text.length) {
    if (!LETTER.test(text.charAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let latin = 0;
    let other = 0;
    while (j < text.length && LETTER.test(text.charAt(j))) {
      const ch = text.charAt(j);
      if (LATIN.test(ch)) latin++;
      else if (CYRILLIC.test(ch) || GREEK.test(ch)) other++;
      j++;
    }
    if (latin > 0 && other > 0) {
      out ??= text.split('');
      const table = latin >= other ? TO_LATIN : TO_CYRILLIC;
      for (let k = i; k < j; k++) out[k] = table[out[k] ?? ''] ?? out[k] ?? '';
    }
    i = j;
  }
  return out ? { ...n, text: out.join('') } : n;
}
