import type { Status } from '../../domain/model';
import type { Cell } from '../issues';
import { foldWords } from '../text/fold-text';

const NOT_MET = /^(?:khong|chua)\s+(?:dat|hoan thanh)\b|^(?:not met|missed|failed|not achieved|below)\b/;
const BASICALLY_MET = /^co ban\s+(?:dat|hoan thanh)\b|^(?:basically|mostly|nearly) met\b/;
const EXCEEDED = /^vuot\b|^(?:exceeded|exceeds|exceed|above)\b/;
const MET = /^(?:dat|hoan thanh|met|achieved|on target)\b/;
const NO_DATA = /^(?:chua co|khong co)\s+so lieu\b|^(?:no data|n a)$/;

/**
 * A printed status (“Đánh giá”): `Vượt`, `Vượt kế hoạch`, `vượt 4,16%` → exceeded; `Đạt`, `Đạt 100% kế hoạch`,
 * `Hoàn thành` → met; `Không đạt`, `Chưa đạt`, `Không hoàn thành` → notMet; `Cơ bản đạt` → basicallyMet;
 * `Chưa có số liệu` → noData; English too (`Exceeded`, `Met`, `Not met`). Any case, diacritics optional.
 * Blank or `-` is `undefined`; anything else is a `badEnum`.
 */
export function parseStatusLabel(raw: string): Cell<Status | undefined> {
  const key = foldWords(raw);
  if (key === '') return { ok: true, value: undefined };
  if (NO_DATA.test(key)) return { ok: true, value: 'noData' };
  if (NOT_MET.test(key)) return { ok: true, value: 'notMet' };
  if (BASICALLY_MET.test(key)) return { ok: true, value: 'basicallyMet' };
  if (EXCEEDED.test(key)) return { ok: true, value: 'exceeded' };
  if (MET.test(key)) return { ok: true, value: 'met' };
  return { ok: false, code: 'badEnum' };
}
