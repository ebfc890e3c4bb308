import type { TekshurDB } from './schema';

/** The parts of `navigator.storage` used here; any may be missing (older or locked-down browsers). */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export type PersistState = 'granted' | 'denied' | 'unavailable';

export function browserStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Whether the browser already keeps this extension's data when space runs short. */
export async function persistenceState(storage = browserStorage()): Promise<PersistState> {
  if (!storage?.persisted) return 'unavailable';
  try {
    return (await storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'unavailable';
  }
}

/** Asks the browser not to clear the data to make room; the browser decides, and may say no. */
export async function requestPersistence(storage = browserStorage()): Promise<PersistState> {
  if (!storage?.persist) return 'unavailable';
  try {
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unavailable';
  }
}

export interface SpaceReport {
  /** Bytes used and the browser's limit for this extension, when it says. */
  usage?: number;
  quota?: number;
  flags: number;
  images: number;
}

/** Space used and available, with how many checks and images are kept. */
export async function spaceReport(db: TekshurDB, storage = browserStorage()): Promise<SpaceReport> {
  const [estimate, flags, images] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    db.flags.count(),
    db.attachments.count(),
  ]);
  return {
    flags,
    images,
    ...(typeof estimate?.usage === 'number' ? { usage: estimate.usage } : {}),
    ...(typeof estimate?.quota === 'number' ? { quota: estimate.quota } : {}),
  };
}
