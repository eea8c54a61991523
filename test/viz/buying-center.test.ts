import { describe, expect, it, jest } from '@jest/globals';
import { analyseBuyingCenter, KEY_ROLES } from '../../src/core/analysis/buying-center.js';
import type { Lang } from '../../src/core/i18n/index.js';
import { formatPercent, t } from '../../src/core/i18n/index.js';
import { BUYING_ROLES } from '../../src/core/model/index.js';
import type { BuyingCenterData } from '../../src/viz/buying-center.js';
import { renderBuyingCenter } from '../../src/viz/buying-center.js';
import { ATTITUDE_COLOUR, ATTITUDE_GLYPH, attitudeKey } from '../../src/viz/palette.js';
import type { DemoAccount } from './people-fixtures.js';
import { all, demoAccount, demoAccounts, NOW, newSvg, withoutTitleIds } from './people-fixtures.js';

const dataOf = (account: DemoAccount): BuyingCenterData => ({
  contacts: account.snapshot.contacts,
  buyingCenter: account.view.buyingCenter,
});

function render(data: BuyingCenterData, lang: Lang = 'de', onSelect?: (id: string) => void) {
  const { dom, svg } = newSvg();
  const rendered = renderBuyingCenter(svg, data, {
    lang,
    width: 760,
    height: 500,
    ...(onSelect && { onSelect }),
  });
  return { dom, svg, rendered };
}

describe('renderBuyingCenter', () => {
  it('draws one lane per role with the people in it', () => {
    const account = demoAccount('acc-024');
    const { svg } = render(dataOf(account));
    expect(all(svg, '.kam-lane').map((l) => l.getAttribute('data-role'))).toEqual([...BUYING_ROLES]);
    for (const role of BUYING_ROLES) {
      const chips = all(svg, `.kam-chip[data-role="${role}"]`).map((c) => c.getAttribute('data-id'));
      expect(chips).toEqual(account.view.buyingCenter.members[role]);
    }
    expect(all(svg, '.kam-lane--key').map((l) => l.getAttribute('data-role'))).toEqual(
      BUYING_ROLES.filter((r) => KEY_ROLES.includes(r)),
    );
  });

  it('shows a person with two roles in both lanes', () => {
    const account = demoAccounts().find((a) => a.snapshot.contacts.some((c) => c.roles.length >= 2))!;
    const person = account.snapshot.contacts.find((c) => c.roles.length >= 2)!;
    const { svg } = render(dataOf(account));
    const lanes = all(svg, `.kam-chip[data-id="${person.id}"]`).map((c) => c.getAttribute('data-role'));
    expect(lanes.sort()).toEqual([...person.roles].sort());
  });

  it('shows the empty slots of a single-threaded account (acc-008), key roles emphasised', () => {
    const account = demoAccount('acc-008');
    const { buyingCenter } = account.view;
    const { svg } = render(dataOf(account), 'de');
    const emptyRoles = BUYING_ROLES.filter((r) => buyingCenter.members[r].length === 0);
    expect(emptyRoles.length).toBeGreaterThanOrEqual(4);
    expect(all(svg, '.kam-slot--empty').map((s) => s.getAttribute('data-role'))).toEqual(emptyRoles);
    expect(all(svg, '.kam-slot--key-missing').map((s) => s.getAttribute('data-role'))).toEqual(
      BUYING_ROLES.filter((r) => buyingCenter.keyRolesMissing.includes(r)),
    );
    const optional = all(svg, '.kam-slot--empty:not(.kam-slot--key-missing)');
    expect(optional.length).toBeGreaterThan(0);
    expect(optional.every((s) => s.textContent === 'nicht besetzt')).toBe(true);
    expect(svg.querySelector('.kam-slot--key-missing')?.textContent).toContain(
      'Schlüsselrolle nicht besetzt',
    );
    expect(svg.querySelector('.kam-slot--key-missing[data-role="decider"]')?.getAttribute('aria-label')).toBe(
      'Entscheider: Schlüsselrolle nicht besetzt',
    );
    expect(svg.querySelector('.kam-coverage')?.textContent).toBe(
      `Schlüsselrollen besetzt: ${formatPercent(buyingCenter.coverage, 'de')}`,
    );

    const en = render(dataOf(account), 'en').svg;
    expect(
      all(en, '.kam-slot--empty:not(.kam-slot--key-missing)').every((s) => s.textContent === 'not covered'),
    ).toBe(true);
    expect(en.querySelector('.kam-lane--decider .kam-lane-label')?.textContent).toBe('Decider');
    expect(en.querySelector('.kam-lane--decider .kam-badge text')?.textContent).toBe('D');
  });

  it('shows attitude colour and sign and influence as dots on each chip (acc-006, decider against us)', () => {
    const account = demoAccount('acc-006');
    const decider = account.snapshot.contacts.find((c) => c.roles.includes('decider'))!;
    const { svg } = render(dataOf(account), 'de');
    const chip = svg.querySelector(`.kam-chip[data-role="decider"][data-id="${decider.id}"]`)!;
    const key = attitudeKey(decider.attitude);
    expect(key === '-1' || key === '-2').toBe(true);
    expect(chip.querySelector('.kam-attitude')?.getAttribute('fill')).toBe(ATTITUDE_COLOUR[key]);
    expect(chip.querySelector('.kam-attitude-glyph')?.textContent).toBe(ATTITUDE_GLYPH[key]);
    const filled = all(chip, '.kam-influence circle').filter((c) => c.getAttribute('fill') !== '#ffffff');
    expect(filled).toHaveLength(decider.influence ?? 0);
    expect(chip.getAttribute('aria-label')).toContain(`Einfluss ${decider.influence}`);
    expect(chip.getAttribute('aria-label')).toContain(t(`attitude.${key as '-1' | '-2'}`, 'de'));
  });

  it('marks stale contacts', () => {
    const account = demoAccount('acc-009');
    const stale = new Set(account.view.buyingCenter.staleContactIds);
    expect(stale.size).toBeGreaterThan(0);
    const { svg } = render(dataOf(account), 'de');
    for (const chip of all(svg, '.kam-chip')) {
      const isStale = stale.has(chip.getAttribute('data-id')!);
      expect(chip.classList.contains('kam-chip--stale')).toBe(isStale);
      expect(chip.querySelector('.kam-stale-mark') !== null).toBe(isStale);
    }
    // Confirmed details are not stale.
    const fresh = {
      ...account.snapshot,
      contacts: account.snapshot.contacts.map((c) => ({ ...c, lastConfirmedAt: '2026-11-01' })),
    };
    const { svg: freshSvg } = render({
      contacts: fresh.contacts,
      buyingCenter: analyseBuyingCenter(fresh, NOW),
    });
    expect(all(freshSvg, '.kam-chip--stale')).toHaveLength(0);
  });

  it('describes itself and its legend in the chosen language', () => {
    const account = demoAccount('acc-024');
    const de = render(dataOf(account), 'de').svg;
    expect(de.querySelector('title')?.textContent).toBe('Buying Center');
    expect(de.querySelector('desc')?.textContent).toContain(
      `von ${KEY_ROLES.length} Schlüsselrollen besetzt`,
    );
    expect(de.querySelector('.kam-legend')?.textContent).toContain('Einfluss 1–5');
    const en = render(dataOf(account), 'en').svg;
    expect(en.querySelector('title')?.textContent).toBe('Buying center');
    expect(en.querySelector('.kam-legend')?.textContent).toContain('Supporter');
  });

  it('grows in height with the number of people', () => {
    const few = render(dataOf(demoAccount('acc-008'))).rendered;
    const many = render(dataOf(demoAccount('acc-024'))).rendered;
    expect(many.height).toBeGreaterThan(few.height);
  });

  it('draws the same picture twice', () => {
    const data = dataOf(demoAccount('acc-024'));
    expect(withoutTitleIds(render(data).svg.outerHTML)).toBe(withoutTitleIds(render(data).svg.outerHTML));
  });

  it('reports the chosen person on click and on Enter; empty slots are not choosable', () => {
    const account = demoAccount('acc-006');
    const onSelect = jest.fn<(id: string) => void>();
    const { dom, svg } = render(dataOf(account), 'de', onSelect);
    const [first, second] = all(svg, '.kam-chip');
    expect(first!.getAttribute('role')).toBe('button');
    first!.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    second!.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter' }));
    expect(onSelect.mock.calls).toEqual([
      [first!.getAttribute('data-id')],
      [second!.getAttribute('data-id')],
    ]);
    const slot = svg.querySelector('.kam-slot--empty');
    expect(slot?.getAttribute('role')).toBe('img');
    slot?.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('explains an empty buying center instead of failing', () => {
    const { svg, rendered } = render(
      { contacts: [], buyingCenter: analyseBuyingCenter({ contacts: [] }, NOW) },
      'en',
    );
    expect(svg.querySelector('.kam-empty')?.textContent).toBe(t('viz.empty', 'en'));
    expect(all(svg, '.kam-lane')).toHaveLength(0);
    expect(rendered).toEqual({ width: 760, height: 500 });
  });
});
