import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { saveFlag } from '../../../lib/db/flags';
import { TekshurDB } from '../../../lib/db/schema';
import { wipeEverything } from '../../../lib/db/wipe';
import { dbName, newFlag, png } from '../db/helpers';

// The analyzer compiles its rules on first use, slowly on a busy machine: once, up front.
beforeAll(() => void analyze('passport 护照'), 60_000);

const names = async () => (await indexedDB.databases()).map((d) => d.name);

describe('wipeEverything', () => {
  it('deletes the database, other databases of the extension and the extension storage', async () => {
    const name = dbName();
    const db = new TekshurDB(name);
    await saveFlag(db, newFlag('Send your passport.', { images: [{ blob: png() }] }));
    const other = new Dexie(`${name}-other`);
    other.version(1).stores({ things: 'id' });
    await other.table('things').add({ id: 1 });
    other.close();
    const clearExtensionStorage = vi.fn(async () => undefined);

    expect(await wipeEverything(db, { clearExtensionStorage })).toEqual({ failed: [] });
    expect(clearExtensionStorage).toHaveBeenCalledOnce();
    expect(await names()).not.toContain(name);
    expect(await names()).not.toContain(`${name}-other`);
    // The page's connection still works afterwards, on a new empty store.
    expect(await db.flags.count()).toBe(0);
    db.close();
  });

  it('empties the records at once even while another page delays deleting the file', async () => {
    const name = dbName();
    const db = new TekshurDB(name);
    await saveFlag(db, newFlag('Send your passport.'));
    // A connection that ignores "please close", as a page without Dexie might.
    const holder = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    const onBlocked = vi.fn();
    const wiping = wipeEverything(db, { clearExtensionStorage: async () => undefined, onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    const count = await new Promise<number>((resolve) => {
      const request = holder.transaction('flags').objectStore('flags').count();
      request.onsuccess = () => resolve(request.result);
    });
    expect(count).toBe(0);
    holder.close();
    expect(await wiping).toEqual({ failed: [] });
    expect(await names()).not.toContain(name);
    db.close();
  });

  it('runs every step and names the ones that failed', async () => {
    const db = new TekshurDB(dbName());
    await saveFlag(db, newFlag('Send your passport.'));
    const result = await wipeEverything(db, {
      clearExtensionStorage: () => Promise.reject(new Error('storage is gone')),
    });
    expect(result).toEqual({ failed: ['extension-storage'] });
    expect(await db.flags.count()).toBe(0);
    db.close();
  });
});
