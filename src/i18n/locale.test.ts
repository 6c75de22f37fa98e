import { describe, expect, it } from 'vitest';
import { en } from './en';
import { localeFromSearch, messagesFor } from './locale';
import { vi } from './vi';

describe('localeFromSearch(search)', () => {
  it('reads lang=en, with or without the leading ?, among other parameters', () => {
    expect(localeFromSearch('?lang=en')).toBe('en');
    expect(localeFromSearch('year=2022&lang=EN')).toBe('en');
  });

  it('defaults to Vietnamese for no, unknown or explicit vi lang', () => {
    expect(localeFromSearch('')).toBe('vi');
    expect(localeFromSearch('?lang=fr')).toBe('vi');
    expect(localeFromSearch('?lang=vi')).toBe('vi');
  });
});

describe('messagesFor(locale)', () => {
  it('returns each locale’s messages', () => {
    expect(messagesFor('vi')).toBe(vi);
    expect(messagesFor('en')).toBe(en);
  });
});
