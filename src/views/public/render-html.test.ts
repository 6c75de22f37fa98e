import { describe, expect, it } from 'vitest';
import { h } from './h';
import { renderHtml } from './render-html';

describe('renderHtml(node)', () => {
  it('escapes text and attribute values, so data never becomes markup', () => {
    const html = renderHtml(h('p', { title: 'a "b" <c> & d' }, '<script>alert(1)</script> & more'));
    expect(html).toBe(
      '<p title="a &quot;b&quot; &lt;c&gt; &amp; d">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>',
    );
  });

  it('drops false and undefined attributes and children, writes true as a bare attribute, flattens arrays', () => {
    const html = renderHtml(
      h('td', { hidden: true, id: undefined, lang: false }, false, ['a', ['b']], null, 3 > 4 && 'c'),
    );
    expect(html).toBe('<td hidden>ab</td>');
  });

  it('writes void elements without a closing tag and SVG with its children', () => {
    expect(renderHtml(h('br', null))).toBe('<br>');
    expect(renderHtml(h('svg', { viewBox: '0 0 1 1' }, h('rect', { width: 1 })))).toBe(
      '<svg viewBox="0 0 1 1"><rect width="1"></rect></svg>',
    );
  });

  it('refuses style attributes (the CSP blocks them) and names that are not names', () => {
    expect(() => renderHtml(h('p', { style: 'color:red' }))).toThrow(/CSP/);
    expect(() => renderHtml(h('p onclick=x', null))).toThrow(/invalid tag name/);
    expect(() => renderHtml(h('p', { 'a b': 'x' }))).toThrow(/invalid attribute name/);
  });
});
