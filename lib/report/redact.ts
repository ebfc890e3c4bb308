import { decodeBase64, encodeBase64 } from '../crypto/base64';
import { sha256Hex } from '../crypto/hash';
import type { FlagEvent, SenderIdentifiers } from '../db/types';
import { compact } from './compact';
import { fillBoxes, RedactionError, type Box, type RgbaImage } from './redact-image';
import { countKinds, maskText, type MaskKind, type MaskRules } from './redact-text';
import { redactWords } from './redact-words';
import type {
  ImageMime,
  RedactionRecord,
  ReportAttachment,
  ReportEvent,
  ReportFlag,
  TekshurReport,
} from './schema';

/**
 * Redaction before an export leaves the device: applied to the canonical report, so every format
 * (JSON, CSV, STIX, MISP) carries the same redacted content. What was redacted is recorded in the
 * report (`redactions`) and returned as one 'redacted' event per flag for the local log.
 */

export interface RedactionOptions {
  dropImages?: boolean;
  dropSender?: boolean;
  dropPageUrl?: boolean;
  maskPhones?: boolean;
  maskEmails?: boolean;
  maskIdNumbers?: boolean;
  /** Regions to fill solid, in image pixels, by attachment id. */
  boxes?: Readonly<Record<string, readonly Box[]>>;
}

/** Decoding and encoding live outside the library (canvas in the extension, sharp in Node). */
export interface ImageCodec {
  decode(bytes: Uint8Array, mime: ImageMime): Promise<RgbaImage>;
  /** PNG: lossless, so box edges stay exact, and no metadata of the original survives. */
  encode(image: RgbaImage): Promise<Uint8Array>;
}

export interface RedactContext {
  at: string;
  actor?: string;
  codec?: ImageCodec;
}

export interface Redacted {
  report: TekshurReport;
  events: FlagEvent[];
}

type FlagRecord = RedactionRecord['flags'][number];

export function isRedacting(o: RedactionOptions | undefined): boolean {
  if (!o) return false;
  const boxes = Object.values(o.boxes ?? {}).some((b) => b.length > 0);
  return Boolean(
    o.dropImages || o.dropSender || o.dropPageUrl || o.maskPhones || o.maskEmails || o.maskIdNumbers || boxes,
  );
}

export async function redactReport(
  report: TekshurReport,
  options: RedactionOptions,
  ctx: RedactContext,
): Promise<Redacted> {
  if (!isRedacting(options)) return { report, events: [] };
  const attachments = new Map(report.attachments.map((a) => [a.id, a]));
  const flags: ReportFlag[] = [];
  const keptAttachments: ReportAttachment[] = [];
  const records: FlagRecord[] = [];
  const events: FlagEvent[] = [];
  for (const flag of report.flags) {
    const own = flag.attachmentIds.map((id) => attachments.get(id)!);
    const done = await redactFlag(flag, own, options, ctx.codec);
    keptAttachments.push(...done.attachments);
    const { record } = done;
    const changed =
      Object.keys(record.masked).length > 0 ||
      record.imagesDropped > 0 ||
      record.senderDropped ||
      record.pageUrlDropped ||
      record.boxes > 0;
    if (!changed) {
      flags.push(done.flag);
      continue;
    }
    const { flagId: _id, ...detail } = record;
    const event: ReportEvent = { at: ctx.at, type: 'redacted', actor: ctx.actor ?? 'me', detail };
    flags.push({ ...done.flag, events: [...done.flag.events, event] });
    events.push({ flagId: flag.id, ...event });
    records.push(record);
  }
  const o = options;
  const redactions: RedactionRecord = {
    options: {
      dropImages: Boolean(o.dropImages),
      dropSender: Boolean(o.dropSender),
      dropPageUrl: Boolean(o.dropPageUrl),
      maskPhones: Boolean(o.maskPhones),
      maskEmails: Boolean(o.maskEmails),
      maskIdNumbers: Boolean(o.maskIdNumbers),
      boxes: records.reduce((n, r) => n + r.boxes, 0),
    },
    flags: records,
  };
  return { report: { ...report, redactions, flags, attachments: keptAttachments }, events };
}

async function redactFlag(
  flag: ReportFlag,
  own: ReportAttachment[],
  o: RedactionOptions,
  codec?: ImageCodec,
) {
  const rules: MaskRules = {
    phones: o.maskPhones,
    emails: o.maskEmails,
    idNumbers: o.maskIdNumbers,
    senderValues: o.dropSender ? senderValues(flag.sender) : [],
  };
  const counts: Partial<Record<MaskKind, number>> = {};
  const mask = (s: string) => {
    const m = maskText(s, rules);
    for (const [k, n] of Object.entries(countKinds(m.ranges)))
      counts[k as MaskKind] = (counts[k as MaskKind] ?? 0) + n;
    return m;
  };
  const text = mask(flag.text);
  const analysis = {
    ...flag.analysis,
    tactics: flag.analysis.tactics.map((t) => ({
      ...t,
      evidence: t.evidence.map((ev) => {
        const start = text.map(ev.start, 'start');
        const end = text.map(ev.end, 'end');
        // A quote that was not the slice it names is masked on its own rather than replaced.
        const quote =
          ev.quote === flag.text.slice(ev.start, ev.end) ? text.text.slice(start, end) : mask(ev.quote).text;
        return { ...ev, start, end, quote };
      }),
    })),
  };
  const imageSha256 = o.dropImages ? [] : [...flag.imageSha256];
  const attachments: ReportAttachment[] = [];
  let boxes = 0;
  for (const a of o.dropImages ? [] : own) {
    const marked = o.boxes?.[a.id] ?? [];
    const redacted = await redactAttachment(a, marked, rules, codec);
    const at = imageSha256.indexOf(a.sha256);
    if (redacted.sha256 !== a.sha256 && at >= 0) imageSha256[at] = redacted.sha256;
    if (a.data !== undefined) boxes += marked.length;
    attachments.push(redacted);
  }
  const sender =
    o.dropSender || !flag.sender ? undefined : compact(mapValues(flag.sender, (s) => mask(s).text));
  const result: ReportFlag = compact({
    ...flag,
    text: text.text,
    textSha256: text.ranges.length > 0 ? await sha256Hex(text.text) : flag.textSha256,
    analysis,
    ocr: flag.ocr && { ...flag.ocr, text: mask(flag.ocr.text).text },
    sender,
    pageUrl: o.dropPageUrl || flag.pageUrl === undefined ? undefined : mask(flag.pageUrl).text,
    notes: mask(flag.notes).text,
    tags: flag.tags.map((t) => mask(t).text),
    imageSha256,
    attachmentIds: attachments.map((a) => a.id),
    events: flag.events.map((e) =>
      e.detail ? { ...e, detail: deepMask(e.detail, (s) => mask(s).text) } : e,
    ),
  });
  const record: FlagRecord = {
    flagId: flag.id,
    masked: { ...counts },
    imagesDropped: o.dropImages ? flag.imageSha256.length : 0,
    senderDropped: Boolean(o.dropSender && flag.sender),
    pageUrlDropped: Boolean(o.dropPageUrl && flag.pageUrl !== undefined),
    boxes,
  };
  return { flag: result, attachments, record };
}

async function redactAttachment(
  a: ReportAttachment,
  boxes: readonly Box[],
  rules: MaskRules,
  codec?: ImageCodec,
) {
  const words = a.words && redactWords(a.words, rules, boxes);
  if (boxes.length === 0 || a.data === undefined) return compact({ ...a, words });
  if (!codec) throw new RedactionError('boxes on images need an image codec');
  const filled = fillBoxes(await codec.decode(decodeBase64(a.data), a.mime), boxes);
  const bytes = await codec.encode(filled);
  return compact({
    ...a,
    mime: 'image/png' as const,
    size: bytes.length,
    width: filled.width,
    height: filled.height,
    sha256: await sha256Hex(bytes),
    data: encodeBase64(bytes),
    words,
  });
}

function senderValues(sender: SenderIdentifiers | undefined): string[] {
  return [sender?.phone, sender?.account, sender?.name].filter((s): s is string => Boolean(s));
}

function mapValues<T extends object>(o: T, f: (s: string) => string): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? f(v) : v])) as T;
}

function deepMask<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepMask(v, f)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepMask(v, f)])) as T;
  }
  return value;
}
