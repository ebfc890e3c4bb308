import type { Page } from 'tesseract.js';
import type { OcrBox, OcrLine, OcrWord } from './types.ts';

/** Maps a box from the image Tesseract saw back to the original image. */
export type BoxMapper = (box: OcrBox) => OcrBox;

export interface PageText {
  text: string;
  confidence: number;
  lines: OcrLine[];
  words: OcrWord[];
}

// Tesseract wraps right-to-left runs in LRM/RLM marks; they are invisible formatting that
// would only get in the way of matching words.
const BIDI_MARKS = /[\u200e\u200f]/g;

// Chinese has no word spaces, but Tesseract puts one between the "words" it finds in a line.
// (preserve_interword_spaces would keep them out, but it also deletes the spaces between
// Uyghur words: measured on the corpus, Uyghur CER 11 % with it, 6 % without.)
const HAN = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef`;
const PUNCT = String.raw`,.!?:;`;
const SPACE_IN_CHINESE = new RegExp(
  String.raw`(?<=[${HAN}])[^\S\n]+(?=[${HAN}${PUNCT}])|(?<=[${HAN}${PUNCT}])[^\S\n]+(?=[${HAN}])`,
  'gu',
);

export function tidy(text: string): string {
  return text
    .replace(BIDI_MARKS, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(SPACE_IN_CHINESE, '')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/**
 * Flattens Tesseract's block → paragraph → line → word tree into lines and words in original
 * image coordinates. Text: lines joined by a newline, blocks (bubbles, headers) separated by
 * a blank line, spaces collapsed.
 */
export function readPage(page: Page, mapBox: BoxMapper): PageText {
  const lines: OcrLine[] = [];
  const blockTexts: string[] = [];
  for (const block of page.blocks ?? []) {
    const blockLines: string[] = [];
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = tidy(line.text);
        if (text === '') continue;
        const words = line.words
          .map((w) => ({ text: tidy(w.text), confidence: w.confidence, bbox: mapBox(w.bbox) }))
          .filter((w) => w.text !== '');
        lines.push({ text, confidence: line.confidence, bbox: mapBox(line.bbox), words });
        blockLines.push(text);
      }
    }
    if (blockLines.length > 0) blockTexts.push(blockLines.join('\n'));
  }
  const words = lines.flatMap((l) => l.words);
  const confidence = words.length === 0 ? 0 : words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
  return { text: blockTexts.join('\n\n'), confidence, lines, words };
}
