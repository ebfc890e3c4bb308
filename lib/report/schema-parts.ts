import * as v from 'valibot';
import { LIMITS } from './limits';

/**
 * Building blocks of the report schema. Every pattern here is repeated in
 * lib/report/schema/tekshur-report-v1.schema.json; the agreement test keeps them equal.
 */

export const PATTERNS = {
  uuid: '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$',
  id: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
  sha256: '^[0-9a-f]{64}$',
  dateTime:
    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  dateOrDateTime:
    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
  language: '^[a-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,3}$',
  ocrLang: '^[a-z]{3}(?:_[a-z]{2,8})?$',
  token: '^[A-Za-z0-9][\\w.+:/-]{0,199}$',
  version: '^[\\w.+-]{1,64}$',
  channel: '^[\\p{L}\\p{N}][\\p{L}\\p{N} _.+-]{0,63}$',
  /** Any text without control characters (names, tags, aliases shown on one line). */
  line: '^[^\\u0000-\\u001f\\u007f]*$',
  pageUrl: '^https?://\\S+$',
  base64: '^[A-Za-z0-9+/]*={0,2}$',
  detailKey: '^[A-Za-z][A-Za-z0-9_.-]{0,63}$',
} as const;

export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const regexCache = new Map<string, RegExp>();
export function patternOf(name: keyof typeof PATTERNS): RegExp {
  let re = regexCache.get(name);
  if (!re) {
    re = new RegExp(PATTERNS[name], 'u');
    regexCache.set(name, re);
  }
  return re;
}

/** Code points, as JSON Schema counts string length (a UTF-16 surrogate pair is one). */
export function codePointLength(s: string): number {
  let pairs = 0;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return s.length - pairs;
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function str(max: number, min = 0) {
  return v.pipe(
    v.string('must be text'),
    // Cheap bound first: a string of more than 2×max UTF-16 units has more than max code points.
    v.check(
      (s) => s.length <= max || (s.length <= 2 * max && codePointLength(s) <= max),
      `longer than ${fmt(max)} characters`,
    ),
    v.check(
      (s) => codePointLength(s) >= min,
      min === 1 ? 'must not be empty' : `shorter than ${fmt(min)} characters`,
    ),
  );
}

export function pat(name: keyof typeof PATTERNS, max: number, what: string) {
  return v.pipe(
    str(max, 1),
    v.check((s) => patternOf(name).test(s), `not ${what}`),
  );
}

export function line(max: number, min = 1) {
  return v.pipe(
    str(max, min),
    v.check((s) => patternOf('line').test(s), 'must not contain control characters'),
  );
}

export function int(min: number, max: number) {
  return v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${fmt(min)}`),
    v.maxValue(max, `must be at most ${fmt(max)}`),
  );
}

export function num(min: number, max: number) {
  return v.pipe(
    v.number('must be a number'),
    v.minValue(min, `must be at least ${fmt(min)}`),
    v.maxValue(max, `must be at most ${fmt(max)}`),
  );
}

/** The count is checked before the items, so an oversized list costs nothing to refuse. */
export function list<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(
    v.custom<unknown>((x) => !Array.isArray(x) || x.length <= max, `more than ${fmt(max)} items`),
    v.array(item, 'must be a list'),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A strict object (unknown keys refused) that is really an object, not an array. */
export function obj<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'must be an object'),
    v.strictObject(entries),
  );
}

export const uuid = pat('uuid', 36, 'a UUID v4 (lowercase)');
export const anyId = pat('id', 64, 'an id (letters, digits, _ and -, at most 64)');
export const sha256 = pat('sha256', 64, 'a SHA-256 (64 lowercase hex characters)');
export const dateTime = pat('dateTime', 40, 'an ISO 8601 date-time with a time zone');
export const dateOrDateTime = pat('dateOrDateTime', 40, 'an ISO 8601 date or date-time');

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Free-form event detail: JSON of bounded depth, keys that are plain names. */
function detailValue(depth: number): v.GenericSchema<Json> {
  const scalar = v.union(
    [str(LIMITS.noteChars), v.number(), v.boolean(), v.null()],
    'must be text, a number, true/false or null',
  );
  if (depth === 0) return scalar as v.GenericSchema<Json>;
  const inner = detailValue(depth - 1);
  return v.union(
    [scalar, list(inner, LIMITS.detailItems), detailObject(inner)],
    'not a valid detail value',
  ) as v.GenericSchema<Json>;
}

function detailObject(value: v.GenericSchema<Json>) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'must be an object'),
    // valibot's record skips these keys silently; refuse them as the JSON Schema does.
    v.check(
      (o) => !Object.keys(o).some((k) => FORBIDDEN_KEYS.includes(k)),
      'holds a key that is not allowed',
    ),
    v.record(
      v.pipe(
        v.string(),
        v.check((k) => patternOf('detailKey').test(k) && !FORBIDDEN_KEYS.includes(k), 'not an allowed key'),
      ),
      value,
    ),
    v.check((o) => Object.keys(o).length <= LIMITS.detailKeys, `more than ${LIMITS.detailKeys} keys`),
  );
}

/** detail → value → value → scalar: three levels below the detail object. */
export const eventDetail = detailObject(detailValue(2));
export type EventDetail = Record<string, Json>;
