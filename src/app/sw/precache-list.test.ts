import { describe, expect, it } from 'vitest';
import { type BundleEntry, precacheList } from './precache-list';

const chunk = (
  fileName: string,
  imports: string[] = [],
  dynamicImports: string[] = [],
  css: string[] = [],
): BundleEntry => ({
  type: 'chunk',
  fileName,
  code: '',
  imports,
  dynamicImports,
  viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
});
const asset = (fileName: string, source = ''): BundleEntry => ({ type: 'asset', fileName, source });

const BUNDLE: Record<string, BundleEntry> = {
  'index.html': asset('index.html', '<script type="module" src="./assets/main.js"></script>'),
  'cong-khai/index.html': asset(
    'cong-khai/index.html',
    '<script type="module" src="../assets/cong-khai.js"></script><link rel="stylesheet" href="../assets/cong-khai.css">' +
      '<a href="du-lieu-2022.csv?x=1">csv</a><a href="https://example.org/">out</a><a href="?nam=2021">2021</a>',
  ),
  'assets/main.js': chunk('assets/main.js', ['assets/react.js']),
  'assets/react.js': chunk('assets/react.js'),
  'assets/cong-khai.js': chunk('assets/cong-khai.js', ['assets/runtime.js'], ['assets/lazy.js']),
  'assets/runtime.js': chunk('assets/runtime.js'),
  'assets/lazy.js': chunk('assets/lazy.js', [], [], ['assets/lazy.css']),
  'assets/lazy.css': asset('assets/lazy.css'),
  'assets/cong-khai.css': asset('assets/cong-khai.css'),
  'cong-khai/du-lieu-2022.csv': asset('cong-khai/du-lieu-2022.csv'),
  'cong-khai/du-lieu-2021.csv': asset('cong-khai/du-lieu-2021.csv'),
  'data/manifest.json': asset('data/manifest.json'),
  'data/results-2022.csv': asset('data/results-2022.csv'),
};

describe('precacheList(bundle, pages)', () => {
  it('keeps the page, what its HTML loads and imports (lazily too), the files it links to and data/', () => {
    expect(precacheList(BUNDLE, ['cong-khai/index.html'])).toEqual([
      'assets/cong-khai.css',
      'assets/cong-khai.js',
      'assets/lazy.css',
      'assets/lazy.js',
      'assets/runtime.js',
      'cong-khai/',
      'cong-khai/du-lieu-2022.csv',
      'data/manifest.json',
      'data/results-2022.csv',
    ]);
  });

  it('leaves out the dashboard and its chunks unless it is listed', () => {
    const list = precacheList(BUNDLE, ['cong-khai/index.html']);
    expect(list).not.toContain('assets/main.js');
    expect(list).not.toContain('assets/react.js');
    expect(list).not.toContain('');
    expect(precacheList(BUNDLE, ['index.html', 'cong-khai/index.html'])).toContain('assets/react.js');
  });

  it('keeps a chunk the page loads by URL (not in any import list), with what that chunk imports', () => {
    const bundle = {
      ...BUNDLE,
      'assets/late.js': chunk('assets/late.js', ['assets/runtime.js'], ['assets/enhance.js']),
      'assets/enhance.js': chunk('assets/enhance.js'),
    };
    const list = precacheList(bundle, ['cong-khai/index.html'], ['assets/late.js']);
    expect(list).toContain('assets/late.js');
    expect(list).toContain('assets/enhance.js');
    expect(precacheList(bundle, ['cong-khai/index.html'])).not.toContain('assets/late.js');
  });

  it('skips a listed page the bundle does not have', () => {
    expect(precacheList(BUNDLE, ['trinh-chieu/index.html'])).toEqual([
      'data/manifest.json',
      'data/results-2022.csv',
    ]);
  });
});
