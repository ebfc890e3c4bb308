import { decodeBase64, encodeBase64 } from './base64';
import { concatBytes, toArrayBuffer, utf8Decode, utf8Encode } from './bytes';

/**
 * Passphrase encryption of an export (docs/report-format.md, "Encrypted files").
 *
 * Layout: one header line of JSON, a newline, then the AES-GCM ciphertext with its 16-byte tag.
 * The header line (newline included) is the GCM additional data, so a change to any byte of the
 * file — header, ciphertext or tag — fails authentication. Only WebCrypto is used, so the same
 * code runs in the extension and in Node.
 */

export const ENCRYPTED_FORMAT = 'tekshur-encrypted';
export const ENCRYPTED_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Also the least a file may declare when decrypted. */
export const DEFAULT_ITERATIONS = 600_000;
/** Beyond this a hostile file could hold the page for minutes. */
export const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 4096;
/** Every encrypted file starts with exactly these bytes: how a reader tells one from a plain report. */
const MAGIC = utf8Encode(`{"format":"${ENCRYPTED_FORMAT}",`);

export const WRONG_PASSPHRASE = 'wrong passphrase or the file was changed';

export class EncryptionError extends Error {
  override name = 'EncryptionError';
}

export interface EnvelopeHeader {
  format: typeof ENCRYPTED_FORMAT;
  version: number;
  /** Media type of the plaintext, e.g. application/vnd.tekshur.report+json. */
  content: string;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
}

export interface EncryptOptions {
  /** Media type of the plaintext, recorded in the header. */
  content: string;
  iterations?: number;
  /** Tests lower both this and `iterations`; real files never go below DEFAULT_ITERATIONS. */
  minIterations?: number;
}

export interface DecryptOptions {
  minIterations?: number;
}

export interface Decrypted {
  content: string;
  plaintext: Uint8Array;
  iterations: number;
}

export function isEncrypted(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC.length) return false;
  return MAGIC.every((b, i) => bytes[i] === b);
}

export async function encrypt(
  plaintext: Uint8Array,
  passphrase: string,
  options: EncryptOptions,
): Promise<Uint8Array> {
  const minIterations = checkedMinimum(options.minIterations);
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  if (!Number.isSafeInteger(iterations) || iterations < minIterations || iterations > MAX_ITERATIONS) {
    throw new EncryptionError(`iterations must be an integer from ${minIterations} to ${MAX_ITERATIONS}`);
  }
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new EncryptionError(`the passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters`);
  }
  if (typeof options.content !== 'string' || !/^[\w.+/;=-]{1,200}$/.test(options.content))
    throw new EncryptionError('content must be a media type');
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: EnvelopeHeader = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    content: options.content,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: encodeBase64(salt) },
    cipher: { name: 'AES-GCM', iv: encodeBase64(iv) },
  };
  const headerLine = utf8Encode(`${JSON.stringify(header)}\n`);
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await globalThis.crypto.subtle.encrypt(
    {
      name: 'AES-GCM',
      iv: toArrayBuffer(iv),
      additionalData: toArrayBuffer(headerLine),
      tagLength: TAG_BYTES * 8,
    },
    key,
    toArrayBuffer(plaintext),
  );
  return concatBytes(headerLine, new Uint8Array(sealed));
}

export async function decrypt(
  file: Uint8Array,
  passphrase: string,
  options: DecryptOptions = {},
): Promise<Decrypted> {
  const minIterations = checkedMinimum(options.minIterations);
  if (!isEncrypted(file)) throw new EncryptionError('not a Tekshur encrypted file');
  const newline = file.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a);
  if (newline < 0) throw new EncryptionError(`${WRONG_PASSPHRASE} (the header is damaged)`);
  const headerLine = file.subarray(0, newline + 1);
  const header = parseHeader(headerLine.subarray(0, newline));
  const { iterations } = header.kdf;
  if (iterations < minIterations) {
    throw new EncryptionError(
      `refused: the file's key derivation is too weak (${iterations} PBKDF2 iterations, at least ${minIterations} required)`,
    );
  }
  const sealed = file.subarray(newline + 1);
  if (sealed.length < TAG_BYTES) throw new EncryptionError(`${WRONG_PASSPHRASE} (the file is incomplete)`);
  const key = await deriveKey(passphrase, decodeBase64(header.kdf.salt), iterations);
  let plain: ArrayBuffer;
  try {
    plain = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: toArrayBuffer(decodeBase64(header.cipher.iv)),
        additionalData: toArrayBuffer(headerLine),
        tagLength: TAG_BYTES * 8,
      },
      key,
      toArrayBuffer(sealed),
    );
  } catch {
    // GCM says only "did not authenticate": a wrong key and a changed byte look the same.
    throw new EncryptionError(WRONG_PASSPHRASE);
  }
  return { content: header.content, plaintext: new Uint8Array(plain), iterations };
}

function checkedMinimum(value: number | undefined): number {
  const min = value ?? DEFAULT_ITERATIONS;
  if (!Number.isSafeInteger(min) || min < 1)
    throw new EncryptionError('minIterations must be a positive integer');
  return min;
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  if (passphrase.length === 0) throw new EncryptionError('no passphrase given');
  // NFC so the same passphrase typed on another system (composed or decomposed accents) still opens the file.
  const material = await globalThis.crypto.subtle.importKey(
    'raw',
    toArrayBuffer(utf8Encode(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return globalThis.crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: toArrayBuffer(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function parseHeader(bytes: Uint8Array): EnvelopeHeader {
  const damaged = new EncryptionError(`${WRONG_PASSPHRASE} (the header is damaged)`);
  let raw: unknown;
  try {
    raw = JSON.parse(utf8Decode(bytes));
  } catch {
    throw damaged;
  }
  if (!isRecord(raw) || !sameKeys(raw, ['format', 'version', 'content', 'kdf', 'cipher'])) throw damaged;
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > ENCRYPTED_VERSION) {
    throw new EncryptionError(
      `made by a newer Tekshur (encrypted file version ${raw.version}): update Tekshur to open it`,
    );
  }
  const { kdf, cipher } = raw;
  if (
    raw.format !== ENCRYPTED_FORMAT ||
    raw.version !== ENCRYPTED_VERSION ||
    typeof raw.content !== 'string' ||
    !isRecord(kdf) ||
    !sameKeys(kdf, ['name', 'hash', 'iterations', 'salt']) ||
    kdf.name !== 'PBKDF2' ||
    kdf.hash !== 'SHA-256' ||
    !Number.isSafeInteger(kdf.iterations) ||
    (kdf.iterations as number) < 1 ||
    !isBase64Of(kdf.salt, SALT_BYTES) ||
    !isRecord(cipher) ||
    !sameKeys(cipher, ['name', 'iv']) ||
    cipher.name !== 'AES-GCM' ||
    !isBase64Of(cipher.iv, IV_BYTES)
  ) {
    throw damaged;
  }
  if ((kdf.iterations as number) > MAX_ITERATIONS) {
    throw new EncryptionError(
      `refused: ${String(kdf.iterations)} PBKDF2 iterations is more than ${MAX_ITERATIONS}`,
    );
  }
  return raw as unknown as EnvelopeHeader;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(value, k));
}

function isBase64Of(value: unknown, length: number): boolean {
  if (typeof value !== 'string') return false;
  try {
    return decodeBase64(value).length === length;
  } catch {
    return false;
  }
}
