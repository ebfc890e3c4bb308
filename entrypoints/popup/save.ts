// Loaded on the first save: Dexie stays out of the popup's first load.
import { saveFlag, type NewFlag } from '@/lib/db/flags';
import { getDb } from '@/lib/db/open';

export async function save(flag: NewFlag): Promise<void> {
  await saveFlag(getDb(), flag);
}
