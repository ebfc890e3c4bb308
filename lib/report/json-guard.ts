import { pathOf as formatPath, quoteKey } from './issues';
import { FORBIDDEN_KEYS } from './schema-parts';

/**
 * The first line of defence for a file someone else made: nesting is bounded before JSON.parse
 * sees it (deep nesting costs parse time and recursion further on), and no key anywhere may be
 * one that could reach an object prototype, whether or not a later step would look at it.
 */

export type Guarded = { ok: true; value: unknown } | { ok: false; reason: string };

export function parseGuardedJson(text: string, maxDepth: number): Guarded {
  const depthProblem = checkDepth(text, maxDepth);
  if (depthProblem) return { ok: false, reason: depthProblem };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${shorten((e as Error).message)})` };
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden)
    return { ok: false, reason: `${forbidden.path}: the key ${quoteKey(forbidden.key)} is not allowed` };
  return { ok: true, value };
}

/** Scans brackets outside strings; strings are skipped with indexOf, so base64 costs little. */
export function checkDepth(text: string, maxDepth: number): string | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i = endOfString(text, i);
      if (i < 0) return undefined; // unterminated: JSON.parse reports it
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return `nested more than ${maxDepth} levels deep`;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return undefined;
}

function endOfString(text: string, open: number): number {
  let at = open + 1;
  for (;;) {
    const close = text.indexOf('"', at);
    if (close < 0) return -1;
    let backslashes = 0;
    for (let j = close - 1; j > open && text.charCodeAt(j) === 0x5c; j--) backslashes++;
    if (backslashes % 2 === 0) return close;
    at = close + 1;
  }
}

export function findForbiddenKey(root: unknown): { path: string; key: string } | undefined {
  // Paths are built only for a hit: a large report has millions of nodes.
  const stack: Node[] = [{ value: root, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], parent: node, key: i });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.includes(key)) return { path: pathOf(node) || '(top level)', key };
      stack.push({ value: (value as Record<string, unknown>)[key], parent: node, key });
    }
  }
  return undefined;
}

interface Node {
  value: unknown;
  parent: Node | undefined;
  key: string | number;
}

function pathOf(node: Node): string {
  const keys: (string | number)[] = [];
  for (let n: Node | undefined = node; n?.parent; n = n.parent) keys.push(n.key);
  return formatPath(keys.reverse());
}

function shorten(message: string): string {
  return message.length > 160 ? `${message.slice(0, 157)}...` : message;
}
