import { assertRgba, grayImage, type GrayImage, type RgbaImage } from './raster.ts';

/**
 * BT.601 luma in integer arithmetic. Transparent pixels are laid over white, as a viewer
 * shows them, so a transparent background does not read as black.
 */
export function toGrayscale(img: RgbaImage): GrayImage {
  assertRgba(img);
  const out = grayImage(img.width, img.height);
  const src = img.data;
  const dst = out.data;
  for (let i = 0, p = 0; p < dst.length; i += 4, p++) {
    const luma = (77 * src[i]! + 150 * src[i + 1]! + 29 * src[i + 2]! + 128) >> 8;
    const a = src[i + 3]!;
    dst[p] = a === 255 ? luma : (luma * a + 255 * (255 - a) + 127) / 255;
  }
  return out;
}
