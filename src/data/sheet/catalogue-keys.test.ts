import { describe, expect, it } from 'vitest';
import type { AdminUnit } from '../../domain/model';
import { unitKeys } from './catalogue-keys';

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
    expect(first.get('an phu')).toBe('xa-a');
    units.push(unit('xa-b', 'Xã Bình Minh'));
    expect(unitKeys(units).get('binh minh')).toBe('xa-b');
    units[0] = unit('xa-c', 'Xã Cát Tiên');
    expect(unitKeys(units).get('an phu')).toBeUndefined();
    expect(unitKeys(units).get('cat tien')).toBe('xa-c');
  });
});
