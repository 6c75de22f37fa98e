import type { Cell } from '../issues';
import { foldText } from '../text/fold-text';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const WORDS = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$/;
const SERIAL = /^\d{5}(?:[.,]\d+)?$/;
const DAY_MS = 86_400_000;
/** Excel's day 0 (its 1900 leap-year bug makes day 60 a 29 February that never was; real dates start later). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date as ISO `yyyy-mm-dd` from `2023-02-21`, `21/02/2023` (also `21-02-2023`, `21.02.2023`, one-digit parts),
 * `ngày 21 tháng 02 năm 2023` (any case, with or without diacritics) or an Excel serial day number from 10000 to
 * 99999 (1927–2173; e.g. `44978` → `2023-02-21`; a time part is dropped). Blank or `-` is `undefined`.
 * Impossible dates (`31/02/2023`) are a `badDate`.
 */
export function parseDate(raw: string): Cell<string | undefined> {
  const text = raw.trim();
  if (text === '' || text === '-') return { ok: true, value: undefined };
  let m = ISO.exec(text) ?? undefined;
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(text) ?? undefined;
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  if (SERIAL.test(text)) return { ok: true, value: excelSerialDate(Number(text.replace(',', '.'))) };
  m = WORDS.exec(foldText(text).replace(/,/g, ' ')) ?? undefined;
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return { ok: false, code: 'badDate' };
}

/** The ISO date of an Excel serial day number (1900 date system, serials after 60). */
export function excelSerialDate(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

function isoDate(year: number, month: number, day: number): Cell<string> {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, code: 'badDate' };
  }
  return { ok: true, value: date.toISOString().slice(0, 10) };
}
