import Papa from 'papaparse';
import { neutralizeCell } from './csv-cell';
import type { ReportFlag, TekshurReport } from './schema';

/**
 * One row per flag for spreadsheets. Every cell goes through neutralizeCell, whatever the column:
 * a message written by an adversary must never run as a formula in the NGO's spreadsheet.
 */

export const CSV_COLUMNS = [
  'flag_id',
  'received',
  'captured',
  'saved',
  'source',
  'channel',
  'sender_phone',
  'sender_account',
  'sender_name',
  'page_url',
  'risk',
  'score',
  'tactics',
  'evidence',
  'languages',
  'coverage',
  'ruleset_version',
  'status',
  'tags',
  'notes',
  'text',
  'text_sha256',
  'image_sha256',
  'log',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Several values in one cell, joined with "|"; a "|" inside a value becomes "/". */
export function joinValues(values: readonly string[]): string {
  return values.map((v) => v.replaceAll('|', '/')).join('|');
}

export function csvRow(flag: ReportFlag): Row {
  const evidence = flag.analysis.tactics.flatMap((t) => t.evidence.map((e) => `${t.id}: ${e.quote}`));
  return {
    flag_id: flag.id,
    received: flag.receivedAt ?? '',
    captured: flag.capturedAt,
    saved: flag.createdAt,
    source: flag.source,
    channel: flag.channel ?? '',
    sender_phone: flag.sender?.phone ?? '',
    sender_account: flag.sender?.account ?? '',
    sender_name: flag.sender?.name ?? '',
    page_url: flag.pageUrl ?? '',
    risk: flag.risk,
    score: String(flag.analysis.score),
    tactics: joinValues(flag.tacticIds),
    evidence: joinValues(evidence),
    languages: joinValues(flag.languages),
    coverage: flag.analysis.coverage,
    ruleset_version: flag.analysis.rulesetVersion,
    status: flag.status,
    tags: joinValues(flag.tags),
    notes: flag.notes,
    text: flag.text,
    text_sha256: flag.textSha256,
    image_sha256: joinValues(flag.imageSha256),
    log: joinValues(flag.events.map((e) => `${e.at} ${e.type} by ${e.actor}`)),
  };
}

export interface CsvOptions {
  /** A UTF-8 byte order mark, so Excel reads Chinese and Uyghur text right (default true). */
  bom?: boolean;
}

export function toCsv(report: TekshurReport, options: CsvOptions = {}): string {
  return writeCsv(CSV_COLUMNS, report.flags.map(csvRow), options.bom ?? true);
}

export function writeCsv<K extends string>(
  columns: readonly K[],
  rows: readonly Record<K, string>[],
  bom: boolean,
): string {
  const data = rows.map((row) => columns.map((c) => neutralizeCell(row[c])));
  const csv = Papa.unparse({ fields: columns.map(neutralizeCell), data }, { newline: '\r\n', quotes: false });
  return `${bom ? '\uFEFF' : ''}${csv}\r\n`;
}
