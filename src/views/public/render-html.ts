import { type VNode, VOID_TAGS } from './h';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;' };

/** Escapes text for an HTML text node. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttr(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/**
 * A virtual tree as HTML, every text and attribute value escaped. Tag and attribute names come from code,
 * not data; a name that is not a plain name throws (a programmer error), and so does a `style` attribute,
 * which the page's Content-Security-Policy would block.
 */
export function renderHtml(node: VNode): string {
  if (typeof node === 'string') return escapeText(node);
  if (!NAME.test(node.tag)) throw new Error(`invalid tag name: ${node.tag}`);
  let attrs = '';
  for (const [name, value] of Object.entries(node.attrs)) {
    if (!NAME.test(name)) throw new Error(`invalid attribute name: ${name}`);
    if (name === 'style') throw new Error('style attributes are blocked by the CSP; use a class');
    if (value === undefined || value === false) continue;
    attrs += value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`;
  }
  if (VOID_TAGS.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(renderHtml).join('')}</${node.tag}>`;
}
