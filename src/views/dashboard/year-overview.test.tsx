import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../domain/evaluate-year';
import { makeUnit, valueRow } from '../../domain/testing/fixtures';
import { sampleDataset } from '../../domain/testing/sample-dataset';
import { YearOverview } from './year-overview';

const render = (dataset: ReturnType<typeof sampleDataset>, year: number) =>
  renderToStaticMarkup(
    <YearOverview dataset={dataset} year={year} evaluated={evaluateYear(dataset, year)} failChart={false} />,
  );

describe('YearOverview of a year with no figures for the organisation', () => {
  it('says how many units have figures that year and links to where they are shown', () => {
    const base = sampleDataset();
    const communes = Array.from({ length: 1200 }, (_, i) => makeUnit(`xa-${i}`, `Xã ${i}`));
    const dataset = {
      ...base,
      units: [...base.units, ...communes],
      results: [...base.results, ...communes.map((u) => valueRow('KT01', 2024, 100, 110, u.id))],
    };
    const html = render(dataset, 2024);
    expect(html).toContain('Năm này chưa có số liệu của toàn đơn vị, chỉ có số liệu của 1.200 đơn vị.');
    expect(html).toContain('<a href="#don-vi">Đơn vị và cụm thi đua</a>');
  });

  it('says only that there is no data when no unit has any either', () => {
    const html = render(sampleDataset(), 2030);
    expect(html).toContain('Chưa có số liệu cho năm này.');
    expect(html).not.toContain('#don-vi');
  });
});
