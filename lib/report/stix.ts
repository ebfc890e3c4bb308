import { decodeBase64, encodeBase64 } from '../crypto/base64';
import { utf8Encode } from '../crypto/bytes';
import { stixNote } from './stix-note';
import { randomUuid, scoId, stixTime, type UuidSource } from './stix-ids';
import type { ReportAttachment, ReportFlag, TekshurReport } from './schema';

/**
 * A STIX 2.1 bundle for threat-intelligence platforms (OpenCTI, MISP's STIX import). Per flag:
 * an artifact holding the message text, an artifact per image (or a file object with the hash
 * when the image itself is not shared), an observed-data over them, and a note with the text and
 * the tactics; all in one report under a TLP marking, created by one identity (the exporter).
 */

export type Tlp = 'white' | 'green' | 'amber' | 'red';

/** The TLP 1.0 marking definitions fixed by STIX 2.1 §7.2.1.4; their ids are never minted. */
export const TLP_MARKINGS: Readonly<Record<Tlp, string>> = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};

export const INCIDENT_CORE_EXTENSION = 'extension-definition--ef765651-680c-498d-9894-99799f2fa126';

export interface StixOptions {
  /** amber by default: the person's report goes to the recipient and those they need to tell. */
  tlp?: Tlp;
  /** Adds an incident (Incident Core Extension) related to every observed-data. */
  incident?: boolean;
  newId?: UuidSource;
}

export type StixObject = Record<string, unknown> & { type: string; id: string };
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

export async function toStixBundle(report: TekshurReport, options: StixOptions = {}): Promise<StixBundle> {
  const newId = options.newId ?? randomUuid;
  const tlp = options.tlp ?? 'amber';
  const now = stixTime(report.exportedAt);
  const markings = [TLP_MARKINGS[tlp]];
  const identity: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: `identity--${newId()}`,
    created: now,
    modified: now,
    name: report.exporter.alias ?? 'Anonymous Tekshur user',
    identity_class: report.exporter.alias ? 'individual' : 'unknown',
    object_marking_refs: markings,
  };
  const sdo = (type: string, props: Record<string, unknown>): StixObject => ({
    type,
    spec_version: '2.1',
    id: `${type}--${newId()}`,
    created: now,
    modified: now,
    created_by_ref: identity.id,
    object_marking_refs: markings,
    ...props,
  });
  const observables = new Map<string, StixObject>();
  const perFlag: StixObject[] = [];
  const observed: StixObject[] = [];
  const attachments = new Map(report.attachments.map((a) => [a.id, a]));
  for (const flag of report.flags) {
    const scos = [await textArtifact(flag, markings)];
    for (const id of flag.attachmentIds) scos.push(await imageObservable(attachments.get(id)!, markings));
    for (const s of scos) observables.set(s.id, s);
    const first = stixTime(flag.receivedAt ?? flag.capturedAt);
    const captured = stixTime(flag.capturedAt);
    const data = sdo('observed-data', {
      first_observed: first,
      last_observed: captured > first ? captured : first,
      number_observed: 1,
      object_refs: [...new Set(scos.map((s) => s.id))],
    });
    observed.push(data);
    perFlag.push(data, sdo('note', stixNote(flag, data.id, report.exporter.alias)));
  }
  const incident = options.incident ? incidentObjects(sdo, observed, report) : [];
  const contents = [identity, ...observables.values(), ...perFlag, ...incident];
  const container = sdo('report', {
    name: `Tekshur report of ${report.flags.length} message${report.flags.length === 1 ? '' : 's'}`,
    description:
      'Messages flagged in Tekshur as possible transnational repression, with the evidence found in them.',
    report_types: ['threat-report'],
    published: now,
    object_refs: contents.map((o) => o.id),
  });
  return { type: 'bundle', id: `bundle--${newId()}`, objects: [tlpMarking(tlp), ...contents, container] };
}

export function tlpMarking(tlp: Tlp): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_MARKINGS[tlp],
    created: '2017-01-20T00:00:00.000Z',
    definition_type: 'tlp',
    name: `TLP:${tlp.toUpperCase()}`,
    definition: { tlp },
  };
}

async function textArtifact(flag: ReportFlag, markings: string[]): Promise<StixObject> {
  const payload_bin = encodeBase64(utf8Encode(flag.text));
  const hashes = { 'SHA-256': flag.textSha256 };
  return {
    type: 'artifact',
    spec_version: '2.1',
    id: await scoId('artifact', { hashes, payload_bin }),
    mime_type: 'text/plain',
    payload_bin,
    hashes,
    object_marking_refs: markings,
  };
}

/** An artifact needs its payload (or a URL); an image shared by hash only is a file object. */
async function imageObservable(a: ReportAttachment, markings: string[]): Promise<StixObject> {
  const hashes = { 'SHA-256': a.sha256 };
  if (a.data === undefined) {
    return {
      type: 'file',
      spec_version: '2.1',
      id: await scoId('file', { hashes }),
      hashes,
      size: a.size,
      mime_type: a.mime,
      object_marking_refs: markings,
    };
  }
  // Re-encoded from the checked bytes so the payload is canonical base64.
  const payload_bin = encodeBase64(decodeBase64(a.data));
  return {
    type: 'artifact',
    spec_version: '2.1',
    id: await scoId('artifact', { hashes, payload_bin }),
    mime_type: a.mime,
    payload_bin,
    hashes,
    object_marking_refs: markings,
  };
}

type SdoMaker = (type: string, props: Record<string, unknown>) => StixObject;

function incidentObjects(sdo: SdoMaker, observed: StixObject[], report: TekshurReport): StixObject[] {
  const incident = sdo('incident', {
    name: 'Possible transnational repression (Tekshur report)',
    description: `${report.flags.length} message(s) a person flagged in Tekshur.`,
    extensions: {
      [INCIDENT_CORE_EXTENSION]: {
        extension_type: 'property-extension',
        determination: 'suspected',
        investigation_status: 'new',
      },
    },
  });
  const links = observed.map((o) =>
    sdo('relationship', { relationship_type: 'related-to', source_ref: incident.id, target_ref: o.id }),
  );
  return [incident, ...links];
}
