// A small readable dataset for tests of evaluateYear and the aggregates. Not part of the public API.
import type { Dataset, IndicatorResult } from '../model';
import { makeCluster, makeDataset, makeIndicator, makeResult, makeUnit, valueRow } from './fixtures';

/** Road accidents (TNGT) held down vs last year, with two sub-measures. */
const decrease = (code: string, year: number, actual: number, baseline?: number): IndicatorResult =>
  makeResult({
    indicatorCode: code,
    year,
    plan: { kind: 'vsBaseline', change: 'decrease' },
    planText: 'giảm so với năm trước',
    actual: { value: actual, text: String(actual) },
    baseline,
  });

/**
 * Catalogue order: XH01 (van-hoa, % lower), KT01 (kinh-te), TNGT (van-hoa, composite of TNGT-VU and TNGT-CHET),
 * KT02 (kinh-te), KT03 (kinh-te, no results). Groups are listed out of order on purpose (kinh-te has order 1).
 *
 * 2021 organisation: KT01 100/100 met, XH01 10/9 exceeded, TNGT-VU 12, TNGT-CHET 5 (actuals only, no plan: noData).
 * 2022 organisation: KT01 100/110 exceeded, KT02 50/50 met, XH01 9/9 met, TNGT-VU 10 (<12 met),
 *                    TNGT-CHET 6 (>5 notMet) → TNGT notMet.
 * 2022 units: xa-a KT01 100/120 exceeded, KT02 50/40 notMet; xa-b KT01 100/100 met, KT02 50/60 exceeded;
 *             xa-c KT01 100/130 exceeded, KT02 50/70 exceeded.
 */
export function sampleDataset(): Dataset {
  return makeDataset({
    indicators: [
      makeIndicator({
        code: 'XH01',
        group: 'van-hoa',
        direction: 'lower',
        valueType: 'percent',
        unit: { vi: '%', en: '%' },
      }),
      makeIndicator({ code: 'KT01' }),
      makeIndicator({ code: 'TNGT', group: 'van-hoa', direction: 'lower', targetKind: 'composite' }),
      makeIndicator({
        code: 'TNGT-VU',
        group: 'van-hoa',
        direction: 'lower',
        targetKind: 'vsBaseline',
        parentCode: 'TNGT',
      }),
      makeIndicator({
        code: 'TNGT-CHET',
        group: 'van-hoa',
        direction: 'lower',
        targetKind: 'vsBaseline',
        parentCode: 'TNGT',
      }),
      makeIndicator({ code: 'KT02' }),
      makeIndicator({ code: 'KT03' }),
    ],
    units: [makeUnit('xa-a', 'Xã Ăn'), makeUnit('xa-b', 'Xã Bắc'), makeUnit('xa-c', 'Xã Chế Tạo')],
    clusters: [makeCluster('cum-1', 2022, ['xa-a', 'xa-b']), makeCluster('cum-2', 2022, ['xa-c'])],
    results: [
      valueRow('KT01', 2021, 100, 100),
      valueRow('XH01', 2021, 10, 9),
      makeResult({ indicatorCode: 'TNGT', year: 2021, planText: '', actual: { text: '' } }),
      makeResult({ indicatorCode: 'TNGT-VU', year: 2021, actual: { value: 12, text: '12' } }),
      makeResult({ indicatorCode: 'TNGT-CHET', year: 2021, actual: { value: 5, text: '5' } }),
      valueRow('KT01', 2022, 100, 110),
      valueRow('KT02', 2022, 50, 50),
      valueRow('XH01', 2022, 9, 9),
      makeResult({ indicatorCode: 'TNGT', year: 2022, planText: 'giảm', actual: { text: '' } }),
      decrease('TNGT-VU', 2022, 10),
      decrease('TNGT-CHET', 2022, 6),
      valueRow('KT01', 2022, 100, 120, 'xa-a'),
      valueRow('KT02', 2022, 50, 40, 'xa-a'),
      valueRow('KT01', 2022, 100, 100, 'xa-b'),
      valueRow('KT02', 2022, 50, 60, 'xa-b'),
      valueRow('KT01', 2022, 100, 130, 'xa-c'),
      valueRow('KT02', 2022, 50, 70, 'xa-c'),
    ],
  });
}
