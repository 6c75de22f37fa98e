import type { Messages } from './vi';

/** English messages, typed against the Vietnamese source: a missing key does not compile. */
export const en: Messages = {
  app: {
    title: 'Socio-economic targets and emulation awards',
    documentTitle: (page, organisation) =>
      `${page} – Socio-economic targets and emulation awards – ${organisation}`,
  },
  page: {
    dashboard: 'Dashboard',
    presentation: 'Presentation',
    public: 'Public page',
  },
  nav: {
    label: 'Pages',
  },
  skipLink: 'Skip to main content',
  lang: {
    switchTo: 'Tiếng Việt',
    own: 'English',
  },
  status: {
    exceeded: 'Exceeded',
    met: 'Met',
    basicallyMet: 'Basically met',
    notMet: 'Not met',
    noData: 'No data',
    legend: 'Status key',
    mismatch: (reported, computed) => `The report says “${reported}”; the rules give “${computed}”.`,
    mismatchShort: 'Differs from report',
    reported: 'As reported',
    computed: 'By the rules',
  },
  sample: {
    badge: 'Illustrative sample data',
    explanation:
      'These figures were made up by the developers to show the layout; they are not official figures.',
  },
  source: {
    label: 'Source',
    cite: (title, publisher, date) =>
      date === undefined ? `Source: ${title}, ${publisher}` : `Source: ${title}, ${publisher}, ${date}`,
    original: 'View original',
    none: 'No source given',
  },
  data: {
    updated: (date) => `Data updated on ${date}`,
    asOf: (date) => `Figures as of ${date}`,
    estimate: 'Estimate',
    estimateNote: 'An estimate; it may be revised when official figures are available.',
    wholeOrganisation: 'Whole organisation',
    definitionChanged: 'The way this indicator is measured changed from the previous year',
  },
  filter: {
    label: 'Filters',
    year: 'Year',
    unit: 'Unit',
    group: 'Indicator group',
    status: 'Status',
    search: 'Search indicators',
    searchPlaceholder: 'Type an indicator name',
    all: 'All',
    reset: 'Clear filters',
    resultCount: (shown, total) =>
      total === 1 ? `Showing ${shown} of 1 indicator` : `Showing ${shown} of ${total} indicators`,
  },
  summary: {
    headline: (year, total, exceeded, met, notMet) =>
      `${year}: ${total} ${total === 1 ? 'target' : 'targets'}, ${exceeded} exceeded, ${met} met, ${notMet} not met`,
    sentence: (year, exceeded, total) =>
      total === 1
        ? `In ${year}, ${exceeded} of 1 target was exceeded`
        : `In ${year}, ${exceeded} of ${total} targets were exceeded`,
    differsFromPublished: 'The counts worked out by the rules differ from those published in the report.',
    published: 'As published in the report',
  },
  rule: {
    higherValue: (plan, actual, percent, tolerance) =>
      `Higher is better. The actual ${actual} against a plan of ${plan} is ${percent} of plan. Within ${tolerance} of plan counts as Met; above is Exceeded, below is Not met.`,
    lowerValue: (plan, actual, percent, tolerance) =>
      `Lower is better. The actual ${actual} against a plan of ${plan}; plan divided by actual is ${percent}. Within ${tolerance} of plan counts as Met; below plan is Exceeded, above is Not met.`,
    min: (plan, actual) =>
      `The plan is a minimum of ${plan}. The actual is ${actual}: at or above the minimum is Met, below is Not met.`,
    max: (plan, actual) =>
      `The plan is a maximum of ${plan}. The actual is ${actual}: at or below the maximum is Met, above is Not met.`,
    band: (plan, actual) =>
      `The plan is the range ${plan}. The actual is ${actual}: inside the range is Met, beyond its better end is Exceeded, beyond its worse end is Not met.`,
    approx: (plan, actual, _percent, tolerance) =>
      `The plan says “about ${plan}”, read as within ${tolerance}. The actual is ${actual}: within that is Met, beyond on the better side is Exceeded, on the worse side Not met.`,
    boolean: (plan, actual) =>
      `This target is either done or not done. Plan: “${plan}”; result: “${actual}”.`,
    vsBaseline: (plan, actual, percent) =>
      `This target compares with the previous year: plan “${plan}”. The actual ${actual} is ${percent} of the previous year.`,
    composite: (plan, actual) =>
      `This target has several parts (plan “${plan}”, actual “${actual}”); it is Met only when every part is met.`,
    noPlan: (_plan, actual) => `There is no plan, so no status can be given. The actual is ${actual}.`,
    noActual: (plan) => `There is no actual figure yet, so no status can be given. The plan is ${plan}.`,
  },
  chart: {
    failed: 'This chart could not be drawn.',
    empty: 'There is no data for this selection.',
    showTable: 'Show as table',
  },
  trend: {
    up: 'Rising',
    down: 'Falling',
    flat: 'Unchanged',
    none: 'Not enough data to compare',
    label: (years) => `Trend ${years}`,
  },
  column: {
    index: 'No.',
    indicator: 'Indicator',
    unit: 'Unit of measure',
    plan: 'Plan',
    actual: 'Actual',
    percentOfPlan: '% of plan',
    status: 'Status',
    trend: 'Trend',
    adminUnit: 'Unit',
    year: 'Year',
    group: 'Group',
    note: 'Note',
  },
  export: {
    label: 'Download',
    table: 'Download table',
    csv: 'Download CSV',
    xlsx: 'Download Excel (XLSX)',
    print: 'Print page',
    done: (name) => `File ${name} created.`,
    failed: 'The download file could not be created.',
  },
  import: {
    title: 'Import data',
    chooseFile: 'Choose file',
    dropHint: 'Drop a CSV or Excel file here, or choose a file.',
    apply: 'Apply',
    cancel: 'Cancel',
    localBanner: 'Local data, not published',
    localExplanation: 'This data exists only on this computer; everyone else still sees the published data.',
    backToPublished: 'Back to the published data',
    preview: (rows, issues) =>
      `Read ${rows} ${rows === 1 ? 'row' : 'rows'}; ${issues} ${issues === 1 ? 'issue needs' : 'issues need'} checking.`,
  },
  load: {
    loading: 'Loading data…',
    failed: 'The data could not be loaded. Please check your connection and reload the page.',
    keptLastGood: (date) => `New data could not be loaded; showing the data updated on ${date}.`,
    keptLastGoodUndated: 'New data could not be loaded; showing the data loaded before.',
    retry: 'Try again',
    issues: (count) =>
      count === 1 ? 'There is 1 issue in the data file.' : `There are ${count} issues in the data file.`,
  },
  error: {
    section: 'This part failed and cannot be shown. The rest of the page still works.',
    reload: 'Reload page',
  },
  format: {
    points: (signed) => `${signed} pp`,
  },
  footer: {
    disclaimer:
      'This page is for reference only; the official figures are those in the documents of the competent authority.',
  },
  importer: {
    open: 'Import data',
    openHint: 'Choose a CSV or Excel (.xlsx) file, or drag and drop a file onto the page.',
    template: 'Download template',
    templateCsv: 'Download the template as CSV',
    templateXlsx: 'Download the template as Excel (.xlsx)',
    csv: 'CSV',
    xlsx: 'Excel (.xlsx)',
    dropHere: 'Drop the file here to import it',
    dialogTitle: 'Import data from a file',
    reading: (name) => `Reading ${name}…`,
    progress: (done, total) => `Read ${done} of ${total} rows`,
    progressLabel: 'Reading progress',
    cancelRead: 'Stop reading',
    apply: 'Apply',
    cancel: 'Cancel',
    close: 'Close',
    holds: 'What the file holds',
    file: 'File',
    year: 'Year',
    rows: 'Rows read',
    indicators: 'Indicators',
    newIndicators: (count) => `of which ${count} not in the indicator catalogue`,
    units: 'Units',
    organisationOnly: 'Whole organisation (no per-commune figures)',
    unitList: (count, names) => `${count} units: ${names}`,
    changesTitle: 'Compared with the data shown',
    changes: (added, changed, unchanged) =>
      `Adds ${added} results, changes ${changed}, leaves ${unchanged} as they are.`,
    changesCaption: 'The first changes',
    moreChanges: (count) => `… and ${count} more changes.`,
    added: 'New',
    changed: 'Changed',
    before: 'Shown now',
    after: 'In the file',
    planActual: (plan, actual) => `Plan ${plan} – actual ${actual}`,
    warningsTitle: 'To check (does not block the import)',
    errorsTitle: 'Errors',
    moreIssues: (count) => `… and ${count} more issues.`,
    localNote: 'Once applied, the figures are kept on this computer only and are not published.',
    refusedTitle: (name) => `${name} could not be imported`,
    refusedKept: 'The data shown has not changed.',
    refusedFix: 'Correct the cells listed above in the file, then import it again.',
    errorCount: (count) => `The file has ${count} errors.`,
    noRows: 'The file has no readable row of figures.',
    tooLarge: (limit) => `The file is too large; the limit is ${limit}.`,
    timeout: (seconds) => `Reading took longer than ${seconds} seconds and was stopped; split the file.`,
    crashed: 'This file could not be read.',
    cancelled: 'Reading was stopped; the data shown has not changed.',
    applied: (name, year) => `${name} applied; now showing ${year}.`,
    bannerTitle: 'Local data, not published',
    bannerText: (files) =>
      `Showing figures imported from ${files} on this computer. Everyone else still sees the published data.`,
    bannerNotSaved: 'The browser does not allow storage: these figures will be lost when the page is closed.',
    backToPublished: 'Back to the published data',
    exportLocal: 'Download the imported figures',
    exportCsv: 'Download the imported figures as CSV',
    exportXlsx: 'Download the imported figures as Excel (.xlsx)',
    localBadge: 'Local',
  },
};
