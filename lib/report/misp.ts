import { decodeBase64, encodeBase64 } from '../crypto/base64';
import type { Risk } from '../analyzer/types';
import { imageFileName } from './uwazi';
import { randomUuid, type UuidSource } from './stix-ids';
import type { Tlp } from './stix';
import type { ReportFlag, TekshurReport } from './schema';

/**
 * A MISP event (the JSON MISP imports and exports): one event per export, one `instant-message`
 * object (misp-objects template 5fa51a24-…, version 3) per flag, the tactics as machine tags
 * `tekshur:tactic="…"` and a TLP tag. Distribution is "your organisation only" by default.
 */

export const INSTANT_MESSAGE_TEMPLATE = { uuid: '5fa51a24-f40f-4696-a77e-d31e26bab5fc', version: '3' };

export interface MispOptions {
  tlp?: Tlp;
  newId?: UuidSource;
}

type Attribute = Record<string, unknown>;

const THREAT_LEVEL: Record<Risk, string> = { high: '1', medium: '2', low: '3', none: '4' };
const RISK_ORDER: readonly Risk[] = ['none', 'low', 'medium', 'high'];

export const tacticTag = (id: string) => `tekshur:tactic="${id}"`;

export function toMispEvent(
  report: TekshurReport,
  options: MispOptions = {},
): { Event: Record<string, unknown> } {
  const newId = options.newId ?? randomUuid;
  const timestamp = String(Math.floor(Date.parse(report.exportedAt) / 1000));
  const attachments = new Map(report.attachments.map((a) => [a.id, a]));
  const attribute = (
    relation: string,
    type: string,
    category: string,
    value: string,
    extra: Attribute = {},
  ) => ({
    uuid: newId(),
    object_relation: relation,
    type,
    category,
    value,
    to_ids: false,
    disable_correlation: relation === 'received-date' || relation === 'app-used',
    distribution: '5',
    timestamp,
    ...extra,
  });
  const objects = report.flags.map((flag) => {
    const attrs: Attribute[] = [];
    if (flag.channel) attrs.push(attribute('app-used', 'text', 'Other', flag.channel));
    attrs.push(attribute('body', 'text', 'Other', flag.text, { Tag: flagTags(flag) }));
    if (flag.sender?.phone) attrs.push(attribute('from-number', 'phone-number', 'Person', flag.sender.phone));
    if (flag.sender?.account) attrs.push(attribute('from-user', 'text', 'Other', flag.sender.account));
    if (flag.sender?.name) attrs.push(attribute('from-name', 'text', 'Other', flag.sender.name));
    if (flag.receivedAt)
      attrs.push(attribute('received-date', 'datetime', 'Other', receivedDate(flag.receivedAt)));
    for (const id of flag.attachmentIds) {
      const a = attachments.get(id)!;
      if (a.data === undefined) continue;
      attrs.push(
        attribute('attachment', 'attachment', 'External analysis', imageFileName(a.sha256, a.mime), {
          data: encodeBase64(decodeBase64(a.data)),
          comment: `SHA-256 ${a.sha256}`,
        }),
      );
    }
    return {
      name: 'instant-message',
      'meta-category': 'misc',
      description: 'Instant Message (IM) object template describing one or more IM message.',
      template_uuid: INSTANT_MESSAGE_TEMPLATE.uuid,
      template_version: INSTANT_MESSAGE_TEMPLATE.version,
      uuid: newId(),
      timestamp,
      distribution: '5',
      sharing_group_id: '0',
      comment: `Tekshur flag ${flag.id}: ${flag.risk} risk, status ${flag.status}; text SHA-256 ${flag.textSha256}`,
      Attribute: attrs,
    };
  });
  const tactics = [...new Set(report.flags.flatMap((f) => f.tacticIds))];
  const worst = report.flags.reduce<Risk>(
    (w, f) => (RISK_ORDER.indexOf(f.risk) > RISK_ORDER.indexOf(w) ? f.risk : w),
    'none',
  );
  return {
    Event: {
      uuid: newId(),
      info: `Tekshur report: ${report.flags.length} message(s) flagged as possible transnational repression`,
      date: report.exportedAt.slice(0, 10),
      timestamp,
      threat_level_id: THREAT_LEVEL[worst],
      analysis: '0',
      distribution: '0',
      published: false,
      Attribute: [],
      Object: objects,
      Tag: [{ name: `tlp:${options.tlp ?? 'amber'}` }, ...tactics.map((t) => ({ name: tacticTag(t) }))],
    },
  };
}

function flagTags(flag: ReportFlag): { name: string }[] {
  return [...flag.tacticIds.map((t) => ({ name: tacticTag(t) })), { name: `tekshur:risk="${flag.risk}"` }];
}

/** MISP datetime attributes take ISO 8601; a bare date becomes midnight UTC. */
function receivedDate(value: string): string {
  return value.length === 10 ? `${value}T00:00:00Z` : value;
}
