import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CSP_META,
  contentSecurityPolicy,
  styleHash,
} from '../../src/app/build/content-security-policy';
import { htmlTemplate } from '../../src/app/build/html-template';
import { PAGES } from '../../src/app/build/pages';

/** `script-src 'self'; …` → { 'script-src': ["'self'"], … } */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

describe('the Content-Security-Policy every built page carries', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it("allows scripts, styles and everything else from 'self' only", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
  });

  it("has no 'unsafe-inline', no 'unsafe-eval', no wasm eval, no blob: and no wildcard anywhere", () => {
    for (const [name, sources] of policy) {
      for (const forbidden of [
        "'unsafe-inline'",
        "'unsafe-eval'",
        "'wasm-unsafe-eval'",
        'blob:',
        '*',
        'http:',
        'https:',
      ])
        expect(sources, `${name} must not allow ${forbidden}`).not.toContain(forbidden);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/eval|blob:|unsafe/);
  });

  it('allows data: for images only (the inline SVG favicon fallback), never for scripts or workers', () => {
    const withData = [...policy].filter(([, sources]) => sources.includes('data:')).map(([name]) => name);
    expect(withData.every((name) => name === 'img-src')).toBe(true);
  });

  it('is a meta tag whose content is exactly the policy', () => {
    expect(CSP_META).toBe(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
  });
});

describe('the policy of a page that inlines its stylesheet (the public page)', () => {
  const hash = styleHash('a{color:red}');
  const policy = directives(contentSecurityPolicy([hash]));

  it("hashes the exact text of a <style> element as CSP does ('sha256-' and base64)", () => {
    // printf 'a{color:red}' | openssl dgst -sha256 -binary | base64
    expect(hash).toBe("'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='");
    expect(styleHash('a{color:red} ')).not.toBe(hash);
  });

  it('allows that one style by its hash and changes nothing else', () => {
    expect(policy.get('style-src')).toEqual(["'self'", hash]);
    const others = (p: Map<string, string[]>) => [...p].filter(([name]) => name !== 'style-src');
    expect(others(policy)).toEqual(others(directives(CONTENT_SECURITY_POLICY)));
    expect(contentSecurityPolicy([])).toBe(CONTENT_SECURITY_POLICY);
  });

  it("still has no 'unsafe-inline', no 'unsafe-hashes' (style= attributes) and no 'unsafe-eval'", () => {
    expect(contentSecurityPolicy([hash])).not.toMatch(/unsafe|eval|blob:/);
  });
});

describe('the HTML template of every page', () => {
  for (const page of PAGES) {
    it(`${page.file} loads its script from a file (no inline script, no style attribute)`, () => {
      const html = htmlTemplate(page, { lang: 'vi', title: page.title, body: '<div id="root"></div>' });
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts).toHaveLength(1);
      expect(scripts[0]?.[1]).toContain(`src="${page.entry}"`);
      expect(scripts[0]?.[2]?.trim()).toBe('');
      expect(html).not.toMatch(/\sstyle\s*=/i);
      expect(html).not.toMatch(/<style\b/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    });
  }
});
