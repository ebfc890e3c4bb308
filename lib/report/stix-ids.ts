import { toArrayBuffer, utf8Encode } from '../crypto/bytes';

/**
 * Identifiers and timestamps as STIX 2.1 wants them (the Identifier and Timestamp types of §2, and §3.2): SDOs get a
 * random UUIDv4; cyber-observables get a UUIDv5 from their ID-contributing properties in the
 * STIX namespace (Identifier type), so the same image reported by two people gets the same id.
 */

export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

export type UuidSource = () => string;

export const randomUuid: UuidSource = () => globalThis.crypto.randomUUID();

export async function uuidV5(namespace: string, name: string): Promise<string> {
  const ns = hexToBytes(namespace.replaceAll('-', ''));
  const data = new Uint8Array([...ns, ...utf8Encode(name)]);
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', toArrayBuffer(data))).slice(
    0,
    16,
  );
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 8785 canonical JSON for the simple objects (strings, nested objects) SCO ids are made of. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export async function scoId(type: string, contributing: Record<string, unknown>): Promise<string> {
  return `${type}--${await uuidV5(STIX_SCO_NAMESPACE, canonicalJson(contributing))}`;
}

/** RFC 3339 in UTC with exactly three fractional digits, as STIX requires for created/modified. */
export function stixTime(isoDateOrDateTime: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDateOrDateTime)
    ? `${isoDateOrDateTime}T00:00:00Z`
    : isoDateOrDateTime;
  return new Date(date).toISOString();
}

function hexToBytes(hex: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hex.length; i += 2) out.push(parseInt(hex.slice(i, i + 2), 16));
  return out;
}
