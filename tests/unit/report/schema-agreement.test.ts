import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../../lib/report/export';
import { LIMITS } from '../../../lib/report/limits';
import { reportSchema } from '../../../lib/report/schema';
import { PATTERNS } from '../../../lib/report/schema-parts';
import { EXPORTED_AT, EXPORTER, reportSource } from './arbitraries';
import { mutationIndex, mutations, setAt, type Json } from './mutations';

// The JSON Schema file is what other tools validate against; the valibot schema is what the
// import runs. They must accept and refuse the same documents.
const schemaFile = new URL('../../../lib/report/schema/tekshur-report-v1.schema.json', import.meta.url);
const jsonSchema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, allErrors: false });
const ajvValidate = ajv.compile(jsonSchema);

const agree = (doc: unknown) => {
  const byAjv = ajvValidate(doc);
  const byValibot = v.safeParse(reportSchema, doc).success;
  return { byAjv, byValibot };
};

async function validDoc(source: Parameters<typeof prepareExport>[0]): Promise<Json> {
  const { file } = await prepareExport(source, {
    format: 'json',
    exporter: EXPORTER,
    exportedAt: EXPORTED_AT,
  });
  return JSON.parse(new TextDecoder().decode(file.bytes)) as Json;
}

describe('the JSON Schema file and the valibot schema', () => {
  it('is a valid draft 2020-12 schema that names the format', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(jsonSchema)).toBe(true);
  });

  it('use the same patterns', () => {
    const text = JSON.stringify(jsonSchema);
    for (const [name, pattern] of Object.entries(PATTERNS))
      expect(text, name).toContain(JSON.stringify(pattern));
  });

  it('both accept every valid report', async () => {
    await fc.assert(
      fc.asyncProperty(reportSource, async (source) => {
        const doc = await validDoc(source);
        expect(agree(doc)).toEqual({ byAjv: true, byValibot: true });
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('both refuse every structurally broken report', async () => {
    await fc.assert(
      fc.asyncProperty(reportSource, mutationIndex, fc.nat(), async (source, which, pick) => {
        const doc = await validDoc(source);
        const mutation = mutations(pick)[which]!;
        const broken = mutation.apply(doc);
        fc.pre(broken !== undefined);
        expect(agree(broken), mutation.name).toEqual({ byAjv: false, byValibot: false });
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('count string length in code points, as JSON Schema does', async () => {
    const [source] = fc.sample(
      reportSource.filter((s) => s.flags.length > 0),
      { numRuns: 1, seed: 7 },
    );
    const doc = await validDoc(source!);
    const notes = (n: number) => setAt(doc, ['flags', 0, 'notes'], '😀'.repeat(n));
    expect(agree(notes(LIMITS.noteChars))).toEqual({ byAjv: true, byValibot: true });
    expect(agree(notes(LIMITS.noteChars + 1))).toEqual({ byAjv: false, byValibot: false });
  });

  it('refuse prototype keys in event details and accept ordinary ones', async () => {
    const [source] = fc.sample(
      reportSource.filter((s) => s.flags.length > 0),
      { numRuns: 1, seed: 11 },
    );
    const doc = await validDoc(source!);
    const withDetail = (detail: Json) => setAt(doc, ['flags', 0, 'events', 0, 'detail'], detail);
    expect(agree(withDetail({ from: 'new', to: 'reviewed', count: 2, nested: { a: [1, 'b'] } }))).toEqual({
      byAjv: true,
      byValibot: true,
    });
    for (const key of ['constructor', 'prototype', '1bad', 'has space']) {
      expect(agree(withDetail({ [key]: 1 })), key).toEqual({ byAjv: false, byValibot: false });
    }
    expect(agree(withDetail({ a: { b: { c: { d: 1 } } } }))).toEqual({ byAjv: false, byValibot: false });
  });
});
