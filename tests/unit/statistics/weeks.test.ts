import { describe, expect, it } from 'vitest';
import { continuousWeeks } from '../../../lib/stats';

describe('continuousWeeks', () => {
  it('fills the empty weeks between the first and the last with zeros', () => {
    const { weeks, truncated } = continuousWeeks(
      [
        { key: '2024-12-23', count: 2 },
        { key: '2025-01-13', count: 1 },
      ],
      52,
    );
    expect(weeks).toEqual([
      { key: '2024-12-23', count: 2 },
      { key: '2024-12-30', count: 0 },
      { key: '2025-01-06', count: 0 },
      { key: '2025-01-13', count: 1 },
    ]);
    expect(truncated).toBe(false);
  });

  it('keeps only the latest weeks and says so', () => {
    const { weeks, truncated } = continuousWeeks(
      [
        { key: '1925-03-02', count: 1 },
        { key: '2025-03-03', count: 4 },
      ],
      3,
    );
    expect(weeks.map((w) => w.key)).toEqual(['2025-02-17', '2025-02-24', '2025-03-03']);
    expect(truncated).toBe(true);
  });

  it('is empty for no weeks', () => {
    expect(continuousWeeks([], 52)).toEqual({ weeks: [], truncated: false });
  });
});
