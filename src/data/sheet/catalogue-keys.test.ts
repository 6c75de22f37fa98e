import { describe, expect, it } from 'vitest';
import type { AdminUnit } from '../../domain/model';
import { findUnit, unitKeys } from './catalogue-keys';

const unit = (id: string, name: string): AdminUnit => ({
  id,
  name,
  aliases: [],
  type: 'xa',
  successorIds: [],
  isSample: false,
});

describe('unitKeys(units): cached per array', () => {
  it('gives the same keys for the same array, and new ones when the array changed in place', () => {
    const units = [unit('xa-a', 'Xã An Phú')];
    const first = unitKeys(units);
    expect(unitKeys(units)).toBe(first);
    expect(first.keys.get('an phu')).toBe('xa-a');
    expect(findUnit(first, 'Xã An Phú')).toBe('xa-a');
    expect(findUnit(first, 'XA AN PHU')).toBe('xa-a');
    units.push(unit('xa-b', 'Xã Bình Minh'));
    expect(findUnit(unitKeys(units), 'Bình Minh')).toBe('xa-b');
    units[0] = unit('xa-c', 'Xã Cát Tiên');
    expect(findUnit(unitKeys(units), 'Xã An Phú')).toBeUndefined();
    expect(findUnit(unitKeys(units), 'xa-c')).toBe('xa-c');
  });
});
