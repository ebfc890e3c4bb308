import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '@/lib/db/open';
import { formatCount } from './labels';
import { t } from '@/lib/i18n';
import { aggregate, channelsOf, readStatsRows, type StatsFilter, type StatsRow } from '@/lib/stats';
import type { SectionProps } from '../section-props';
import { useLanguage } from '../../useLanguage';
import { StatsCharts } from './StatsCharts';
import { StatsFilters } from './StatsFilters';
import './statistics.css';

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; rows: StatsRow[] };

/** Counts of what was flagged, by tactic, week, channel and language, under simple filters. */
export function StatisticsSection(_props: SectionProps) {
  const language = useLanguage();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [filter, setFilter] = useState<StatsFilter>({});

  // Read once per visit; filtering then works on the rows in memory, without the database.
  useEffect(() => {
    let live = true;
    readStatsRows(getDb()).then(
      (rows) => live && setLoad({ state: 'ready', rows }),
      () => live && setLoad({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);

  const rows = load.state === 'ready' ? load.rows : undefined;
  const channels = useMemo(() => (rows ? channelsOf(rows) : []), [rows]);
  const summary = useMemo(() => (rows ? aggregate(rows, filter) : undefined), [rows, filter]);

  return (
    <div data-testid="statistics" class="statistics" aria-busy={load.state === 'loading'}>
      {load.state === 'loading' && <p role="status">{t('statistics.loading')}</p>}
      {load.state === 'failed' && <p role="alert">{t('statistics.error')}</p>}
      {rows?.length === 0 && <p data-testid="stats-empty">{t('statistics.empty')}</p>}
      {rows && rows.length > 0 && summary && (
        <>
          <StatsFilters filter={filter} channels={channels} onChange={setFilter} />
          <p role="status" class="stats-total" data-testid="stats-total" data-count={summary.total}>
            {t('statistics.total', { count: formatCount(summary.total, language) })}
          </p>
          {summary.total === 0 ? (
            <p>{t('statistics.noMatch')}</p>
          ) : (
            <StatsCharts summary={summary} language={language} />
          )}
        </>
      )}
    </div>
  );
}
