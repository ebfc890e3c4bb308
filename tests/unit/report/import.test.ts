import { describe, expect, it } from 'vitest';
import { utf8Encode } from '../../../lib/crypto/bytes';
import type { ReportSource } from '../../../lib/report/build';
import { prepareExport, sealExport } from '../../../lib/report/export';
import { MemoryImportTarget } from '../../../lib/report/import/memory-target';
import { commitImport, planImport } from '../../../lib/report/import/plan';
import { readReportFile, type ReadOk } from '../../../lib/report/import/read';
import { EXPORTED_AT, EXPORTER, sha256 } from './arbitraries';
import { fixture } from './fixture';

const NOW = '2026-06-01T00:00:00.000Z';
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

async function exportOf(
  source: ReportSource,
  alias: string | undefined,
  change?: (s: ReportSource) => ReportSource,
) {
  const { file } = await prepareExport(change ? change(source) : source, {
    format: 'json',
    exporter: { ...EXPORTER, alias },
    exportedAt: EXPORTED_AT,
  });
  return file;
}

async function read(name: string, bytes: Uint8Array, passphrase?: string): Promise<ReadOk> {
  const r = await readReportFile({ name, bytes }, { passphrase, minIterations: 1000 });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('import', () => {
  it('previews counts, origin and dates per file before anything is written', async () => {
    const { source } = await fixture();
    const file = await exportOf(source, 'Volunteer A');
    const target = new MemoryImportTarget();
    const plan = await planImport([await read('a.json', file.bytes)], target, { now: NOW, newId });
    expect(plan.files).toEqual([
      {
        fileName: 'a.json',
        alias: 'Volunteer A',
        exportedAt: EXPORTED_AT,
        app: 'tekshur 0.1.0',
        flags: 1,
        new: 1,
        alreadyPresent: 0,
        duplicatesInImport: 0,
        from: '2026-04-30',
        to: '2026-04-30',
        images: 1,
        redacted: false,
        encrypted: false,
      },
    ]);
    expect((await target.fingerprint()).count).toBe(0);
  });

  it('merges the same message from two people into one flag, keeping both histories and both images', async () => {
    const { source } = await fixture();
    const fromA = await exportOf(source, 'Volunteer A');
    // B flagged the same message independently: another id, its own tags, status, notes and log.
    const fromB = await exportOf(source, 'Volunteer B', (s) => ({
      flags: [
        {
          ...s.flags[0]!,
          id: 'aaaaaaaa-0000-4000-8000-000000000001',
          tags: ['police-impersonation'],
          status: 'reviewed',
          notes: 'same caller as last week',
          attachmentIds: [s.attachments[0]!.id],
        },
      ],
      attachments: [{ ...s.attachments[0]!, flagId: 'aaaaaaaa-0000-4000-8000-000000000001' }],
      events: [
        {
          id: 9,
          flagId: 'aaaaaaaa-0000-4000-8000-000000000001',
          at: '2026-05-01T12:00:00.000Z',
          type: 'created',
          actor: 'me',
        },
      ],
    }));
    const target = new MemoryImportTarget();
    const plan = await planImport(
      [await read('a.json', fromA.bytes), await read('b.json', fromB.bytes)],
      target,
      { now: NOW, newId },
    );
    expect(plan.totals).toEqual({ flags: 2, new: 1, alreadyPresent: 0, duplicatesInImport: 1 });
    await commitImport(plan, target);
    expect(target.flags.size).toBe(1);
    expect(target.attachments.size).toBe(1);
    expect(target.batches.size).toBe(2);
    const [flag] = [...target.flags.values()];
    expect(flag!.tags).toEqual(['call 13812345678', 'police-impersonation']);
    expect(flag!.status).toBe('escalated');
    const log = target.events.filter((e) => e.flagId === flag!.id);
    expect(log.map((e) => [e.type, e.actor])).toEqual([
      ['edited', 'Volunteer A'],
      ['exported', 'Volunteer A'],
      ['imported', 'me'],
      ['created', 'Volunteer B'],
      ['exported', 'Volunteer B'],
      ['merged', 'me'],
    ]);
    const batches = [...target.batches.values()];
    expect(log.at(-1)!.detail).toMatchObject({
      batchId: batches[1]!.id,
      fileName: 'b.json',
      alias: 'Volunteer B',
      from: 'aaaaaaaa-0000-4000-8000-000000000001',
      theirStatus: 'reviewed',
      theirNotes: 'same caller as last week',
    });
    expect(batches.map((b) => b.origin?.alias)).toEqual(['Volunteer A', 'Volunteer B']);
  });

  it('adds an image a stored duplicate lacks, and updates the stored flag', async () => {
    const { source } = await fixture();
    const target = new MemoryImportTarget();
    const hashOnly = await prepareExport(source, {
      format: 'json',
      exporter: EXPORTER,
      exportedAt: EXPORTED_AT,
      includeImages: false,
    });
    await commitImport(
      await planImport([await read('hash-only.json', hashOnly.file.bytes)], target, { now: NOW, newId }),
      target,
    );
    expect(target.attachments.size).toBe(0);
    expect([...target.flags.values()][0]!.imageSha256).toEqual([source.attachments[0]!.sha256]);
    const full = await exportOf(source, 'Volunteer A');
    const plan = await planImport([await read('full.json', full.bytes)], target, {
      now: '2026-06-02T00:00:00.000Z',
      newId,
    });
    expect(plan.totals.alreadyPresent).toBe(1);
    await commitImport(plan, target);
    const [flag] = [...target.flags.values()];
    expect(flag!.attachmentIds).toHaveLength(1);
    expect(target.attachments.get(flag!.attachmentIds[0]!)!.sha256).toBe(source.attachments[0]!.sha256);
    expect(flag!.updatedAt).toBe('2026-06-02T00:00:00.000Z');
  });

  it('gives a new id to an imported flag whose id is taken by a different message', async () => {
    const { source } = await fixture();
    const target = new MemoryImportTarget();
    await commitImport(
      await planImport([await read('a.json', (await exportOf(source, 'A')).bytes)], target, {
        now: NOW,
        newId,
      }),
      target,
    );
    const text = 'A different message with the same id.';
    const other = await exportOf(source, 'B', (s) => ({
      ...s,
      flags: [
        {
          ...s.flags[0]!,
          text,
          textSha256: sha256(text),
          analysis: { ...s.flags[0]!.analysis, tactics: [] },
          tacticIds: [],
        },
      ],
    }));
    const plan = await planImport([await read('b.json', other.bytes)], target, { now: NOW, newId });
    expect(plan.totals.new).toBe(1);
    const [added] = plan.write.flags;
    expect(added!.id).not.toBe(source.flags[0]!.id);
    expect(plan.write.attachments[0]!.id).not.toBe(source.attachments[0]!.id);
    expect(plan.write.attachments[0]!.flagId).toBe(added!.id);
    expect(plan.write.events.at(-1)!.detail).toMatchObject({ originalId: source.flags[0]!.id });
    await commitImport(plan, target);
    expect(target.flags.size).toBe(2);
  });

  it('writes all or nothing: a failure mid-transaction leaves the store as it was', async () => {
    const { source } = await fixture();
    const target = new MemoryImportTarget();
    await commitImport(
      await planImport([await read('a.json', (await exportOf(source, 'A')).bytes)], target, {
        now: NOW,
        newId,
      }),
      target,
    );
    const before = await target.fingerprint();
    const text = 'Another message';
    const second = await exportOf(source, 'B', (s) => ({
      flags: [
        {
          ...s.flags[0]!,
          id: 'bbbbbbbb-0000-4000-8000-000000000002',
          text,
          textSha256: sha256(text),
          analysis: { ...s.flags[0]!.analysis, tactics: [] },
          tacticIds: [],
          attachmentIds: [],
          imageSha256: [],
        },
      ],
      attachments: [],
      events: [],
    }));
    const plan = await planImport(
      [await read('a.json', (await exportOf(source, 'A')).bytes), await read('b.json', second.bytes)],
      target,
      { now: NOW, newId },
    );
    target.failAfter = 3;
    await expect(commitImport(plan, target)).rejects.toThrow(/simulated failure/);
    expect(await target.fingerprint()).toEqual(before);
    // An id taken between planning and writing fails the whole write too.
    const racing = await planImport([await read('b.json', second.bytes)], target, { now: NOW, newId });
    target.flags.set('bbbbbbbb-0000-4000-8000-000000000002', target.flags.values().next().value!);
    const raced = await target.fingerprint();
    await expect(commitImport(racing, target)).rejects.toThrow(/ConstraintError/);
    expect(await target.fingerprint()).toEqual(raced);
  });

  it('imports encrypted files with their passphrase, several at once', async () => {
    const { source } = await fixture();
    const file = await exportOf(source, 'A');
    const sealed = await sealExport(file, 'a long passphrase', { iterations: 1000, minIterations: 1000 });
    expect(sealed.name).toBe('tekshur-report-2026-05-02.json.encrypted');
    const needs = await readReportFile({ name: sealed.name, bytes: sealed.bytes });
    expect(needs).toMatchObject({ ok: false, needsPassphrase: true });
    const opened = await read(sealed.name, sealed.bytes, 'a long passphrase');
    expect(opened.encrypted).toBe(true);
    const plain = await read('plain.json', file.bytes);
    const plan = await planImport([opened, plain], new MemoryImportTarget(), { now: NOW, newId });
    expect(plan.files.map((f) => [f.fileName, f.encrypted, f.new, f.duplicatesInImport])).toEqual([
      [sealed.name, true, 1, 0],
      ['plain.json', false, 0, 1],
    ]);
    const csv = await sealExport(
      { name: 'x.csv', mime: 'text/csv', bytes: utf8Encode('a,b') },
      'a long passphrase',
      { iterations: 1000, minIterations: 1000 },
    );
    const refused = await readReportFile(
      { name: 'x.csv.encrypted', bytes: csv.bytes },
      { passphrase: 'a long passphrase', minIterations: 1000 },
    );
    expect(refused).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/holds text\/csv, not a Tekshur report/),
    });
  });
});
