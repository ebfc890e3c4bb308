// Loaded on the first save: Dexie stays out of the popup's first load.
import { saveFlag, type NewFlag } from '@/lib/db/flags';
import { TekshurDB } from '@/lib/db/schema';

let db: TekshurDB | undefined;

export async function save(flag: NewFlag): Promise<void> {
  db ??= new TekshurDB();
  await saveFlag(db, flag);
}
