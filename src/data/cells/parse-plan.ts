import type { Plan } from '../../domain/model';
import type { Cell } from '../issues';
import { foldText } from '../text/fold-text';
import { type NumberLocale, parseViNumber, plainNumberIn, plainNumberValue } from './parse-vi-number';

/** Words and signs, already folded (no diacritics, lower case), that open a plan, longest first where it matters. */
const MIN_PREFIX = /^(?:≥|>=|=>|>|trên|tren|toi thieu|it nhat|khong duoi|khong thap hon|lon hon|tu)\s*/;
const MAX_PREFIX =
  /^(?:≤|<=|=<|<|duoi|khong qua|khong vuot qua|khong vuot|khong cao hon|toi da|nho hon|thap hon)\s*/;
const APPROX_PREFIX = /^(?:khoang|xap xi|~|≈|∼|gan)\s*/;
const MIN_SUFFIX = /\s*(?:tro len|tro len tren)$/;
const MAX_SUFFIX = /\s*(?:tro xuong|tro lai)$/;
const RANGE = /^(-?[\d.,]+)\s*(%?)\s*(?:-|–|—|÷|~|den|toi)\s*(-?[\d.,]+)\s*(%?)$/;
const FROM_TO = /^tu\s+([\d.,]+)\s*%?\s*(?:den|toi|-|–)\s*([\d.,]+)\s*%?$/;
const BOOLEAN =
  /^(?:hoan thanh|dat chuan|dat|dat ke hoach|co|hoan thanh ke hoach|hoan thanh chi tieu)(?:\s.*)?$/;
const BASELINE = /^(giam|tang)(?:\s.*)?(?:so voi|nam truoc|cung ky)/;
const NUMBER_THEN_UNIT = /^(-?[\d.,]+(?:\s*%)?)\s*[^\d]*$/u;

/**
 * A plan cell (docs/data-format.md): `7,5`, `1.234,5`, `105%` → value; `≥ 30`, `>= 30`, `trên 30`,
 * `từ 30 trở lên`, `tối thiểu 30`, `30 trở lên` → min; `≤ 30`, `<= 30`, `dưới 4`, `không quá 4`, `tối đa 4` → max;
 * `6,6-6,8`, `6,6 – 6,8`, `từ 6,6 đến 6,8` → band (ends in order); `khoảng 4` → approx; `hoàn thành`, `đạt chuẩn` →
 * boolean; `giảm/tăng so với năm trước` → vsBaseline. A unit after the number is allowed (`trên 30 xã`).
 * Blank or `-` is `undefined` (no plan). Unreadable → `badPlan` (or `ambiguousNumber` when only the locale is unsure).
 */
export function parsePlan(raw: string, locale: NumberLocale = 'vi'): Cell<Plan | undefined> {
  // Before the number: a cell opening with a space or a sign or letter (code above `9`) is never a plain number.
  const first = raw.charCodeAt(0);
  const signed = first > 57 || first === 32 ? signedPlan(raw, locale) : undefined;
  if (signed !== undefined) return signed;
  const fast = valuePlan(raw.trim(), locale);
  if (fast !== undefined) return { ok: true, value: fast };
  const plain = parseViNumber(raw, locale);
  if (plain.ok)
    return { ok: true, value: plain.value === undefined ? undefined : { kind: 'value', value: plain.value } };
  if (plain.code === 'ambiguousNumber') return plain;
  const text = foldText(raw).replace(/:$/, '').trim();
  if (BOOLEAN.test(text)) return { ok: true, value: { kind: 'boolean' } };
  const baseline = BASELINE.exec(text);
  if (baseline)
    return {
      ok: true,
      value: { kind: 'vsBaseline', change: baseline[1] === 'giam' ? 'decrease' : 'increase' },
    };
  const fromTo = FROM_TO.exec(text) ?? RANGE.exec(text);
  if (fromTo) return band(fromTo[1] ?? '', fromTo[fromTo.length === 5 ? 3 : 2] ?? '', locale);
  let rest = text.replace(MIN_SUFFIX, '');
  if (rest !== text || MIN_PREFIX.test(rest)) {
    return bound('min', rest.replace(MIN_PREFIX, ''), locale);
  }
  rest = text.replace(MAX_SUFFIX, '');
  if (rest !== text || MAX_PREFIX.test(rest)) return bound('max', rest.replace(MAX_PREFIX, ''), locale);
  if (APPROX_PREFIX.test(text)) return bound('approx', text.replace(APPROX_PREFIX, ''), locale);
  return bound('value', text, locale);
}

/**
 * The plan of the common cells, digits with one `.` or `,` (`24.500`, `7,5`) and `signedPlan`'s bounds of such a
 * number (`≥ 30`, `dưới 4`), as `parsePlan` reads them, without a `Cell` around it: one object a row less for the results parser, whose per-row allocations are most of its time
 * (`plainActual` too; 10 000 bench rows, alternated: about 0.5 ms of 16). `undefined` for any other cell.
 */
export function plainPlan(raw: string, locale: NumberLocale = 'vi'): Plan | undefined {
  const first = raw.charCodeAt(0);
  if (first > 57 || first === SPACE) {
    // `≥ 30`, `dưới 4` with a plain number: `signedPlan`'s answer, without its `Cell` and the number's substring.
    const kind = signedShape(raw);
    const value = kind === undefined ? undefined : plainNumberIn(raw, shapeStart, shapeEnd, locale);
    return typeof value === 'number' ? { kind: kind as 'min' | 'max', value } : undefined;
  }
  return valuePlan(raw, locale);
}

/** A plan cell of digits with one `.` or `,`; else `undefined`. */
function valuePlan(raw: string, locale: NumberLocale): Plan | undefined {
  const value = plainNumberValue(raw, locale);
  return typeof value === 'number' ? { kind: 'value', value } : undefined;
}

function bound(
  kind: 'min' | 'max' | 'approx' | 'value',
  text: string,
  locale: NumberLocale,
): Cell<Plan | undefined> {
  const value = leadingNumber(text, locale);
  if (!value.ok) return value;
  return { ok: true, value: { kind, value: value.value } };
}

const GREATER_EQUAL = 0x2265; // ≥
const LESS_EQUAL = 0x2264; // ≤
const SPACE = 32;

/**
 * The common bound as typed (lower case, NFC, plain spaces): `≥ 30`, `>= 30`, `=> 30`, `> 30`, `trên 30` → min;
 * `≤ 4`, `<= 4`, `=< 4`, `< 4`, `dưới 4` → max; the number is digits, `.` and `,`, spaces around are allowed.
 * Read by hand, without folding the cell or a regex (no match array, no captures): it is most of the non-plain plans
 * of a province's sheet. `undefined` for any other shape, which the folded path below reads.
 */
export function signedPlan(raw: string, locale: NumberLocale): Cell<Plan | undefined> | undefined {
  const kind = signedShape(raw);
  return kind === undefined ? undefined : signedBound(kind, raw.slice(shapeStart, shapeEnd), locale);
}

/** Where `signedShape` found the number: `raw.slice(shapeStart, shapeEnd)`. Read at once, before another call. */
let shapeStart = 0;
let shapeEnd = 0;

/** The bound a cell of `signedPlan`'s shape states (its number at `shapeStart`–`shapeEnd`); else `undefined`. */
function signedShape(raw: string): 'min' | 'max' | undefined {
  const length = raw.length;
  let i = 0;
  while (raw.charCodeAt(i) === SPACE) i++;
  const sign = raw.charCodeAt(i);
  const next = raw.charCodeAt(i + 1);
  let kind: 'min' | 'max';
  if (sign === GREATER_EQUAL || sign === LESS_EQUAL) {
    kind = sign === GREATER_EQUAL ? 'min' : 'max';
    i += 1;
  } else if (sign === 62 /* > */ || sign === 60 /* < */) {
    kind = sign === 62 ? 'min' : 'max';
    i += next === 61 /* = */ ? 2 : 1;
  } else if (sign === 61 /* = */ && (next === 62 || next === 60)) {
    kind = next === 62 ? 'min' : 'max';
    i += 2;
  } else if (raw.startsWith('trên', i) || raw.startsWith('dưới', i)) {
    kind = sign === 116 /* t */ ? 'min' : 'max';
    i += 4;
  } else return undefined;
  while (raw.charCodeAt(i) === SPACE) i++;
  const start = i;
  let c = raw.charCodeAt(i);
  while ((c >= 48 && c <= 57) || c === 46 || c === 44) c = raw.charCodeAt(++i);
  const end = i;
  const firstDigit = raw.charCodeAt(start);
  if (end === start || firstDigit < 48 || firstDigit > 57) return undefined;
  while (raw.charCodeAt(i) === SPACE) i++;
  if (i !== length) return undefined;
  shapeStart = start;
  shapeEnd = end;
  return kind;
}

/** `bound` for the number `signedPlan` found (digits, `.` and `,` only: `leadingNumber` would take it whole). */
function signedBound(kind: 'min' | 'max', number: string, locale: NumberLocale): Cell<Plan | undefined> {
  const fast = plainNumberValue(number, locale);
  if (typeof fast === 'number') return { ok: true, value: { kind, value: fast } };
  const value = parseViNumber(number, locale);
  if (!value.ok) return value.code === 'ambiguousNumber' ? value : { ok: false, code: 'badPlan' };
  if (value.value === undefined) return { ok: false, code: 'badPlan' };
  return { ok: true, value: { kind, value: value.value } };
}

function band(a: string, b: string, locale: NumberLocale): Cell<Plan | undefined> {
  const low = parseViNumber(a, locale);
  const high = parseViNumber(b, locale);
  if (!low.ok) return low.code === 'ambiguousNumber' ? low : { ok: false, code: 'badPlan' };
  if (!high.ok) return high.code === 'ambiguousNumber' ? high : { ok: false, code: 'badPlan' };
  if (low.value === undefined || high.value === undefined) return { ok: false, code: 'badPlan' };
  return {
    ok: true,
    value: { kind: 'band', min: Math.min(low.value, high.value), max: Math.max(low.value, high.value) },
  };
}

/** `30`, `30 %`, `30 xã` → 30; no number, or a second number (`30 xã 5 thôn`) → badPlan. */
function leadingNumber(text: string, locale: NumberLocale): Cell<number> {
  const m = NUMBER_THEN_UNIT.exec(text.trim());
  if (!m) return { ok: false, code: 'badPlan' };
  const value = parseViNumber(m[1] ?? '', locale);
  if (!value.ok) return value.code === 'ambiguousNumber' ? value : { ok: false, code: 'badPlan' };
  if (value.value === undefined) return { ok: false, code: 'badPlan' };
  return { ok: true, value: value.value };
}
