import type { Lang } from '../../core/i18n/index.js';
import { t } from '../../core/i18n/index.js';
import type { KeyAccount } from '../../core/model/index.js';
import { h } from '../dom.js';
import { PORTFOLIO_HASH } from '../router.js';

/** The account's name and where it stands: place, industry, owner, development stage. */
export function accountHeader(
  doc: Document,
  account: KeyAccount,
  lang: Lang,
  /** False for a link that reaches this account only. */
  withPortfolio = true,
): HTMLElement {
  const facts = [
    [account.city, account.industry].filter(Boolean).join(' · '),
    account.ownerName && t('workspace.account.owner', lang, { name: account.ownerName }),
    t('workspace.account.stage', lang, { stage: { term: `stage.${account.stage}` } }),
  ].filter((f): f is string => Boolean(f));
  return h(
    doc,
    'header',
    { class: 'account-header' },
    withPortfolio && h(doc, 'a', { href: PORTFOLIO_HASH, class: 'back' }, t('workspace.account.back', lang)),
    h(doc, 'h1', { 'data-testid': 'account-title' }, account.name),
    h(doc, 'p', { class: 'meta' }, facts.join(' · ')),
  );
}
