import { t } from '@/lib/i18n';
import type { ChartItem } from './chart-types';
import { ChartTable } from './ChartTable';

interface BarChartProps {
  id: string;
  testId: string;
  title: string;
  columnLabel: string;
  items: readonly ChartItem[];
  rtl: boolean;
  format: (count: number) => string;
  note?: string;
}

// In viewBox units; the SVG scales to the section's width.
const WIDTH = 600;
const ROW = 44;
const LABEL_Y = 16;
const BAR_Y = 23;
const BAR_HEIGHT = 14;
const COUNT_ROOM = 70;

/**
 * Horizontal bars with each label above its bar, so long tactic names never need cutting.
 * Right to left, the bars grow from the right.
 */
export function BarChart({ id, testId, title, columnLabel, items, rtl, format, note }: BarChartProps) {
  const max = Math.max(1, ...items.map((item) => item.count));
  const scale = (WIDTH - COUNT_ROOM) / max;
  const height = items.length * ROW;
  // Mirrors a horizontal position for right-to-left; `start` anchors then follow the text direction.
  const x = (from: number, width = 0) => (rtl ? WIDTH - from - width : from);
  const value = (item: ChartItem) =>
    t('statistics.chart.value', { label: item.label, count: format(item.count) });
  return (
    <figure class="stats-chart" data-testid={testId}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {note && <p class="hint">{note}</p>}
      <svg
        class="stats-svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        direction={rtl ? 'rtl' : 'ltr'}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{items.map(value).join('; ')}</desc>
        {items.map((item, i) => {
          const width = Math.max(item.count * scale, 2);
          const top = i * ROW;
          return (
            <g key={item.key} class="stats-bar" data-key={item.key} data-count={item.count}>
              <title>{value(item)}</title>
              <text class="stats-label" x={x(0)} y={top + LABEL_Y} text-anchor="start">
                {item.label}
              </text>
              <rect x={x(0, width)} y={top + BAR_Y} width={width} height={BAR_HEIGHT} rx={2} />
              <text class="stats-count" x={x(width + 6)} y={top + BAR_Y + BAR_HEIGHT - 2} text-anchor="start">
                {format(item.count)}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable caption={title} columnLabel={columnLabel} items={items} format={format} />
    </figure>
  );
}
