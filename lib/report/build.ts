import { encodeBase64 } from '../crypto/base64';
import type { Attachment, Flag, FlagEvent } from '../db/types';
import { compact } from './compact';
import { sniffImageMime } from './image-mime';
import { IMAGE_MIMES, REPORT_FORMAT, REPORT_VERSION, type ImageMime, type ReportAttachment } from './schema';
import type { ReportEvent, ReportFlag, TekshurReport } from './schema';
import { validateReportValue } from './validate';

/** The stored records an export starts from (lib/db/types.ts). */
export interface ReportSource {
  flags: readonly Flag[];
  events: readonly FlagEvent[];
  attachments: readonly Attachment[];
}

export interface ExporterInfo {
  /** Defaults to "tekshur". */
  app?: string;
  appVersion: string;
  rulesetVersion: string;
  /** A name the person chooses to sign the report with; none by default. */
  alias?: string;
}

export interface BuildOptions {
  exporter: ExporterInfo;
  /** ISO date-time; now by default. */
  exportedAt?: string;
  /** Base64 images in the report (default); without, only their hashes travel. */
  includeImages?: boolean;
}

export class ExportError extends Error {
  override name = 'ExportError';
}

/** Stored records → a canonical report, checked by the same validation an import runs. */
export async function buildReport(source: ReportSource, options: BuildOptions): Promise<TekshurReport> {
  return checkedReport(await assembleReport(source, options));
}

/** The report, unchecked: for callers that change it further and check the result once. */
export async function assembleReport(source: ReportSource, options: BuildOptions): Promise<TekshurReport> {
  const attachmentsById = new Map(source.attachments.map((a) => [a.id, a]));
  const eventsByFlag = groupEvents(source.events);
  const flags: ReportFlag[] = [];
  const attachments: ReportAttachment[] = [];
  for (const flag of source.flags) {
    const kept: string[] = [];
    for (const id of flag.attachmentIds) {
      const stored = attachmentsById.get(id);
      if (!stored || stored.flagId !== flag.id) continue;
      attachments.push(await reportAttachment(stored, options.includeImages ?? true));
      kept.push(id);
    }
    flags.push(reportFlag(flag, kept, eventsByFlag.get(flag.id) ?? []));
  }
  const { app = 'tekshur', appVersion, rulesetVersion, alias } = options.exporter;
  const report: TekshurReport = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    exporter: compact({ app, appVersion, rulesetVersion, alias }),
    flags,
    attachments,
  };
  return report;
}

/** Throws ExportError rather than hand out a file our own import would refuse. */
export async function checkedReport(report: TekshurReport): Promise<TekshurReport> {
  const check = await validateReportValue(report);
  if (!check.ok) throw new ExportError(`this export would not be a valid report: ${check.reason}`);
  return report;
}

export function reportFlag(
  flag: Flag,
  attachmentIds: readonly string[],
  events: readonly FlagEvent[],
): ReportFlag {
  return compact({
    id: flag.id,
    createdAt: flag.createdAt,
    updatedAt: flag.updatedAt,
    receivedAt: flag.receivedAt,
    source: flag.source,
    channel: flag.channel,
    sender:
      flag.sender && Object.keys(compact(flag.sender)).length > 0 ? compact({ ...flag.sender }) : undefined,
    pageUrl: flag.pageUrl,
    text: flag.text,
    ocr: flag.ocr && { text: flag.ocr.text, confidence: flag.ocr.confidence, langs: [...flag.ocr.langs] },
    analysis: structuredClone(flag.analysis),
    risk: flag.risk,
    tacticIds: [...flag.tacticIds],
    languages: [...flag.languages],
    textSha256: flag.textSha256,
    imageSha256: [...flag.imageSha256],
    attachmentIds: [...attachmentIds],
    status: flag.status,
    tags: [...flag.tags],
    notes: flag.notes,
    capturedAt: flag.capturedAt,
    events: events.map(reportEvent),
  });
}

function reportEvent(event: FlagEvent): ReportEvent {
  // A JSON round trip drops undefined and turns dates into strings, as the file will.
  const detail =
    event.detail === undefined
      ? undefined
      : (JSON.parse(JSON.stringify(event.detail)) as ReportEvent['detail']);
  return compact({ at: event.at, type: event.type, actor: event.actor, detail });
}

async function reportAttachment(a: Attachment, includeImage: boolean): Promise<ReportAttachment> {
  // Read even when only the hash travels: the bytes, not the stored label, say what type it is.
  const bytes = new Uint8Array(await a.blob.arrayBuffer());
  const mime = sniffImageMime(bytes) ?? knownMime(a.mime);
  if (!mime) throw new ExportError(`attachment ${a.id}: ${a.mime} is not an image type reports carry`);
  return compact({
    id: a.id,
    flagId: a.flagId,
    mime,
    size: bytes.length,
    width: a.width,
    height: a.height,
    sha256: a.sha256,
    data: includeImage ? encodeBase64(bytes) : undefined,
    words: a.words?.map((w) => ({ text: w.text, confidence: w.confidence, bbox: { ...w.bbox } })),
  });
}

function knownMime(mime: string): ImageMime | undefined {
  const m = mime.toLowerCase() === 'image/jpg' ? 'image/jpeg' : mime.toLowerCase();
  return (IMAGE_MIMES as readonly string[]).includes(m) ? (m as ImageMime) : undefined;
}

function groupEvents(events: readonly FlagEvent[]): Map<string, FlagEvent[]> {
  const out = new Map<string, FlagEvent[]>();
  for (const e of events) {
    const list = out.get(e.flagId) ?? [];
    list.push(e);
    out.set(e.flagId, list);
  }
  // Write order (the auto-increment id) is the custody order, whatever the clock said.
  for (const list of out.values()) list.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  return out;
}
