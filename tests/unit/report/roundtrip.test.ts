import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlagEvent } from '../../../lib/db/types';
import { prepareExport } from '../../../lib/report/export';
import { MemoryImportTarget } from '../../../lib/report/import/memory-target';
import { commitImport, planImport } from '../../../lib/report/import/plan';
import { readReportFile } from '../../../lib/report/import/read';
import { EXPORTED_AT, EXPORTER, reportSource } from './arbitraries';

const NOW = '2026-06-01T00:00:00.000Z';
const strip = ({ id: _id, ...e }: FlagEvent) => e;

describe('export then import gives back the same records', () => {
  it('for any set of flags: flags, hashes, evidence offsets, statuses, images and logs', async () => {
    await fc.assert(
      fc.asyncProperty(reportSource, fc.boolean(), async (source, withAlias) => {
        const exporter = withAlias ? EXPORTER : { ...EXPORTER, alias: undefined };
        const exported = await prepareExport(source, { format: 'json', exporter, exportedAt: EXPORTED_AT });
        const read = await readReportFile({ name: 'r.json', bytes: exported.file.bytes });
        if (!read.ok) throw new Error(read.reason);
        const target = new MemoryImportTarget();
        const plan = await planImport([read], target, { now: NOW });
        await commitImport(plan, target);

        const batch = plan.write.batches[0]!;
        expect(batch.origin).toEqual({
          fileName: 'r.json',
          exportedAt: EXPORTED_AT,
          app: 'tekshur 0.1.0',
          ...(withAlias ? { alias: 'Volunteer A' } : {}),
        });
        expect(plan.totals).toMatchObject({
          flags: source.flags.length,
          new: source.flags.length,
          alreadyPresent: 0,
        });
        expect(target.flags.size).toBe(source.flags.length);
        const exporterActor = exporter.alias ?? 'anonymous (r.json)';
        for (const flag of source.flags) {
          expect(target.flags.get(flag.id)).toEqual({ ...flag, source: 'import', batchId: batch.id });
          const log = target.events.filter((e) => e.flagId === flag.id).map(strip);
          const before = source.events
            .filter((e) => e.flagId === flag.id)
            .map((e) => ({ ...strip(e), actor: e.actor === 'me' ? exporterActor : e.actor }));
          expect(log.slice(0, before.length)).toEqual(before);
          expect(log.slice(before.length).map((e) => [e.type, e.actor])).toEqual([
            ['exported', exporterActor],
            ['imported', 'me'],
          ]);
          expect(log.at(-1)!.detail).toMatchObject({ batchId: batch.id, source: flag.source });
        }
        expect(target.attachments.size).toBe(source.attachments.length);
        for (const a of source.attachments) {
          const stored = target.attachments.get(a.id)!;
          const { blob, ...rest } = stored;
          const { blob: original, ...expected } = a;
          expect(rest).toEqual(expected);
          expect(new Uint8Array(await blob.arrayBuffer())).toEqual(
            new Uint8Array(await original.arrayBuffer()),
          );
          expect(blob.type).toBe('image/png');
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('importing the same export again adds no flag, only a merge entry per flag', async () => {
    await fc.assert(
      fc.asyncProperty(reportSource, async (source) => {
        const exported = await prepareExport(source, {
          format: 'json',
          exporter: EXPORTER,
          exportedAt: EXPORTED_AT,
        });
        const read = await readReportFile({ name: 'r.json', bytes: exported.file.bytes });
        if (!read.ok) throw new Error(read.reason);
        const target = new MemoryImportTarget();
        await commitImport(await planImport([read], target, { now: NOW }), target);
        const again = await planImport([read], target, { now: '2026-06-02T00:00:00.000Z' });
        expect(again.totals).toMatchObject({ new: 0, alreadyPresent: source.flags.length });
        expect(again.write.flags).toEqual([]);
        expect(again.write.attachments).toEqual([]);
        expect(again.write.events.map((e) => e.type)).toEqual(source.flags.map(() => 'merged'));
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
