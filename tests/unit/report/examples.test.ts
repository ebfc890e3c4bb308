import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decrypt } from '../../../lib/crypto/envelope';
import { validateReportBytes } from '../../../lib/report/validate';
import { validateBundle } from './stix-spec';

// The samples under docs/examples/ (written by lib/cli/report-examples.ts) stay valid as the
// format evolves: a change that breaks them fails here, and the samples are regenerated.
const dir = new URL('../../../docs/examples/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const json = (name: string) => JSON.parse(new TextDecoder().decode(bytes(name))) as Record<string, unknown>;

describe('docs/examples', () => {
  it('the Tekshur JSON samples pass the import validation and the JSON Schema', async () => {
    const schema = JSON.parse(
      readFileSync(
        new URL('../../../lib/report/schema/tekshur-report-v1.schema.json', import.meta.url),
        'utf8',
      ),
    );
    const validate = new Ajv2020({ strict: true }).compile(schema);
    for (const name of ['report.json', 'report-redacted.json']) {
      const result = await validateReportBytes(bytes(name));
      expect(result.ok ? 'ok' : result.reason, name).toBe('ok');
      expect(validate(json(name)), name).toBe(true);
    }
  });

  it('the encrypted sample opens with the documented passphrase, at the full 600,000 iterations', async () => {
    const opened = await decrypt(bytes('report.json.encrypted'), 'example passphrase, never use it');
    expect(opened.iterations).toBe(600_000);
    expect(new TextDecoder().decode(opened.plaintext)).toBe(new TextDecoder().decode(bytes('report.json')));
  });

  it('the STIX sample is a valid STIX 2.1 bundle and the MISP sample has one object per flag', () => {
    expect(validateBundle(json('report.stix.json'))).toEqual([]);
    expect((json('report.misp.json').Event as { Object: unknown[] }).Object).toHaveLength(3);
  });

  it('the CSV and Uwazi samples parse, with a title on every Uwazi row', () => {
    const csv = Papa.parse(new TextDecoder().decode(bytes('report.csv')), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(3);
    const zip = unzipSync(bytes('report-uwazi.zip'));
    const rows = Papa.parse<Record<string, string>>(new TextDecoder().decode(zip['import.csv']), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.every((r) => r.title)).toBe(true);
    for (const r of rows)
      for (const f of r.attachments ? r.attachments.split('|') : []) expect(zip[f]).toBeDefined();
  });
});
