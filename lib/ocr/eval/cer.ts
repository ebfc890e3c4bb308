// Character error rate of a known text inside a longer OCR output (a whole screenshot with
// headers, timestamps and other bubbles around the bubble under test).

// Han characters and CJK punctuation (after NFKC, full-width commas and colons are ASCII).
const CJK = String.raw`\p{Script=Han}\u3000-\u303f`;
const SPACE_BY_CJK = new RegExp(String.raw`(?<=[${CJK}])\s+|\s+(?=[${CJK}])`, 'gu');

/**
 * NFKC, no bidi marks, no whitespace next to a Chinese character (Chinese has no word spaces,
 * so a wrapped line joins without one), every other whitespace run (line breaks included)
 * one space. Both texts get the same treatment.
 */
export function normalizeForCer(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b\u200e\u200f\ufeff]/g, '')
    .replace(SPACE_BY_CJK, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface CerMatch {
  /** Edits (insertions, deletions, substitutions) between the expected text and the match. */
  distance: number;
  /** Code points in the expected text. */
  length: number;
  cer: number;
  /** The stretch of the OCR text the expected text was aligned with. */
  matched: string;
}

/**
 * Approximate substring matching (Sellers 1980): edit distance between `expected` and the
 * substring of `ocr` that is closest to it. Start and end in `ocr` are free, so text around the
 * bubble costs nothing, while every missing, extra or wrong character inside it counts.
 */
export function substringCer(expected: string, ocr: string): CerMatch {
  const e = Array.from(normalizeForCer(expected));
  const o = Array.from(normalizeForCer(ocr));
  const m = e.length;
  if (m === 0) return { distance: 0, length: 0, cer: 0, matched: '' };
  // cost[i][j]: best distance of e[0..i) ending at o[j]; start[i][j]: where that match began.
  const cols = o.length + 1;
  let prevCost = new Uint32Array(cols);
  let prevStart = Uint32Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cost = new Uint32Array(cols);
    const start = new Uint32Array(cols);
    cost[0] = i;
    start[0] = 0;
    for (let j = 1; j < cols; j++) {
      const sub = prevCost[j - 1]! + (e[i - 1] === o[j - 1] ? 0 : 1);
      const del = prevCost[j]! + 1;
      const ins = cost[j - 1]! + 1;
      if (sub <= del && sub <= ins) {
        cost[j] = sub;
        start[j] = prevStart[j - 1]!;
      } else if (del <= ins) {
        cost[j] = del;
        start[j] = prevStart[j]!;
      } else {
        cost[j] = ins;
        start[j] = start[j - 1]!;
      }
    }
    prevCost = cost;
    prevStart = start;
  }
  let end = 0;
  for (let j = 1; j < cols; j++) if (prevCost[j]! < prevCost[end]!) end = j;
  const distance = prevCost[end]!;
  return { distance, length: m, cer: distance / m, matched: o.slice(prevStart[end]!, end).join('') };
}
