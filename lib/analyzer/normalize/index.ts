import { foldCodePoint } from './fold-char';
import { fixLookalikes } from './lookalikes';
import { joinSpacedLetters } from './spaced-letters';
import { joinHanLines } from './han-lines';
import { Builder, type Normalized } from './builder';

export type { Normalized } from './builder';
export { foldPatternSource } from './fold-char';

const PUNCT = /[\p{P}\p{S}]/u;

/**
 * Normalises text for matching and keeps, for every normalised code unit, the original span it
 * came from, so that evidence found in the normalised text is highlighted in the original.
 *
 * Steps: NFKC, lower case, diacritics and letter variants folded (fold-char.ts), zero-width and
 * bidi controls removed, emoji and runs of white space turned into one space, repeated
 * punctuation kept once, Latin/Cyrillic look-alikes mended inside mixed words, letters spaced
 * or dotted apart joined ("p a s s p o r t"), spaces and line breaks between Chinese characters
 * removed, Uyghur ڭ spelt نگ as on keyboards without it.
 */
export function normalize(original: string): Normalized {
  const first = new Builder(original.length);
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    // Lower-case ASCII letters and digits fold to themselves: skip the table.
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) first.push(cp, i, i + width);
    else {
      const folded = foldCodePoint(cp);
      for (let k = 0; k < folded.length; k++) pushCollapsed(first, folded.charCodeAt(k), i, i + width);
    }
    i += width;
  }
  first.trimEnd();
  return joinSpacedLetters(joinHanLines(fixLookalikes(first.build())));
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** Appends one folded code unit, collapsing white space and repeated punctuation. */
function pushCollapsed(b: Builder, code: number, start: number, end: number): void {
  const prev = b.last();
  if (code === SPACE) {
    if (prev === -1 || prev === SPACE || prev === NEWLINE) return;
  } else if (code === NEWLINE) {
    if (prev === -1) return;
    if (prev === SPACE) b.pop();
    if (b.last() === NEWLINE) return;
  } else if (code === prev && PUNCT.test(String.fromCharCode(code))) {
    b.extendLast(end);
    return;
  }
  b.push(code, start, end);
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginalSpan(n: Normalized, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < n.starts.length ? (n.starts[start] ?? 0) : n.originalLength;
    return [at, at];
  }
  return [n.starts[start] ?? 0, n.ends[end - 1] ?? n.originalLength];
}
