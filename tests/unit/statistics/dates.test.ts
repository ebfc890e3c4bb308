import { describe, expect, it } from 'vitest';
import { isoDay, utcDay, weekStart } from '../../../lib/stats';

describe('UTC days and weeks', () => {
  it('reads a bare date as that calendar day and a date-time by its UTC instant', () => {
    expect(isoDay(utcDay('2025-03-03')!)).toBe('2025-03-03');
    expect(isoDay(utcDay('2025-03-03T23:30:00Z')!)).toBe('2025-03-03');
    // 01:30 in Almaty (UTC+5) is still the previous day in UTC.
    expect(isoDay(utcDay('2025-03-03T01:30:00+05:00')!)).toBe('2025-03-02');
  });

  it('refuses what is not a date', () => {
    for (const value of [undefined, '', 'soon', '2025-02-30', '2025-13-01']) expect(utcDay(value)).toBeNull();
  });

  it('puts Sunday 23:59:59 UTC in the old week and Monday 00:00 UTC in the new one', () => {
    const sunday = utcDay('2025-03-09T23:59:59.999Z')!;
    const monday = utcDay('2025-03-10T00:00:00.000Z')!;
    expect(isoDay(weekStart(sunday))).toBe('2025-03-03');
    expect(isoDay(weekStart(monday))).toBe('2025-03-10');
  });

  it('starts weeks on Monday across a year boundary and before 1970', () => {
    expect(isoDay(weekStart(utcDay('2025-01-01')!))).toBe('2024-12-30');
    expect(isoDay(weekStart(utcDay('1969-12-31')!))).toBe('1969-12-29');
    expect(isoDay(weekStart(utcDay('1970-01-01')!))).toBe('1969-12-29');
  });
});
