import { describe, expect, it } from 'vitest';
import { excerpts, markSegments, mergeSpans } from '@/components/verdict/spans';
import { boxesForSpans, locateWords } from '@/components/verdict/word-boxes';

describe('marking evidence', () => {
  it('merges overlapping and touching spans and clamps them to the text', () => {
    expect(
      mergeSpans(
        [
          { start: 5, end: 9 },
          { start: 0, end: 3 },
          { start: 3, end: 4 },
          { start: 8, end: 99 },
        ],
        12,
      ),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 12 },
    ]);
  });

  it('splits the text into plain and marked runs that join back to the text', () => {
    const text = 'please send your passport now';
    const segments = markSegments(text, [{ start: 7, end: 25 }]);
    expect(segments).toEqual([
      { text: 'please ', marked: false },
      { text: 'send your passport', marked: true },
      { text: ' now', marked: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('shows a window around far-apart evidence, cut with ellipsis flags', () => {
    const text = `${'a'.repeat(100)}PASSPORT${'b'.repeat(100)}POLICE${'c'.repeat(10)}`;
    const [first, second] = excerpts(
      text,
      [
        { start: 100, end: 108 },
        { start: 208, end: 214 },
      ],
      10,
    );
    expect(first?.segments.map((s) => s.text)).toEqual(['a'.repeat(10), 'PASSPORT', 'b'.repeat(10)]);
    expect(first?.cutBefore).toBe(true);
    expect(second?.cutAfter).toBe(false);
  });

  it('never cuts an emoji or other astral character in half', () => {
    const text = `😀${'x'.repeat(5)}passport`;
    const [only] = excerpts(text, [{ start: 7, end: 15 }], 6);
    expect(only?.segments[0]?.text.startsWith('\ud83d')).toBe(true);
  });
});

describe('finding evidence words on a screenshot', () => {
  const box = (x0: number) => ({ x0, y0: 0, x1: x0 + 9, y1: 9 });
  const words = ['请把', '你的', '护照', '发给我'].map((text, i) => ({ text, bbox: box(i * 10) }));

  it('locates OCR words in the text in reading order', () => {
    expect(locateWords('请把你的护照发给我', words)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 6 },
      { start: 6, end: 9 },
    ]);
  });

  it('skips words the person corrected away and keeps the rest', () => {
    const located = locateWords('请把您的护照发给我', words);
    expect(located[1]).toBeUndefined();
    expect(located[2]).toEqual({ start: 4, end: 6 });
  });

  it('returns the boxes of the words inside the evidence', () => {
    expect(boxesForSpans('请把你的护照发给我', words, [{ start: 4, end: 9 }])).toEqual([box(20), box(30)]);
  });
});
