import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { LETTER_RANGES } from './pattern-source';

/**
 * The strings every match of a pattern starts with, read from the pattern itself: for
 * /(?<!\p{L})(?:send|mail) (?:me|us)/ the strings "sen" and "mai". A message that contains
 * none of them cannot match, so the regular expression need not run on it (see prefilter.ts).
 *
 * Each result is a prefix of length at most `MAX_LENGTH` that a match must begin with; a
 * shorter one means the pattern may end there or goes on with something too wide to list.
 * `undefined` means the pattern can begin with almost anything: always run it.
 */
export const MAX_LENGTH = 3;

/** Above this many strings a pattern is cheaper to run than to prefilter. */
const MAX_STRINGS = 160;
/** Character classes wider than this (\p{L}, \w, .) end a prefix. */
const MAX_CLASS = 40;

interface Item {
  s: string;
  /** Can the next element of the pattern extend it? */
  open: boolean;
}

const STOP: Item[] = [{ s: '', open: false }];
const EMPTY: Item[] = [{ s: '', open: true }];

class TooMany extends Error {}

const parser = new RegExpParser({ ecmaVersion: 2025 });

export function leadingStrings(re: RegExp): string[] | undefined {
  let ast: AST.Pattern;
  // The letter ranges stand for \p{L} (pattern-source.ts); put it back, as parsing thousands
  // of ranges is slow and a class that wide ends a prefix either way.
  const source = re.source
    .replaceAll(`[^${LETTER_RANGES}]`, '\\P{L}')
    .replaceAll(`[${LETTER_RANGES}]`, '\\p{L}')
    .replaceAll(LETTER_RANGES, '\\p{L}');
  try {
    ast = parser.parsePattern(source, 0, source.length, { unicode: re.unicode, unicodeSets: re.unicodeSets });
  } catch {
    return undefined;
  }
  for (let length = MAX_LENGTH; length >= 1; length--) {
    try {
      const items = alternatives(ast.alternatives, length);
      if (items.some((item) => item.s === '')) return undefined;
      return [...new Set(items.map((item) => item.s))];
    } catch (e) {
      if (!(e instanceof TooMany)) throw e;
    }
  }
  return undefined;
}

function dedupe(items: Item[]): Item[] {
  const seen = new Map<string, Item>();
  for (const item of items) {
    const key = `${item.open ? 1 : 0}${item.s}`;
    if (!seen.has(key)) seen.set(key, item);
  }
  if (seen.size > MAX_STRINGS) throw new TooMany();
  return [...seen.values()];
}

function alternatives(alts: AST.Alternative[], k: number): Item[] {
  return dedupe(alts.flatMap((alt) => sequence(alt.elements, k)));
}

function sequence(elements: readonly AST.Element[], k: number): Item[] {
  let items = EMPTY;
  for (const element of elements) {
    if (!items.some((item) => item.open && item.s.length < k)) break;
    items = concat(items, element, k);
  }
  return items;
}

/** Each open prefix followed by what `element` can begin with. */
function concat(items: Item[], element: AST.Element, k: number): Item[] {
  const out: Item[] = [];
  const memo = new Map<number, Item[]>();
  for (const item of items) {
    if (!item.open || item.s.length >= k) {
      out.push({ s: item.s, open: item.open && item.s.length < k });
      continue;
    }
    const room = k - item.s.length;
    let next = memo.get(room);
    if (!next) memo.set(room, (next = starts(element, room)));
    for (const n of next) {
      const s = item.s + n.s;
      out.push({ s, open: n.open && s.length < k });
    }
  }
  return dedupe(out);
}

function starts(element: AST.Element, k: number): Item[] {
  switch (element.type) {
    case 'Character':
      return [{ s: String.fromCodePoint(element.value), open: true }];
    case 'CharacterClass': {
      const chars = classChars(element);
      return chars ? chars.map((c) => ({ s: c, open: true })) : STOP;
    }
    case 'Group':
    case 'CapturingGroup':
      return alternatives(element.alternatives, k);
    case 'Assertion':
      // Lookarounds and anchors match no characters.
      return EMPTY;
    case 'Quantifier':
      return repeat(element, k);
    default:
      // Backreferences, wide escapes (\p{L}, \w, \s), the dot: too wide to list.
      return STOP;
  }
}

function repeat(q: AST.Quantifier, k: number): Item[] {
  let items = EMPTY;
  for (let i = 0; i < q.min && i < k; i++) items = concat(items, q.element, k);
  if (q.min >= k) return items;
  let all = items;
  let current = items;
  for (let i = q.min; i < q.max && i < k; i++) {
    current = concat(current, q.element, k);
    all = dedupe([...all, ...current]);
  }
  return all;
}

/** The characters of a small class without negation, or undefined. */
function classChars(cls: AST.CharacterClass): string[] | undefined {
  if (cls.negate) return undefined;
  const out: string[] = [];
  for (const e of cls.elements) {
    if (e.type === 'Character') out.push(String.fromCodePoint(e.value));
    else if (e.type === 'CharacterClassRange') {
      if (e.max.value - e.min.value >= MAX_CLASS) return undefined;
      for (let c = e.min.value; c <= e.max.value; c++) out.push(String.fromCodePoint(c));
    } else return undefined;
    if (out.length > MAX_CLASS) return undefined;
  }
  return out;
}
