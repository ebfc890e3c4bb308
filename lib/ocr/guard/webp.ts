import { ascii, u16le, u24le, u32le } from './bytes.ts';
import { animated, corrupt, truncated, type HeaderResult } from './header.ts';

export const isWebp = (b: Uint8Array): boolean => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP';

/** Walks the RIFF chunks: VP8X/VP8/VP8L give the size; an animation flag, ANIM or ANMF chunk refuses it. */
export function readWebpHeader(b: Uint8Array): HeaderResult {
  const riffSize = u32le(b, 4)!;
  if (riffSize + 8 > b.length) return truncated('it is shorter than its RIFF header says');
  const end = riffSize + 8;
  let at = 12;
  let size: { width: number; height: number } | undefined;
  while (at + 8 <= end) {
    const type = ascii(b, at, 4);
    const length = u32le(b, at + 4)!;
    const data = at + 8;
    if (data + length > end) return truncated(`the ${type.trim()} chunk is cut off`);
    if (type === 'ANIM' || type === 'ANMF') return animated('it is an animated WebP');
    if (type === 'VP8X') {
      if (((b[data] ?? 0) & 0x02) !== 0) return animated('it is an animated WebP');
      size ??= { width: u24le(b, data + 4)! + 1, height: u24le(b, data + 7)! + 1 };
    } else if (type === 'VP8 ' && size === undefined) {
      // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height.
      if (b[data + 3] !== 0x9d || b[data + 4] !== 0x01 || b[data + 5] !== 0x2a)
        return corrupt('the VP8 start code is wrong');
      size = { width: u16le(b, data + 6)! & 0x3fff, height: u16le(b, data + 8)! & 0x3fff };
    } else if (type === 'VP8L' && size === undefined) {
      if (b[data] !== 0x2f) return corrupt('the VP8L signature is wrong');
      const bits = u32le(b, data + 1)!;
      size = { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    at = data + length + (length & 1);
  }
  return size === undefined ? corrupt('there is no image chunk') : { ok: true, ...size };
}
