import type { PageSpec } from './pages.ts';

export interface PageBody {
  lang: string;
  title: string;
  /** Extra head markup (already escaped). */
  head?: string;
  /** Body markup (already escaped). */
  body: string;
  /** Extra files to emit into dist/ beside the page (e.g. the public page's downloads), paths from the site root. */
  files?: { fileName: string; source: string }[];
}

/** The HTML of a page. Everything that goes in here must already be escaped text. */
export function htmlTemplate(page: PageSpec, content: PageBody): string {
  return `<!doctype html>
<html lang="${content.lang}" data-root="${page.root}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>${content.title}</title>
    <link rel="icon" href="${page.root}favicon.svg" type="image/svg+xml">
    ${content.head ?? ''}
  </head>
  <body>
    ${content.body}
    <script type="module" src="${page.entry}"></script>
  </body>
</html>
`;
}
