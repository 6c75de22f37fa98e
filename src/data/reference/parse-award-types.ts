import type { AwardCategory, AwardType, RecipientKind } from '../../domain/model';
import type { Parsed } from '../issues';
import { TableReader } from './table-reader';

const SPEC = {
  code: { required: true },
  name_vi: { required: true },
  name_en: {},
  category: { required: true },
  recipient_kind: { required: true },
  order: {},
} as const;

const CATEGORIES = ['danhHieu', 'hinhThuc', 'tuyenDuong'] as const satisfies readonly AwardCategory[];
const RECIPIENTS = [
  'individual',
  'collective',
  'household',
  'village',
] as const satisfies readonly RecipientKind[];

/** award-types.csv → award titles and forms. `order` defaults to the row's position. */
export function parseAwardTypes(rows: string[][], file: string): Parsed<AwardType> {
  const t = new TableReader(rows, file, SPEC);
  const types: AwardType[] = [];
  const seen = new Map<string, number>();
  t.each(() => {
    const code = t.required('code');
    const nameVi = t.required('name_vi');
    const category = t.oneOf('category', CATEGORIES);
    const recipientKind = t.oneOf('recipient_kind', RECIPIENTS);
    const order = t.number('order') ?? types.length + 1;
    if (!t.rowOk || !category || !recipientKind) return;
    if (t.unique('code', seen, code)) {
      types.push({
        code,
        name: { vi: nameVi, en: t.optional('name_en') ?? nameVi },
        category,
        recipientKind,
        order,
      });
    }
  });
  return { rows: types, issues: t.issues };
}
