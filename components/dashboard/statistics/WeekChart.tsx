import { t } from '@/lib/i18n';
import type { ChartItem } from './chart-types';
import { ChartTable } from './ChartTable';

interface WeekChartProps {
  id: string;
  title: string;
  /** Every week in order, empty ones included (see lib/stats continuousWeeks). */
  weeks: readonly ChartItem[];
  /** Short date labels for the axis, by week key. */
  axisLabel: (key: string) => string;
  /** For the table: only weeks with something in them, plus any extra row (undated). */
  tableItems: readonly ChartItem[];
  rtl: boolean;
  format: (count: number) => string;
  note?: string;
}

const WIDTH = 600;
const TOP = 24;
const BOTTOM = 170;
const HEIGHT = 196;
const MAX_TICKS = 6;
// Room at both ends for the first and last date labels, which are centred on their columns.
const PAD = 28;

/** Columns per week, oldest first (from the right when the page reads right to left). */
export function WeekChart({ id, title, weeks, axisLabel, tableItems, rtl, format, note }: WeekChartProps) {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const slot = (WIDTH - 2 * PAD) / Math.max(weeks.length, 1);
  const barWidth = Math.max(slot * 0.7, 1);
  const every = Math.ceil(weeks.length / MAX_TICKS);
  const x = (from: number, width = 0) => (rtl ? WIDTH - from - width : from);
  const value = (item: ChartItem) =>
    t('statistics.chart.value', { label: item.label, count: format(item.count) });
  const height = (count: number) => ((BOTTOM - TOP) * count) / max;
  return (
    <figure class="stats-chart" data-testid="stats-by-week">
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {note && <p class="hint">{note}</p>}
      <svg
        class="stats-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        direction={rtl ? 'rtl' : 'ltr'}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{tableItems.map(value).join('; ')}</desc>
        <line class="stats-grid" x1={0} x2={WIDTH} y1={TOP} y2={TOP} />
        <text class="stats-count" x={x(0)} y={TOP - 8} text-anchor="start">
          {format(max)}
        </text>
        <line class="stats-axis" x1={0} x2={WIDTH} y1={BOTTOM} y2={BOTTOM} />
        {weeks.map((week, i) => {
          const h = height(week.count);
          const left = PAD + i * slot + (slot - barWidth) / 2;
          return (
            <g key={week.key} class="stats-bar" data-key={week.key} data-count={week.count}>
              <title>{value(week)}</title>
              {week.count > 0 && <rect x={x(left, barWidth)} y={BOTTOM - h} width={barWidth} height={h} />}
              {i % every === 0 && (
                <text class="stats-tick" x={x(left + barWidth / 2)} y={HEIGHT - 6} text-anchor="middle">
                  {axisLabel(week.key)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ChartTable caption={title} columnLabel={t('statistics.col.week')} items={tableItems} format={format} />
    </figure>
  );
}
