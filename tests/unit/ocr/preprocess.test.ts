import { describe, expect, it } from 'vitest';
import { clampRect, cropRgba } from '../../../lib/ocr/preprocess/crop.ts';
import { toGrayscale } from '../../../lib/ocr/preprocess/grayscale.ts';
import { DEFAULT_PREPROCESS, encodePgm, preprocess } from '../../../lib/ocr/preprocess/index.ts';
import { estimateBackground, invert, isDarkBackground } from '../../../lib/ocr/preprocess/polarity.ts';
import type { GrayImage, RgbaImage } from '../../../lib/ocr/preprocess/raster.ts';
import { scaleGray } from '../../../lib/ocr/preprocess/scale.ts';
import { estimateTextHeight } from '../../../lib/ocr/preprocess/text-size.ts';

function gray(width: number, height: number, fill: number): GrayImage {
  return { data: new Uint8ClampedArray(width * height).fill(fill), width, height };
}

function rgbaFromGray(g: GrayImage): RgbaImage {
  const data = new Uint8ClampedArray(g.width * g.height * 4);
  g.data.forEach((v, i) => data.set([v, v, v, 255], i * 4));
  return { data, width: g.width, height: g.height };
}

/** A "page" of glyph-like blocks `glyph` px tall, 0.6 as wide, in rows, ink on paper. */
function fakeText(glyph: number, paper: number, ink: number, width = 400, height = 300): GrayImage {
  const img = gray(width, height, paper);
  const w = Math.round(glyph * 0.6);
  for (let top = glyph; top + glyph < height; top += glyph * 2) {
    for (let left = glyph; left + w < width; left += w + Math.ceil(glyph / 3)) {
      for (let y = top; y < top + glyph; y++) {
        // hollow boxes, like letters: not solid blocks
        for (let x = left; x < left + w; x++) {
          const edge = y - top < 2 || top + glyph - y <= 2 || x - left < 2 || left + w - x <= 2;
          if (edge) img.data[y * width + x] = ink;
        }
      }
    }
  }
  return img;
}

describe('toGrayscale', () => {
  it('weights channels as BT.601 luma and lays transparency over white', () => {
    const data = Uint8ClampedArray.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 0, 0, 0, 0]);
    const g = toGrayscale({ data, width: 4, height: 1 });
    expect([...g.data]).toEqual([77, 149, 29, 255]);
  });
  it('rejects a buffer of the wrong length', () => {
    expect(() => toGrayscale({ data: new Uint8ClampedArray(12), width: 2, height: 2 })).toThrow(RangeError);
  });
});

describe('dark mode', () => {
  it('finds the background as the most common level, not the mean', () => {
    const img = fakeText(12, 20, 235);
    expect(estimateBackground(img)).toBeGreaterThanOrEqual(16);
    expect(estimateBackground(img)).toBeLessThanOrEqual(24);
    expect(isDarkBackground(estimateBackground(img))).toBe(true);
    expect(isDarkBackground(estimateBackground(fakeText(12, 237, 20)))).toBe(false);
  });
  it('inverts', () => {
    expect([...invert({ data: Uint8ClampedArray.from([0, 100, 255]), width: 3, height: 1 }).data]).toEqual([
      255, 155, 0,
    ]);
  });
});

describe('scaleGray', () => {
  it('averages areas when shrinking', () => {
    const img: GrayImage = {
      data: Uint8ClampedArray.from([0, 100, 200, 200, 100, 0, 200, 200]),
      width: 4,
      height: 2,
    };
    const half = scaleGray(img, 0.5);
    expect([half.width, half.height]).toEqual([2, 1]);
    expect([...half.data]).toEqual([50, 200]);
  });
  it('keeps a flat image flat when enlarging', () => {
    const big = scaleGray(gray(3, 3, 77), 2.5);
    expect([big.width, big.height]).toEqual([8, 8]);
    expect(big.data.every((v) => v === 77)).toBe(true);
  });
  it('refuses a non-positive factor', () => {
    expect(() => scaleGray(gray(2, 2, 0), 0)).toThrow(RangeError);
  });
});

describe('crop', () => {
  it('clamps to the image and rounds outwards', () => {
    expect(clampRect({ x: -5, y: 1.5, width: 10, height: 100 }, 8, 6)).toEqual({
      x: 0,
      y: 1,
      width: 5,
      height: 5,
    });
    expect(clampRect({ x: 20, y: 0, width: 5, height: 5 }, 8, 6)).toBeNull();
  });
  it('copies the rows of the region', () => {
    const g: GrayImage = { data: Uint8ClampedArray.from({ length: 12 }, (_, i) => i), width: 4, height: 3 };
    const c = cropRgba(rgbaFromGray(g), { x: 1, y: 1, width: 2, height: 2 });
    expect([...toGrayscale(c).data]).toEqual([5, 6, 9, 10]);
  });
});

describe('estimateTextHeight', () => {
  it('measures glyph height and follows the scale', () => {
    expect(estimateTextHeight(fakeText(20, 240, 20), 240)).toBe(20);
    expect(estimateTextHeight(fakeText(40, 240, 20, 800, 600), 240)).toBe(40);
  });
  it('measures large images on a reduced copy', () => {
    const h = estimateTextHeight(fakeText(60, 240, 20, 2600, 1800), 240);
    expect(h).toBeGreaterThanOrEqual(57);
    expect(h).toBeLessThanOrEqual(63);
  });
  it('gives up on noise instead of labelling millions of specks', () => {
    const noise = gray(1999, 1999, 240);
    for (let i = 0; i < noise.data.length; i += 2) noise.data[i] = 0;
    expect(estimateTextHeight(noise, 240)).toBeNull();
  });
  it('returns null without text-like shapes', () => {
    expect(estimateTextHeight(gray(50, 50, 240), 240)).toBeNull();
  });
});

describe('preprocess', () => {
  it('inverts dark mode and scales text to the target height', () => {
    const { image, info } = preprocess(rgbaFromGray(fakeText(30, 15, 230, 600, 400)), undefined);
    expect(info.inverted).toBe(true);
    expect(info.textHeight).toBe(30);
    expect(info.scale).toBeCloseTo(DEFAULT_PREPROCESS.targetTextHeight! / 30, 2);
    expect(image.width).toBe(Math.round(600 * info.scale));
    expect(estimateBackground(image)).toBeGreaterThan(200); // now light
  });
  it('leaves light images alone and records the crop', () => {
    const target = DEFAULT_PREPROCESS.targetTextHeight!;
    const { info } = preprocess(rgbaFromGray(fakeText(target, 240, 10)), {
      x: 10,
      y: 20,
      width: 300,
      height: 200,
    });
    expect(info).toMatchObject({
      inverted: false,
      scale: 1,
      crop: { x: 10, y: 20, width: 300, height: 200 },
    });
  });
  it('refuses a crop outside the image', () => {
    expect(() => preprocess(rgbaFromGray(gray(10, 10, 0)), { x: 50, y: 50, width: 5, height: 5 })).toThrow(
      RangeError,
    );
  });
});

describe('encodePgm', () => {
  it('writes a binary PGM header followed by the pixels', () => {
    const pgm = encodePgm({ data: Uint8ClampedArray.from([1, 2, 3, 4, 5, 6]), width: 3, height: 2 });
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n3 2\n255\n');
    expect([...pgm.subarray(11)]).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
