import { findIdNumbers } from './redact-ids';

/**
 * Finding what to mask in a text, replacing it with a fixed placeholder, and mapping offsets of
 * the old text onto the new one, so evidence still points at the same words after masking. The
 * placeholder is fixed per kind: it never tells how long the hidden value was.
 */

export type MaskKind = 'phone' | 'email' | 'idNumber' | 'sender';

export const PLACEHOLDERS: Readonly<Record<MaskKind, string>> = {
  phone: '[phone]',
  email: '[email]',
  idNumber: '[id-number]',
  sender: '[sender]',
};

export interface MaskRules {
  phones?: boolean;
  emails?: boolean;
  idNumbers?: boolean;
  /** Exact values (names, accounts, phone numbers) replaced wherever they occur. */
  senderValues?: readonly string[];
}

export interface MaskRange {
  start: number;
  end: number;
  kind: MaskKind;
}

export function hasRules(rules: MaskRules): boolean {
  return Boolean(rules.phones || rules.emails || rules.idNumbers || rules.senderValues?.length);
}

// Lookbehinds make every match start at the start of its run, which keeps the scan linear.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const PHONE = /(?<![\p{L}\p{N}+])\+?\(?\d+\)?(?:[ .\-\u00A0]\(?\d+\)?)*/gu;
const DATE_LIKE = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4})$/;

/** Sorted, non-overlapping ranges to mask; on overlap the earlier, then the longer, wins. */
export function findMasks(text: string, rules: MaskRules): MaskRange[] {
  const found: MaskRange[] = [];
  const senderDigits = (rules.senderValues ?? []).map(digitsOf).filter((d) => d.length >= 7);
  for (const value of rules.senderValues ?? []) {
    if (value.trim().length < 3) continue;
    for (const m of text.matchAll(new RegExp(escapeRegExp(value.trim()), 'giu'))) {
      found.push({ start: m.index, end: m.index + m[0].length, kind: 'sender' });
    }
  }
  if (rules.emails) {
    for (const m of text.matchAll(EMAIL))
      found.push({ start: m.index, end: m.index + m[0].length, kind: 'email' });
  }
  if (rules.idNumbers) found.push(...findIdNumbers(text).map((r) => ({ ...r, kind: 'idNumber' as const })));
  if (rules.phones || senderDigits.length > 0) {
    for (const m of text.matchAll(PHONE)) {
      const digits = digitsOf(m[0]);
      const range = { start: m.index, end: m.index + m[0].length };
      if (
        senderDigits.some(
          (d) => digits.endsWith(d.slice(-Math.min(d.length, digits.length))) && digits.length >= 7,
        )
      ) {
        found.push({ ...range, kind: 'sender' });
      } else if (rules.phones && digits.length >= 7 && digits.length <= 15 && !DATE_LIKE.test(m[0])) {
        found.push({ ...range, kind: 'phone' });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MaskRange[] = [];
  for (const r of found) {
    if (r.end > r.start && (out.length === 0 || r.start >= out[out.length - 1]!.end)) out.push(r);
  }
  return out;
}

export interface Masked {
  text: string;
  ranges: MaskRange[];
  /** Maps an offset of the old text to the new one ('start' or 'end' of a span). */
  map(offset: number, side: 'start' | 'end'): number;
}

export function applyMasks(text: string, ranges: readonly MaskRange[]): Masked {
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    parts.push(text.slice(at, r.start), PLACEHOLDERS[r.kind]);
    at = r.end;
  }
  parts.push(text.slice(at));
  return {
    text: parts.join(''),
    ranges: [...ranges],
    map: (offset, side) => mapOffset(ranges, offset, side),
  };
}

export function maskText(text: string, rules: MaskRules): Masked {
  return applyMasks(text, hasRules(rules) ? findMasks(text, rules) : []);
}

/** An offset inside a masked span moves to the placeholder's start (a span start) or end (a span end). */
function mapOffset(ranges: readonly MaskRange[], offset: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const r of ranges) {
    if (offset <= r.start) break;
    const placeholder = PLACEHOLDERS[r.kind].length;
    if (offset >= r.end) {
      delta += placeholder - (r.end - r.start);
      continue;
    }
    return r.start + delta + (side === 'start' ? 0 : placeholder);
  }
  return offset + delta;
}

export function countKinds(ranges: readonly MaskRange[]): Partial<Record<MaskKind, number>> {
  const out: Partial<Record<MaskKind, number>> = {};
  for (const r of ranges) out[r.kind] = (out[r.kind] ?? 0) + 1;
  return out;
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
