import type { OcrWord } from '../db/types';
import type { Box } from './redact-image';
import { touches } from './redact-image';
import { findMasks, hasRules, PLACEHOLDERS, type MaskKind, type MaskRules } from './redact-text';

/**
 * OCR words of an image under the same masks as the text. Words are joined with spaces before
 * matching, so a phone number OCR split into "138", "1234", "5678" is still found.
 */

interface Located {
  word: OcrWord;
  start: number;
  end: number;
  kind?: MaskKind;
}

function locate(words: readonly OcrWord[], rules: MaskRules): Located[] {
  const located: Located[] = [];
  let at = 0;
  for (const word of words) {
    located.push({ word, start: at, end: at + word.text.length });
    at += word.text.length + 1;
  }
  if (!hasRules(rules)) return located;
  const joined = words.map((w) => w.text).join(' ');
  for (const range of findMasks(joined, rules)) {
    for (const l of located) if (l.start < range.end && l.end > range.start) l.kind = range.kind;
  }
  return located;
}

/** Words with masked text replaced by the placeholder, and words under a box removed. */
export function redactWords(words: readonly OcrWord[], rules: MaskRules, boxes: readonly Box[]): OcrWord[] {
  return locate(words, rules)
    .filter((l) => !boxes.some((b) => touches(b, l.word.bbox)))
    .map(({ word, kind }) => (kind ? { ...word, text: PLACEHOLDERS[kind], bbox: { ...word.bbox } } : word));
}

/** Boxes over the words the masks would hide in the text: a starting point for the person to adjust. */
export function suggestBoxes(words: readonly OcrWord[], rules: MaskRules, margin = 2): Box[] {
  return locate(words, rules)
    .filter((l) => l.kind)
    .map(({ word: { bbox } }) => ({
      x: Math.max(0, bbox.x0 - margin),
      y: Math.max(0, bbox.y0 - margin),
      width: bbox.x1 - bbox.x0 + 2 * margin,
      height: bbox.y1 - bbox.y0 + 2 * margin,
    }));
}
