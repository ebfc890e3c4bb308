import type { Risk } from '../analyzer/types';
import type { Flag, FlagStatus } from '../db/types';
import { utcDay } from './dates';

/** What statistics need of one flag: a few short fields, so 10,000 of them stay light. */
export interface StatsRow {
  risk: Risk;
  status: FlagStatus;
  /** '' when the person gave none. */
  channel: string;
  tacticIds: readonly string[];
  languages: readonly string[];
  /** UTC day of the message (see `messageDay`), null when no date is valid. */
  day: number | null;
}

/**
 * The day a message counts for: when it was received, as the person gave it; else when the
 * evidence was captured; else when it was saved. Statistics are about the messages, not
 * about when someone got round to saving them.
 */
export function messageDay(flag: Pick<Flag, 'receivedAt' | 'capturedAt' | 'createdAt'>): number | null {
  return utcDay(flag.receivedAt) ?? utcDay(flag.capturedAt) ?? utcDay(flag.createdAt);
}

export function toStatsRow(flag: Flag): StatsRow {
  return {
    risk: flag.risk,
    status: flag.status,
    channel: flag.channel ?? '',
    tacticIds: flag.tacticIds,
    languages: flag.languages,
    day: messageDay(flag),
  };
}
