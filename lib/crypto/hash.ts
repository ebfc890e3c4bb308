import { bytesToHex, toArrayBuffer, utf8Encode } from './bytes';

/** SHA-256 as 64 lowercase hex characters, with WebCrypto (browsers and Node ≥ 20 alike). */
export async function sha256Hex(data: string | Uint8Array | ArrayBuffer | Blob): Promise<string> {
  return bytesToHex(await sha256(data));
}

export async function sha256(data: string | Uint8Array | ArrayBuffer | Blob): Promise<Uint8Array> {
  const bytes =
    typeof data === 'string'
      ? utf8Encode(data)
      : data instanceof Blob
        ? new Uint8Array(await data.arrayBuffer())
        : data instanceof Uint8Array
          ? data
          : new Uint8Array(data);
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', toArrayBuffer(bytes)));
}

export const toHex = bytesToHex;

export const SHA256_HEX = /^[0-9a-f]{64}$/u;

export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}
