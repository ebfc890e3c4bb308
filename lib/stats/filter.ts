import type { Risk } from '../analyzer/types';
import type { FlagStatus } from '../db/types';
import { utcDay } from './dates';
import type { StatsRow } from './rows';

/** The statistics filters; an empty or missing field means "all". */
export interface StatsFilter {
  risk?: Risk | '';
  status?: FlagStatus | '';
  /** A channel id; NO_CHANNEL for flags without one. */
  channel?: string;
  /** Inclusive, "YYYY-MM-DD" as a date input gives it; compared with the message's UTC day. */
  from?: string;
  to?: string;
}

/** The channel filter's value for "not given" (a real channel id is never empty). */
export const NO_CHANNEL = '-';

/** Turns a filter into one test per row, parsing the dates once rather than per row. */
export function rowPredicate(filter: StatsFilter): (row: StatsRow) => boolean {
  const { risk, status, channel } = filter;
  const from = utcDay(filter.from) ?? -Infinity;
  const to = utcDay(filter.to) ?? Infinity;
  const dated = from !== -Infinity || to !== Infinity;
  const wantedChannel = !channel ? undefined : channel === NO_CHANNEL ? '' : channel;
  return (row) => {
    if (risk && row.risk !== risk) return false;
    if (status && row.status !== status) return false;
    if (wantedChannel !== undefined && row.channel !== wantedChannel) return false;
    if (dated && (row.day === null || row.day < from || row.day > to)) return false;
    return true;
  };
}
