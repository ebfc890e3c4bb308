/** SHA-256 as 64 lowercase hex characters, with WebCrypto (browsers and Node ≥ 20 alike). */
export async function sha256Hex(data: string | Uint8Array | ArrayBuffer | Blob): Promise<string> {
  const bytes =
    typeof data === 'string'
      ? new TextEncoder().encode(data)
      : data instanceof Blob
        ? new Uint8Array(await data.arrayBuffer())
        : data instanceof Uint8Array
          ? data
          : new Uint8Array(data);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return toHex(new Uint8Array(digest));
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/u;
