// Bounds-checked readers: a header field beyond the end of the file means truncation,
// which the callers report, so these return undefined rather than reading garbage.

export function u16be(b: Uint8Array, at: number): number | undefined {
  return at + 2 <= b.length ? (b[at]! << 8) | b[at + 1]! : undefined;
}

export function u16le(b: Uint8Array, at: number): number | undefined {
  return at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : undefined;
}

export function u24le(b: Uint8Array, at: number): number | undefined {
  return at + 3 <= b.length ? b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) : undefined;
}

export function u32be(b: Uint8Array, at: number): number | undefined {
  return at + 4 <= b.length
    ? ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0
    : undefined;
}

export function u32le(b: Uint8Array, at: number): number | undefined {
  return at + 4 <= b.length
    ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
    : undefined;
}

export function i32le(b: Uint8Array, at: number): number | undefined {
  const v = u32le(b, at);
  return v === undefined ? undefined : v | 0;
}

export function ascii(b: Uint8Array, at: number, length: number): string {
  let s = '';
  for (let i = at; i < at + length && i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

export function startsWith(b: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (at + signature.length > b.length) return false;
  return signature.every((v, i) => b[at + i] === v);
}
