import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian's Chromium (Playwright's own browser download does not work here). */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    "The end-to-end tests need Chromium and none was found. Install Debian's package: `apt-get install -y chromium` " +
      '(it provides /usr/bin/chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary. `bash .ci/run` installs it.',
  );
}

/** Headless Chromium with the flags this machine needs; `extraArgs` for a caller's own (the bench's V8 flags). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Call it at the file's top level;
 * the function it returns gives the browser inside the tests.
 */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined)
      throw new Error('Chromium is not running: call chromiumForFile() at the top level');
    return browser;
  };
}
