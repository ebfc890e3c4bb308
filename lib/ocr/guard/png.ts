import { ascii, u32be } from './bytes.ts';
import { animated, corrupt, truncated, type HeaderResult } from './header.ts';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/**
 * Walks the chunk list (lengths and types only, nothing is inflated): IHDR gives the size,
 * acTL marks an animated PNG, and a missing IEND means the file was cut short.
 */
export function readPngHeader(b: Uint8Array): HeaderResult {
  let at: number = PNG_SIGNATURE.length;
  let size: { width: number; height: number } | undefined;
  while (at < b.length) {
    const length = u32be(b, at);
    if (length === undefined || at + 8 > b.length) return truncated('a chunk header is cut off');
    const type = ascii(b, at + 4, 4);
    const end = at + 12 + length;
    if (end > b.length) return truncated(`the ${type} chunk is cut off`);
    if (size === undefined) {
      if (type !== 'IHDR' || length < 8) return corrupt('the first chunk is not IHDR');
      size = { width: u32be(b, at + 8)!, height: u32be(b, at + 12)! };
    } else if (type === 'acTL') {
      return animated('it is an animated PNG (APNG)');
    } else if (type === 'IEND') {
      return { ok: true, ...size };
    }
    at = end;
  }
  return size === undefined ? truncated('there is no IHDR chunk') : truncated('the IEND chunk is missing');
}
