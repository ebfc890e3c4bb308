/**
 * Standard base64 (RFC 4648 §4, with padding) without Node's Buffer, so the same code runs in the
 * extension. Decoding is strict: a wrong alphabet, length or non-zero padding bits is an error, so
 * one text has exactly one meaning and a changed character is never silently ignored.
 */

const CHUNK = 0x8000;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const BASE64_PATTERN = /^[A-Z0-9+/]*={0,2}$/i;

export class Base64Error extends Error {
  override name = 'Base64Error';
}

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  }
  return btoa(parts.join(''));
}

/** Bytes a valid base64 text of this length decodes to (for size checks before decoding). */
export function decodedLength(text: string): number {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

export function isCanonicalBase64(text: string): boolean {
  if (text.length % 4 !== 0 || !BASE64_PATTERN.test(text)) return false;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (pad === 0) return true;
  // The last data character carries 2 (one '=') or 4 (two '=') bits that must be zero.
  const last = ALPHABET.indexOf(text.charAt(text.length - pad - 1));
  return (last & (pad === 1 ? 0b11 : 0b1111)) === 0;
}

export function decodeBase64(text: string): Uint8Array {
  if (!isCanonicalBase64(text)) throw new Base64Error('not valid base64');
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
