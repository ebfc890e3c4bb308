import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, TekshurDB } from '../../../lib/db/schema';
import { buildFlag } from '../../../lib/db/flags';
import { dbName, newFlag, png } from './helpers';

/**
 * For every schema version N: open the database at N, write a realistic record in every table,
 * close, reopen at N+1, and check that every record is still there and equal (plus what the
 * upgrade adds).
 */
describe('schema migrations', () => {
  it('declares strictly increasing versions with names', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of SCHEMA_VERSIONS) expect(v.name).toMatch(/^[a-z0-9-]+$/u);
  });

  for (let n = 1; n < SCHEMA_VERSIONS.length; n++) {
    it(`opens v${n} data at v${n + 1} and keeps every record`, async () => {
      const name = dbName();
      const old = new TekshurDB(name, n);
      const { flag, attachments } = await buildFlag(
        newFlag('Send me your passport', { images: [{ blob: png() }] }),
      );
      // Write what a build at version n would have written: no fields added later.
      const { score: _score, ...v1flag } = flag;
      await old.table('flags').add(n === 1 ? v1flag : flag);
      await old.table('attachments').bulkAdd(attachments);
      await old.table('events').add({ flagId: flag.id, at: flag.createdAt, type: 'created', actor: 'me' });
      await old
        .table('batches')
        .add({ id: 'b1', kind: 'intake', createdAt: flag.createdAt, total: 1, done: 1, status: 'done' });
      const before = {
        flags: await old.table('flags').toArray(),
        attachments: await old.table('attachments').toArray(),
        events: await old.table('events').toArray(),
        batches: await old.table('batches').toArray(),
      };
      old.close();

      const next = new TekshurDB(name, n + 1);
      await next.open();
      expect(next.verno).toBe(SCHEMA_VERSIONS[n]?.version);
      const after = {
        flags: await next.table('flags').toArray(),
        attachments: await next.table('attachments').toArray(),
        events: await next.table('events').toArray(),
        batches: await next.table('batches').toArray(),
      };
      expect(after.flags).toHaveLength(before.flags.length);
      for (const [i, f] of before.flags.entries()) expect(after.flags[i]).toMatchObject(f);
      expect(after.attachments.map(({ blob: _b, ...a }) => a)).toEqual(
        before.attachments.map(({ blob: _b, ...a }) => a),
      );
      expect(after.attachments[0]?.blob.size).toBe(before.attachments[0]?.blob.size);
      expect(after.events).toEqual(before.events);
      expect(after.batches).toEqual(before.batches);
      if (n + 1 === 2) expect(after.flags[0]?.score).toBe(flag.analysis.score);
      next.close();
    });
  }
});
