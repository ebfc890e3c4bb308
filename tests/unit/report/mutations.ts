import fc from 'fast-check';
import { LIMITS } from '../../../lib/report/limits';

/**
 * Ways to break a valid report's structure so that the schema must refuse it, for the schema
 * agreement test and the import fuzz test. Event `detail` is free-form, so it is left alone.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];

interface Site {
  path: Path;
  value: Json;
  key: string | number;
  parentKey: string | number | undefined;
}

const OPTIONAL = new Set([
  'receivedAt',
  'channel',
  'sender',
  'pageUrl',
  'ocr',
  'truncated',
  'detail',
  'width',
  'height',
  'data',
  'words',
  'alias',
  'redactions',
  'phone',
  'account',
  'name',
  'idNumber',
  'email',
]);
const FREE_TEXT = new Set(['text', 'notes', 'quote', 'actor', 'alias', 'phone', 'account', 'name']);
const FREE_TEXT_LISTS = new Set(['tags']);

export function sites(doc: Json): Site[] {
  const out: Site[] = [];
  const walk = (value: Json, path: Path, parentKey: string | number | undefined) => {
    const key = path[path.length - 1];
    if (key !== undefined) out.push({ path, value, key, parentKey });
    if (key === 'detail') return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], key));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k], key);
  };
  walk(doc, [], undefined);
  return out;
}

export function setAt(doc: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(doc);
  let node = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const typeOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const SAMPLES: Json[] = ['text', 7, true, null, [], {}];

export type Mutation = { name: string; apply: (doc: Json) => Json | undefined };

/** Each picks a site with `pick` (an index taken modulo the candidates) and breaks it. */
export function mutations(pick: number): Mutation[] {
  const choose = <T>(list: T[]) => (list.length ? list[pick % list.length] : undefined);
  return [
    {
      name: 'wrong type',
      apply: (doc) => {
        const site = choose(sites(doc));
        if (!site) return undefined;
        const other = SAMPLES.filter((s) => typeOf(s) !== typeOf(site.value));
        return setAt(doc, site.path, other[pick % other.length]!);
      },
    },
    {
      name: 'unknown key',
      apply: (doc) => {
        const objects = sites(doc).filter((s) => typeOf(s.value) === 'object' && s.key !== 'detail');
        const target = choose([{ path: [] as Path }, ...objects]);
        const node = target!.path.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k]!, doc);
        return setAt(doc, target!.path, { ...(node as Record<string, Json>), unexpectedField: 'x' });
      },
    },
    {
      name: 'missing required key',
      apply: (doc) => {
        const site = choose(sites(doc).filter((s) => typeof s.key === 'string' && !OPTIONAL.has(s.key)));
        return site && setAt(doc, site.path, undefined);
      },
    },
    {
      name: 'oversized string',
      apply: (doc) => {
        // Image data may be 40 MB of base64: a 1 MB string is over every other field's limit.
        const site = choose(sites(doc).filter((s) => typeof s.value === 'string' && s.key !== 'data'));
        return site && setAt(doc, site.path, 'x'.repeat(LIMITS.textChars + 1));
      },
    },
    {
      name: 'script in a constrained string',
      apply: (doc) => {
        const site = choose(
          sites(doc).filter(
            (s) =>
              typeof s.value === 'string' &&
              !FREE_TEXT.has(String(s.key)) &&
              !(typeof s.key === 'number' && FREE_TEXT_LISTS.has(String(s.parentKey))),
          ),
        );
        return (
          site &&
          setAt(doc, site.path, site.key === 'pageUrl' ? 'javascript:alert(1)' : '<script>alert(1)</script>')
        );
      },
    },
    {
      name: 'number out of range',
      apply: (doc) => {
        const site = choose(sites(doc).filter((s) => typeof s.value === 'number' && s.key !== 'version'));
        return site && setAt(doc, site.path, -1);
      },
    },
  ];
}

export const mutationIndex = fc.nat({ max: 5 });
