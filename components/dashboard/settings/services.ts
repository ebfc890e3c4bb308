import { browser } from 'wxt/browser';
import type { Analysis } from '@/lib/analyzer/types';
import { getDb } from '@/lib/db/open';
import type { TekshurDB } from '@/lib/db/schema';
import { browserStorage, type StorageManagerLike } from '@/lib/db/storage-space';

/** What the settings section needs from the browser; the component tests pass their own. */
export interface SettingsServices {
  db: () => TekshurDB;
  storage: () => StorageManagerLike | undefined;
  /** The analyzer is a large chunk: loaded only when re-analysis or the rules version is shown. */
  loadAnalyzer: () => Promise<{ analyze: (text: string) => Analysis; RULESET_VERSION: string }>;
  /** Everything the extension keeps outside IndexedDB (today: the interface language). */
  clearExtensionStorage: () => Promise<void>;
  appVersion: () => string;
}

async function clearExtensionStorage(): Promise<void> {
  await browser.storage.local.clear();
  // Not every browser has session storage for extensions; where it exists it is cleared too.
  await browser.storage.session?.clear();
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
}

export const defaultSettingsServices: SettingsServices = {
  db: getDb,
  storage: browserStorage,
  loadAnalyzer: () => import('@/lib/analyzer'),
  clearExtensionStorage,
  appVersion: () => {
    try {
      return browser.runtime.getManifest().version;
    } catch {
      return '';
    }
  },
};
