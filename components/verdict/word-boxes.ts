import type { Span } from './spans';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface WordWithBox {
  text: string;
  bbox: Box;
}

/** How far ahead a word is looked for before it counts as corrected away. */
const MAX_GAP = 80;

/**
 * Where each OCR word sits in `text`. The words are looked for in reading order, so a
 * person's corrections (a fixed letter, a deleted line) only lose the words they touched.
 */
export function locateWords(text: string, words: readonly WordWithBox[]): (Span | undefined)[] {
  let cursor = 0;
  return words.map((word) => {
    if (word.text === '') return undefined;
    const at = text.indexOf(word.text, cursor);
    if (at < 0 || at - cursor > MAX_GAP) return undefined;
    cursor = at + word.text.length;
    return { start: at, end: cursor };
  });
}

/** The boxes of the words that overlap any of the spans, in image pixels. */
export function boxesForSpans(text: string, words: readonly WordWithBox[], spans: readonly Span[]): Box[] {
  const located = locateWords(text, words);
  const boxes: Box[] = [];
  words.forEach((word, i) => {
    const at = located[i];
    if (at && spans.some((s) => s.start < at.end && at.start < s.end)) boxes.push(word.bbox);
  });
  return boxes;
}
