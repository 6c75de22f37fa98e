/**
 * The address of the site's `data/` folder, from the page's `<html data-root>` (“./” on the dashboard,
 * “../” on the sub-pages), so the site works from any sub-folder of any static host.
 */
export function dataUrl(file: string, doc: Document = document): URL {
  const root = doc.documentElement.dataset.root ?? './';
  return new URL(`${root}data/${file}`, doc.baseURI);
}

/** The address of another page of the site (`''`, `trinh-chieu/`, `cong-khai/`), keeping the query. */
export function pageUrl(page: string, search: string, doc: Document = document): string {
  const root = doc.documentElement.dataset.root ?? './';
  return `${root}${page}${search}`;
}
