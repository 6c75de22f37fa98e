import type { TrendPoint } from '../domain/table/indicator-rows';
import { trendDirection } from '../domain/table/trend-direction';
import { useMessages } from '../ui/i18n-context';

const WIDTH = 48;
const HEIGHT = 16;

/**
 * A few years' actuals as a tiny line (decoration, hidden from screen readers) and a word that says the
 * direction (“Tăng”, “Giảm”, “Không đổi”), so the trend never rests on the picture alone. Plain SVG: cheap
 * enough for 2,000 rows.
 */
export function TrendSpark(props: { trend: readonly TrendPoint[] }) {
  const t = useMessages();
  const direction = trendDirection(props.trend);
  const points = props.trend.flatMap((p, i) => (p.actual === undefined ? [] : [{ i, v: p.actual }]));
  const values = points.map((p) => p.v);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = props.trend.length - 1 || 1;
  const y = (v: number) => (max === min ? HEIGHT / 2 : HEIGHT - 2 - ((v - min) / (max - min)) * (HEIGHT - 4));
  const path = points
    .map((p) => `${((p.i / span) * (WIDTH - 4) + 2).toFixed(1)},${y(p.v).toFixed(1)}`)
    .join(' ');
  return (
    <span className={`trend trend--${direction ?? 'none'}`}>
      {points.length >= 2 && (
        <svg
          className="trend__spark"
          width={WIDTH}
          height={HEIGHT}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          aria-hidden="true"
          focusable="false"
        >
          <polyline points={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      )}
      <span className="trend__word">{direction === undefined ? '–' : t.trend[direction]}</span>
    </span>
  );
}
