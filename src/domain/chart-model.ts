/** What a chart or table is fed: data to draw, or a plain “nothing for this selection”. */
export type ChartModel<D> = { kind: 'ready'; data: D } | { kind: 'empty' };

/** `empty` for no rows, otherwise `ready` with the rows as given. */
export function toChartModel<D>(data: D[]): ChartModel<D[]> {
  return data.length === 0 ? { kind: 'empty' } : { kind: 'ready', data };
}
