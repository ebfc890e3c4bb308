/**
 * A small validator for the STIX 2.1 objects Tekshur writes, from the OASIS STIX Version 2.1
 * specification (Committee Specification / OASIS Standard, 2021). Section numbers refer to it.
 * It checks what the spec requires (MUST), not every SHOULD, and only for the types we emit.
 * Returns a list of problems; empty means valid.
 */

type Obj = Record<string, unknown>;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
// Identifier type (§2): `object-type--UUID`, the UUID per RFC 4122 (lowercase by the spec's examples).
const idOf = (type: string) => new RegExp(`^${type}--${UUID}$`);
// Timestamp type: RFC 3339, UTC ("Z"), optional fractional seconds.
const TIMESTAMP =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?Z$/;
// §3.2: created and modified MUST be precise to the nearest millisecond.
const MILLIS = /\.\d{3}Z$/;
// §3.1: property names are ASCII a–z, 0–9 and underscore, 3 to 250 characters (custom ones aside).
const PROPERTY = /^[a-z0-9_]{3,250}$/;
// §3.1: an object type is a–z, 0–9 and hyphen, 3 to 250 characters.
const TYPE = /^[a-z0-9-]{3,250}$/;
const BASE64 = /^[A-Z0-9+/]*={0,2}$/i;
// Hashes type (§2): keys from hash-algorithm-ov (or custom); SHA-256 is 64 hex characters.
const SHA256 = /^[0-9a-f]{64}$/i;

const SDO = new Set(['identity', 'incident', 'note', 'observed-data', 'report']);
const SRO = new Set(['relationship']);
const SCO = new Set(['artifact', 'file']);
// §7.2.1.4: the four TLP 1.0 marking definitions, fixed ids.
export const TLP_IDS: Readonly<Record<string, string>> = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};

export function validateBundle(bundle: Obj): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  // §8 Bundle: type "bundle", id bundle--UUID, optional objects; no spec_version in 2.1.
  if (bundle.type !== 'bundle') fail('bundle', 'type must be "bundle"');
  if (typeof bundle.id !== 'string' || !idOf('bundle').test(bundle.id))
    fail('bundle', 'id must be bundle--UUID');
  if ('spec_version' in bundle) fail('bundle', 'a 2.1 bundle has no spec_version');
  const objects = bundle.objects as Obj[];
  if (!Array.isArray(objects) || objects.length === 0)
    return [...problems, 'bundle: objects must be a non-empty list'];
  const ids = new Map(objects.map((o) => [o.id as string, o]));
  if (ids.size !== objects.length) fail('bundle', 'an id appears twice');
  const ref = (where: string, id: unknown, types?: string[]) => {
    if (typeof id !== 'string' || !ids.has(id))
      return fail(where, `refers to ${String(id)}, which is not in the bundle`);
    if (types && !types.includes(id.split('--')[0]!)) fail(where, `must refer to ${types.join(' or ')}`);
  };
  const refs = (where: string, value: unknown, types?: string[]) => {
    if (!Array.isArray(value) || value.length === 0) return fail(where, 'must be a non-empty list');
    value.forEach((id, i) => ref(`${where}[${i}]`, id, types));
  };
  for (const o of objects) {
    const type = String(o.type);
    const where = `${type} ${String(o.id)}`;
    if (!TYPE.test(type)) fail(where, 'type is not a valid STIX type name');
    if (typeof o.id !== 'string' || !idOf(type).test(o.id))
      fail(where, 'id must be type--UUID (Identifier type, §2)');
    for (const [key, value] of Object.entries(o)) {
      if (!PROPERTY.test(key) && key !== 'id') fail(where, `property name "${key}" (§3.1)`);
      if (Array.isArray(value) && value.length === 0) fail(where, `${key}: lists must not be empty`);
    }
    if (o.spec_version !== undefined && o.spec_version !== '2.1') fail(where, 'spec_version must be "2.1"');
    if (SDO.has(type) || SRO.has(type)) {
      // §3.2 Common properties required of SDOs and SROs.
      if (o.spec_version !== '2.1') fail(where, 'spec_version "2.1" is required');
      for (const k of ['created', 'modified']) {
        if (typeof o[k] !== 'string' || !TIMESTAMP.test(o[k] as string) || !MILLIS.test(o[k] as string)) {
          fail(where, `${k} must be a timestamp with milliseconds`);
        }
      }
      if (String(o.modified) < String(o.created)) fail(where, 'modified must not be before created');
      if (!new RegExp(`^${type}--[0-9a-f]{8}-[0-9a-f]{4}-4`).test(String(o.id)))
        fail(where, 'SDO/SRO ids should be UUIDv4 (Identifier type, §2)');
    }
    if (SCO.has(type) && !new RegExp(`^${type}--[0-9a-f]{8}-[0-9a-f]{4}-5`).test(String(o.id))) {
      fail(where, 'SCO ids should be UUIDv5 from ID contributing properties (Identifier type, §2)');
    }
    if (o.created_by_ref !== undefined) ref(`${where} created_by_ref`, o.created_by_ref, ['identity']);
    if (o.object_marking_refs !== undefined)
      refs(`${where} object_marking_refs`, o.object_marking_refs, ['marking-definition']);
    const need = (...keys: string[]) =>
      keys.forEach((k) => o[k] === undefined && fail(where, `${k} is required`));
    switch (type) {
      case 'identity': // §4.5
        need('name');
        break;
      case 'incident': // §4.6
        need('name');
        break;
      case 'note': // §4.13
        need('content', 'object_refs');
        refs(`${where} object_refs`, o.object_refs);
        break;
      case 'observed-data': {
        // §4.14: first_observed, last_observed, number_observed, and object_refs (objects is deprecated).
        need('first_observed', 'last_observed', 'number_observed', 'object_refs');
        for (const k of ['first_observed', 'last_observed'])
          if (!TIMESTAMP.test(String(o[k]))) fail(where, `${k} must be a timestamp`);
        if (String(o.last_observed) < String(o.first_observed))
          fail(where, 'last_observed must be >= first_observed');
        const n = o.number_observed as number;
        if (!Number.isInteger(n) || n < 1 || n > 999_999_999)
          fail(where, 'number_observed must be 1..999,999,999');
        if ('objects' in o) fail(where, 'objects and object_refs must not both be present');
        refs(`${where} object_refs`, o.object_refs, [...SCO, 'relationship']);
        break;
      }
      case 'report': // §4.16
        need('name', 'published', 'object_refs');
        if (!TIMESTAMP.test(String(o.published))) fail(where, 'published must be a timestamp');
        refs(`${where} object_refs`, o.object_refs);
        break;
      case 'relationship': // §5.1
        need('relationship_type', 'source_ref', 'target_ref');
        ref(`${where} source_ref`, o.source_ref);
        ref(`${where} target_ref`, o.target_ref);
        break;
      case 'artifact': {
        // §6.1: payload_bin or url (not both); hashes required with url.
        if ((o.payload_bin === undefined) === (o.url === undefined))
          fail(where, 'exactly one of payload_bin and url');
        if (o.payload_bin !== undefined && (typeof o.payload_bin !== 'string' || !BASE64.test(o.payload_bin)))
          fail(where, 'payload_bin must be base64');
        if (o.url !== undefined && o.hashes === undefined) fail(where, 'hashes are required with url');
        checkHashes(where, o.hashes, fail);
        if (o.mime_type !== undefined && !/^[a-z]+\/[a-z0-9.+-]+(?:;.*)?$/.test(String(o.mime_type)))
          fail(where, 'mime_type must be a media type');
        break;
      }
      case 'file': // §6.7: at least one of hashes or name.
        if (o.hashes === undefined && o.name === undefined) fail(where, 'hashes or name is required');
        checkHashes(where, o.hashes, fail);
        break;
      case 'marking-definition': {
        // §7.2.1: id, created, definition_type and definition (TLP: §7.2.1.4, fixed objects).
        need('created', 'definition_type', 'definition');
        const tlp = (o.definition as Obj | undefined)?.tlp as string;
        if (o.definition_type === 'tlp' && (TLP_IDS[tlp] !== o.id || o.name !== `TLP:${tlp.toUpperCase()}`))
          fail(where, 'not an official TLP marking');
        if (o.created !== '2017-01-20T00:00:00.000Z')
          fail(where, 'TLP markings were created 2017-01-20T00:00:00.000Z');
        break;
      }
      default:
        fail(where, 'a type this validator does not know');
    }
  }
  return problems;
}

function checkHashes(where: string, hashes: unknown, fail: (w: string, m: string) => void) {
  if (hashes === undefined) return;
  if (typeof hashes !== 'object' || hashes === null || Object.keys(hashes).length === 0)
    return fail(where, 'hashes must be a non-empty dictionary');
  const sha = (hashes as Obj)['SHA-256'];
  if (sha !== undefined && !SHA256.test(String(sha))) fail(where, 'SHA-256 must be 64 hex characters');
}
