import { i32le, u16le, u32le } from './bytes.ts';
import { corrupt, truncated, type HeaderResult } from './header.ts';

export const BMP_SIGNATURE = [0x42, 0x4d] as const;

const BI_RGB = 0;
const BI_BITFIELDS = 3;

/** Reads the DIB header; for uncompressed pixels, checks the file holds every row it declares. */
export function readBmpHeader(b: Uint8Array): HeaderResult {
  const pixelOffset = u32le(b, 10);
  const dibSize = u32le(b, 14);
  if (pixelOffset === undefined || dibSize === undefined || 14 + dibSize > b.length) {
    return truncated('the header is cut off');
  }
  let width: number;
  let height: number;
  let bitsPerPixel: number;
  let compression = BI_RGB;
  if (dibSize === 12) {
    width = u16le(b, 18)!;
    height = u16le(b, 20)!;
    bitsPerPixel = u16le(b, 24)!;
  } else if (dibSize >= 40) {
    width = i32le(b, 18)!;
    height = Math.abs(i32le(b, 22)!); // negative height means top-down rows
    bitsPerPixel = u16le(b, 28)!;
    compression = u32le(b, 30)!;
  } else {
    return corrupt('the DIB header has an unknown size');
  }
  if (width < 0) return corrupt('the width is negative');
  if (compression === BI_RGB || compression === BI_BITFIELDS) {
    const rowBytes = Math.ceil((width * bitsPerPixel) / 32) * 4;
    if (pixelOffset + rowBytes * height > b.length)
      return truncated('it holds fewer pixel rows than it declares');
  }
  return { ok: true, width, height };
}
