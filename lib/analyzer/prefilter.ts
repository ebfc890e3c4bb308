import { leadingStrings, MAX_LENGTH } from './leading-strings';

/**
 * Which patterns can match a text at all, found in one pass: every pattern is indexed by the
 * strings its matches must start with (leading-strings.ts), and each position of the text
 * looks up the strings that start there. Most of the ~800 rules of other languages and
 * tactics are then skipped without running their regular expression.
 */
export class Prefilter {
  private readonly index = new Map<string, number[]>();
  /** Leading strings longer than the window (astral characters): checked one by one. */
  private readonly long: { s: string; pattern: number }[] = [];
  private readonly always: number[] = [];

  constructor(private readonly patterns: readonly RegExp[]) {
    patterns.forEach((pattern, i) => {
      const strings = leadingStrings(pattern);
      if (!strings) {
        this.always.push(i);
        return;
      }
      for (const s of strings) {
        if (s.length > MAX_LENGTH) this.long.push({ s, pattern: i });
        else {
          const list = this.index.get(s);
          if (list) list.push(i);
          else this.index.set(s, [i]);
        }
      }
    });
  }

  /** Flags, by pattern number: 1 where the pattern may match `text`. */
  candidates(text: string): Uint8Array {
    const out = new Uint8Array(this.patterns.length);
    for (const i of this.always) out[i] = 1;
    const n = text.length;
    for (let at = 0; at < n; at++) {
      for (let length = 1; length <= MAX_LENGTH && at + length <= n; length++) {
        const hit = this.index.get(text.slice(at, at + length));
        if (hit) for (const i of hit) out[i] = 1;
      }
    }
    for (const { s, pattern } of this.long) if (!out[pattern] && text.includes(s)) out[pattern] = 1;
    return out;
  }

  /** How many patterns always run (for bench:rules). */
  get unfiltered(): number {
    return this.always.length;
  }
}
