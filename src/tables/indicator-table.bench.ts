// Sort and filter 2,000 rows through the dashboard table's own model (its features, columns and filter), in
// Node: `npx vitest bench --run --project unit src/tables/indicator-table.bench.ts`. Figures, never asserted.
import { constructTable } from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { bench, describe } from 'vitest';
import { indicatorColumns, indicatorTableFeatures } from './indicator-columns';
import { syntheticRows } from './synthetic-rows';

const data = syntheticRows(2_000);
const features = { ...indicatorTableFeatures, coreReactivityFeature: storeReactivityBindings() };
type Api = {
  setColumnFilters: (f: { id: string; value: unknown }[]) => void;
  setSorting: (s: { id: string; desc: boolean }[]) => void;
  getRowModel: () => { rows: unknown[] };
};
const table = constructTable({
  features,
  columns: indicatorColumns('vi'),
  data,
  getRowId: (row: { code: string }) => row.code,
} as unknown as Parameters<typeof constructTable>[0]) as unknown as Api;
table.getRowModel();

let flip = false;
describe('indicator table model, 2,000 rows', () => {
  bench('filter: status + diacritics-blind search (“ty le”)', () => {
    flip = !flip;
    table.setColumnFilters([
      { id: 'name', value: flip ? { statuses: ['met', 'exceeded'], search: 'ty le' } : { search: 'duong' } },
    ]);
    table.getRowModel();
  });
  bench('sort by name (Vietnamese collation), alternating direction', () => {
    flip = !flip;
    table.setColumnFilters([]);
    table.setSorting([{ id: 'name', desc: flip }]);
    table.getRowModel();
  });
  bench('sort by % of plan, alternating direction', () => {
    flip = !flip;
    table.setSorting([{ id: 'performance', desc: flip }]);
    table.getRowModel();
  });
});
