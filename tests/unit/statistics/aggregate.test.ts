import { describe, expect, it } from 'vitest';
import { aggregate, channelsOf, NO_CHANNEL, utcDay } from '../../../lib/stats';
import { row } from './rows';

const day = (iso: string) => utcDay(iso);

const ROWS = [
  row({
    risk: 'high',
    status: 'new',
    channel: 'wechat',
    tacticIds: ['identity-document-request', 'authority-claim'],
    languages: ['zh'],
    day: day('2025-03-03'),
  }),
  row({
    risk: 'high',
    status: 'escalated',
    channel: 'wechat',
    tacticIds: ['identity-document-request'],
    languages: ['zh', 'en'],
    day: day('2025-03-09T23:59:59Z'),
  }),
  row({
    risk: 'medium',
    status: 'reviewed',
    channel: 'call',
    tacticIds: ['official-document-pretext'],
    languages: ['ru'],
    day: day('2025-03-10T00:00:00Z'),
  }),
  row({ risk: 'none', status: 'false-alarm', channel: '', tacticIds: [], languages: [], day: null }),
];

describe('aggregate', () => {
  it('counts every dimension exactly', () => {
    const stats = aggregate(ROWS);
    expect(stats.total).toBe(4);
    expect(stats.byTactic).toEqual([
      { key: 'identity-document-request', count: 2 },
      // Ties follow the tactics' own order (official-document-pretext comes before authority-claim).
      { key: 'official-document-pretext', count: 1 },
      { key: 'authority-claim', count: 1 },
    ]);
    expect(stats.noTactic).toBe(1);
    expect(stats.byWeek).toEqual([
      { key: '2025-03-03', count: 2 },
      { key: '2025-03-10', count: 1 },
    ]);
    expect(stats.undated).toBe(1);
    expect(stats.byChannel).toEqual([
      { key: 'wechat', count: 2 },
      { key: '', count: 1 },
      { key: 'call', count: 1 },
    ]);
    expect(stats.byLanguage).toEqual([
      { key: 'zh', count: 2 },
      { key: 'en', count: 1 },
      { key: 'ru', count: 1 },
      { key: 'und', count: 1 },
    ]);
  });

  it('gives zeros and empty lists for no data', () => {
    expect(aggregate([])).toEqual({
      total: 0,
      byTactic: [],
      noTactic: 0,
      byWeek: [],
      undated: 0,
      byChannel: [],
      byLanguage: [],
    });
  });

  it('applies risk, status and channel filters, "not given" included', () => {
    expect(aggregate(ROWS, { risk: 'high' }).total).toBe(2);
    expect(aggregate(ROWS, { status: 'reviewed' }).byChannel).toEqual([{ key: 'call', count: 1 }]);
    expect(aggregate(ROWS, { channel: 'wechat', status: 'escalated' }).total).toBe(1);
    expect(aggregate(ROWS, { channel: NO_CHANNEL }).total).toBe(1);
    expect(aggregate(ROWS, { risk: '', status: '', channel: '' }).total).toBe(4);
  });

  it('takes date ranges inclusively by UTC day and leaves undated flags out of them', () => {
    expect(aggregate(ROWS, { from: '2025-03-09' }).total).toBe(2);
    expect(aggregate(ROWS, { to: '2025-03-09' }).total).toBe(2);
    expect(aggregate(ROWS, { from: '2025-03-04', to: '2025-03-09' }).byWeek).toEqual([
      { key: '2025-03-03', count: 1 },
    ]);
    expect(aggregate(ROWS, { from: '2025-03-11' }).total).toBe(0);
    // A date input left empty, or holding nonsense, does not filter.
    expect(aggregate(ROWS, { from: '', to: 'not a date' }).total).toBe(4);
  });

  it('counts a tactic or language named twice in one flag once', () => {
    const stats = aggregate([
      row({ tacticIds: ['threat-of-harm', 'threat-of-harm'], languages: ['ug', 'ug'] }),
    ]);
    expect(stats.byTactic).toEqual([{ key: 'threat-of-harm', count: 1 }]);
    expect(stats.byLanguage).toEqual([{ key: 'ug', count: 1 }]);
  });

  it('lists the channels present, for the filter', () => {
    expect(channelsOf(ROWS)).toEqual(['', 'call', 'wechat']);
  });

  it('counts 10,000 rows in one pass', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      row({
        tacticIds: i % 2 ? ['threat-of-harm'] : [],
        day: 20_000 + (i % 70),
        channel: i % 3 ? 'sms' : '',
      }),
    );
    const stats = aggregate(many, { channel: 'sms' });
    expect(stats.total).toBe(6666);
    expect(stats.byWeek.reduce((sum, w) => sum + w.count, 0)).toBe(6666);
    expect(stats.byTactic[0]?.count).toBe(3333);
  });
});
