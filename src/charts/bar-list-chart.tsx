import { BarRow } from './bar-row';
import { BAR_COLOR } from './chart-colors';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** The bar's colour; a neutral red by default. */
  color?: string;
}

export interface BarListChartProps {
  data: readonly BarDatum[];
  /** The value as text, at the end of each bar. */
  format: (value: number) => string;
  /** Upper end of the scale (e.g. 100 for shares in percent); the data's maximum by default. */
  max?: number;
}

/**
 * Horizontal bars, one per category, each with its name and its value in words, so a reader needs neither
 * colour nor an axis to read a figure; long names wrap instead of being cut. No animation.
 */
export function BarListChart(props: BarListChartProps) {
  const { data, format } = props;
  const max = props.max ?? Math.max(0, ...data.map((d) => d.value));
  return (
    <ol className="bar-list">
      {data.map((d) => (
        <BarRow
          key={d.key}
          label={d.label}
          value={d.value}
          max={max}
          color={d.color ?? BAR_COLOR}
          format={format}
        />
      ))}
    </ol>
  );
}
