import { SVG_TAGS, type VNode } from './h';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A virtual tree as DOM nodes, built with createElement(NS), setAttribute and text nodes only (never
 * innerHTML), so data can never become markup.
 */
export function renderDom(node: VNode, doc: Document = document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = SVG_TAGS.has(node.tag)
    ? doc.createElementNS(SVG_NS, node.tag)
    : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of node.children) element.appendChild(renderDom(child, doc));
  return element;
}
