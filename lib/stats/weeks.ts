import { isoDay, utcDay } from './dates';
import type { Count } from './aggregate';

/**
 * The weeks for a time chart: every week from the first counted to the last, empty ones as
 * zero, so the gaps show. At most `max` weeks (the latest), so one mistyped year cannot ask
 * for thousands of columns; `truncated` says when older weeks were left out.
 */
export function continuousWeeks(
  byWeek: readonly Count[],
  max: number,
): { weeks: Count[]; truncated: boolean } {
  const first = byWeek[0];
  const last = byWeek[byWeek.length - 1];
  if (!first || !last || max < 1) return { weeks: [], truncated: byWeek.length > 0 };
  const counts = new Map(byWeek.map((w) => [w.key, w.count]));
  const lastDay = utcDay(last.key)!;
  const firstDay = Math.max(utcDay(first.key)!, lastDay - (max - 1) * 7);
  const weeks: Count[] = [];
  for (let day = firstDay; day <= lastDay; day += 7) {
    const key = isoDay(day);
    weeks.push({ key, count: counts.get(key) ?? 0 });
  }
  const shown = weeks.reduce((sum, w) => sum + w.count, 0);
  const all = byWeek.reduce((sum, w) => sum + w.count, 0);
  return { weeks, truncated: shown < all };
}
