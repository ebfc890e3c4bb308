import type { Analysis } from '../analyzer/types';
import { reanalyseAll } from './lifecycle';
import type { TekshurDB } from './schema';

export interface ReanalyseSummary {
  total: number;
  /** Flags whose risk or tactics changed. */
  changed: number;
  /** Flags whose risk changed. */
  riskChanged: number;
  /** "reanalysed" events written to the flags' logs by this run. */
  logged: number;
}

/**
 * Re-analyses every flag (lib/db/lifecycle logs each one) and sums up what changed. The risk
 * changes are read back from the log this run wrote, so the summary reports what was recorded.
 */
export async function reanalyseWithSummary(
  db: TekshurDB,
  analyze: (text: string) => Analysis,
  onProgress?: (done: number, total: number) => void,
): Promise<ReanalyseSummary> {
  const startedAt = new Date().toISOString();
  const { total, changed } = await reanalyseAll(db, analyze, onProgress);
  // Only events since the start are read (the `at` index), not every earlier re-analysis.
  const events = await db.events.where('at').aboveOrEqual(startedAt).toArray();
  let logged = 0;
  let riskChanged = 0;
  for (const event of events) {
    if (event.type !== 'reanalysed') continue;
    logged++;
    if (event.detail?.fromRisk !== event.detail?.toRisk) riskChanged++;
  }
  return { total, changed, riskChanged, logged };
}
