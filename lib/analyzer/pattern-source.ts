import { foldPatternSource } from './normalize';

/**
 * Letters that can remain in normalised text (which is lower-cased, NFKC'd and stripped of
 * combining marks), as character-class ranges. `\p{L}` stands for these in rule patterns:
 * V8 compiles the full Unicode letter class into hundreds of ranges at every use, which made
 * loading the rules take seconds; these few ranges compile in microseconds and agree with
 * `\p{L}` on every letter the normaliser can output in the scripts that matter here.
 */
export const LETTER_RANGES =
  'a-z\\u00DF-\\u024F\\u0250-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u0531-\\u0587\\u05D0-\\u05EA' +
  '\\u0620-\\u064A\\u066E-\\u06D3\\u06D5\\u06EE-\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9' +
  '\\u0900-\\u0DFF\\u0E01-\\u0E7F\\u10A0-\\u10FF\\u1100-\\u11FF\\u1E00-\\u1FFF' +
  '\\u3041-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF';

/**
 * Turns an authored pattern source into the one matched against normalised text: letters
 * folded like the text (diacritics, variants, Traditional → Simplified) and lower-cased, so no
 * `i` flag is needed (it multiplies compile time under `u`), and `\p{L}` replaced by
 * LETTER_RANGES. Escapes are copied verbatim.
 */
export function matchingSource(source: string): string {
  const folded = foldPatternSource(source);
  let out = '';
  let inClass = false;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded.charAt(i);
    if (ch === '\\') {
      const escape = readEscape(folded, i);
      if (escape === '\\p{L}') out += inClass ? LETTER_RANGES : `[${LETTER_RANGES}]`;
      else if (escape === '\\P{L}') {
        if (inClass) throw new Error(`\\P{L} inside a character class is not supported: ${source}`);
        out += `[^${LETTER_RANGES}]`;
      } else out += escape;
      i += escape.length - 1;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    if (
      ch === '(' &&
      folded.startsWith('(?<', i) &&
      !folded.startsWith('(?<=', i) &&
      !folded.startsWith('(?<!', i)
    ) {
      // A named group: its name is case-sensitive.
      const close = folded.indexOf('>', i);
      out += folded.slice(i, close + 1);
      i = close;
      continue;
    }
    out += ch.toLowerCase();
  }
  return out;
}

/** The whole escape sequence starting at `i` (a backslash). */
function readEscape(s: string, i: number): string {
  const next = s.charAt(i + 1);
  if (
    (next === 'p' || next === 'P' || next === 'k' || next === 'u') &&
    (s.charAt(i + 2) === '{' || s.charAt(i + 2) === '<')
  ) {
    const close = s.indexOf(s.charAt(i + 2) === '{' ? '}' : '>', i);
    return s.slice(i, close + 1);
  }
  if (next === 'u') return s.slice(i, i + 6);
  if (next === 'x') return s.slice(i, i + 4);
  if (next === 'c') return s.slice(i, i + 3);
  return s.slice(i, i + 2);
}
