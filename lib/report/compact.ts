/** Drops keys whose value is undefined, so an object equals the JSON it becomes. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as T;
}
