/** Normalised text with, for each of its UTF-16 code units, the original span it came from. */
export interface Normalized {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  originalLength: number;
}

// Decoding the code units in one call is several times faster than String.fromCharCode.
const UTF16 = new TextDecoder('utf-16le');

/**
 * Accumulates normalised code units with their original spans, in typed arrays: the
 * normaliser runs on every keystroke and every message of a batch, so it avoids an object
 * or a string per character.
 */
export class Builder {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(private readonly originalLength: number) {
    const capacity = Math.max(16, originalLength + 8);
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** The last code unit, or -1 when empty. */
  last(): number {
    return this.length > 0 ? (this.codes[this.length - 1] ?? -1) : -1;
  }

  pop(): void {
    if (this.length > 0) this.length--;
  }

  /** Lets the last unit stand for more of the original (a collapsed run). */
  extendLast(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end;
  }

  trimEnd(): void {
    while (this.last() === 0x20 || this.last() === 0x0a) this.pop();
  }

  build(): Normalized {
    const text = UTF16.decode(this.codes.subarray(0, this.length));
    return {
      text,
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
      originalLength: this.originalLength,
    };
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}

/** Rebuilds a Normalized without the code units marked in `drop`. */
export function filterUnits(n: Normalized, drop: Uint8Array): Normalized {
  const b = new Builder(n.originalLength);
  for (let i = 0; i < n.text.length; i++) {
    if (!drop[i]) b.push(n.text.charCodeAt(i), n.starts[i] ?? 0, n.ends[i] ?? 0);
  }
  return b.build();
}
