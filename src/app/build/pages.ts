/**
 * The site's pages. Each is a real HTML file in dist/ (`trinh-chieu/index.html`, …) so deep links work on
 * any static host without rewrite rules, and every URL inside a page is relative so the site works from a
 * sub-folder. `root` is the way back from the page to the site root; the client reads it from
 * `<html data-root>` to find `data/`.
 */
export interface PageSpec {
  /** Output path in dist/, also the dev-server path. */
  file: string;
  /** The script entry, from the project root. */
  entry: string;
  root: string;
  title: string;
  /** When set, the page body is prerendered at build time by this module's `prerender()` export. */
  prerender?: string;
  /**
   * Inline the page's stylesheet (allowed by its hash in the page's CSP, nothing else inline) and its icon
   * (a `data:` URL) into its HTML, so the first paint waits for no request but the page's one script. For a page
   * whose stylesheet is its own (not shared with another page).
   */
  inlineAssets?: boolean;
  /**
   * A module the page's script imports by URL after its first paint (`virtual:chitieu/late-url/<page folder>`
   * gives that URL): built as a chunk of its own that the first paint never loads, with everything it imports,
   * so the page's first script is one file that shares no chunk with the other pages.
   */
  late?: string;
}

export const PAGES: readonly PageSpec[] = [
  {
    file: 'index.html',
    entry: '/src/app/dashboard-main.tsx',
    root: './',
    title: 'Chỉ tiêu kinh tế – xã hội và thi đua, khen thưởng',
  },
  {
    file: 'trinh-chieu/index.html',
    entry: '/src/app/presentation-main.tsx',
    root: '../',
    title: 'Trình chiếu – Chỉ tiêu kinh tế – xã hội',
  },
  {
    file: 'cong-khai/index.html',
    entry: '/src/app/public-main.ts',
    root: '../',
    title: 'Công khai kết quả thực hiện chỉ tiêu kinh tế – xã hội',
    prerender: '/src/views/public/prerender.ts',
    inlineAssets: true,
    late: '/src/app/public-late.ts',
  },
];
