import type { StatsRow } from '../../../lib/stats';

/** A statistics row with plain defaults; tests state only what they are about. */
export function row(extra: Partial<StatsRow> = {}): StatsRow {
  return { risk: 'high', status: 'new', channel: '', tacticIds: [], languages: ['en'], day: null, ...extra };
}
