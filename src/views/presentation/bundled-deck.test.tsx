import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR, readDataDir } from '../../../test/support/read-data-dir';
import { loadDataset } from '../../data/load-dataset';
import { type DeckSlide, planDeck } from '../../domain/deck/plan-deck';
import type { Dataset } from '../../domain/model';
import { messagesFor } from '../../i18n/locale';
import { I18nProvider } from '../../ui/i18n-context';
import { ROWS_PER_SLIDE } from './deck-view';
import { deckChoice } from './presentation-app';
import { SlideContent } from './slide-content';
import { slideTitle } from './slide-title';

let dataset: Dataset;

beforeAll(async () => {
  const loaded = await loadDataset(readDataDir(DATA_DIR));
  if (!loaded.dataset) throw new Error('data/ did not load');
  dataset = loaded.dataset;
});

const deck2022 = () => planDeck(dataset, { year: 2022, rowsPerSlide: ROWS_PER_SLIDE, bestCount: 5 });
const t = messagesFor('vi');

describe('the 2022 deck of the bundled data', () => {
  it('has 15 slides: Kinh tế 12 rows as 6 + 6, Văn hóa – Xã hội 15 as 5 + 5 + 5, Môi trường 6, QP–AN 5', () => {
    const deck = deck2022();
    expect(deck.slides.map((s) => slideTitle(s, 2022, t, 'vi'))).toEqual([
      'Hội nghị tổng kết thực hiện chỉ tiêu kinh tế – xã hội và công tác thi đua, khen thưởng năm 2022',
      'Kết quả thực hiện chỉ tiêu năm 2022',
      'Kinh tế (1/2)',
      'Kinh tế (2/2)',
      'Văn hóa – Xã hội (1/3)',
      'Văn hóa – Xã hội (2/3)',
      'Văn hóa – Xã hội (3/3)',
      'Môi trường',
      'Quốc phòng – An ninh',
      'Các chỉ tiêu chưa đạt kế hoạch',
      'Các chỉ tiêu vượt cao nhất so với kế hoạch',
      'Năm 2022 so với các năm trước',
      'Khen thưởng năm 2022 theo danh hiệu',
      'Khen thưởng năm 2022 theo cụm, khối thi đua',
      'Trân trọng cảm ơn!',
    ]);
    const rows = deck.slides.filter((s) => s.kind === 'group').map((s) => s.rows.length);
    expect(rows).toEqual([6, 6, 5, 5, 5, 6, 5]);
  });

  it('dates the conference 21/02/2023 and shows the report’s 27 vượt, 11 đạt, 0 không đạt as real figures', () => {
    const deck = deck2022();
    expect(deck.conferenceDate).toBe('2023-02-21');
    expect(deck.slides[1]).toMatchObject({ kind: 'glance', total: 38, published: true, isSample: false });
    const html = renderToStaticMarkup(
      <I18nProvider locale="vi">
        <SlideContent
          dataset={dataset}
          deck={deck}
          slide={deck.slides[1] as DeckSlide}
          title=""
          sourceText="Báo cáo"
        />
      </I18nProvider>,
    );
    expect(html).toContain('38 chỉ tiêu');
    expect(html).toMatch(/glance__number">27<.*Vượt/);
    expect(html).toMatch(/glance__number">11<.*Đạt/);
    expect(html).toContain('Số liệu theo báo cáo: Báo cáo');
  });

  it('says every target was met or exceeded, and awards by title are the report’s 30 / 34 / 127 / 13 / 46', () => {
    const deck = deck2022();
    expect(deck.slides.find((s) => s.kind === 'behind')).toMatchObject({
      rows: [],
      noData: 0,
      isSample: false,
    });
    const awards = deck.slides.find((s) => s.kind === 'awardsByTitle');
    expect(awards?.kind === 'awardsByTitle' && awards.counts.map((c) => c.count)).toEqual([
      30, 34, 127, 13, 46,
    ]);
    expect(awards).toMatchObject({ published: true, isSample: false });
  });

  it('marks every indicator slide as sample data (the rows are illustrative)', () => {
    for (const slide of deck2022().slides.filter((s) => s.kind === 'group' || s.kind === 'best'))
      expect(slide.isSample).toBe(true);
  });

  it('falls back to the default year and the whole organisation for an unknown ?nam= or ?don-vi=', () => {
    expect(deckChoice(dataset, new URLSearchParams('nam=1999&don-vi=xa-khong-co'))).toEqual({
      year: 2022,
      unitId: undefined,
    });
    expect(deckChoice(dataset, new URLSearchParams('nam=2021&don-vi=xa-kim-noi'))).toEqual({
      year: 2021,
      unitId: 'xa-kim-noi',
    });
  });
});
