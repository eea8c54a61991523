import type { Lang } from '../../core/i18n/index.js';
import { t } from '../../core/i18n/index.js';
import { button, h, replaceChildren } from '../dom.js';

/**
 * The error banner at the top of the page: the message, a retry button when trying again may help,
 * and a button to dismiss it. One banner at a time; a new error replaces the old one.
 */
export function showErrorBanner(host: HTMLElement, text: string, lang: Lang, retry?: () => void): void {
  const doc = host.ownerDocument;
  const banner = h(doc, 'div', {
    class: 'banner banner--error',
    role: 'alert',
    'data-testid': 'banner-error',
  });
  const dismiss = () => replaceChildren(host);
  replaceChildren(
    banner,
    h(doc, 'p', { class: 'banner__text' }, text),
    retry &&
      button(
        doc,
        t('workspace.action.retry', lang),
        () => {
          dismiss();
          retry();
        },
        { class: 'button' },
      ),
    button(doc, '×', dismiss, { class: 'banner__close', 'aria-label': t('workspace.action.dismiss', lang) }),
  );
  replaceChildren(host, banner);
}
