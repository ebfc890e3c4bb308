import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrError } from '../../../lib/ocr/errors.ts';
import { createNodeOcr } from '../../../lib/ocr/node.ts';

const fixture = fileURLToPath(new URL('../../fixtures/ocr/passport-dark.png', import.meta.url));

// One real Tesseract worker for the whole file: starting one takes about a second.
const ocr = createNodeOcr();
afterAll(() => ocr.terminate());

describe('Node OCR on a generated dark-mode bubble', () => {
  it('reads the text, with word boxes in the original image', { timeout: 60_000 }, async () => {
    const stages = new Set<string>();
    const result = await ocr.recognize(fixture, { langs: ['eng'], onProgress: (p) => stages.add(p.stage) });
    expect(result.text.toLowerCase()).toContain('passport');
    expect(result.text).toMatch(/police station/i);
    expect(result.preprocessing.inverted).toBe(true);
    expect([result.width, result.height]).toEqual([560, 140]);
    const passport = result.words.find((w) => /passport/i.test(w.text));
    expect(passport).toBeDefined();
    // "passport" ends the first line, in the right half of the bubble.
    expect(passport!.bbox.x0).toBeGreaterThan(280);
    expect(passport!.bbox.x1).toBeLessThanOrEqual(560);
    expect(passport!.bbox.y1).toBeLessThan(80);
    expect(passport!.confidence).toBeGreaterThan(50);
    expect(stages.has('recognizing')).toBe(true);
  });

  it('reads only the crop, with boxes still in original coordinates', { timeout: 60_000 }, async () => {
    const result = await ocr.recognize(readFileSync(fixture), {
      langs: ['eng'],
      crop: { x: 0, y: 75, width: 560, height: 65 },
    });
    expect(result.text).toMatch(/police station/i);
    expect(result.text).not.toMatch(/passport/i);
    for (const w of result.words) expect(w.bbox.y0).toBeGreaterThanOrEqual(75);
  });

  it('finds no text in a blank image', { timeout: 60_000 }, async () => {
    const blank = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const result = await ocr.recognize(new Uint8Array(blank), { langs: ['eng'] });
    expect(result.text).toBe('');
    expect(result.words).toEqual([]);
  });

  it('refuses a file that is not an image before decoding', async () => {
    const err = await ocr
      .recognize(new TextEncoder().encode('not an image'), { langs: ['eng'] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OcrError);
    expect((err as OcrError).code).toBe('not-an-image');
  });
});
