/** Days are counted in UTC from 1970-01-01, so a week is the same week on every device. */
export const DAY_MS = 86_400_000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * The UTC day number of an ISO date ("2025-03-03") or date-time, or null when it is not a
 * date. A bare date is taken as that calendar day, not as midnight in the device's zone.
 */
export function utcDay(value: string | undefined): number | null {
  if (!value) return null;
  const m = DATE_ONLY.exec(value);
  let ms: number;
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    ms = Date.UTC(year, month - 1, day);
    // Date.UTC rolls "2025-02-30" over into March: such a date is not a date.
    const back = new Date(ms);
    if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  } else {
    ms = Date.parse(value);
  }
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

/** The Monday (ISO 8601 weeks) of the week holding `day`. Day 0 was a Thursday. */
export function weekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** "YYYY-MM-DD" of a UTC day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
