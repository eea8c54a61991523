import { t } from '../../core/i18n/index.js';
import type { PageContext } from '../context.js';
import { button, h, replaceChildren } from '../dom.js';

/** Loading failed: the error goes to the banner, the page keeps a sentence and a way to try again. */
export function showLoadFailed(
  container: HTMLElement,
  ctx: PageContext,
  error: unknown,
  retry: () => void,
): void {
  const doc = container.ownerDocument;
  const lang = ctx.lang();
  replaceChildren(
    container,
    h(
      doc,
      'div',
      { class: 'placeholder' },
      h(doc, 'p', {}, t('workspace.load.failed', lang)),
      button(doc, t('workspace.action.retry', lang), retry, { class: 'button' }),
    ),
  );
  ctx.reportError(error, retry);
}

export function showLoading(container: HTMLElement, text: string): void {
  const doc = container.ownerDocument;
  replaceChildren(
    container,
    h(doc, 'p', { class: 'placeholder loading', role: 'status', 'aria-busy': 'true' }, text),
  );
}
