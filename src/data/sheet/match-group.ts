import type { IndicatorGroup } from '../../domain/model';
import { foldWords } from '../text/fold-text';

const SECTION_NOISE = /^(?:linh vuc|cac chi tieu(?: ve)?|chi tieu(?: ve)?|nhom chi tieu|ve)\s+/;

/**
 * The dataset group a section title names (`KINH TẾ`, `VĂN HÓA - XÃ HỘI`, `LĨNH VỰC QUỐC PHÒNG – AN NINH`,
 * `QP-AN`): by group name (vi or en) or code, case- and diacritics-blind, whole title, then one containing the
 * other, then initials (`qpan`). Undefined when none fits.
 */
export function matchGroup(title: string, groups: readonly IndicatorGroup[]): string | undefined {
  const key = foldWords(title).replace(SECTION_NOISE, '');
  if (key === '') return undefined;
  const keyed = groups.map((group) => ({
    code: group.code,
    keys: [group.name.vi, group.name.en, group.code.replace(/[-_]/g, ' ')]
      .map(foldWords)
      .filter((k) => k.length >= 2),
  }));
  for (const group of keyed) if (group.keys.includes(key)) return group.code;
  for (const group of keyed) {
    if (group.keys.some((k) => k.length >= 4 && key.length >= 4 && (key.includes(k) || k.includes(key))))
      return group.code;
  }
  const compact = key.replace(/ /g, '');
  for (const group of keyed) {
    if (
      group.keys.some(
        (k) =>
          k
            .split(' ')
            .map((w) => w[0] ?? '')
            .join('') === compact,
      )
    )
      return group.code;
  }
  return undefined;
}
