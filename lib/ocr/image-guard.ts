import { ascii, startsWith } from './guard/bytes.ts';
import { BMP_SIGNATURE, readBmpHeader } from './guard/bmp.ts';
import type { HeaderResult } from './guard/header.ts';
import { JPEG_SIGNATURE, readJpegHeader } from './guard/jpeg.ts';
import { PNG_SIGNATURE, readPngHeader } from './guard/png.ts';
import { isWebp, readWebpHeader } from './guard/webp.ts';
import type { OcrErrorCode } from './errors.ts';

export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'bmp';

export type GuardResult =
  | { ok: true; format: ImageFormat; width: number; height: number }
  | { ok: false; code: OcrErrorCode; reason: string };

/** Decompression bombs: a small file can declare a huge canvas, so both bytes and pixels are capped. */
export const MAX_BYTES = 30 * 1024 * 1024;
export const MAX_PIXELS = 40_000_000;

const FORMAT_NAMES: Record<ImageFormat, string> = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP', bmp: 'BMP' };

const refuse = (code: OcrErrorCode, reason: string): GuardResult => ({ ok: false, code, reason });

function sniff(b: Uint8Array): ImageFormat | undefined {
  if (startsWith(b, PNG_SIGNATURE)) return 'png';
  if (startsWith(b, JPEG_SIGNATURE)) return 'jpeg';
  if (isWebp(b)) return 'webp';
  if (startsWith(b, BMP_SIGNATURE) && b.length >= 18) return 'bmp';
  return undefined;
}

/** Formats people may try that we recognise only to name them in the refusal. */
function otherFormat(b: Uint8Array): string | undefined {
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'GIF';
  const brand = ascii(b, 4, 8);
  if (brand === 'ftypheic' || brand === 'ftypheix' || brand === 'ftypmif1') return 'HEIC';
  if (brand === 'ftypavif') return 'AVIF';
  if (ascii(b, 0, 4) === '%PDF') return 'PDF';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  return undefined;
}

const READERS: Record<ImageFormat, (b: Uint8Array) => HeaderResult> = {
  png: readPngHeader,
  jpeg: readJpegHeader,
  webp: readWebpHeader,
  bmp: readBmpHeader,
};

/** The size check alone, for callers that can refuse a file before reading it. */
export function checkFileSize(size: number): GuardResult | undefined {
  if (size === 0) return refuse('empty', 'The file is empty.');
  if (size > MAX_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return refuse('file-too-large', `The image is ${mb} MB; images over 30 MB are not read.`);
  }
  return undefined;
}

/**
 * Decides from the bytes alone, before any decoder sees them, whether an image is safe and
 * sensible to read. Only headers and chunk lists are parsed; no pixel data is decompressed.
 */
export function checkImage(bytes: Uint8Array): GuardResult {
  const sizeRefusal = checkFileSize(bytes.length);
  if (sizeRefusal !== undefined) return sizeRefusal;
  const format = sniff(bytes);
  if (format === undefined) {
    const other = otherFormat(bytes);
    return other === undefined
      ? refuse('not-an-image', 'This file is not an image Tekshur can read (PNG, JPEG, WebP or BMP).')
      : refuse('unsupported-format', `${other} files are not read; save the screenshot as PNG or JPEG.`);
  }
  const name = FORMAT_NAMES[format];
  const header = READERS[format](bytes);
  if (!header.ok) {
    if (header.code === 'animated') {
      return refuse('animated', `The image is animated (${header.detail}); only still images are read.`);
    }
    const what = header.code === 'truncated' ? 'incomplete' : 'damaged';
    return refuse(header.code, `The ${name} file is ${what}: ${header.detail}.`);
  }
  const { width, height } = header;
  if (width === 0 || height === 0)
    return refuse('zero-size', `The ${name} image has no pixels (${width}×${height}).`);
  if (width * height > MAX_PIXELS) {
    const mp = ((width * height) / 1e6).toFixed(0);
    return refuse(
      'too-many-pixels',
      `The image is ${width}×${height} (${mp} megapixels); images over 40 megapixels are not read.`,
    );
  }
  return { ok: true, format, width, height };
}
