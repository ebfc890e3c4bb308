import type * as v from 'valibot';

/** One valibot issue as a sentence a person can act on: where, and what is wrong. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => (item as { key?: unknown }).key);
  const where = (dropLast: number) => pathOf(keys.slice(0, keys.length - dropLast)) || 'the report';
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return `${where(1)}: unknown field ${quoteKey(keys.at(-1))}`;
  }
  if (issue.received === 'undefined' && issue.expected?.startsWith('"')) {
    return `${where(1)}: missing field ${issue.expected}`;
  }
  return `${where(0)}: ${issue.message}`;
}

/**
 * A path such as `flags[3].analysis.tactics[0]`. Keys come from someone else's file: odd ones
 * are quoted and shortened, so a message stays one readable line whatever the file holds.
 */
export function pathOf(keys: readonly unknown[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Z_][\w-]{0,63}$/i.test(key)) out += out ? `.${key}` : key;
    else out += `[${quoteKey(key)}]`;
  }
  return out;
}

export function quoteKey(key: unknown): string {
  const s = String(key);
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}...` : s);
}
