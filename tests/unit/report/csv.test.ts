import fc from 'fast-check';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/report/build';
import { CSV_COLUMNS, toCsv } from '../../../lib/report/csv';
import { toUwaziCsv, toUwaziZip, UWAZI_COLUMNS } from '../../../lib/report/uwazi';
import { EXPORTED_AT, EXPORTER, reportSource, sha256 } from './arbitraries';
import { fixture } from './fixture';

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
const FORMULA = /^[=+\-@\t\r]/;

describe('CSV for spreadsheets', () => {
  it('has one row per flag, parses back to the same cells, and no cell can run as a formula', async () => {
    await fc.assert(
      fc.asyncProperty(reportSource, async (source) => {
        const report = await buildReport(source, { exporter: EXPORTER, exportedAt: EXPORTED_AT });
        const csv = toCsv(report);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const parsed = parse(csv);
        expect(parsed.errors).toEqual([]);
        expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
        expect(parsed.data).toHaveLength(source.flags.length);
        parsed.data.forEach((row, i) => {
          for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA);
          const flag = report.flags[i]!;
          expect(row.flag_id).toBe(flag.id);
          expect(row.text_sha256).toBe(flag.textSha256);
          expect(row.text!.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(flag.text);
        });
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('neutralises formulas an adversary wrote, in every column', async () => {
    const { source } = await fixture();
    const text = '=HYPERLINK("http://evil","click")';
    const base = source.flags[0]!;
    const flag = {
      ...base,
      text,
      textSha256: sha256(text),
      notes: '+cmd|calc',
      tags: ['@SUM(1)', '-1'],
      analysis: { ...base.analysis, tactics: [] },
      tacticIds: [],
    };
    const ok = await buildReport(
      { ...source, flags: [flag] },
      { exporter: EXPORTER, exportedAt: EXPORTED_AT },
    );
    const [row] = parse(toCsv(ok)).data;
    expect(row!.text).toBe(`'=HYPERLINK("http://evil","click")`);
    expect(row!.notes).toBe(`'+cmd|calc`);
    expect(row!.tags).toBe(`'@SUM(1)|-1`);
  });
});

describe('Uwazi', () => {
  it('writes import.csv with a title on every row, dates as YYYY-MM-DD and values joined with |', async () => {
    const { source } = await fixture();
    const report = await buildReport(source, { exporter: EXPORTER, exportedAt: EXPORTED_AT });
    const csv = toUwaziCsv(report);
    expect(csv.startsWith('title,')).toBe(true);
    const parsed = parse(csv);
    expect(parsed.meta.fields).toEqual([...UWAZI_COLUMNS, 'attachments']);
    const [row] = parsed.data;
    expect(row!.title).toBe(
      '2026-04-30 wechat, high risk: This is officer Wang. Send your passport E12345678 photo to +86 138 1234 5678 or wang.pol…',
    );
    expect(row!.date_received).toBe('2026-04-30');
    expect(row!.date_captured).toBe('2026-05-01');
    expect(row!.tactics).toBe('identity-document-request|secrecy-demand');
    expect(row!.attachments).toBe(`${source.attachments[0]!.sha256}.png`);
    expect(toUwaziCsv(report, { fileColumn: 'files' }).split('\r\n')[0]).toMatch(/,files$/);
  });

  it('zips import.csv at the root with every image it names', async () => {
    await fc.assert(
      fc.asyncProperty(reportSource, async (source) => {
        const report = await buildReport(source, { exporter: EXPORTER, exportedAt: EXPORTED_AT });
        const files = unzipSync(toUwaziZip(report));
        expect(Object.keys(files)).toContain('import.csv');
        const rows = parse(new TextDecoder().decode(files['import.csv'])).data;
        expect(rows).toHaveLength(source.flags.length);
        for (const row of rows) {
          expect(row.title!.length).toBeGreaterThan(0);
          for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA);
          for (const name of row.attachments ? row.attachments.split('|') : [])
            expect(files[name], name).toBeDefined();
        }
        expect(Object.keys(files).length - 1).toBe(new Set(report.attachments.map((a) => a.sha256)).size);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
