import type { GrayImage } from './raster.ts';

export function histogram(img: GrayImage): Uint32Array {
  const h = new Uint32Array(256);
  for (const v of img.data) h[v]!++;
  return h;
}

/**
 * The background is the most common luminance, found on a histogram smoothed over ±4 levels
 * so that a gradient or JPEG noise does not split it. In a chat screenshot it is the chat
 * wallpaper or the bubble colour, never the text, which covers a few per cent of the pixels.
 */
export function estimateBackground(img: GrayImage): number {
  const h = histogram(img);
  let best = 0;
  let bestCount = -1;
  let window = 0;
  for (let v = 0; v <= 8; v++) window += h[v]!;
  for (let centre = 4; centre <= 251; centre++) {
    if (window > bestCount) {
      bestCount = window;
      best = centre;
    }
    window += (h[centre + 5] ?? 0) - h[centre - 4]!;
  }
  return best;
}

/** Dark mode: light text on a background darker than mid-grey. */
export const isDarkBackground = (background: number): boolean => background < 128;

export function invert(img: GrayImage): GrayImage {
  const data = new Uint8ClampedArray(img.data.length);
  for (let i = 0; i < data.length; i++) data[i] = 255 - img.data[i]!;
  return { data, width: img.width, height: img.height };
}
