/** Tiny helpers to build DOM trees without a framework; elements come from the given document. */

export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;
export type Child = Node | string | number | null | undefined | false;

function setAttrs(element: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(parent: Node, children: readonly Child[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : doc.createTextNode(String(child)));
  }
}

/** An HTML element with attributes (false/undefined omitted, true as empty) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  setAttrs(element, attrs);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children. */
export function s<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  setAttrs(element, attrs);
  append(element, children);
  return element;
}

/** Replaces everything in `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** A button that runs `action` on click. */
export function button(
  doc: Document,
  label: Child,
  action: (event: Event) => void,
  attrs: Attrs = {},
): HTMLButtonElement {
  const b = h(doc, 'button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', action);
  return b;
}

let idsGiven = 0;

/** An id unique in the page, for label/field pairs. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++idsGiven}`;
}
