import type { UiLanguage } from '@/lib/i18n';
import { directionOf, t } from '@/lib/i18n';
import { continuousWeeks, type StatsSummary } from '@/lib/stats';
import { BarChart } from './BarChart';
import type { ChartItem } from './chart-types';
import { channelLabel, formatCount, languageLabel, tacticLabel, weekLabel } from './labels';
import { WeekChart } from './WeekChart';

/** A year of weeks fits the chart's width; older weeks stay in the table. */
const MAX_WEEKS = 52;

/** The four charts of a summary, labelled in the interface language. */
export function StatsCharts({ summary, language }: { summary: StatsSummary; language: UiLanguage }) {
  const rtl = directionOf(language) === 'rtl';
  const format = (count: number) => formatCount(count, language);
  const tactics: ChartItem[] = summary.byTactic.map((c) => ({ ...c, label: tacticLabel(c.key) }));
  if (summary.noTactic > 0)
    tactics.push({ key: 'no-tactic', label: t('statistics.noTactic'), count: summary.noTactic });
  const week = (c: { key: string; count: number }) => ({
    ...c,
    label: t('statistics.week', { date: weekLabel(c.key, language) }),
  });
  const { weeks, truncated } = continuousWeeks(summary.byWeek, MAX_WEEKS);
  const weekRows = summary.byWeek.map(week);
  if (summary.undated > 0)
    weekRows.push({ key: 'undated', label: t('statistics.undated'), count: summary.undated });
  return (
    <div class="stats-charts">
      <BarChart
        id="stats-tactic"
        testId="stats-by-tactic"
        title={t('statistics.byTactic')}
        columnLabel={t('statistics.col.tactic')}
        items={tactics}
        rtl={rtl}
        format={format}
        note={t('statistics.tacticNote')}
      />
      <WeekChart
        id="stats-week"
        title={t('statistics.byWeek')}
        weeks={weeks.map(week)}
        axisLabel={(key) => weekLabel(key, language, 'short')}
        tableItems={weekRows}
        rtl={rtl}
        format={format}
        note={truncated ? t('statistics.weekNoteTruncated', { count: MAX_WEEKS }) : t('statistics.weekNote')}
      />
      <BarChart
        id="stats-channel"
        testId="stats-by-channel"
        title={t('statistics.byChannel')}
        columnLabel={t('statistics.col.channel')}
        items={summary.byChannel.map((c) => ({ ...c, label: channelLabel(c.key) }))}
        rtl={rtl}
        format={format}
      />
      <BarChart
        id="stats-language"
        testId="stats-by-language"
        title={t('statistics.byLanguage')}
        columnLabel={t('statistics.col.language')}
        items={summary.byLanguage.map((c) => ({ ...c, label: languageLabel(c.key, language) }))}
        rtl={rtl}
        format={format}
      />
    </div>
  );
}
