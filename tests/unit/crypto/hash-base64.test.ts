import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, isCanonicalBase64 } from '../../../lib/crypto/base64';
import { sha256Hex } from '../../../lib/crypto/hash';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors, for strings (UTF-8) and bytes', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await sha256Hex('护照')).toBe(await sha256Hex(new TextEncoder().encode('护照')));
  });
});

describe('base64', () => {
  it('round-trips any bytes and agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses anything but canonical padded base64', () => {
    for (const bad of [
      'A',
      'AB',
      'ABC',
      'AB=C',
      'AB==AB==',
      'AB\n==',
      'AB-_',
      'AB=',
      'AR==',
      'ABD=',
      '====',
    ]) {
      expect(isCanonicalBase64(bad), bad).toBe(false);
      expect(() => decodeBase64(bad)).toThrow('not valid base64');
    }
    expect(isCanonicalBase64('')).toBe(true);
    expect(isCanonicalBase64('AQ==')).toBe(true);
    expect(isCanonicalBase64('AQI=')).toBe(true);
  });
});
