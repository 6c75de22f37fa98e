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
  },
];
