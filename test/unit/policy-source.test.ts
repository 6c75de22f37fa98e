import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

/** Every .ts/.tsx file under `dir`, as paths relative to the repository. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path.relative(ROOT, full)] : [];
  });
}

/** The code without its comments, so that a comment explaining why `innerHTML` is not used does not count. */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Ways data could become markup or code: HTML sinks, eval and its relatives. */
const SINKS: readonly [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML', /\.innerHTML\s*[+]?=/],
  ['outerHTML', /\.outerHTML\s*[+]?=/],
  ['insertAdjacentHTML', /insertAdjacentHTML\s*\(/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment\s*\(/],
  ['setHTMLUnsafe', /setHTMLUnsafe\s*\(/],
  ['srcdoc', /\.srcdoc\s*=|srcDoc=/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timer', /set(Timeout|Interval)\s*\(\s*['"`]/],
];

function findSinks(code: string): string[] {
  const stripped = stripComments(code);
  return SINKS.filter(([, pattern]) => pattern.test(stripped)).map(([name]) => name);
}

describe('no HTML or code sink anywhere in src/', () => {
  const files = sourceFiles(SRC);

  it('finds the source tree (so that an empty walk cannot pass)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain(path.join('src', 'data', 'parse-results.ts'));
  });

  it('finds no dangerouslySetInnerHTML, innerHTML/outerHTML assignment, insertAdjacentHTML, document.write or eval', () => {
    const offenders = files.flatMap((file) =>
      findSinks(readFileSync(path.join(ROOT, file), 'utf8')).map((sink) => `${file}: ${sink}`),
    );
    expect(offenders).toEqual([]);
  });

  it('recognises each sink when it is used, and not when a comment only names it', () => {
    expect(findSinks('el.innerHTML = text;')).toEqual(['innerHTML']);
    expect(findSinks('el.innerHTML += text;')).toEqual(['innerHTML']);
    expect(findSinks('<div dangerouslySetInnerHTML={{ __html: x }} />')).toEqual(['dangerouslySetInnerHTML']);
    expect(findSinks('node.outerHTML = "<b>"')).toEqual(['outerHTML']);
    expect(findSinks('el.insertAdjacentHTML("beforeend", s)')).toEqual(['insertAdjacentHTML']);
    expect(findSinks('document.write(s)')).toEqual(['document.write']);
    expect(findSinks('const f = new Function("return 1")')).toEqual(['new Function']);
    expect(findSinks('eval(code)')).toEqual(['eval']);
    expect(findSinks("setTimeout('alert(1)', 0)")).toEqual(['string timer']);
    expect(findSinks('// never innerHTML = x here\n/* nor el.innerHTML = y */ el.textContent = s;')).toEqual(
      [],
    );
    expect(findSinks('const text = el.innerHTML;')).toEqual([]);
    expect(findSinks('retrieval(x); medieval (y)')).toEqual([]);
  });

  it("keeps Biome's noDangerouslySetInnerHtml rule at error level", () => {
    const biome = JSON.parse(readFileSync(path.join(ROOT, 'biome.json'), 'utf8')) as {
      linter: { rules: { security?: Record<string, unknown> } };
    };
    expect(biome.linter.rules.security?.noDangerouslySetInnerHtml).toBe('error');
  });
});
