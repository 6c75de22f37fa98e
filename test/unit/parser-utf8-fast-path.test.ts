import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanUtf8Csv } from '../../src/data/csv/read-utf8-csv';
import { parseDroppedFile } from '../../src/data/parse-dropped-file';
import { parseCsvResults, type ResultsContext, type ResultsParse } from '../../src/data/parse-results';
import { decodeBytes } from '../../src/data/text/decode-bytes';
import { generateClerkCsv } from '../bench/generate-clerk-csv';
import { groups, indicators, units } from '../fixtures/catalogue';
import { clerkCell, communes, longSheet } from '../support/clerk-sheet';

const dataset = { indicators, units: [...units, ...communes], groups };
const encoder = new TextEncoder();

/** What `parseDroppedFile` gave before the UTF-8 fast path: `decodeBytes`, then `parseCsvResults` over the text. */
function generalParse(
  name: string,
  bytes: Uint8Array,
  ctx: ResultsContext = { file: name, ...dataset },
): ResultsParse {
  const decoded = decodeBytes(bytes, name);
  const parsed = parseCsvResults(decoded.text, ctx);
  parsed.issues.unshift(...decoded.issues);
  return parsed;
}

/** Both paths on the bytes; true when the fast path took them. */
async function expectSameParse(name: string, bytes: Uint8Array): Promise<boolean> {
  const fast = scanUtf8Csv(bytes) !== undefined;
  const parsed = await parseDroppedFile(name, bytes, dataset);
  expect(parsed).toStrictEqual(generalParse(name, bytes));
  return fast;
}

const cell = clerkCell('a)', 'Xã Không Có', 'KHÔNG ĐẠT', '"5"', 'Hoa\u0300', 'tÕt', '\u0001');
const edit = (rows: number) =>
  fc.record({ row: fc.integer({ min: 0, max: rows + 1 }), col: fc.nat({ max: 6 }), cell });

function edited(lines: string[], edits: { row: number; col: number; cell: string }[]): string[] {
  const out = [...lines];
  for (const e of edits) {
    const cells = (out[e.row] ?? '').split(';');
    cells[e.col] = e.cell;
    out[e.row] = cells.join(';');
  }
  return out;
}

describe('parseDroppedFile: the UTF-8 fast path gives the general path’s parse', () => {
  it('on every CSV fixture', async () => {
    const dir = join(import.meta.dirname, '..', 'fixtures');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      await expectSameParse(file, new Uint8Array(readFileSync(join(dir, file))));
    }
  });

  it('on clerk sheets with random cells, line breaks and BOM (numRuns: 300)', async () => {
    let fast = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit(40), { maxLength: 6 }),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        async (edits, newline, bom, trailing) => {
          const csv = edited(longSheet(40), edits).join(newline) + (trailing ? newline : '');
          const bytes = encoder.encode(bom ? `\ufeff${csv}` : csv);
          if (await expectSameParse('ket-qua-2022.csv', bytes)) fast++;
        },
      ),
      { numRuns: 300 },
    );
    expect(fast).toBeGreaterThan(100);
  });

  it('on long sheets, streamed past the first 4096 rows (numRuns: 6)', async () => {
    const base = longSheet(4300);
    await fc.assert(
      fc.asyncProperty(fc.array(edit(4300), { maxLength: 8 }), async (edits) => {
        await expectSameParse('dai.csv', encoder.encode(`${edited(base, edits).join('\r\n')}\r\n`));
      }),
      { numRuns: 6 },
    );
  });

  it('on the bench’s generated province sheet', async () => {
    const file = generateClerkCsv(indicators, 3000);
    const bytes = encoder.encode(file.text);
    const parsed = await parseDroppedFile('bench.csv', bytes, {
      indicators,
      units: [...units, ...file.units],
      groups,
    });
    expect(scanUtf8Csv(bytes)).toBeDefined();
    expect(parsed.rows).toHaveLength(3000);
    const ctx: ResultsContext = { file: 'bench.csv', indicators, units: [...units, ...file.units], groups };
    expect(parsed).toStrictEqual(parseCsvResults(decodeBytes(bytes).text, ctx));
  });

  it('on sheets longer than the scan’s check, with a cell far down that the fast path refuses', async () => {
    // The scan checks the first million characters; the splitter checks each distinct cell after them. A cell it
    // refuses there sends the whole file to the general path: the parse is the general path's, not half of each.
    const file = generateClerkCsv(indicators, 15_000);
    const lines = file.text.split('\r\n');
    expect(file.text.length).toBeGreaterThan(1_100_000);
    const catalogue = { indicators, units: [...units, ...file.units], groups };
    const ctx: ResultsContext = { file: 'dai.csv', ...catalogue };
    const far = lines.length - 50;
    for (const bad of ['Tỷ lệ "hộ" nghèo', 'Tỷ lệ hộ nghe\u0300o', 'Tỷ lệ hộ nghèo\u0001', 'tÕt']) {
      const cells = (lines[far] ?? '').split(';');
      cells[1] = bad;
      const text = [...lines.slice(0, far), cells.join(';'), ...lines.slice(far + 1)].join('\r\n');
      const bytes = encoder.encode(text);
      expect(scanUtf8Csv(bytes), bad).toBeDefined();
      const parsed = await parseDroppedFile('dai.csv', bytes, catalogue);
      expect(parsed, bad).toStrictEqual(generalParse('dai.csv', bytes, ctx));
    }
  });
});
