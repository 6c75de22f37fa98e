import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarListChart } from './bar-list-chart';
import { barShare } from './bar-row';
import { GroupedBarChart } from './grouped-bar-chart';

const fmt = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
const widths = (html: string) => [...html.matchAll(/<rect [^>]*width="([^"]+)"/g)].map((m) => m[1]);

describe('barShare(value, max)', () => {
  it('is the value’s share of the scale in percent, a thin bar for a small value, none for zero', () => {
    expect(barShare(50, 200)).toBe(25);
    expect(barShare(200, 200)).toBe(100);
    expect(barShare(300, 200)).toBe(100);
    expect(barShare(0.001, 200)).toBeCloseTo(0.6);
    expect(barShare(0, 200)).toBe(0);
    expect(barShare(5, 0)).toBe(0);
    expect(barShare(Number.NaN, 10)).toBe(0);
  });
});

describe('BarListChart', () => {
  it('names every bar and writes its value in the locale, bars scaled to the largest', () => {
    const html = renderToStaticMarkup(
      <BarListChart
        data={[
          { key: 'a', label: 'Thị trấn Mù Cang Chải', value: 1234 },
          { key: 'b', label: 'Xã Cao Phạ', value: 617, color: '#1d4ed8' },
          { key: 'c', label: 'Xã Nậm Có', value: 0 },
        ]}
        format={fmt}
      />,
    );
    expect(html).toContain('Thị trấn Mù Cang Chải');
    expect(html).toContain('1.234');
    expect(html).toContain('617');
    expect(widths(html)).toEqual(['100%', '50%']);
    expect(html).toContain('fill="#1d4ed8"');
    expect((html.match(/<li /g) ?? []).length).toBe(3);
  });

  it('uses a given scale (shares in percent)', () => {
    const html = renderToStaticMarkup(
      <BarListChart data={[{ key: 'a', label: 'A', value: 40 }]} format={fmt} max={100} />,
    );
    expect(widths(html)).toEqual(['40%']);
  });

  it('renders data as text, never as markup', () => {
    const html = renderToStaticMarkup(
      <BarListChart data={[{ key: 'x', label: '<img src=x onerror=alert(1)>', value: 1 }]} format={fmt} />,
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});

describe('GroupedBarChart', () => {
  it('gives each category a block with one named bar per series, all on one scale', () => {
    const html = renderToStaticMarkup(
      <GroupedBarChart
        data={[
          { category: '2021', exceeded: 20, met: 10 },
          { category: '2022', exceeded: 27, met: 11 },
        ]}
        series={[
          { key: 'exceeded', label: 'Vượt', color: '#1a6b2f' },
          { key: 'met', label: 'Đạt', color: '#1d4ed8' },
        ]}
        format={fmt}
      />,
    );
    expect((html.match(/grouped-bars__category/g) ?? []).length).toBe(2);
    expect((html.match(/>Vượt</g) ?? []).length).toBe(2);
    expect(
      widths(html)
        .map((w) => Number.parseFloat(w ?? ''))
        .map(Math.round),
    ).toEqual([74, 37, 100, 41]);
  });
});
