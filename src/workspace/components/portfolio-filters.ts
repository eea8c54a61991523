import type { Lang } from '../../core/i18n/index.js';
import { t } from '../../core/i18n/index.js';
import type { PortfolioRow } from '../../core/portfolio.js';
import type { PortfolioAnswer } from '../contract.js';
import { button, h, uniqueId } from '../dom.js';
import type { PortfolioFilter } from '../portfolio-filter.js';
import { ownersOf } from '../portfolio-filter.js';
import { isQuadrant, isTier, QUADRANTS, TIERS } from '../vocabulary.js';

type Narrowing = Omit<PortfolioFilter, 'sort' | 'direction'>;

/**
 * The portfolio's filters: owner, tier, quadrant and a text search. Every change reports the whole
 * narrowing; the controls stay in place (and keep focus) while the results below are redrawn.
 */
export function portfolioFilters(
  doc: Document,
  rows: readonly PortfolioRow[],
  model: PortfolioAnswer['model'],
  filter: PortfolioFilter,
  lang: Lang,
  onChange: (narrowing: Narrowing) => void,
): HTMLFormElement {
  const field = (label: string, control: HTMLInputElement | HTMLSelectElement) => {
    control.id = uniqueId('filter');
    return h(doc, 'div', { class: 'field' }, h(doc, 'label', { for: control.id }, label), control);
  };
  const option = (value: string, label: string, selected: boolean) =>
    h(doc, 'option', { value, selected }, label);
  const all = t('workspace.filter.all', lang);

  const owner = h(
    doc,
    'select',
    { name: 'owner' },
    option('', all, filter.owner === undefined),
    ...ownersOf(rows, lang).map((o) => option(o, o, o === filter.owner)),
  );
  const tier = h(
    doc,
    'select',
    { name: 'tier' },
    option('', all, filter.tier === undefined),
    ...TIERS.map((k) => option(k, k, k === filter.tier)),
  );
  const quadrant = h(
    doc,
    'select',
    { name: 'quadrant' },
    option('', all, filter.quadrant === undefined),
    ...QUADRANTS.map((q) => option(q, model.quadrants[q].label[lang], q === filter.quadrant)),
  );
  const search = h(doc, 'input', {
    type: 'search',
    name: 'q',
    value: filter.search ?? '',
    placeholder: t('workspace.filter.searchHint', lang),
    autocomplete: 'off',
  });

  const report = () => {
    const text = search.value.trim();
    onChange({
      ...(owner.value ? { owner: owner.value } : {}),
      ...(isTier(tier.value) ? { tier: tier.value } : {}),
      ...(isQuadrant(quadrant.value) ? { quadrant: quadrant.value } : {}),
      ...(text ? { search: text } : {}),
    });
  };
  for (const control of [owner, tier, quadrant]) control.addEventListener('change', report);
  search.addEventListener('input', report);

  const reset = button(
    doc,
    t('workspace.filter.reset', lang),
    () => {
      for (const control of [owner, tier, quadrant]) control.value = '';
      search.value = '';
      report();
    },
    { class: 'button button--quiet' },
  );
  const form = h(
    doc,
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('workspace.filter.label', lang) },
    field(t('workspace.portfolio.column.owner', lang), owner),
    field(t('term.tier', lang), tier),
    field(t('term.quadrant', lang), quadrant),
    field(t('workspace.filter.search', lang), search),
    reset,
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}
