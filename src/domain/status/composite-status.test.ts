import { describe, expect, it } from 'vitest';
import { compositeStatus } from './composite-status';

describe('compositeStatus(children)', () => {
  it('is exceeded only when every sub-measure is exceeded', () => {
    expect(compositeStatus(['exceeded', 'exceeded', 'exceeded'])).toBe('exceeded');
    expect(compositeStatus(['exceeded', 'met', 'exceeded'])).toBe('met');
  });

  it('is notMet when any sub-measure is notMet, as Bạch Thông’s road accidents were', () => {
    expect(compositeStatus(['exceeded', 'notMet', 'noData'])).toBe('notMet');
  });

  it('is noData when a sub-measure lacks data and none is notMet', () => {
    expect(compositeStatus(['met', 'noData'])).toBe('noData');
  });

  it('is basicallyMet when the weakest passing sub-measure is basicallyMet', () => {
    expect(compositeStatus(['met', 'basicallyMet'])).toBe('basicallyMet');
  });

  it('is noData without sub-measures', () => {
    expect(compositeStatus([])).toBe('noData');
  });
});
