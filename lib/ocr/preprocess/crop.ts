import type { OcrRect } from '../types.ts';
import { assertRgba, type RgbaImage } from './raster.ts';

/** The part of `rect` inside the image, in whole pixels, or null when nothing of it is. */
export function clampRect(rect: OcrRect, width: number, height: number): OcrRect | null {
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(width, Math.ceil(rect.x + rect.width));
  const y1 = Math.min(height, Math.ceil(rect.y + rect.height));
  if (!(x1 > x0 && y1 > y0)) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Copies a region (already clamped with clampRect) out of an RGBA image. */
export function cropRgba(img: RgbaImage, rect: OcrRect): RgbaImage {
  assertRgba(img);
  const { x, y, width, height } = rect;
  if (x < 0 || y < 0 || width <= 0 || height <= 0 || x + width > img.width || y + height > img.height) {
    throw new RangeError('Crop rectangle lies outside the image.');
  }
  const data = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((y + row) * img.width + x) * 4;
    data.set(img.data.subarray(from, from + width * 4), row * width * 4);
  }
  return { data, width, height };
}
