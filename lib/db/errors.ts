/** A write refused because the browser's storage is full: nothing already stored is lost. */
export class StorageFullError extends Error {
  constructor() {
    super(
      'There is no room left to save this on your device. Nothing already saved was lost. Free some space (or export and delete old checks) and try again.',
    );
    this.name = 'StorageFullError';
  }
}

/** Turns IndexedDB's quota failure (however Dexie wraps it) into StorageFullError. */
export function rethrowStorageError(e: unknown): never {
  const names = [(e as Error | undefined)?.name, (e as { inner?: Error } | undefined)?.inner?.name];
  if (names.includes('QuotaExceededError')) throw new StorageFullError();
  throw e;
}
