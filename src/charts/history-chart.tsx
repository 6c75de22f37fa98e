import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { AXIS_COLOR, BAR_COLOR, PLAN_COLOR } from './chart-colors';

export interface HistoryDatum {
  year: string;
  plan?: number;
  actual?: number;
}

/** Actual per year as bars and the plan as a dashed line with dots, named in the legend. */
export function HistoryChart(props: {
  data: readonly HistoryDatum[];
  planLabel: string;
  actualLabel: string;
  format: (value: number) => string;
}) {
  return (
    <div className="history-chart">
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={props.data as HistoryDatum[]} margin={{ top: 16, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e3e6ea" />
          <XAxis dataKey="year" stroke={AXIS_COLOR} tick={{ fill: '#1f2328' }} />
          <YAxis stroke={AXIS_COLOR} width={56} tickFormatter={(v: number) => props.format(v)} />
          <Legend itemSorter={null} />
          <Bar
            dataKey="actual"
            name={props.actualLabel}
            fill={BAR_COLOR}
            isAnimationActive={false}
            maxBarSize={48}
          />
          <Line
            dataKey="plan"
            name={props.planLabel}
            stroke={PLAN_COLOR}
            strokeDasharray="5 4"
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
            connectNulls
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
