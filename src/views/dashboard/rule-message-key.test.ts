import { describe, expect, it } from 'vitest';
import { vi } from '../../i18n/vi';
import { ruleMessageKey } from './rule-message-key';

describe('ruleMessageKey(rule, allowExceed)', () => {
  it('explains a maximum that may be exceeded with a sentence that names Vượt', () => {
    const key = ruleMessageKey('max', true);
    expect(key).toBe('maxExceed');
    expect(vi.rule[key]('≤ 45,00', '43,18', '104,2%', '0,05%')).toContain('là Vượt');
  });
  it('explains a minimum that may be exceeded the same way', () => {
    expect(ruleMessageKey('min', true)).toBe('minExceed');
  });
  it('keeps the plain sentence when the target cannot be exceeded, and for every other rule', () => {
    expect(ruleMessageKey('max', false)).toBe('max');
    expect(vi.rule[ruleMessageKey('max', false)]('≤ 2', '0', '–', '0,05%')).not.toContain('Vượt');
    expect(ruleMessageKey('min', false)).toBe('min');
    expect(ruleMessageKey('higherValue', true)).toBe('higherValue');
  });
});
