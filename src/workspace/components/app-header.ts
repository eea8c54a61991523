import type { Lang } from '../../core/i18n/index.js';
import { t } from '../../core/i18n/index.js';
import type { TenantInfo } from '../contract.js';
import { button, h, uniqueId } from '../dom.js';
import { otherLang } from '../i18n.js';
import { PORTFOLIO_HASH } from '../router.js';

export interface HeaderState {
  readonly lang: Lang;
  readonly compact: boolean;
  readonly tenant: TenantInfo | undefined;
  /** The demo's tenants to switch between; empty outside the demo. */
  readonly demoTenants: readonly TenantInfo[];
  readonly demoTenantId: string | undefined;
  /** False for a link that reaches one account only: no portfolio to go to. */
  readonly portfolio?: boolean;
}

export interface HeaderEvents {
  switchLang(lang: Lang): void;
  switchDemoTenant(tenantId: string): void;
}

const CRM_NAME: Readonly<Record<TenantInfo['crm'], string>> = {
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
};

/**
 * The bar above every page: product name and tenant (left out when compact, where the CRM's own
 * frame already says where one is), the link to the portfolio, the demo's tenant switch and the
 * language switch.
 */
export function appHeader(doc: Document, state: HeaderState, events: HeaderEvents): HTMLElement {
  const { lang } = state;
  const target = otherLang(lang);
  const langSwitch = button(doc, target.toUpperCase(), () => events.switchLang(target), {
    class: 'button button--quiet lang-switch',
    'data-testid': 'lang-switch',
    lang: target,
    'aria-label': t('workspace.header.switchLang', target),
  });

  let demoSwitch: HTMLElement | undefined;
  if (state.demoTenants.length > 1) {
    const id = uniqueId('demo-tenant');
    const select = h(
      doc,
      'select',
      { id, 'data-testid': 'demo-tenant' },
      ...state.demoTenants.map((tenant) =>
        h(
          doc,
          'option',
          { value: tenant.id, selected: tenant.id === state.demoTenantId },
          // the CRM is named once, also when the installation's name already says it
          tenant.name.includes(CRM_NAME[tenant.crm])
            ? tenant.name
            : `${tenant.name} (${CRM_NAME[tenant.crm]})`,
        ),
      ),
    );
    select.addEventListener('change', () => events.switchDemoTenant(select.value));
    demoSwitch = h(
      doc,
      'div',
      { class: 'demo-switch' },
      h(doc, 'label', { for: id }, t('workspace.header.demoTenant', lang)),
      select,
    );
  }

  return h(
    doc,
    'header',
    { class: state.compact ? 'app-header app-header--compact' : 'app-header' },
    !state.compact &&
      h(
        doc,
        'div',
        { class: 'brand' },
        h(doc, 'span', { class: 'brand__name' }, t('workspace.title', lang)),
        state.tenant && h(doc, 'span', { class: 'brand__tenant' }, state.tenant.name),
      ),
    h(
      doc,
      'nav',
      { 'aria-label': t('workspace.header.navigation', lang) },
      state.portfolio !== false &&
        h(doc, 'a', { href: PORTFOLIO_HASH }, t('workspace.portfolio.title', lang)),
    ),
    h(doc, 'div', { class: 'header-tools' }, demoSwitch, langSwitch),
  );
}
