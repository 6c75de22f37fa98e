import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { AXIS_COLOR, BAR_COLOR } from './chart-colors';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** The bar's colour; a neutral red by default. */
  color?: string;
}

export interface BarListChartProps {
  data: readonly BarDatum[];
  /** The value as text, for the label at the end of each bar and the axis. */
  format: (value: number) => string;
  /** Widest label in pixels (the category axis); long unit names need more. */
  labelWidth?: number;
  /** Upper end of the value axis (e.g. 100 for shares in percent); the data's maximum by default. */
  max?: number;
}

const ROW_HEIGHT = 30;

/**
 * Horizontal bars, one per category, labelled with the category name on the left and the value at the end,
 * so a reader needs neither colour nor the axis to read a figure. No animation (projectors, screenshots).
 */
export function BarListChart(props: BarListChartProps) {
  const { data, format } = props;
  const height = Math.max(ROW_HEIGHT * data.length + 40, 96);
  return (
    <div className="bar-list-chart">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data as BarDatum[]}
          layout="vertical"
          margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
        >
          <CartesianGrid horizontal={false} stroke="#e3e6ea" />
          <XAxis
            type="number"
            domain={[0, props.max ?? 'auto']}
            tickFormatter={(v: number) => format(v)}
            stroke={AXIS_COLOR}
            allowDecimals={false}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={props.labelWidth ?? 140}
            stroke={AXIS_COLOR}
            tick={{ fill: '#1f2328', fontSize: 13 }}
            interval={0}
          />
          <Bar dataKey="value" isAnimationActive={false} maxBarSize={22} minPointSize={2}>
            {data.map((d) => (
              <Cell key={d.key} fill={d.color ?? BAR_COLOR} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              formatter={(v: unknown) => (typeof v === 'number' ? format(v) : '')}
              fill="#1f2328"
              fontSize={13}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
