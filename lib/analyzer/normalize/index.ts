import { foldCodePoint } from './fold-char';
import { fixLookalikes } from './lookalikes';
import { joinSpacedLetters } from './spaced-letters';
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
 * or dotted apart joined ("p a s s p o r t"), spaces between Chinese characters removed.
 */
export function normalize(original: string): Normalized {
  const first = new Builder(original.length);
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    for (let k = 0; k < folded.length; k++) pushCollapsed(first, folded.charAt(k), i, i + width);
    i += width;
  }
  first.trimEnd();
  return joinSpacedLetters(fixLookalikes(first.build()));
}

/** Appends one folded character, collapsing white space and repeated punctuation. */
function pushCollapsed(b: Builder, ch: string, start: number, end: number): void {
  const prev = b.last();
  if (ch === ' ') {
    if (prev === '' || prev === ' ' || prev === '\n') return;
  } else if (ch === '\n') {
    if (prev === '') return;
    if (prev === ' ') b.pop();
    if (b.last() === '\n') return;
  } else if (ch === prev && PUNCT.test(ch)) {
    b.extendLast(end);
    return;
  }
  b.push(ch, start, end);
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginalSpan(n: Normalized, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < n.starts.length ? (n.starts[start] ?? 0) : n.originalLength;
    return [at, at];
  }
  return [n.starts[start] ?? 0, n.ends[end - 1] ?? n.originalLength];
}
