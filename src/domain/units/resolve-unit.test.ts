import { describe, expect, it } from 'vitest';
import { makeUnit } from '../testing/fixtures';
import { resolveUnit } from './resolve-unit';

const deXu = makeUnit('xa-de-xu-phinh', 'Xã Dế Xu Phình', { aliases: ['Dế Su Phình', 'Zế Su Phình'] });
const caoPha = makeUnit('xa-cao-pha', 'Xã Cao Phạ', { validTo: '2025-07-01' });
const caoPhaMoi = makeUnit('xa-cao-pha-2025', 'Xã Cao Phạ', { validFrom: '2025-07-01' });
const thiTran = makeUnit('tt-mcc', 'Thị trấn Mù Cang Chải');
const units = [deXu, caoPha, caoPhaMoi, thiTran];

describe('resolveUnit(units, nameOrId, options?)', () => {
  it('finds a unit by id', () => {
    expect(resolveUnit(units, 'xa-cao-pha')).toBe(caoPha);
    expect(resolveUnit(units, ' tt-mcc ')).toBe(thiTran);
  });

  it('finds a unit by name or alias, blind to marks and case', () => {
    expect(resolveUnit(units, 'xa de xu phinh')).toBe(deXu);
    expect(resolveUnit(units, 'Dế Su Phình')).toBe(deXu);
    expect(resolveUnit(units, 'ZẾ SU PHÌNH')).toBe(deXu);
  });

  it('ignores a leading type word only when asked to', () => {
    expect(resolveUnit(units, 'Cao Phạ')).toBeUndefined();
    expect(resolveUnit(units, 'Cao Phạ', { typeNames: ['xã', 'thị trấn'] })).toBe(caoPha);
    expect(resolveUnit(units, 'TT Mù Cang Chải', { typeNames: ['xã', 'thị trấn', 'TT'] })).toBe(thiTran);
  });

  it('prefers a unit named exactly over one that matches only without the type word', () => {
    const ttCaoPha = makeUnit('tt-cao-pha', 'Thị trấn Cao Phạ');
    expect(resolveUnit([ttCaoPha, caoPha], 'Xã Cao Phạ', { typeNames: ['xã', 'thị trấn'] })).toBe(caoPha);
  });

  it('picks the unit that existed on the given date', () => {
    expect(resolveUnit(units, 'Xã Cao Phạ')).toBe(caoPha);
    expect(resolveUnit(units, 'Xã Cao Phạ', { at: '2025-07-01' })).toBe(caoPhaMoi);
    expect(resolveUnit(units, 'xa-cao-pha', { at: '2025-07-01' })).toBeUndefined();
  });

  it('is undefined for an unknown or blank name', () => {
    expect(resolveUnit(units, 'Nậm Khắt')).toBeUndefined();
    expect(resolveUnit(units, '  ')).toBeUndefined();
    expect(resolveUnit(units, 'Dế Xu', { typeNames: ['xã'] })).toBeUndefined();
  });
});
