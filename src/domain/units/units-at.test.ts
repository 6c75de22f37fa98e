import { describe, expect, it } from 'vitest';
import { makeUnit } from '../testing/fixtures';
import { unitsAt } from './units-at';

const huyen = makeUnit('huyen', 'Huyện Mù Cang Chải', { validTo: '2025-07-01' });
const thiTran = makeUnit('tt', 'Thị trấn Mù Cang Chải', { validFrom: '1998-01-01', validTo: '2025-07-01' });
const xaMoi = makeUnit('xa-moi', 'Xã Mù Cang Chải', { validFrom: '2025-07-01' });
const units = [huyen, thiTran, xaMoi];

describe('unitsAt(units, isoDate)', () => {
  it('keeps units whose validFrom ≤ date < validTo', () => {
    expect(unitsAt(units, '2022-12-31').map((u) => u.id)).toEqual(['huyen', 'tt']);
    expect(unitsAt(units, '2025-07-01').map((u) => u.id)).toEqual(['xa-moi']);
  });

  it('includes a unit on its first day and excludes it on its validTo day', () => {
    expect(unitsAt(units, '1998-01-01').map((u) => u.id)).toEqual(['huyen', 'tt']);
    expect(unitsAt(units, '1997-12-31').map((u) => u.id)).toEqual(['huyen']);
    expect(unitsAt(units, '2025-06-30').map((u) => u.id)).toEqual(['huyen', 'tt']);
  });

  it('treats missing ends as open', () => {
    expect(unitsAt([makeUnit('a', 'A')], '1900-01-01')).toHaveLength(1);
    expect(unitsAt([makeUnit('a', 'A')], '2999-01-01')).toHaveLength(1);
  });

  it('throws on a malformed date, naming it', () => {
    expect(() => unitsAt(units, '21/02/2023')).toThrow('invalid isoDate: "21/02/2023"');
  });
});
