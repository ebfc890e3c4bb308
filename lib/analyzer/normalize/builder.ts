/** Normalised text with, for each of its UTF-16 code units, the original span it came from. */
export interface Normalized {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  originalLength: number;
}

/** Accumulates normalised characters with their original spans. */
export class Builder {
  private readonly chars: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly originalLength: number) {}

  push(ch: string, start: number, end: number): void {
    this.chars.push(ch);
    this.starts.push(start);
    this.ends.push(end);
  }

  last(): string {
    return this.chars[this.chars.length - 1] ?? '';
  }

  pop(): void {
    this.chars.pop();
    this.starts.pop();
    this.ends.pop();
  }

  /** Lets the last character stand for more of the original (a collapsed run). */
  extendLast(end: number): void {
    if (this.ends.length > 0) this.ends[this.ends.length - 1] = end;
  }

  trimEnd(): void {
    while (this.last() === ' ' || this.last() === '\n') this.pop();
  }

  build(): Normalized {
    return {
      text: this.chars.join(''),
      starts: Int32Array.from(this.starts),
      ends: Int32Array.from(this.ends),
      originalLength: this.originalLength,
    };
  }
}

/** Rebuilds a Normalized, keeping the code units for which `keep(i)` is true. */
export function filterUnits(n: Normalized, drop: Uint8Array): Normalized {
  const kept: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < n.text.length; i++) {
    if (drop[i]) continue;
    kept.push(n.text.charAt(i));
    starts.push(n.starts[i] ?? 0);
    ends.push(n.ends[i] ?? 0);
  }
  return {
    text: kept.join(''),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    originalLength: n.originalLength,
  };
}
