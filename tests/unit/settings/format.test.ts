import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber } from '@/components/dashboard/settings/format';

describe('formatBytes', () => {
  it('picks the largest fitting unit, 1000-based', () => {
    expect(formatBytes(0, 'en')).toBe('0 byte');
    expect(formatBytes(999, 'en')).toBe('999 byte');
    expect(formatBytes(278_000, 'en')).toBe('278 kB');
    expect(formatBytes(2_500_000, 'en')).toBe('2.5 MB');
    expect(formatBytes(82_900_000_000, 'en')).toBe('82.9 GB');
  });

  it('isolates the amount in right-to-left text so it keeps its order', () => {
    expect(formatBytes(278_000, 'ug')).toMatch(/^\u2068.*278.*\u2069$/u);
    expect(formatBytes(278_000, 'ru')).not.toContain('\u2068');
  });

  it('writes numbers the way the language does', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'ru')).toBe('12\u00a0345');
  });
});
