import { foldWords } from '../text/fold-text';

/** The columns of a clerk's results sheet (docs/data-format.md, “Yearly results”). */
export type ResultColumn =
  | 'rowNumber'
  | 'code'
  | 'name'
  | 'unitOfMeasure'
  | 'unit'
  | 'year'
  | 'plan'
  | 'actual'
  | 'percent'
  | 'status'
  | 'estimate'
  | 'asOf'
  | 'baseline'
  | 'source'
  | 'sample'
  | 'notes';

/** Header names by column, folded (no diacritics, lower case, punctuation as spaces), year already removed. */
const EXACT: Record<ResultColumn, readonly string[]> = {
  rowNumber: ['tt', 'stt', 'no', 'so tt', 'so thu tu', '#'],
  code: ['ma', 'ma chi tieu', 'ma so', 'code', 'indicator code'],
  name: [
    'chi tieu',
    'ten chi tieu',
    'noi dung',
    'indicator',
    'cac chi tieu',
    'noi dung chi tieu',
    'chi tieu chu yeu',
    'name',
  ],
  unitOfMeasure: ['don vi tinh', 'dvt', 'unit of measure', 'uom', 'measure'],
  unit: [
    'don vi',
    'xa',
    'thi tran',
    'xa thi tran',
    'dia ban',
    'unit',
    'commune',
    'don vi hanh chinh',
    'xa phuong thi tran',
  ],
  year: ['nam', 'year'],
  plan: [
    'ke hoach',
    'kh',
    'plan',
    'target',
    'chi tieu ke hoach',
    'ke hoach giao',
    'kh giao',
    'muc tieu',
    'chi tieu giao',
  ],
  actual: [
    'thuc hien',
    'th',
    'uoc thuc hien',
    'uoc th',
    'actual',
    'ket qua thuc hien',
    'uoc',
    'thuc hien uoc',
  ],
  percent: [
    '% so kh',
    'ty le %',
    '% of plan',
    'ty le',
    '% kh',
    'th kh %',
    'so sanh %',
    '% so ke hoach',
    'ty le so kh',
    '%',
    'ty le th kh',
    'ty le % so kh',
    'so voi kh %',
    'so sanh th kh %',
    'th kh',
    'th so kh',
    'th so voi kh',
  ],
  status: [
    'danh gia',
    'ket qua',
    'status',
    'xep loai',
    'danh gia ket qua',
    'ket qua danh gia',
    'danh gia muc do',
  ],
  estimate: ['uoc tinh', 'estimate', 'is estimate', 'so uoc'],
  asOf: ['ngay so lieu', 'as of', 'ngay', 'so lieu den ngay'],
  baseline: [
    'thuc hien nam truoc',
    'nam truoc',
    'baseline',
    'cung ky',
    'th nam truoc',
    'thuc hien cung ky',
    'previous year',
  ],
  source: ['nguon', 'source', 'nguon so lieu'],
  sample: ['minh hoa', 'du lieu minh hoa', 'sample', 'is sample'],
  notes: ['ghi chu', 'note', 'notes'],
};

/** Prefixes tried when no exact name matches (“Kế hoạch HĐND giao”, “Thực hiện 6 tháng”), in this order. */
const PREFIXES: readonly [RegExp, ResultColumn][] = [
  [/^(?:thuc hien |th )?(?:nam truoc|cung ky)\b/, 'baseline'],
  [/^(?:ke hoach|kh)\b/, 'plan'],
  [/^(?:uoc )?(?:thuc hien|th)\b/, 'actual'],
  [/^(?:ten )?chi tieu\b/, 'name'],
  [/^danh gia\b/, 'status'],
  [/%|^ty le\b/, 'percent'],
  [/^ghi chu\b/, 'notes'],
];

const EXACT_INDEX = new Map<string, ResultColumn>();
for (const [column, names] of Object.entries(EXACT) as [ResultColumn, readonly string[]][]) {
  for (const name of names) EXACT_INDEX.set(name, column);
}

const YEAR = /(?:^|\s)(?:nam\s+)?((?:19|20)\d\d)(?=\s|$)/;
const NAM_YEAR = /(?:^|\s)nam\s+((?:19|20)\d\d)(?=\s|$)/;

/**
 * The year a header names (`Kế hoạch năm 2024`, `KH 2024`), or with `titleOnly` the year a title names after the
 * word “năm” (`BÁO CÁO … NĂM 2022`, not the date of `ngày 10/12/2022`); else `undefined`.
 */
export function yearIn(text: string, titleOnly = false): number | undefined {
  const m = (titleOnly ? NAM_YEAR : YEAR).exec(foldWords(text));
  return m ? Number(m[1]) : undefined;
}

/**
 * The answers of `resultColumnOf` so far. Why: the header search asks it of every cell of a sheet's first 30 rows,
 * folding each, in every parse (a fifth of a 1 000-row parse); a page parses its sheets against the same names.
 * Cleared when full, so it never holds more than this many texts.
 */
const COLUMN_OF = new Map<string, ResultColumn | null>();
const COLUMN_OF_LIMIT = 4096;

/** What a header cell names, if it is one of the results columns; the year in it does not matter. */
export function resultColumnOf(header: string): ResultColumn | undefined {
  let column = COLUMN_OF.get(header);
  if (column === undefined) {
    column = columnOf(header) ?? null;
    if (COLUMN_OF.size >= COLUMN_OF_LIMIT) COLUMN_OF.clear();
    COLUMN_OF.set(header, column);
  }
  return column ?? undefined;
}

function columnOf(header: string): ResultColumn | undefined {
  const key = foldWords(header).replace(YEAR, ' ').replace(/\s+/g, ' ').trim();
  if (key === '') return undefined;
  const exact = EXACT_INDEX.get(key);
  if (exact !== undefined) return exact;
  for (const [prefix, column] of PREFIXES) if (prefix.test(key)) return column;
  return undefined;
}

/** Header names to suggest when a column is missing. */
export const RESULT_COLUMN_NAMES: Record<'name' | 'plan' | 'actual', string> = {
  name: 'Chỉ tiêu, Tên chỉ tiêu, Nội dung, Indicator',
  plan: 'Kế hoạch, KH, Kế hoạch năm 2022, Plan, Target',
  actual: 'Thực hiện, TH, Ước thực hiện, Ước TH, Actual',
};
