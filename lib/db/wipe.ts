import type { TekshurDB } from './schema';

export type WipeStep = 'records' | 'extension-storage' | 'database' | 'other-databases';

export interface WipeOptions {
  /** Clears the extension's own storage (browser.storage.local and .session). */
  clearExtensionStorage: () => Promise<void>;
  /** Called when another open Tekshur page holds the database and deletion must wait for it. */
  onBlocked?: () => void;
  /** Defaults to the page's IndexedDB; the tests pass fake-indexeddb's. */
  indexedDB?: IDBFactory;
}

export interface WipeResult {
  /** The steps that failed; empty when everything is gone. */
  failed: WipeStep[];
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
    // Queued until the page holding it lets go; the wipe does not wait on a database nobody uses.
    request.onblocked = () => resolve();
  });
}

/**
 * Deletes everything Tekshur keeps in this browser, for a person who must clear the device
 * quickly. Every step runs even if an earlier one failed, and the records are emptied first,
 * in one transaction, so the evidence is gone at once even when another open page delays
 * deleting the database file itself.
 */
export async function wipeEverything(db: TekshurDB, options: WipeOptions): Promise<WipeResult> {
  const failed: WipeStep[] = [];
  const attempt = async (step: WipeStep, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch {
      failed.push(step);
    }
  };
  const factory = options.indexedDB ?? globalThis.indexedDB;

  await attempt('records', () =>
    db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear()))),
  );
  await attempt('extension-storage', options.clearExtensionStorage);

  const onBlocked = () => options.onBlocked?.();
  db.on('blocked', onBlocked);
  // Auto-open stays on: a later read in this page gets a new, empty store instead of an error.
  await attempt('database', () => db.delete({ disableAutoOpen: false }));
  db.on('blocked').unsubscribe(onBlocked);

  // Anything else this extension may have put in IndexedDB (nothing today) goes too.
  await attempt('other-databases', async () => {
    if (typeof factory.databases !== 'function') return;
    const others = (await factory.databases()).filter((d) => d.name && d.name !== db.name);
    await Promise.all(others.map((d) => deleteDatabase(factory, d.name!)));
  });
  return { failed };
}
