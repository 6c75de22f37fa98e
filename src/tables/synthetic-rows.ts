import type { IndicatorRow } from '../domain/table/indicator-rows';

const GROUPS = ['kinh-te', 'van-hoa-xa-hoi', 'moi-truong', 'quoc-phong-an-ninh'];
const STATUSES = ['exceeded', 'met', 'notMet', 'noData'] as const;
const WORDS = ['Tỷ lệ hộ nghèo', 'Diện tích trồng rừng', 'Đường giao thông', 'Số xã đạt chuẩn', 'Ánh sáng'];

/**
 * `n` made-up indicator rows for tests and the bench (not data): names cycle through Vietnamese words with a
 * number, groups and statuses cycle, actuals vary. Deterministic.
 */
export function syntheticRows(n: number): IndicatorRow[] {
  return Array.from({ length: n }, (_, i): IndicatorRow => {
    const plan = 100 + (i % 17);
    const actual = plan * (0.9 + ((i * 7) % 23) / 100);
    return {
      code: `SX${String(i).padStart(5, '0')}`,
      name: { vi: `${WORDS[i % WORDS.length]} ${i}`, en: `Indicator ${i}` },
      groupCode: GROUPS[i % GROUPS.length] ?? 'kinh-te',
      groupOrder: i % GROUPS.length,
      order: i,
      unit: { vi: 'ha', en: 'ha' },
      valueType: 'number',
      decimals: 1,
      plan: { kind: 'value', value: plan },
      planText: String(plan),
      planValue: plan,
      actual,
      actualText: String(actual),
      percentOfPlan: (actual / plan) * 100,
      status: STATUSES[i % STATUSES.length] ?? 'met',
      computedStatus: STATUSES[i % STATUSES.length] ?? 'met',
      mismatch: false,
      rule: 'higherValue',
      isSample: true,
      isEstimate: false,
      trend: [
        { year: 2021, actual: actual * 0.95 },
        { year: 2022, actual },
      ],
      definitionChanged: false,
    };
  });
}
