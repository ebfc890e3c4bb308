import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { eventsOf, saveFlag } from '../../../lib/db/flags';
import { TekshurDB } from '../../../lib/db/schema';
import { reanalyseWithSummary } from '../../../lib/db/storage-reanalyse';
import { persistenceState, requestPersistence, spaceReport } from '../../../lib/db/storage-space';
import { dbName, newFlag, png } from '../db/helpers';

// The analyzer compiles its rules on first use, slowly on a busy machine: once, up front.
beforeAll(() => void analyze('passport 护照'), 60_000);

let db: TekshurDB;
afterEach(() => db?.close());

describe('persistent storage', () => {
  it('reports what the browser answers, and "unavailable" when it cannot be asked', async () => {
    expect(await requestPersistence({ persist: async () => true })).toBe('granted');
    expect(await requestPersistence({ persist: async () => false })).toBe('denied');
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('no')) })).toBe('unavailable');
    expect(await requestPersistence({})).toBe('unavailable');
    expect(await persistenceState({ persisted: async () => true })).toBe('granted');
    expect(await persistenceState(undefined)).toBe('unavailable');
  });
});

describe('spaceReport', () => {
  it('gives the browser estimate with the counts of checks and images', async () => {
    db = new TekshurDB(dbName());
    await saveFlag(db, newFlag('Send your passport.', { images: [{ blob: png() }, { blob: png([1, 2]) }] }));
    await saveFlag(db, newFlag('Hello'));
    expect(await spaceReport(db, { estimate: async () => ({ usage: 1234, quota: 10_000 }) })).toEqual({
      usage: 1234,
      quota: 10_000,
      flags: 2,
      images: 2,
    });
    // No estimate (or a failing one): the counts still come.
    expect(await spaceReport(db, { estimate: () => Promise.reject(new Error('no')) })).toEqual({
      flags: 2,
      images: 2,
    });
  });
});

describe('reanalyseWithSummary', () => {
  it('counts the risk changes from the log each flag received', async () => {
    db = new TekshurDB(dbName());
    const stale = { ...analyze('Hello'), rulesetVersion: '0.old' };
    const changed = await saveFlag(db, newFlag('Send me a copy of your passport.', { analysis: stale }));
    const same = await saveFlag(db, newFlag('Hello, how are you?'));
    const progress = vi.fn();
    const summary = await reanalyseWithSummary(db, analyze, progress);
    expect(summary).toEqual({ total: 2, changed: 1, riskChanged: 1, logged: 2 });
    expect(progress).toHaveBeenLastCalledWith(2, 2);
    const log = await eventsOf(db, changed.id);
    expect(log.map((e) => e.type)).toEqual(['created', 'reanalysed']);
    expect(log[1]?.detail).toMatchObject({ fromRuleset: '0.old', fromRisk: 'none', toRisk: 'high' });
    expect((await eventsOf(db, same.id)).map((e) => e.type)).toEqual(['created', 'reanalysed']);

    // A second run changes nothing and counts only its own events.
    expect(await reanalyseWithSummary(db, analyze)).toEqual({
      total: 2,
      changed: 0,
      riskChanged: 0,
      logged: 2,
    });
  });

  it('says zero for an empty store', async () => {
    db = new TekshurDB(dbName());
    expect(await reanalyseWithSummary(db, analyze)).toEqual({
      total: 0,
      changed: 0,
      riskChanged: 0,
      logged: 0,
    });
  });
});
