import { BarRow } from './bar-row';

export interface GroupedSeries {
  key: string;
  label: string;
  color: string;
}

export interface GroupedBarChartProps {
  /** One object per category (e.g. a year): `category` plus one number per series key. */
  data: readonly Record<string, string | number>[];
  series: readonly GroupedSeries[];
  format: (value: number) => string;
}

const seriesValue = (row: Record<string, string | number>, key: string) => {
  const value = row[key];
  return typeof value === 'number' ? value : 0;
};

/**
 * One block per category (a year, a group of indicators, an award title) with a bar per series, all on one
 * scale. Every bar is named (the series' word, not only its colour), so no legend is needed and the blocks
 * wrap side by side on wide screens and stack on phones.
 */
export function GroupedBarChart(props: GroupedBarChartProps) {
  const { data, series, format } = props;
  const max = Math.max(0, ...data.flatMap((row) => series.map((s) => seriesValue(row, s.key))));
  return (
    <div className="grouped-bars">
      {data.map((row) => (
        <div className="grouped-bars__group" key={String(row.category)}>
          <p className="grouped-bars__category">{row.category}</p>
          <ol className="bar-list bar-list--compact">
            {series.map((s) => (
              <BarRow
                key={s.key}
                label={s.label}
                value={seriesValue(row, s.key)}
                max={max}
                color={s.color}
                format={format}
              />
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
