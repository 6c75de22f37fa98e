import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BundleEntry } from '../sw/precache-list';
import { inlineIcon, inlineStylesheets } from './inline-assets';
import type { PageSpec } from './pages';

const PAGE: PageSpec = {
  file: 'cong-khai/index.html',
  entry: '/src/app/public-main.ts',
  root: '../',
  title: 't',
};
const css = (fileName: string, source: string): BundleEntry => ({ type: 'asset', fileName, source });
const chunk = (fileName: string, importedCss: string[]): BundleEntry => ({
  type: 'chunk',
  fileName,
  code: '',
  imports: [],
  dynamicImports: [],
  viteMetadata: { importedCss: new Set(importedCss), importedAssets: new Set() },
});
const LINK = '<link rel="stylesheet" crossorigin href="../assets/cong-khai.css">';

describe('inlineStylesheets(html, page, bundle, entryChunk)', () => {
  it("puts the page's own stylesheet in a <style> and drops the file nothing else loads", () => {
    const bundle = {
      'assets/cong-khai.css': css('assets/cong-khai.css', 'a{color:red}\n'),
      'assets/cong-khai.js': chunk('assets/cong-khai.js', ['assets/cong-khai.css']),
    };
    expect(inlineStylesheets(`<head>${LINK}</head>`, PAGE, bundle, 'assets/cong-khai.js')).toBe(
      '<head><style>a{color:red}</style></head>',
    );
    expect(bundle).not.toHaveProperty(['assets/cong-khai.css']);
  });

  it('keeps the file when another chunk imports it too', () => {
    const bundle = {
      'assets/cong-khai.css': css('assets/cong-khai.css', 'a{color:red}'),
      'assets/cong-khai.js': chunk('assets/cong-khai.js', ['assets/cong-khai.css']),
      'assets/main.js': chunk('assets/main.js', ['assets/cong-khai.css']),
    };
    inlineStylesheets(LINK, PAGE, bundle, 'assets/cong-khai.js');
    expect(bundle).toHaveProperty(['assets/cong-khai.css']);
  });

  it('leaves links to files it does not have, or to another host, alone', () => {
    const other = '<link rel="stylesheet" href="https://example.org/a.css">';
    expect(inlineStylesheets(LINK + other, PAGE, {}, 'assets/cong-khai.js')).toBe(LINK + other);
  });

  it('refuses a stylesheet that would end the <style> element early', () => {
    const bundle = { 'assets/cong-khai.css': css('assets/cong-khai.css', 'a{}</style><script>') };
    expect(() => inlineStylesheets(LINK, PAGE, bundle, 'assets/cong-khai.js')).toThrow(/<\/style/);
  });
});

describe('inlineIcon(html, page, publicDir)', () => {
  it('turns the link to an SVG icon of publicDir into a data: URL, and leaves a missing one alone', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'chitieu-icon-'));
    try {
      await writeFile(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
      const link = '<link rel="icon" href="../favicon.svg" type="image/svg+xml">';
      expect(await inlineIcon(link, PAGE, dir)).toBe(
        '<link rel="icon" href="data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E" type="image/svg+xml">',
      );
      const missing = link.replace('favicon', 'none');
      expect(await inlineIcon(missing, PAGE, dir)).toBe(missing);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
