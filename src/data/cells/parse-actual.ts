import type { Actual } from '../../domain/model';
import type { Cell } from '../issues';
import { foldText } from '../text/fold-text';
import { type NumberLocale, parseViNumber, plainNumberValue } from './parse-vi-number';

const NOT_DONE = /^(?:khong|chua)\s+(?:hoan thanh|dat)(?:\s.*)?$|^(?:no|not done|not met)$/;
const DONE = /^(?:hoan thanh|dat|dat chuan|vuot|co|yes|done|met)(?:\s.*)?$/;
const APPROX_PREFIX = /^(?:khoang|uoc dat|uoc|xap xi|dat|~|≈)\s*/;
const NUMBER_THEN_UNIT = /^(-?[\d.,]+(?:\s*%)?)\s*[^\d]*$/u;

/**
 * An actual cell: a number (`1.234,5`, `98,2%`), done / not done (`hoàn thành`, `đạt`, `vượt` / `không hoàn thành`,
 * `chưa đạt`), or blank / `-` for **no data** (neither `value` nor `done`, never 0). `khoảng 5`, `ước 5`,
 * `đạt 98%` and `5 xã` read as the number. `text` keeps the cell as written. Anything else is a `badActual`.
 */
export function parseActual(raw: string, locale: NumberLocale = 'vi'): Cell<Actual> {
  const text = raw.trim();
  const fast = plainActual(text, locale);
  if (fast !== undefined) return { ok: true, value: fast };
  const plain = parseViNumber(text, locale);
  if (plain.ok)
    return { ok: true, value: plain.value === undefined ? { text } : { value: plain.value, text } };
  if (plain.code === 'ambiguousNumber') return plain;
  const key = foldText(text);
  const number = NUMBER_THEN_UNIT.exec(key.replace(APPROX_PREFIX, ''));
  if (number) {
    const value = parseViNumber(number[1] ?? '', locale);
    if (!value.ok && value.code === 'ambiguousNumber') return value;
    if (value.ok && value.value !== undefined) return { ok: true, value: { value: value.value, text } };
  }
  if (NOT_DONE.test(key)) return { ok: true, value: { done: false, text } };
  if (DONE.test(key)) return { ok: true, value: { done: true, text } };
  return { ok: false, code: 'badActual' };
}

/** The actual of the common cell, digits with one `.` or `,`, as `parseActual` reads it, without a `Cell` (`plainPlan`). */
export function plainActual(raw: string, locale: NumberLocale = 'vi'): Actual | undefined {
  const value = plainNumberValue(raw, locale);
  return typeof value === 'number' ? { value, text: raw } : undefined;
}
