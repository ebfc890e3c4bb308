import { t } from '@/lib/i18n';
import type { ChartItem } from './chart-types';

interface ChartTableProps {
  caption: string;
  columnLabel: string;
  items: readonly ChartItem[];
  format: (count: number) => string;
}

/** The chart's numbers as a table: exact values for anyone, and what screen readers read best. */
export function ChartTable({ caption, columnLabel, items, format }: ChartTableProps) {
  return (
    <details class="stats-table">
      <summary>{t('statistics.table.show')}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columnLabel}</th>
            <th scope="col">{t('statistics.col.count')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key} data-key={item.key}>
              <th scope="row">{item.label}</th>
              <td>{format(item.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
