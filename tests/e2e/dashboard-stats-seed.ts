import type { Page } from 'playwright-core';
import { analyze } from '@/lib/analyzer';
import type { Analysis } from '@/lib/analyzer/types';
import { buildFlag, type NewFlag } from '@/lib/db/flags';
import type { StoredFlag } from '@/lib/db/schema';

/** A check to seed: the text, and whatever context the test cares about. */
export type Seed = Omit<NewFlag, 'source' | 'analysis'> & {
  text: string;
  analysis?: Analysis;
  image?: boolean;
};

/**
 * Builds real flag records here in Node (the same code the extension saves with), so the
 * seeded data is what the popup would have written.
 */
export async function buildSeeds(seeds: readonly Seed[]): Promise<StoredFlag[]> {
  const flags: StoredFlag[] = [];
  for (const seed of seeds) {
    const { flag } = await buildFlag({ source: 'paste', analysis: analyze(seed.text), ...seed });
    flags.push(flag);
  }
  return flags;
}

/**
 * Writes flags (with a "created" event each, and one small image per flag asked for) into the
 * extension's IndexedDB from an extension page. The page must already have opened the store
 * (any dashboard section does), so the tables exist; the connection is closed afterwards so
 * that nothing here holds the database.
 */
export async function seedFlags(page: Page, seeds: readonly Seed[]): Promise<StoredFlag[]> {
  const flags = await buildSeeds(seeds);
  const withImage = seeds.map((s) => s.image === true);
  await page.evaluate(
    ({ flags, withImage }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tekshur');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['flags', 'events', 'attachments'], 'readwrite');
          flags.forEach((flag, i) => {
            if (withImage[i]) {
              const id = crypto.randomUUID();
              const blob = new Blob([new Uint8Array([137, 80, 78, 71, i])], { type: 'image/png' });
              tx.objectStore('attachments').put({
                id,
                flagId: flag.id,
                mime: 'image/png',
                size: 5,
                sha256: '',
                blob,
              });
              flag.attachmentIds = [id];
            }
            tx.objectStore('flags').put(flag);
            tx.objectStore('events').add({
              flagId: flag.id,
              at: flag.createdAt,
              type: 'created',
              actor: 'me',
            });
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    { flags, withImage },
  );
  return flags;
}

/** Counts rows of a store with the plain API; 0 when the database or the store does not exist. */
export function countRows(page: Page, store: string, flagId?: string): Promise<number> {
  return page.evaluate(
    async ({ store, flagId }) => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (!names.includes('tekshur')) return 0;
      return new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tekshur');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve(0);
            return;
          }
          const source = db.transaction(store).objectStore(store);
          const request = flagId ? source.index('flagId').count(flagId) : source.count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      });
    },
    { store, flagId },
  );
}

/** The event types logged for a flag, oldest first. */
export function eventTypes(page: Page, flagId: string): Promise<string[]> {
  return page.evaluate(
    (flagId) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('tekshur');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('events').objectStore('events').index('flagId').getAll(flagId);
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { type: string }[]).map((e) => e.type));
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
    flagId,
  );
}
