import type { GrayImage } from './raster.ts';

/**
 * Binary PGM (P5): Leptonica inside the Tesseract core reads it without a decompressor, so
 * handing the engine grey pixels costs a memcpy instead of a PNG encode and decode.
 */
export function encodePgm(img: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(header.length + img.data.length);
  out.set(header, 0);
  out.set(img.data, header.length);
  return out;
}
