import { Builder, type Normalized } from './builder';

/** A line break between two Chinese characters: an OCR engine wrapping one line of text. */
const HAN_BREAK = /[\p{Script=Han}\u3000-\u303F]\n[\p{Script=Han}\u3000-\u303F]/u;
const HAN = /[\p{Script=Han}\u3000-\u303F]/u;

/** Drops line breaks inside Chinese text, where they only wrap a line. */
export function joinHanLines(n: Normalized): Normalized {
  const text = n.text;
  if (!HAN_BREAK.test(text)) return n;
  const b = new Builder(n.originalLength);
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n' && HAN.test(text.charAt(i - 1)) && HAN.test(text.charAt(i + 1))) continue;
    b.push(text.charCodeAt(i), n.starts[i] ?? 0, n.ends[i] ?? 0);
  }
  return b.build();
}
