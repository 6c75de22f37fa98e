import { formatCount } from './format-count';

/**
 * Vietnamese messages: the source language. `en.ts` is typed against this shape, so a key missing there
 * does not compile, and `i18n.test.ts` checks both have the same keys and no empty strings.
 *
 * Parameterised messages are functions that receive values already formatted for the locale
 * (`formatNumber`, `formatDate` in `format.ts`) unless the parameter is typed `number`; the whole
 * sentence lives here, so word order and plurals stay the translator's business. A `number` that is a count which
 * may pass a thousand is grouped here (`n(count)`: `100.000`); a year is printed as it is.
 *
 * Names of the organisation, units, groups, indicators and award titles are data, never messages.
 */
const n = (count: number) => formatCount(count, 'vi-VN');

export const vi = {
  app: {
    title: 'Chỉ tiêu kinh tế – xã hội và thi đua, khen thưởng',
    /** Appended to the page title in `<title>`: “Bảng điều hành – Chỉ tiêu…”. */
    documentTitle: (page: string, organisation: string) =>
      `${page} – Chỉ tiêu kinh tế – xã hội và thi đua, khen thưởng – ${organisation}`,
  },
  page: {
    dashboard: 'Bảng điều hành',
    presentation: 'Trình chiếu',
    public: 'Công khai',
  },
  nav: {
    label: 'Các trang',
  },
  skipLink: 'Bỏ qua, đến nội dung chính',
  lang: {
    /** The language switch shows the other language in its own name. */
    switchTo: 'English',
    own: 'Tiếng Việt',
  },
  status: {
    exceeded: 'Vượt',
    met: 'Đạt',
    basicallyMet: 'Cơ bản đạt',
    notMet: 'Không đạt',
    noData: 'Chưa có số liệu',
    legend: 'Chú giải đánh giá',
    /** `reported`, `computed`: status words. */
    mismatch: (reported: string, computed: string) =>
      `Báo cáo ghi “${reported}”, tính theo quy tắc là “${computed}”.`,
    mismatchShort: 'Khác báo cáo',
    reported: 'Theo báo cáo',
    computed: 'Theo quy tắc',
  },
  sample: {
    badge: 'Dữ liệu minh họa',
    explanation:
      'Số liệu này do nhóm phát triển tự đặt ra để minh họa cách trình bày, không phải số liệu chính thức.',
  },
  source: {
    label: 'Nguồn',
    /** `date`: a formatted date, or undefined when the source has none. */
    cite: (title: string, publisher: string, date?: string) =>
      date === undefined ? `Nguồn: ${title}, ${publisher}` : `Nguồn: ${title}, ${publisher}, ${date}`,
    original: 'Xem bản gốc',
    none: 'Chưa ghi nguồn',
  },
  data: {
    /** `date`: a formatted date. */
    updated: (date: string) => `Dữ liệu cập nhật ngày ${date}`,
    asOf: (date: string) => `Số liệu tính đến ngày ${date}`,
    estimate: 'Ước thực hiện',
    estimateNote: 'Số ước thực hiện, có thể được điều chỉnh khi có số liệu chính thức.',
    wholeOrganisation: 'Toàn đơn vị',
    definitionChanged: 'Cách tính chỉ tiêu đã thay đổi so với năm trước',
  },
  filter: {
    label: 'Bộ lọc',
    year: 'Năm',
    unit: 'Đơn vị',
    group: 'Nhóm chỉ tiêu',
    status: 'Đánh giá',
    search: 'Tìm chỉ tiêu',
    searchPlaceholder: 'Nhập tên chỉ tiêu',
    all: 'Tất cả',
    reset: 'Xóa bộ lọc',
    /** `shown`, `total`: counts. */
    resultCount: (shown: number, total: number) => `Đang hiện ${n(shown)} trong ${n(total)} chỉ tiêu`,
  },
  summary: {
    /** “Năm 2022: 38 chỉ tiêu, 27 vượt, 11 đạt, 0 không đạt” */
    headline: (year: number, total: number, exceeded: number, met: number, notMet: number) =>
      `Năm ${year}: ${total} chỉ tiêu, ${exceeded} vượt, ${met} đạt, ${notMet} không đạt`,
    /** “Năm 2022, 27 trong 38 chỉ tiêu vượt kế hoạch” */
    sentence: (year: number, exceeded: number, total: number) =>
      `Năm ${year}, ${exceeded} trong ${total} chỉ tiêu vượt kế hoạch`,
    /** Used when the computed counts differ from the published ones. */
    differsFromPublished: 'Số đếm theo quy tắc khác với số đã công bố trong báo cáo.',
    published: 'Theo báo cáo đã công bố',
  },
  /**
   * How a status was worked out, one function per rule code, in plain words.
   * Arguments are formatted text: plan as written, actual, percent of plan (“105,3%”, or “–”), tolerance (“0,05%”).
   */
  rule: {
    higherValue: (plan: string, actual: string, percent: string, tolerance: string) =>
      `Chỉ tiêu càng cao càng tốt. Thực hiện ${actual} so với kế hoạch ${plan}, bằng ${percent} kế hoạch. Chênh lệch không quá ${tolerance} được tính là Đạt; cao hơn là Vượt, thấp hơn là Không đạt.`,
    lowerValue: (plan: string, actual: string, percent: string, tolerance: string) =>
      `Chỉ tiêu càng thấp càng tốt. Thực hiện ${actual} so với kế hoạch ${plan}; kế hoạch chia thực hiện bằng ${percent}. Chênh lệch không quá ${tolerance} được tính là Đạt; thấp hơn kế hoạch là Vượt, cao hơn là Không đạt.`,
    min: (plan: string, actual: string, _percent: string, _tolerance: string) =>
      `Kế hoạch là mức tối thiểu ${plan}. Thực hiện ${actual}: từ mức này trở lên là Đạt, thấp hơn là Không đạt.`,
    max: (plan: string, actual: string, _percent: string, _tolerance: string) =>
      `Kế hoạch là mức tối đa ${plan}. Thực hiện ${actual}: không vượt quá mức này là Đạt, cao hơn là Không đạt.`,
    minExceed: (plan: string, actual: string, percent: string, tolerance: string) =>
      `Kế hoạch là mức tối thiểu ${plan}. Thực hiện ${actual}, bằng ${percent} kế hoạch: cao hơn mức này quá ${tolerance} là Vượt, từ mức này trở lên là Đạt, thấp hơn là Không đạt.`,
    maxExceed: (plan: string, actual: string, percent: string, tolerance: string) =>
      `Kế hoạch là mức tối đa ${plan}; chỉ tiêu càng thấp càng tốt. Thực hiện ${actual}; kế hoạch chia thực hiện bằng ${percent}: thấp hơn mức này quá ${tolerance} là Vượt, không vượt quá mức này là Đạt, cao hơn là Không đạt.`,
    band: (plan: string, actual: string, _percent: string, _tolerance: string) =>
      `Kế hoạch là khoảng ${plan}. Thực hiện ${actual}: nằm trong khoảng là Đạt, ra ngoài về phía có lợi là Vượt, về phía bất lợi là Không đạt.`,
    approx: (plan: string, actual: string, _percent: string, tolerance: string) =>
      `Kế hoạch ghi “khoảng ${plan}”, được hiểu là sai lệch không quá ${tolerance}. Thực hiện ${actual}: trong phạm vi này là Đạt, ra ngoài về phía có lợi là Vượt, về phía bất lợi là Không đạt.`,
    boolean: (plan: string, actual: string, _percent: string, _tolerance: string) =>
      `Chỉ tiêu chỉ có hai kết quả, hoàn thành hoặc không. Kế hoạch “${plan}”, kết quả “${actual}”.`,
    vsBaseline: (plan: string, actual: string, percent: string, _tolerance: string) =>
      `Chỉ tiêu so với năm trước: kế hoạch “${plan}”. Thực hiện ${actual}, bằng ${percent} so với năm trước.`,
    composite: (plan: string, actual: string, _percent: string, _tolerance: string) =>
      `Chỉ tiêu gồm nhiều chỉ tiêu thành phần (kế hoạch “${plan}”, thực hiện “${actual}”); chỉ Đạt khi mọi thành phần đều đạt.`,
    noPlan: (_plan: string, actual: string, _percent: string, _tolerance: string) =>
      `Chưa có kế hoạch nên chưa đánh giá được. Thực hiện ${actual}.`,
    noActual: (plan: string, _actual: string, _percent: string, _tolerance: string) =>
      `Chưa có số liệu thực hiện nên chưa đánh giá được. Kế hoạch ${plan}.`,
  },
  chart: {
    failed: 'Không vẽ được biểu đồ này.',
    empty: 'Không có số liệu cho lựa chọn này.',
    pending: 'Đang tính…',
    showTable: 'Xem dạng bảng',
    /** Counts already formatted. */
    tablePartial: (shown: string, total: string) => `Đang hiện ${shown} trong ${total} dòng.`,
    tableShowAll: (total: string) => `Hiện tất cả ${total} dòng`,
  },
  trend: {
    up: 'Tăng',
    down: 'Giảm',
    flat: 'Không đổi',
    none: 'Chưa đủ số liệu để so sánh',
    /** `years`: e.g. “2020–2022”. */
    label: (years: string) => `Xu hướng ${years}`,
  },
  column: {
    index: 'TT',
    indicator: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    plan: 'Kế hoạch',
    actual: 'Thực hiện',
    percentOfPlan: '% so kế hoạch',
    status: 'Đánh giá',
    trend: 'Xu hướng',
    adminUnit: 'Đơn vị',
    year: 'Năm',
    group: 'Nhóm',
    note: 'Ghi chú',
  },
  export: {
    label: 'Tải về',
    table: 'Tải bảng',
    csv: 'Tải CSV',
    xlsx: 'Tải Excel (XLSX)',
    print: 'In trang',
    /** `name`: what is downloaded, e.g. a table title. */
    done: (name: string) => `Đã tạo tệp ${name}.`,
    failed: 'Không tạo được tệp tải về.',
  },
  import: {
    title: 'Nhập dữ liệu',
    chooseFile: 'Chọn tệp',
    dropHint: 'Kéo thả tệp CSV hoặc Excel vào đây, hoặc chọn tệp.',
    apply: 'Áp dụng',
    cancel: 'Hủy',
    localBanner: 'Dữ liệu cục bộ, chưa công bố',
    localExplanation: 'Dữ liệu này chỉ có trên máy này; người khác vẫn thấy dữ liệu đã công bố.',
    backToPublished: 'Trở về dữ liệu đã công bố',
    /** `rows`, `issues`: counts. */
    preview: (rows: number, issues: number) =>
      `Đọc được ${n(rows)} dòng, có ${n(issues)} vấn đề cần xem lại.`,
  },
  load: {
    loading: 'Đang tải dữ liệu…',
    failed: 'Không tải được dữ liệu. Vui lòng kiểm tra kết nối rồi tải lại trang.',
    /** `date`: formatted date of the data still shown. */
    keptLastGood: (date: string) =>
      `Không tải được dữ liệu mới; đang hiển thị dữ liệu cập nhật ngày ${date}.`,
    keptLastGoodUndated: 'Không tải được dữ liệu mới; đang hiển thị dữ liệu đã tải trước đó.',
    retry: 'Thử lại',
    /** `count`: number of data issues found. */
    issues: (count: number) => `Có ${n(count)} vấn đề trong tệp dữ liệu.`,
  },
  error: {
    section: 'Phần này gặp lỗi và không hiển thị được. Các phần khác vẫn dùng bình thường.',
    reload: 'Tải lại trang',
  },
  format: {
    /** `signed`: a signed, formatted number of percentage points (“+1,2”). */
    points: (signed: string) => `${signed} điểm %`,
  },
  footer: {
    disclaimer:
      'Trang này chỉ để tham khảo; số liệu chính thức là số liệu trong văn bản của cơ quan có thẩm quyền.',
  },
  /** The leadership dashboard at `/` (src/views/dashboard). */
  dashboard: {
    sections: 'Các phần của bảng điều hành',
    overview: 'Tổng quan năm',
    indicators: 'Các chỉ tiêu',
    units: 'Đơn vị và cụm thi đua',
    years: 'So sánh các năm',
    awards: 'Thi đua, khen thưởng',
    /** “38 chỉ tiêu: 27 vượt, 11 đạt, 0 không đạt” */
    headline: (total: number, exceeded: number, met: number, notMet: number) =>
      `${total} chỉ tiêu: ${exceeded} vượt, ${met} đạt, ${notMet} không đạt`,
    headlineYear: (year: number) => `Kết quả thực hiện năm ${year}`,
    noDataCount: (count: number) => `${n(count)} chỉ tiêu chưa có số liệu`,
    mismatches: (count: number) =>
      count === 0
        ? 'Không có chỉ tiêu nào đánh giá khác giữa báo cáo và quy tắc tính.'
        : `${n(count)} chỉ tiêu có đánh giá trong báo cáo khác với kết quả tính theo quy tắc.`,
    mismatchesLabel: 'Khác báo cáo',
    publishedMatches: 'Khớp với số liệu đã công bố.',
    statusChart: 'Số chỉ tiêu theo đánh giá',
    groupChart: 'Đánh giá theo nhóm chỉ tiêu',
    /** “Kinh tế: 8 vượt, 2 đạt, 0 không đạt” */
    groupSentence: (group: string, exceeded: number, met: number, notMet: number) =>
      `${group}: ${exceeded} vượt, ${met} đạt, ${notMet} không đạt`,
    count: 'Số chỉ tiêu',
    noYear: 'Chưa có số liệu cho năm này.',
    /** `count`: units with figures of their own in the year (a file of per-commune rows only). */
    noYearUnits: (count: number) =>
      `Năm này chưa có số liệu của toàn đơn vị, chỉ có số liệu của ${n(count)} đơn vị. Xem ở mục:`,
    unitView: (unit: string) => `Đang xem số liệu của ${unit}`,
    table: {
      caption: (year: number) => `Các chỉ tiêu năm ${year}`,
      empty: 'Không có chỉ tiêu nào khớp bộ lọc.',
      sortHint: 'Bấm tiêu đề cột để sắp xếp',
      open: 'Xem chi tiết',
      estimate: 'ước',
      /** `shown`, `total`: rows drawn and rows that match. */
      partial: (shown: number, total: number) =>
        `Đang vẽ ${n(shown)} dòng đầu trong ${n(total)} dòng khớp bộ lọc.`,
      showMore: (count: number) => `Hiện thêm ${n(count)} dòng`,
      showAll: 'Hiện tất cả',
    },
    detail: {
      close: 'Đóng',
      history: 'Kết quả qua các năm',
      historySentence: (name: string, first: string, last: string, from: number, to: number) =>
        `${name}: từ ${first} năm ${from} đến ${last} năm ${to}`,
      planVsActual: 'Kế hoạch và thực hiện',
      rule: 'Cách đánh giá',
      perUnit: 'Số liệu theo đơn vị',
      perUnitNone: 'Chỉ tiêu này không có số liệu theo đơn vị.',
      subMeasures: 'Chỉ tiêu thành phần',
      notFound: (code: string) => `Không tìm thấy chỉ tiêu “${code}” trong năm này.`,
    },
    unitsView: {
      chooseUnit: 'Chọn một đơn vị ở ô “Đơn vị” phía trên để xem số liệu của đơn vị đó.',
      ranking: (year: number) => `Xếp hạng đơn vị năm ${year} theo tỷ lệ chỉ tiêu đạt và vượt`,
      rankingSentence: (name: string, share: string) => `${name} dẫn đầu, ${share} chỉ tiêu đạt hoặc vượt`,
      /** Appended to rankingSentence when the chart shows only part of the ranking; counts already formatted. */
      rankingShown: (shown: string, total: string) =>
        `. Biểu đồ vẽ ${shown} trong ${total} đơn vị (các đơn vị đứng đầu và đơn vị đang chọn); bảng có đủ`,
      clusterRanking: (year: number) => `Xếp hạng cụm, khối thi đua năm ${year}`,
      clusterSentence: (name: string, share: string) =>
        `${name} dẫn đầu các cụm với ${share} chỉ tiêu đạt hoặc vượt`,
      rank: 'Hạng',
      share: 'Tỷ lệ đạt và vượt',
      indicatorsCount: 'Số chỉ tiêu',
      members: 'Thành viên',
      awards: 'Số lượt khen thưởng',
      kind: { cum: 'Cụm', khoi: 'Khối' },
      unitValues: (unit: string, year: number) => `Số liệu của ${unit} năm ${year}`,
      noUnitRows: 'Đơn vị này không có số liệu chỉ tiêu trong năm này.',
      noRanking: 'Năm này chưa có số liệu theo đơn vị.',
    },
    yearsView: {
      statusByYear: 'Số chỉ tiêu theo đánh giá qua các năm',
      statusByYearSentence: (year: number, exceeded: number, total: number) =>
        `Năm ${year}: ${exceeded} trong ${total} chỉ tiêu vượt kế hoạch`,
      change: (year: number, previous: number) => `Thay đổi so với năm trước (${year} so với ${previous})`,
      previous: (year: number) => `Năm ${year}`,
      current: (year: number) => `Năm ${year}`,
      delta: 'Thay đổi',
      improved: 'Tốt hơn',
      worsened: 'Kém hơn',
      unchanged: 'Không đổi',
      unknown: 'Chưa so sánh được',
      definitionBadge: 'Đổi cách tính',
      noPrevious: 'Chưa có số liệu năm trước để so sánh.',
    },
    awardsView: {
      byTitle: (year: number) => `Danh hiệu thi đua năm ${year}`,
      byTitleSentence: (year: number, total: number, titles: number) =>
        `Năm ${year}, ${n(total)} lượt khen thưởng thuộc ${titles} danh hiệu`,
      byYear: 'Danh hiệu thi đua qua các năm',
      byUnit: (year: number) => `Khen thưởng theo đơn vị năm ${year}`,
      byCluster: (year: number) => `Khen thưởng theo cụm, khối năm ${year}`,
      byUnitSentence: (name: string, count: number) => `${name} có nhiều lượt khen thưởng nhất (${n(count)})`,
      published: (year: number) => `Số liệu khen thưởng năm ${year} theo báo cáo`,
      title: 'Danh hiệu',
      count: 'Số lượng',
      unassigned: 'Chưa gắn đơn vị, cụm',
      none: 'Năm này chưa có số liệu khen thưởng.',
    },
    plan: {
      min: (value: string) => `≥ ${value}`,
      max: (value: string) => `≤ ${value}`,
      band: (min: string, max: string) => `${min} – ${max}`,
      approx: (value: string) => `khoảng ${value}`,
      done: 'Hoàn thành',
      notDone: 'Chưa hoàn thành',
      decrease: 'Giảm so với năm trước',
      increase: 'Tăng so với năm trước',
    },
    exportNote: 'Tệp tải về gồm các chỉ tiêu đang hiện trong bảng.',
    exportFile: (year: number) => `chi-tieu-${year}`,
    sampleColumn: 'Dữ liệu minh họa',
    yes: 'Có',
    no: 'Không',
  },
  public: {
    title: 'Công khai kết quả thực hiện chỉ tiêu kinh tế – xã hội',
    /** `year`: the year shown, under the title. */
    titleYear: (year: number) => `Năm ${year}`,
    yearNav: 'Chọn năm',
    overview: (year: number) => `Tổng quan năm ${year}`,
    /** Added to the headline when some indicators have no figures yet. */
    noDataCount: (count: number) => `${n(count)} chỉ tiêu chưa có số liệu`,
    statusChart: (year: number) => `Đánh giá các chỉ tiêu năm ${year}`,
    statusCount: (status: string, count: number) => `${status}: ${n(count)}`,
    computedNote: 'Số đếm tính theo quy tắc từ bảng chỉ tiêu bên dưới.',
    table: (year: number) => `Kết quả thực hiện các chỉ tiêu kinh tế – xã hội năm ${year}`,
    tableSample: 'Tên chỉ tiêu, kế hoạch và kết quả trong bảng là dữ liệu minh họa.',
    subMeasure: 'Chỉ tiêu thành phần',
    estimate: 'ước',
    done: 'Hoàn thành',
    notDone: 'Không hoàn thành',
    planMin: (value: string) => `≥ ${value}`,
    planMax: (value: string) => `≤ ${value}`,
    planBand: (min: string, max: string) => `${min}–${max}`,
    planApprox: (value: string) => `khoảng ${value}`,
    planBoolean: 'Hoàn thành',
    planDecrease: 'Giảm so với năm trước',
    planIncrease: 'Tăng so với năm trước',
    sort: 'Sắp xếp bảng',
    sortOriginal: 'Theo thứ tự trong báo cáo',
    sortStatus: 'Theo đánh giá',
    sortPercent: 'Theo % so kế hoạch',
    sortName: 'Theo tên chỉ tiêu',
    awards: (year: number) => `Thi đua, khen thưởng năm ${year}`,
    awardTitle: 'Danh hiệu, hình thức',
    awardCount: 'Số lượng',
    awardNone: (year: number) => `Năm ${year} chưa có số liệu khen thưởng.`,
    awardOrigin: 'Nguồn số liệu',
    awardPublished: 'Theo báo cáo',
    downloads: 'Tải dữ liệu',
    downloadCsv: (year: number) => `Bảng chỉ tiêu năm ${year} (CSV, mở bằng Excel)`,
    downloadJson: (year: number) => `Toàn bộ số liệu của trang năm ${year} (JSON)`,
    downloadNote:
      'Tệp CSV mã UTF-8, phân cách bằng dấu chấm phẩy, số thập phân dùng dấu phẩy. Cột “Dữ liệu minh họa” và cột “Nguồn” cho biết dòng nào là số liệu minh họa và lấy từ đâu.',
    sources: 'Nguồn số liệu',
    noScript: (year: number) =>
      `Trình duyệt đang tắt JavaScript nên trang hiển thị năm ${year} bằng tiếng Việt. Muốn xem năm khác, hãy bật JavaScript hoặc tải dữ liệu ở cuối trang.`,
    offline: 'Đang không có mạng: trang hiển thị dữ liệu đã lưu trên máy.',
    refreshed: 'Trang vừa được cập nhật theo dữ liệu mới công bố.',
    pageAddress: 'Địa chỉ trang:',
    yes: 'Có',
    no: 'Không',
    csvColumns: {
      year: 'Năm',
      group: 'Nhóm',
      code: 'Mã',
      status: 'Mã đánh giá',
      estimate: 'Ước thực hiện',
    },
  },
  /** Importing a clerk's CSV or Excel sheet on the dashboard (src/views/import). */
  importer: {
    open: 'Nhập dữ liệu',
    openHint: 'Chọn tệp CSV hoặc Excel (.xlsx), hoặc kéo thả tệp vào trang.',
    template: 'Tải mẫu',
    templateCsv: 'Tải mẫu dạng CSV',
    templateXlsx: 'Tải mẫu dạng Excel (.xlsx)',
    csv: 'CSV',
    xlsx: 'Excel (.xlsx)',
    dropHere: 'Thả tệp vào đây để nhập dữ liệu',
    dialogTitle: 'Nhập dữ liệu từ tệp',
    /** `name`: the file name. */
    reading: (name: string) => `Đang đọc tệp ${name}…`,
    /** `done`, `total`: formatted row counts. */
    progress: (done: string, total: string) => `Đã đọc ${done} / ${total} dòng`,
    progressLabel: 'Tiến độ đọc tệp',
    cancelRead: 'Dừng đọc',
    apply: 'Áp dụng',
    cancel: 'Hủy',
    close: 'Đóng',
    holds: 'Tệp gồm có',
    file: 'Tệp',
    year: 'Năm',
    rows: 'Số dòng đọc được',
    indicators: 'Số chỉ tiêu',
    /** `count`: new indicators not in the catalogue. */
    newIndicators: (count: number) => `trong đó ${n(count)} chỉ tiêu chưa có trong danh mục`,
    units: 'Đơn vị',
    organisationOnly: 'Toàn đơn vị (không có số liệu theo xã)',
    /** `count`: units; `names`: the first names, comma-separated. */
    unitList: (count: number, names: string) => `${n(count)} đơn vị: ${names}`,
    changesTitle: 'So với dữ liệu đang hiển thị',
    /** Counts of results the file adds, changes, leaves as they are. */
    changes: (added: number, changed: number, unchanged: number) =>
      `Thêm ${n(added)} kết quả, thay đổi ${n(changed)}, giữ nguyên ${n(unchanged)}.`,
    changesCaption: 'Một số thay đổi đầu tiên',
    /** `count`: changes not listed. */
    moreChanges: (count: number) => `… và ${n(count)} thay đổi khác.`,
    added: 'Mới',
    changed: 'Thay đổi',
    before: 'Đang hiển thị',
    after: 'Trong tệp',
    /** `plan`, `actual`: as written. */
    planActual: (plan: string, actual: string) => `KH ${plan} – TH ${actual}`,
    warningsTitle: 'Cần xem lại (không chặn việc nhập)',
    errorsTitle: 'Lỗi',
    /** `count`: issues not listed. */
    moreIssues: (count: number) => `… và ${n(count)} vấn đề khác.`,
    localNote: 'Sau khi áp dụng, số liệu chỉ lưu trên máy này và chưa được công bố.',
    /** `name`: the file name. */
    refusedTitle: (name: string) => `Không nhập được tệp ${name}`,
    refusedKept: 'Dữ liệu đang hiển thị không thay đổi.',
    refusedFix: 'Hãy sửa các ô nêu trên trong tệp rồi nhập lại.',
    /** `count`: blocking errors. */
    errorCount: (count: number) => `Tệp có ${n(count)} lỗi.`,
    noRows: 'Tệp không có dòng số liệu nào đọc được.',
    tooLarge: (limit: string) => `Tệp quá lớn; giới hạn là ${limit}.`,
    timeout: (seconds: number) => `Đọc tệp quá ${seconds} giây nên đã dừng; hãy chia nhỏ tệp.`,
    crashed: 'Không đọc được tệp này.',
    cancelled: 'Đã dừng đọc tệp; dữ liệu đang hiển thị không thay đổi.',
    applied: (name: string, year: number) => `Đã áp dụng tệp ${name}; đang hiển thị năm ${year}.`,
    bannerTitle: 'Dữ liệu cục bộ, chưa công bố',
    /** `files`: file names, comma-separated. */
    bannerText: (files: string) =>
      `Đang hiển thị số liệu nhập từ tệp ${files} trên máy này. Người khác vẫn thấy dữ liệu đã công bố.`,
    bannerNotSaved: 'Trình duyệt không cho lưu: số liệu này sẽ mất khi đóng trang.',
    backToPublished: 'Trở về dữ liệu đã công bố',
    exportLocal: 'Tải số liệu đã nhập',
    exportCsv: 'Tải số liệu đã nhập dạng CSV',
    exportXlsx: 'Tải số liệu đã nhập dạng Excel (.xlsx)',
    localBadge: 'Cục bộ',
  },
  /** The meeting deck at `/trinh-chieu/` (src/views/presentation). */
  presentation: {
    deckLabel: 'Trang chiếu',
    conference: (year: number) =>
      `Hội nghị tổng kết thực hiện chỉ tiêu kinh tế – xã hội và công tác thi đua, khen thưởng năm ${year}`,
    /** `date`: a formatted date. */
    conferenceDate: (date: string) => `Ngày ${date}`,
    dataDateTitle: (date: string) => `Số liệu tính đến ngày ${date}`,
    unitLine: (unit: string) => `Số liệu của ${unit}`,
    glanceTitle: (year: number) => `Kết quả thực hiện chỉ tiêu năm ${year}`,
    total: (total: number) => `${total} chỉ tiêu`,
    statusBar: 'Tỷ lệ chỉ tiêu theo đánh giá',
    /** `source`: the report, e.g. “Trang thông tin điện tử huyện …, 21/02/2023”. */
    reported: (source: string) => `Số liệu theo báo cáo: ${source}`,
    computed: 'Đếm từ bảng số liệu các chỉ tiêu theo quy tắc đánh giá.',
    estimates: (count: number) => `${n(count)} chỉ tiêu là số ước thực hiện, có thể được điều chỉnh.`,
    groupPart: (group: string, part: number, parts: number) => `${group} (${part}/${parts})`,
    behindTitle: 'Các chỉ tiêu chưa đạt kế hoạch',
    behindPart: (part: number, parts: number) => `Các chỉ tiêu chưa đạt kế hoạch (${part}/${parts})`,
    allMet: 'Tất cả chỉ tiêu đều đạt và vượt kế hoạch',
    noneBehind: 'Không có chỉ tiêu nào không đạt kế hoạch',
    noDataCount: (count: number) => `${n(count)} chỉ tiêu chưa có số liệu để đánh giá.`,
    bestTitle: 'Các chỉ tiêu vượt cao nhất so với kế hoạch',
    bestEmpty: 'Chưa có chỉ tiêu nào vượt kế hoạch.',
    yearsTitle: (year: number) => `Năm ${year} so với các năm trước`,
    yearsEmpty: 'Chưa có số liệu các năm.',
    /** A year label on the chart, e.g. “2023 (ước)” when the year holds estimates. */
    yearLabel: (year: number, estimate: boolean) => (estimate ? `${year} (ước)` : String(year)),
    yearSentence: (year: number, total: number, exceeded: number, met: number, notMet: number) =>
      `Năm ${year}: ${total} chỉ tiêu, ${exceeded} vượt, ${met} đạt, ${notMet} không đạt`,
    yearNoData: (count: number) => `${n(count)} chỉ tiêu chưa có số liệu`,
    awardsByTitle: (year: number) => `Khen thưởng năm ${year} theo danh hiệu`,
    awardsByCluster: (year: number) => `Khen thưởng năm ${year} theo cụm, khối thi đua`,
    awardsNone: (year: number) => `Chưa có số liệu khen thưởng năm ${year}.`,
    awardsReported: 'Số lượng theo báo cáo',
    recipients: (count: string) => `${count} người, tập thể`,
    unassigned: 'Không thuộc cụm, khối',
    clusterNote: 'Một đơn vị có thể thuộc cả một cụm và một khối.',
    thanks: 'Trân trọng cảm ơn!',
    /** Context line of every slide. */
    contextYear: (year: number) => `Năm ${year}`,
    contextDataDate: (date: string) => `Số liệu đến ${date}`,
    contextSource: (source: string) => `Nguồn: ${source}`,
    /** `publisher`, `date` (formatted, optional) of a source. */
    sourceShort: (publisher: string, date?: string) =>
      date === undefined ? publisher : `${publisher}, ${date}`,
    slideNumber: (n: number, total: number) => `${n}/${total}`,
    slideLabel: (n: number, total: number, title: string) => `Trang ${n} trên ${total}: ${title}`,
    controls: 'Điều khiển trình chiếu',
    previous: 'Trang trước',
    next: 'Trang sau',
    overview: 'Xem tất cả trang (O)',
    overviewTitle: 'Tất cả trang chiếu: chọn một trang để mở',
    fullscreen: 'Toàn màn hình (F)',
    black: 'Màn hình đen (B)',
    blackHint: 'Màn hình đen. Nhấn B, dấu chấm hoặc Esc để trở lại.',
    exit: 'Về bảng điều hành',
    help: 'Phím: → PageDown Space trang sau; ← PageUp trang trước; Home End đầu, cuối; số rồi Enter để đến trang; F toàn màn hình; B đen màn hình; O xem tất cả.',
    jumpTo: (digits: string) => `Đến trang ${digits}…`,
    autoOn: (seconds: number) => `Tự động chuyển trang sau mỗi ${seconds} giây`,
    autoPaused: 'Đã dừng tự động chuyển trang',
  },
};

/** Turns literal types into `string` and keeps function parameter types, so `en` can say anything. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every locale must have. */
export type Messages = Widen<typeof vi>;
