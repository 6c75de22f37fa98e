import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeResult, makeUnit } from '../../domain/testing/fixtures';
import { DashboardControls } from './dashboard-controls';

/** A data set naming `count` communes, each with one result. */
function communes(count: number) {
  const units = Array.from({ length: count }, (_, i) =>
    makeUnit(`xa-${String(i).padStart(4, '0')}`, `Xã ${String(i).padStart(4, '0')}`),
  );
  return makeDataset({
    units,
    unitTypes: [{ code: 'xa', name: { vi: 'Xã', en: 'Communes' } }],
    results: units.map((u) => makeResult({ unitId: u.id })),
  });
}

const optionsIn = (html: string) => [...html.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);

describe('DashboardControls: the unit choice', () => {
  it('offers every unit in its first render when there are few', () => {
    const html = renderToStaticMarkup(
      <DashboardControls dataset={communes(12)} years={[2022]} year={2022} />,
    );
    expect(optionsIn(html)).toHaveLength(1 + 1 + 12); // the year, the whole organisation, the communes
  });

  it('holds only the chosen unit in its first render when there are a province’s (the rest follow in a transition)', () => {
    const dataset = communes(300);
    const html = renderToStaticMarkup(
      <DashboardControls dataset={dataset} years={[2022]} year={2022} unitId="xa-0250" />,
    );
    expect(optionsIn(html)).toEqual(['2022', '', 'xa-0250']);
    expect(html).toContain('Xã 0250');
    const none = renderToStaticMarkup(<DashboardControls dataset={dataset} years={[2022]} year={2022} />);
    expect(optionsIn(none)).toEqual(['2022', '']);
  });
});
