import { TACTIC_IDS } from '../analyzer/tactics';
import { isoDay, weekStart } from './dates';
import { rowPredicate, type StatsFilter } from './filter';
import type { StatsRow } from './rows';

export interface Count {
  key: string;
  count: number;
}

export interface StatsSummary {
  /** Flags matching the filter. */
  total: number;
  /** Flags per tactic; a flag with several tactics counts once for each. */
  byTactic: Count[];
  /** Matching flags in which no tactic was found. */
  noTactic: number;
  /** Flags per week, keyed by the week's Monday ("YYYY-MM-DD", UTC), oldest first, no empty weeks. */
  byWeek: Count[];
  /** Matching flags without any valid date (they are left out of `byWeek`). */
  undated: number;
  /** Flags per channel ('' = not given). */
  byChannel: Count[];
  /** Flags per language of the message ('und' when none was recognised). */
  byLanguage: Count[];
}

const TACTIC_ORDER = new Map<string, number>(TACTIC_IDS.map((id, i) => [id, i]));

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Most frequent first; ties in a stable order (`rank`, then the key) so charts do not jump. */
function ranked(map: Map<string, number>, rank: (key: string) => number = () => 0): Count[] {
  return [...map]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/** Counts the flags matching `filter`, in one pass over the rows. */
export function aggregate(rows: Iterable<StatsRow>, filter: StatsFilter = {}): StatsSummary {
  const matches = rowPredicate(filter);
  const tactics = new Map<string, number>();
  const weeks = new Map<number, number>();
  const channels = new Map<string, number>();
  const languages = new Map<string, number>();
  let total = 0;
  let noTactic = 0;
  let undated = 0;
  for (const row of rows) {
    if (!matches(row)) continue;
    total++;
    if (row.tacticIds.length === 0) noTactic++;
    // A rule list could in principle name a tactic twice; a flag still counts once per tactic.
    for (const id of new Set(row.tacticIds)) bump(tactics, id);
    if (row.day === null) undated++;
    else {
      const week = weekStart(row.day);
      weeks.set(week, (weeks.get(week) ?? 0) + 1);
    }
    bump(channels, row.channel);
    if (row.languages.length === 0) bump(languages, 'und');
    else for (const language of new Set(row.languages)) bump(languages, language);
  }
  return {
    total,
    byTactic: ranked(tactics, (id) => TACTIC_ORDER.get(id) ?? TACTIC_IDS.length),
    noTactic,
    byWeek: [...weeks].sort((a, b) => a[0] - b[0]).map(([week, count]) => ({ key: isoDay(week), count })),
    undated,
    byChannel: ranked(channels),
    byLanguage: ranked(languages),
  };
}

/** Every channel in the rows (for the filter's choices), '' included when some have none. */
export function channelsOf(rows: Iterable<StatsRow>): string[] {
  const seen = new Set<string>();
  for (const row of rows) seen.add(row.channel);
  return [...seen].sort((a, b) => a.localeCompare(b));
}
