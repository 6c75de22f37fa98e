import type { Page } from 'playwright-core';

export interface PageProblems {
  /** Console errors, page errors, CSP violations and requests that left the origin. */
  list: string[];
}

/**
 * Watches a page for what must never happen: an uncaught error, a console error, a Content-Security-Policy
 * violation, or a request to another origin (a government page must not leak its readers).
 */
export async function guardPage(page: Page, siteUrl: string): Promise<PageProblems> {
  const problems: PageProblems = { list: [] };
  const origin = new URL(siteUrl).origin;
  page.on('pageerror', (error) => problems.list.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.list.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.list.push(`request left the origin: ${url}`);
  });
  await page.exposeFunction('__reportCspViolation', (text: string) =>
    problems.list.push(`CSP violation: ${text}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void })
        .__reportCspViolation;
      report(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return problems;
}
