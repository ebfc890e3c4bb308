import { analyze } from '../../../lib/analyzer';
import type { NewFlag } from '../../../lib/db/flags';

let counter = 0;
/** A unique database name per test, so tests never see each other's data. */
export const dbName = () => `tekshur-test-${Date.now()}-${counter++}`;

export function newFlag(
  text = 'Please send me a copy of your passport.',
  extra: Partial<NewFlag> = {},
): NewFlag {
  return { source: 'paste', text, analysis: analyze(text), ...extra };
}

export const png = (bytes: number[] = [137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]) =>
  new Blob([new Uint8Array(bytes)], { type: 'image/png' });
