import { u16be } from './bytes.ts';
import { corrupt, truncated, type HeaderResult } from './header.ts';

export const JPEG_SIGNATURE = [0xff, 0xd8, 0xff] as const;

// Start-of-frame markers carry the size; C4 (DHT), C8 (reserved) and CC (DAC) share the range.
const isStartOfFrame = (m: number): boolean =>
  m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/**
 * Reads marker segments up to the first scan, then looks for the end-of-image marker.
 * Entropy-coded data escapes every 0xFF as FF 00, so an FF D9 after the scan starts can only be
 * the real EOI: its absence means the file was cut short.
 */
export function readJpegHeader(b: Uint8Array): HeaderResult {
  let at = 2;
  let size: { width: number; height: number } | undefined;
  for (;;) {
    while (at < b.length && b[at] === 0xff && b[at + 1] === 0xff) at++; // fill bytes
    if (at + 2 > b.length) return truncated('it ends before the image data');
    if (b[at] !== 0xff) return corrupt('a marker is missing');
    const marker = b[at + 1]!;
    if (marker === 0xd9) return corrupt('it ends before any image data');
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    const length = u16be(b, at + 2);
    if (length === undefined || at + 2 + length > b.length) return truncated('a header segment is cut off');
    if (length < 2) return corrupt('a header segment has an impossible length');
    if (isStartOfFrame(marker)) {
      const height = u16be(b, at + 5);
      const width = u16be(b, at + 7);
      if (height === undefined || width === undefined) return truncated('the frame header is cut off');
      size = { width, height };
    }
    if (marker === 0xda) break;
    at += 2 + length;
  }
  if (size === undefined) return corrupt('there is no frame header');
  for (let i = b.length - 2; i > at; i--) {
    if (b[i] === 0xff && b[i + 1] === 0xd9) return { ok: true, ...size };
  }
  return truncated('the end-of-image marker is missing');
}
