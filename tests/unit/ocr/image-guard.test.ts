import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkImage, MAX_BYTES } from '../../../lib/ocr/image-guard.ts';
import {
  bmp,
  bytesOf,
  jpeg,
  png,
  pngChunk,
  PNG_SIG,
  u32be,
  webpAnimChunk,
  webpExtended,
  webpLossless,
  webpLossy,
} from './image-bytes.ts';

const refusal = (bytes: Uint8Array): string => {
  const r = checkImage(bytes);
  if (r.ok) throw new Error('expected a refusal');
  expect(r.reason).toMatch(/^[A-Z].*\.$/); // a sentence
  return r.code;
};

describe('checkImage: accepted', () => {
  it.each([
    ['png', png(3, 2)],
    ['jpeg', jpeg(3, 2)],
    ['webp', webpLossless(3, 2)],
    ['webp', webpLossy(3, 2)],
    ['webp', webpExtended(3, 2, 0x10)],
    ['bmp', bmp(3, 2)],
    ['bmp', bmp(3, -2)],
  ])('%s header gives format and size', (format, bytes) => {
    expect(checkImage(bytes)).toEqual({ ok: true, format, width: 3, height: 2 });
  });

  it('accepts what a real encoder writes', async () => {
    const raw = sharp({ create: { width: 5, height: 4, channels: 3, background: '#808080' } });
    for (const [format, data] of [
      ['png', await raw.clone().png().toBuffer()],
      ['jpeg', await raw.clone().jpeg().toBuffer()],
      ['webp', await raw.clone().webp().toBuffer()],
      ['webp', await raw.clone().webp({ lossless: true }).toBuffer()],
    ] as const) {
      expect(checkImage(new Uint8Array(data))).toEqual({ ok: true, format, width: 5, height: 4 });
    }
  });
});

describe('checkImage: refused', () => {
  it('empty', () => expect(refusal(new Uint8Array())).toBe('empty'));
  it('text is not an image', () =>
    expect(refusal(bytesOf('hello, this is not a picture'))).toBe('not-an-image'));
  it('names GIF, HEIC and PDF', () => {
    expect(refusal(bytesOf('GIF89a\x02\x00\x02\x00\x00\x00\x00'))).toBe('unsupported-format');
    expect(refusal(bytesOf('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00'))).toBe('unsupported-format');
    expect(refusal(bytesOf('%PDF-1.7\n'))).toBe('unsupported-format');
  });
  it('over 30 MB, before looking at the content', () => {
    const big = new Uint8Array(MAX_BYTES + 1);
    big.set(png(1, 1));
    expect(refusal(big)).toBe('file-too-large');
  });
  it('zero-sized', () => {
    expect(refusal(png(0, 10))).toBe('zero-size');
    expect(refusal(jpeg(10, 0))).toBe('zero-size');
  });
  it('over 40 megapixels, from the header alone', () => {
    expect(refusal(png(8000, 5001))).toBe('too-many-pixels');
    expect(refusal(jpeg(65000, 65000))).toBe('too-many-pixels');
    expect(refusal(webpExtended(16000, 16000, 0))).toBe('too-many-pixels');
  });
  it('PNG without IEND or with a chunk cut short', () => {
    expect(refusal(png(3, 2, [], false))).toBe('truncated');
    expect(refusal(png(3, 2).subarray(0, 40))).toBe('truncated');
    expect(refusal(Uint8Array.from(PNG_SIG))).toBe('truncated');
  });
  it('PNG whose first chunk is not IHDR', () => {
    expect(refusal(Uint8Array.from([...PNG_SIG, ...pngChunk('IDAT', [1]), ...pngChunk('IEND')]))).toBe(
      'corrupt',
    );
  });
  it('animated PNG (acTL)', () => {
    expect(refusal(png(3, 2, pngChunk('acTL', [...u32be(2), ...u32be(0)])))).toBe('animated');
  });
  it('JPEG without EOI, or cut inside a header', () => {
    expect(refusal(jpeg(3, 2, false))).toBe('truncated');
    expect(refusal(jpeg(3, 2).subarray(0, 12))).toBe('truncated');
  });
  it('animated WebP (flag or ANIM chunk)', () => {
    expect(refusal(webpExtended(3, 2, 0x02))).toBe('animated');
    expect(refusal(webpExtended(3, 2, 0, webpAnimChunk()))).toBe('animated');
  });
  it('WebP shorter than its RIFF size', () => {
    expect(refusal(webpLossless(3, 2).subarray(0, 20))).toBe('truncated');
  });
  it('BMP missing pixel rows', () => {
    expect(refusal(bmp(3, 2, 1))).toBe('truncated');
  });
});
