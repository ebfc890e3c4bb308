import { readFile } from 'node:fs/promises';
import { describeFsError } from './scan-inputs';

/** Larger text files are refused rather than read into memory. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export type TextRead = { ok: true; text: string } | { ok: false; error: string };

/** Decodes message bytes: strict UTF-8, no NUL bytes, not empty. */
export function decodeMessage(bytes: Uint8Array): TextRead {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  if (bytes.length > MAX_TEXT_BYTES)
    return { ok: false, error: `too large (over ${MAX_TEXT_BYTES / 1024 / 1024} MB)` };
  if (bytes.includes(0)) return { ok: false, error: 'binary file, not UTF-8 text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: 'not valid UTF-8 text' };
  }
  if (text.trim() === '') return { ok: false, error: 'empty file (white space only)' };
  return { ok: true, text };
}

export async function readMessageFile(path: string): Promise<TextRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, error: describeFsError(e) };
  }
  return decodeMessage(bytes);
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<TextRead> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size > MAX_TEXT_BYTES) return { ok: false, error: 'standard input too large' };
    chunks.push(buf);
  }
  const result = decodeMessage(Buffer.concat(chunks));
  return result.ok || result.error !== 'empty file'
    ? result
    : { ok: false, error: 'standard input is empty' };
}
