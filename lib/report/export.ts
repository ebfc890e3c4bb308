import { utf8Encode } from '../crypto/bytes';
import { encrypt } from '../crypto/envelope';
import type { FlagEvent } from '../db/types';
import { assembleReport, checkedReport, type BuildOptions, type ReportSource } from './build';
import { toCsv } from './csv';
import { toMispEvent } from './misp';
import { isRedacting, redactReport, type ImageCodec, type RedactionOptions } from './redact';
import { REPORT_MEDIA_TYPE, type TekshurReport } from './schema';
import { toStixBundle, type Tlp } from './stix';
import type { UuidSource } from './stix-ids';
import { toUwaziZip, type UwaziFileColumn } from './uwazi';

/**
 * Export, from stored records to the bytes of one file. `prepareExport` is also the preview: the
 * dashboard shows its `report` and `file`, and saving writes exactly that `file` — nothing is
 * computed twice. It has no side effects; the caller writes `events` to the log once the file
 * is saved.
 */

export const EXPORT_FORMATS = ['json', 'csv', 'uwazi', 'stix', 'misp'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export interface RenderOptions {
  tlp?: Tlp;
  /** STIX: add an incident (Incident Core Extension). */
  incident?: boolean;
  uwaziFileColumn?: UwaziFileColumn;
  newId?: UuidSource;
}

export interface ExportRequest extends BuildOptions, RenderOptions {
  format: ExportFormat;
  redaction?: RedactionOptions;
  codec?: ImageCodec;
  /** Recorded in the 'exported' events: the caller will seal the file with a passphrase. */
  encrypted?: boolean;
}

export interface PreparedExport {
  /** The report every format is rendered from, redactions applied: what leaves. */
  report: TekshurReport;
  file: ExportFile;
  /** 'redacted' and 'exported' events, one each per flag, for the local custody log. */
  events: FlagEvent[];
}

export async function prepareExport(source: ReportSource, request: ExportRequest): Promise<PreparedExport> {
  const exportedAt = request.exportedAt ?? new Date().toISOString();
  const full = await assembleReport(source, { ...request, exportedAt });
  const redacted = await redactReport(full, request.redaction ?? {}, {
    at: exportedAt,
    codec: request.codec,
  });
  const images = request.redaction?.dropImages
    ? 'none'
    : (request.includeImages ?? true)
      ? 'included'
      : 'hashes';
  const detail = {
    format: request.format,
    redacted: isRedacting(request.redaction),
    images,
    encrypted: Boolean(request.encrypted),
  };
  const exported = redacted.report.flags.map((f) => ({
    flagId: f.id,
    at: exportedAt,
    type: 'exported' as const,
    actor: 'me',
    detail,
  }));
  // The log in the file ends with this export, so the recipient sees how the copy came to them.
  const report = await checkedReport({
    ...redacted.report,
    flags: redacted.report.flags.map((f, i) => {
      const { flagId: _flagId, ...event } = exported[i]!;
      return { ...f, events: [...f.events, event] };
    }),
  });
  const file = await renderReport(report, request.format, request);
  return { report, file, events: [...redacted.events, ...exported] };
}

/** The preview is the export: what it returns is exactly what saving writes. */
export const previewExport = prepareExport;

export async function renderReport(
  report: TekshurReport,
  format: ExportFormat,
  options: RenderOptions = {},
): Promise<ExportFile> {
  const base = `tekshur-report-${report.exportedAt.slice(0, 10)}`;
  const text = (name: string, mime: string, body: string): ExportFile => ({
    name,
    mime,
    bytes: utf8Encode(body),
  });
  switch (format) {
    case 'json':
      return text(`${base}.json`, REPORT_MEDIA_TYPE, `${JSON.stringify(report, null, 2)}\n`);
    case 'csv':
      return text(`${base}.csv`, 'text/csv', toCsv(report));
    case 'uwazi':
      return {
        name: `${base}-uwazi.zip`,
        mime: 'application/zip',
        bytes: toUwaziZip(report, { fileColumn: options.uwaziFileColumn }),
      };
    case 'stix': {
      const bundle = await toStixBundle(report, options);
      return text(
        `${base}.stix.json`,
        'application/stix+json;version=2.1',
        `${JSON.stringify(bundle, null, 2)}\n`,
      );
    }
    case 'misp':
      return text(
        `${base}.misp.json`,
        'application/json',
        `${JSON.stringify(toMispEvent(report, options), null, 2)}\n`,
      );
  }
}

export const ENCRYPTED_SUFFIX = '.encrypted';

/** Any export, sealed with a passphrase (lib/crypto/envelope.ts). */
export async function sealExport(
  file: ExportFile,
  passphrase: string,
  options: { iterations?: number; minIterations?: number } = {},
): Promise<ExportFile> {
  const bytes = await encrypt(file.bytes, passphrase, { content: file.mime, ...options });
  return { name: `${file.name}${ENCRYPTED_SUFFIX}`, mime: 'application/octet-stream', bytes };
}
