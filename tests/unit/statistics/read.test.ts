import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { saveFlag } from '../../../lib/db/flags';
import { TekshurDB } from '../../../lib/db/schema';
import { aggregate, readStatsRows } from '../../../lib/stats';
import { dbName, newFlag } from '../db/helpers';

// The analyzer compiles its rules on first use, slowly on a busy machine: once, up front.
beforeAll(() => void analyze('passport 护照'), 60_000);

let db: TekshurDB;
afterEach(() => db?.close());

describe('readStatsRows', () => {
  it('reads every flag across pages, with the received date winning over the saving date', async () => {
    db = new TekshurDB(dbName());
    await saveFlag(
      db,
      newFlag('Send me a copy of your passport.', { channel: 'wechat', receivedAt: '2025-03-05' }),
    );
    await saveFlag(db, newFlag('Hello, how are you?'));
    await saveFlag(db, newFlag('Your family will suffer if you do not come back.', { status: 'escalated' }));
    const rows = await readStatsRows(db, 2);
    expect(rows).toHaveLength(3);
    const stats = aggregate(rows);
    expect(stats.total).toBe(3);
    expect(stats.byChannel).toContainEqual({ key: 'wechat', count: 1 });
    expect(stats.byWeek[0]).toEqual({ key: '2025-03-03', count: 1 });
    expect(stats.byTactic.find((c) => c.key === 'identity-document-request')?.count).toBe(1);
  });

  it('is empty for an empty store', async () => {
    db = new TekshurDB(dbName());
    expect(await readStatsRows(db)).toEqual([]);
  });
});
