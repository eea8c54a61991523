import type { Child } from '../dom.js';
import { h, replaceChildren } from '../dom.js';

/** A page that only explains: a title, a few sentences and maybe one thing to do. */
export function showNoticePage(
  container: HTMLElement,
  title: string,
  lines: readonly string[],
  action?: Child,
): void {
  const doc = container.ownerDocument;
  replaceChildren(
    container,
    h(
      doc,
      'div',
      { class: 'placeholder notice-page' },
      h(doc, 'h1', {}, title),
      ...lines.map((line) => h(doc, 'p', {}, line)),
      action,
    ),
  );
}
