import Papa from 'papaparse';
import type { Analysis } from '../analyzer';
import { neutralizeCell } from '../report/csv-cell';

/** One output row of `scan` (../shared/spec/scan-cli.md). */
export interface ScanRow {
  source: string;
  kind?: 'text' | 'image';
  text?: string;
  languages?: string[];
  coverage?: Analysis['coverage'];
  risk?: Analysis['risk'];
  score?: number;
  tactics?: { id: string; confidence: number; evidence: { start: number; end: number; quote: string }[] }[];
  truncated?: boolean;
  ocr_confidence?: number;
  timings_ms?: { ocr?: number; analyze: number };
  error?: string;
}

export function rowOf(
  source: string,
  kind: 'text' | 'image',
  text: string,
  analysis: Analysis,
  timings: ScanRow['timings_ms'],
): ScanRow {
  return {
    source,
    kind,
    text,
    languages: analysis.languages,
    coverage: analysis.coverage,
    risk: analysis.risk,
    score: analysis.score,
    tactics: analysis.tactics.map((t) => ({
      id: t.id,
      confidence: t.confidence,
      evidence: t.evidence.map((e) => ({ start: e.start, end: e.end, quote: e.quote })),
    })),
    ...(analysis.truncated ? { truncated: true } : {}),
    timings_ms: timings,
  };
}

const CSV_FIELDS = [
  'source',
  'kind',
  'risk',
  'score',
  'languages',
  'coverage',
  'tactics',
  'evidence',
  'text',
  'ocr_ms',
  'analyze_ms',
  'error',
];

export function csvHeader(): string {
  return Papa.unparse({ fields: CSV_FIELDS, data: [] }, { newline: '\n' }).trimEnd();
}

/** The same row as one CSV line; several values in a cell are joined with `|`. */
export function csvLine(row: ScanRow): string {
  const cells = [
    row.source,
    row.kind ?? '',
    row.risk ?? '',
    row.score === undefined ? '' : String(row.score),
    (row.languages ?? []).join('|'),
    row.coverage ?? '',
    (row.tactics ?? []).map((t) => t.id).join('|'),
    (row.tactics ?? []).flatMap((t) => t.evidence.map((e) => e.quote)).join('|'),
    row.text ?? '',
    row.timings_ms?.ocr === undefined ? '' : String(row.timings_ms.ocr),
    row.timings_ms === undefined ? '' : String(row.timings_ms.analyze),
    row.error ?? '',
  ].map(neutralizeCell);
  return Papa.unparse([cells], { newline: '\n', quotes: false }).trimEnd();
}
