import type { Cell } from '../issues';
import { foldText } from '../text/fold-text';

const TRUE = new Set(['true', 'x', 'co', 'yes', 'y', '1', 'dung', 'v', '✓', '✔']);
const FALSE = new Set(['false', 'khong', 'no', 'n', '0', 'sai']);

/**
 * A yes/no cell: `true`/`false`, `x`/blank, `có`/`không`, `yes`/`no`, `1`/`0`, any case, with or without diacritics.
 * Blank is `undefined` (the caller decides the default); anything else is a `badBoolean`.
 */
export function parseBoolean(raw: string): Cell<boolean | undefined> {
  const key = foldText(raw);
  if (key === '' || key === '-') return { ok: true, value: undefined };
  if (TRUE.has(key)) return { ok: true, value: true };
  if (FALSE.has(key)) return { ok: true, value: false };
  return { ok: false, code: 'badBoolean' };
}
