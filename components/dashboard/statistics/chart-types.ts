/** One bar of a chart: a stable key (tests and the table use it), its label and its count. */
export interface ChartItem {
  key: string;
  label: string;
  count: number;
}
