import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { AXIS_COLOR } from './chart-colors';

export interface GroupedSeries {
  key: string;
  label: string;
  color: string;
}

export interface GroupedBarChartProps {
  /** One object per category (e.g. a year): `category` plus one number per series key. */
  data: readonly Record<string, string | number>[];
  series: readonly GroupedSeries[];
  height?: number;
  /** Bars run left to right with the categories down the side: for long category names (award titles). */
  horizontal?: boolean;
}

/** Bars side by side per category (years), with a legend that names every series in words. */
export function GroupedBarChart(props: GroupedBarChartProps) {
  return (
    <div className="grouped-bar-chart">
      <ResponsiveContainer width="100%" height={props.height ?? 260}>
        <BarChart
          data={props.data as Record<string, string | number>[]}
          layout={props.horizontal ? 'vertical' : 'horizontal'}
          margin={{ top: 16, right: props.horizontal ? 40 : 8, bottom: 4, left: 0 }}
        >
          <CartesianGrid vertical={!!props.horizontal} horizontal={!props.horizontal} stroke="#e3e6ea" />
          {props.horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} stroke={AXIS_COLOR} />
              <YAxis
                type="category"
                dataKey="category"
                width={200}
                interval={0}
                stroke={AXIS_COLOR}
                tick={{ fill: '#1f2328', fontSize: 13 }}
              />
            </>
          ) : (
            <>
              <XAxis dataKey="category" stroke={AXIS_COLOR} tick={{ fill: '#1f2328' }} interval={0} />
              <YAxis allowDecimals={false} stroke={AXIS_COLOR} width={40} />
            </>
          )}
          <Legend wrapperStyle={{ color: '#1f2328' }} itemSorter={null} />
          {props.series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              isAnimationActive={false}
              label={{ position: props.horizontal ? 'right' : 'top', fill: '#1f2328', fontSize: 12 }}
              minPointSize={2}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
