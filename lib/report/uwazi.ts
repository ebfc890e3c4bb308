import { zipSync, type Zippable } from 'fflate';
import { decodeBase64 } from '../crypto/base64';
import { utf8Encode } from '../crypto/bytes';
import { joinValues, writeCsv } from './csv';
import { extensionOf } from './image-mime';
import type { ReportFlag, TekshurReport } from './schema';

/**
 * HURIDOCS Uwazi's CSV import: a .zip with import.csv at its root and the files it names beside
 * it. Columns are property names of an Uwazi template (create one with these names); several
 * values in a cell are joined with "|"; dates are YYYY-MM-DD. Images go in the reserved
 * `attachments` column (Uwazi's supporting files); `files` is Uwazi's column for primary
 * documents (PDFs) and can be chosen instead.
 */

export const UWAZI_COLUMNS = [
  'title',
  'date_received',
  'date_captured',
  'channel',
  'risk',
  'score',
  'tactics',
  'languages',
  'sender_phone',
  'sender_account',
  'sender_name',
  'status',
  'tags',
  'message',
  'notes',
  'text_sha256',
  'image_sha256',
  'flag_id',
] as const;

export type UwaziFileColumn = 'attachments' | 'files';

export interface UwaziOptions {
  fileColumn?: UwaziFileColumn;
}

const TITLE_CHARS = 120;

export function uwaziTitle(flag: ReportFlag): string {
  const day = dateOf(flag.receivedAt ?? flag.capturedAt);
  const excerpt = flag.text.replace(/\s+/g, ' ').trim();
  const head = `${day} ${flag.channel ?? flag.source}, ${flag.risk} risk: `;
  const room = TITLE_CHARS - head.length;
  const cut = [...excerpt];
  return head + (cut.length > room ? `${cut.slice(0, room - 1).join('')}…` : excerpt || '(no text)');
}

/** The date as the person wrote it (YYYY-MM-DD), whatever time or zone followed. */
export function dateOf(isoDateOrDateTime: string): string {
  return isoDateOrDateTime.slice(0, 10);
}

export function imageFileName(sha256: string, mime: Parameters<typeof extensionOf>[0]): string {
  return `${sha256}.${extensionOf(mime)}`;
}

export function toUwaziCsv(report: TekshurReport, options: UwaziOptions = {}): string {
  const column = options.fileColumn ?? 'attachments';
  const attachments = new Map(report.attachments.map((a) => [a.id, a]));
  const rows = report.flags.map((flag) => {
    const files = flag.attachmentIds
      .map((id) => attachments.get(id))
      .filter((a) => a?.data !== undefined)
      .map((a) => imageFileName(a!.sha256, a!.mime));
    return {
      title: uwaziTitle(flag),
      date_received: flag.receivedAt ? dateOf(flag.receivedAt) : '',
      date_captured: dateOf(flag.capturedAt),
      channel: flag.channel ?? '',
      risk: flag.risk,
      score: String(flag.analysis.score),
      tactics: joinValues(flag.tacticIds),
      languages: joinValues(flag.languages),
      sender_phone: flag.sender?.phone ?? '',
      sender_account: flag.sender?.account ?? '',
      sender_name: flag.sender?.name ?? '',
      status: flag.status,
      tags: joinValues(flag.tags),
      message: flag.text,
      notes: flag.notes,
      text_sha256: flag.textSha256,
      image_sha256: joinValues(flag.imageSha256),
      flag_id: flag.id,
      [column]: joinValues([...new Set(files)]),
    } as Record<(typeof UWAZI_COLUMNS)[number] | UwaziFileColumn, string>;
  });
  // No byte order mark: Uwazi would read it as part of the first header, "title".
  return writeCsv([...UWAZI_COLUMNS, column], rows, false);
}

export function toUwaziZip(report: TekshurReport, options: UwaziOptions = {}): Uint8Array {
  const mtime = new Date(report.exportedAt);
  const files: Zippable = { 'import.csv': [utf8Encode(toUwaziCsv(report, options)), { level: 6, mtime }] };
  for (const a of report.attachments) {
    if (a.data === undefined) continue;
    // Images are compressed already: stored, not deflated again.
    files[imageFileName(a.sha256, a.mime)] = [decodeBase64(a.data), { level: 0, mtime }];
  }
  return zipSync(files);
}
