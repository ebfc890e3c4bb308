import { TekshurDB } from './schema';

let shared: TekshurDB | undefined;

/**
 * The page's one connection to the store. Dexie queues work until it is open, and a
 * second connection in the same page would only wait on the first during upgrades.
 */
export function getDb(): TekshurDB {
  shared ??= new TekshurDB();
  return shared;
}
