import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR, readDataDir } from '../../../test/support/read-data-dir';
import { runImport } from '../../app/import/run-import';
import { loadDataset } from '../../data/load-dataset';
import type { Dataset } from '../../domain/model';
import { I18nProvider } from '../../ui/i18n-context';
import type { ImportOutcome } from './import-outcome';
import { ImportPreview } from './import-preview';
import { ImportRefusal } from './import-refusal';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/import');
const limits = { maxBytes: 20 * 1024 * 1024, timeLimitMs: 60_000 };
let shown: Dataset;

beforeAll(async () => {
  const loaded = await loadDataset(readDataDir(DATA_DIR));
  if (!loaded.dataset) throw new Error('bundled data did not load');
  shown = loaded.dataset;
});

const read = (name: string) =>
  runImport({ name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))), shown });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('ImportPreview', () => {
  it('says what the 2024 file holds and changes, and the printed status the rules disagree with', async () => {
    const outcome = await read('ket-qua-2024.csv');
    const html = renderToStaticMarkup(<ImportPreview outcome={outcome} dataset={shown} />);
    expect(text(html)).toContain('Năm 2024 Số dòng đọc được 6 Số chỉ tiêu 6');
    expect(text(html)).toContain('Thêm 6 kết quả, thay đổi 0, giữ nguyên 0.');
    expect(text(html)).toContain(
      'Tổng sản lượng lương thực có hạt Toàn đơn vị 2024 Mới KH 25.000 – TH 25.800',
    );
    expect(text(html)).toContain(
      'Tỷ lệ hộ nghèo (Toàn đơn vị, 2024): Báo cáo ghi “Đạt”, tính theo quy tắc là “Vượt”.',
    );
  });

  it('speaks English on the English page', async () => {
    const outcome = await read('ket-qua-2024.csv');
    const html = renderToStaticMarkup(
      <I18nProvider locale="en">
        <ImportPreview outcome={outcome} dataset={shown} />
      </I18nProvider>,
    );
    expect(text(html)).toContain('Adds 6 results, changes 0, leaves 0 as they are.');
    expect(text(html)).toContain('Plan 25.000 – actual 25,800');
  });

  it('writes a hostile indicator name as escaped text, never as markup', async () => {
    const outcome = await read('ky-tu-nguy-hiem-2026.csv');
    const html = renderToStaticMarkup(<ImportPreview outcome={outcome} dataset={shown} />);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });
});

describe('ImportRefusal', () => {
  it('names the file, row 9 and column E with its header, and says the data shown has not changed', async () => {
    const outcome: ImportOutcome = await read('ket-qua-loi-2024.csv');
    const html = renderToStaticMarkup(
      <ImportRefusal fileName={outcome.fileName} outcome={outcome} limits={limits} />,
    );
    expect(text(html)).toContain('Không nhập được tệp ket-qua-loi-2024.csv');
    expect(text(html)).toContain('Dữ liệu đang hiển thị không thay đổi.');
    expect(text(html)).toContain(
      'Tệp ket-qua-loi-2024.csv, dòng 9, cột E – Thực hiện năm 2024: không đọc được số thực hiện “ba trăm mười”',
    );
  });

  it('explains a file over the size cap without reading it', () => {
    const html = renderToStaticMarkup(
      <ImportRefusal fileName="lon.xlsx" reason="tooLarge" limits={limits} />,
    );
    expect(text(html)).toContain('Tệp quá lớn; giới hạn là 20 MB.');
  });
});
