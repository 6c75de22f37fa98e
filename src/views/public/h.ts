/**
 * A tiny virtual tree for the public page, which runs without React (its byte budget has no room for it):
 * render functions build `VNode`s, `renderHtml` serialises them at build time and `renderDom` turns them into
 * DOM nodes in the browser. Text and attribute values are data, never markup: both renderers escape them.
 */
export type Attrs = Record<string, string | number | boolean | undefined>;

export interface VElement {
  tag: string;
  attrs: Attrs;
  children: VNode[];
}

/** A string is a text node. */
export type VNode = VElement | string;

/** A child as written: nested arrays are flattened; false, null and undefined are dropped (for `cond && h(…)`). */
export type Child = VNode | Child[] | false | null | undefined;

/** `h('td', { class: 'number' }, '1.234,5')`. An attribute that is `false` or `undefined` is left out. */
export function h(tag: string, attrs: Attrs | null, ...children: Child[]): VElement {
  return { tag, attrs: attrs ?? {}, children: flatten(children) };
}

function flatten(children: Child[]): VNode[] {
  const out: VNode[] = [];
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    if (Array.isArray(child)) out.push(...flatten(child));
    else out.push(child);
  }
  return out;
}

/** SVG elements are created in the SVG namespace by `renderDom`. */
export const SVG_TAGS = new Set([
  'svg',
  'g',
  'rect',
  'path',
  'circle',
  'line',
  'text',
  'title',
  'desc',
  'tspan',
]);

/** Elements that have no closing tag in HTML. */
export const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'link', 'meta', 'col', 'source', 'wbr']);
