import type { Batch, Flag, FlagEvent } from '../../db/types';
import { compact } from '../compact';
import { LIMITS } from '../limits';
import type { ReportFlag } from '../schema';
import { randomUuid } from '../stix-ids';
import { mergedEvent, newHistory, type MergeTarget } from './merge';
import { importedEvents, toAttachment, toFlag } from './records';
import type { ReadOk } from './read';
import type { ExistingFlag, ImportTarget, ImportWrite } from './target';

/**
 * Plans an import of validated reports: what is new, what duplicates a stored flag or another
 * flag of this import (same text hash and same set of image hashes), and every record to write.
 * Nothing is written here; `commitImport` hands the whole plan to the store in one transaction.
 */

export interface FilePreview {
  fileName: string;
  alias?: string;
  exportedAt: string;
  app: string;
  flags: number;
  new: number;
  alreadyPresent: number;
  duplicatesInImport: number;
  /** Earliest and latest date the messages were received (or captured). */
  from?: string;
  to?: string;
  images: number;
  redacted: boolean;
  encrypted: boolean;
}

export interface ImportPlan {
  files: FilePreview[];
  totals: { flags: number; new: number; alreadyPresent: number; duplicatesInImport: number };
  write: ImportWrite;
}

export interface PlanOptions {
  now?: string;
  newId?: () => string;
}

export function dedupeKey(textSha256: string, imageSha256: readonly string[]): string {
  return `${textSha256}|${[...new Set(imageSha256)].sort().join(',')}`;
}

export async function planImport(
  reports: readonly ReadOk[],
  target: ImportTarget,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const now = options.now ?? new Date().toISOString();
  const newId = options.newId ?? randomUuid;
  const all = reports.flatMap((r) => r.report.flags);
  const existing = await target.flagsByTextSha256([...new Set(all.map((f) => f.textSha256))]);
  const taken = await target.takenIds({
    flags: all.map((f) => f.id),
    attachments: reports.flatMap((r) => r.report.attachments.map((a) => a.id)),
  });
  const usedFlagIds = new Set(taken.flags);
  const usedAttachmentIds = new Set(taken.attachments);
  const freshId = (wanted: string, used: Set<string>) => {
    let id = wanted;
    while (used.has(id)) id = newId();
    used.add(id);
    return id;
  };
  const write: ImportWrite = { batches: [], flags: [], attachments: [], flagUpdates: [], events: [] };
  const stored = new Map<string, MergeTarget>(
    existing.map((e) => [dedupeKey(e.flag.textSha256, e.flag.imageSha256), fromExisting(e)]),
  );
  const planned = new Map<string, MergeTarget>();
  const files: FilePreview[] = [];

  for (const read of reports) {
    const { report, fileName, images } = read;
    const batch: Batch = {
      id: newId(),
      kind: 'import',
      createdAt: now,
      origin: compact({
        fileName,
        alias: report.exporter.alias,
        exportedAt: report.exportedAt,
        app: `${report.exporter.app} ${report.exporter.appVersion}`,
      }),
      total: report.flags.length,
      done: report.flags.length,
      status: 'done',
    };
    write.batches.push(batch);
    const origin = {
      batchId: batch.id,
      fileName,
      alias: report.exporter.alias,
      exportedAt: report.exportedAt,
    };
    const byId = new Map(report.attachments.map((a) => [a.id, a]));
    const actorOf = (actor: string) =>
      actor === 'me'
        ? (report.exporter.alias ?? `anonymous (${fileName})`).slice(0, LIMITS.shortChars)
        : actor;
    const attachmentsOf = (flag: ReportFlag) =>
      flag.attachmentIds
        .map((id) => byId.get(id)!)
        .filter((a) => images.has(a.id))
        .map((a) => ({ a, bytes: images.get(a.id)! }));
    const preview: FilePreview = {
      fileName,
      alias: report.exporter.alias,
      exportedAt: report.exportedAt,
      app: `${report.exporter.app} ${report.exporter.appVersion}`,
      flags: report.flags.length,
      new: 0,
      alreadyPresent: 0,
      duplicatesInImport: 0,
      images: images.size,
      redacted: report.redactions !== undefined,
      encrypted: read.encrypted,
      ...dateRange(report.flags),
    };
    for (const flag of report.flags) {
      const key = dedupeKey(flag.textSha256, flag.imageSha256);
      const match = stored.get(key) ?? planned.get(key);
      if (match) {
        if (stored.has(key)) preview.alreadyPresent++;
        else preview.duplicatesInImport++;
        const newAttachments = attachmentsOf(flag)
          .filter(({ a }) => !match.attachmentSha256.has(a.sha256))
          .map(({ a, bytes }) => toAttachment(a, bytes, freshId(a.id, usedAttachmentIds), match.flag.id));
        for (const a of newAttachments) {
          match.attachmentSha256.add(a.sha256);
          match.flag.attachmentIds.push(a.id);
        }
        write.attachments.push(...newAttachments);
        match.flag.tags = [...new Set([...match.flag.tags, ...flag.tags])].slice(0, LIMITS.tagsPerFlag);
        match.flag.updatedAt = now;
        const history = newHistory(match, importedEvents(flag, match.flag.id, actorOf));
        write.events.push(...history, mergedEvent(flag, match, origin, now));
        match.changed = true;
        continue;
      }
      preview.new++;
      const id = freshId(flag.id, usedFlagIds);
      const attachments = attachmentsOf(flag).map(({ a, bytes }) =>
        toAttachment(a, bytes, freshId(a.id, usedAttachmentIds), id),
      );
      const record = toFlag(
        flag,
        id,
        batch.id,
        attachments.map((a) => a.id),
      );
      const history = importedEvents(flag, id, actorOf);
      const imported: FlagEvent = {
        flagId: id,
        at: now,
        type: 'imported',
        actor: 'me',
        detail: {
          ...compact(origin),
          source: flag.source,
          ...(id === flag.id ? {} : { originalId: flag.id }),
        },
      };
      write.flags.push(record);
      write.attachments.push(...attachments);
      write.events.push(...history, imported);
      planned.set(key, {
        flag: record,
        attachmentSha256: new Set(attachments.map((a) => a.sha256)),
        events: history,
        existing: false,
        changed: false,
      });
    }
    files.push(preview);
  }
  for (const m of stored.values()) {
    if (m.changed)
      write.flagUpdates.push({
        id: m.flag.id,
        tags: m.flag.tags,
        attachmentIds: m.flag.attachmentIds,
        updatedAt: now,
      });
  }
  const sum = (k: 'flags' | 'new' | 'alreadyPresent' | 'duplicatesInImport') =>
    files.reduce((n, f) => n + f[k], 0);
  return {
    files,
    totals: {
      flags: sum('flags'),
      new: sum('new'),
      alreadyPresent: sum('alreadyPresent'),
      duplicatesInImport: sum('duplicatesInImport'),
    },
    write,
  };
}

export async function commitImport(plan: ImportPlan, target: ImportTarget): Promise<void> {
  await target.writeAll(plan.write);
}

function fromExisting(e: ExistingFlag): MergeTarget {
  return {
    flag: { ...e.flag, tags: [...e.flag.tags], attachmentIds: [...e.flag.attachmentIds] } satisfies Flag,
    attachmentSha256: new Set(e.attachmentSha256),
    events: e.events,
    existing: true,
    changed: false,
  };
}

function dateRange(flags: readonly ReportFlag[]): { from?: string; to?: string } {
  const dates = flags.map((f) => (f.receivedAt ?? f.capturedAt).slice(0, 10)).sort();
  return dates.length ? { from: dates[0], to: dates[dates.length - 1] } : {};
}
