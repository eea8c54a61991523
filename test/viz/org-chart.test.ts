import { describe, expect, it, jest } from '@jest/globals';
import { buildOrgChart } from '../../src/core/analysis/org-chart.js';
import type { OrgChartNode } from '../../src/core/analysis/org-chart.js';
import { t } from '../../src/core/i18n/index.js';
import type { Lang } from '../../src/core/i18n/index.js';
import type { Contact, Relationship } from '../../src/core/model/index.js';
import type { OrgChartData } from '../../src/viz/org-chart.js';
import { renderOrgChart } from '../../src/viz/org-chart.js';
import { all, demoAccount, newSvg, translation, withoutTitleIds } from './people-fixtures.js';

function chartOf(contacts: Contact[], relationships: Relationship[] = []): OrgChartData {
  return { contacts, orgChart: buildOrgChart({ contacts, relationships }) };
}

function render(data: OrgChartData, lang: Lang = 'de', width = 760, onSelect?: (id: string) => void) {
  const { dom, svg } = newSvg();
  const rendered = renderOrgChart(svg, data, { lang, width, ...(onSelect && { onSelect }) });
  return { dom, svg, rendered };
}

function box(svg: SVGSVGElement, id: string): Element {
  const found = svg.querySelector(`.kam-node[data-id="${id}"]`);
  if (!found) throw new Error(`no box ${id}`);
  return found;
}

const person = (id: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  roles: [],
  ...extra,
});

/** Two separate trees, one whose manager is not a contact, a reporting cycle and someone on their own. */
function forest(): Contact[] {
  return [
    person('a1', 'Anna Alpha', {
      roles: ['decider'],
      attitude: 2,
      influence: 5,
      jobTitle: 'Geschäftsführerin',
    }),
    person('a2', 'Arne Alpha', { reportsToId: 'a1', roles: ['user', 'coach'], attitude: 1 }),
    person('a3', 'Asta Alpha', { reportsToId: 'a1' }),
    person('b1', 'Bernd Beta', { reportsToId: 'not-a-contact', attitude: -2 }),
    person('b2', 'Berta Beta', { reportsToId: 'b1' }),
    person('c1', 'Carl Cyclus', { reportsToId: 'c2' }),
    person('c2', 'Cora Cyclus', { reportsToId: 'c1' }),
    person('d1', 'Dora Solo'),
  ];
}

const count = (node: OrgChartNode): number => 1 + node.children.reduce((sum, c) => sum + count(c), 0);

describe('renderOrgChart', () => {
  it('draws the reporting lines of a demo account as a tree of boxes', () => {
    const { snapshot, view } = demoAccount('acc-classic');
    const { svg } = render({ contacts: snapshot.contacts, orgChart: view.orgChart });
    expect(
      all(svg, '.kam-node')
        .map((n) => n.getAttribute('data-id'))
        .sort(),
    ).toEqual(snapshot.contacts.map((c) => c.id).sort());
    expect(all(svg, '.kam-link')).toHaveLength(snapshot.contacts.length - view.orgChart.roots.length);
    const managerOf = new Map<string, string>();
    const visit = (n: OrgChartNode) =>
      n.children.forEach((c) => {
        managerOf.set(c.contactId, n.contactId);
        visit(c);
      });
    view.orgChart.roots.forEach(visit);
    for (const link of all(svg, '.kam-link')) {
      expect(managerOf.get(link.getAttribute('data-from')!)).toBe(link.getAttribute('data-to'));
    }
    // A manager's box is above their reports'.
    for (const [report, manager] of managerOf) {
      expect(translation(box(svg, manager)).y).toBeLessThan(translation(box(svg, report)).y);
    }
    const withTitle = snapshot.contacts.find((c) => c.jobTitle && c.jobTitle.length < 20)!;
    expect(box(svg, withTitle.id).querySelector('.kam-node-title')?.textContent).toBe(withTitle.jobTitle);
  });

  it('shows several roots side by side and lists people outside the trees instead of losing them', () => {
    const contacts = forest();
    const data = chartOf(contacts);
    expect(data.orgChart.roots.length).toBeGreaterThanOrEqual(4);
    // A contact the chart was built without still shows up.
    const late = person('e1', 'Emil Extra');
    const { svg } = render({ contacts: [...contacts, late], orgChart: data.orgChart });

    const trees = data.orgChart.roots.filter((r) => r.children.length > 0);
    expect(trees).toHaveLength(3);
    const tops = trees.map((r) => translation(box(svg, r.contactId)));
    expect(new Set(tops.map((p) => p.y)).size).toBe(1);
    expect(new Set(tops.map((p) => p.x)).size).toBe(3);
    expect(all(svg, '.kam-forest .kam-node')).toHaveLength(trees.reduce((sum, r) => sum + count(r), 0));
    expect(all(svg, '.kam-link')).toHaveLength(4);

    const loose = svg.querySelector('.kam-org-loose')!;
    expect(loose.querySelector('.kam-org-loose-heading')?.textContent).toBe('Ohne bekannte Vorgesetzte');
    expect(loose.querySelector('.kam-node[data-id="d1"]')).not.toBeNull();
    expect(loose.querySelector('.kam-node[data-id="e1"]')?.classList.contains('kam-node--not-in-chart')).toBe(
      true,
    );
    expect(all(svg, '.kam-node')).toHaveLength(contacts.length + 1);
  });

  it('flags a manager who is not a contact and a line cut from a reporting cycle', () => {
    const contacts = forest();
    const data = chartOf(contacts);
    const { svg } = render(data);
    const unknown = box(svg, 'b1');
    expect(unknown.classList.contains('kam-node--manager-unknown')).toBe(true);
    expect(unknown.querySelector('.kam-flag--manager-unknown title')?.textContent).toBe(
      t('viz.orgChart.managerUnknown', 'de'),
    );
    expect(unknown.getAttribute('aria-label')).toContain(t('viz.orgChart.managerUnknown', 'de'));
    expect(box(svg, 'a1').classList.contains('kam-node--manager-unknown')).toBe(false);

    const cut = data.orgChart.roots.find((r) => r.managerDropped !== undefined)!;
    const manager = contacts.find((c) => c.id === cut.managerDropped)!;
    const dropped = box(svg, cut.contactId);
    expect(dropped.classList.contains('kam-node--manager-dropped')).toBe(true);
    expect(dropped.getAttribute('aria-label')).toContain(manager.name);
  });

  it('flags contradicting managers', () => {
    const contacts = [person('m1', 'Maria Main'), person('m2', 'Max Other'), person('r1', 'Rita Report')];
    const relationships: Relationship[] = [
      { id: 'rel-1', fromId: 'r1', toId: 'm1', kind: 'reports_to', strength: 3 },
      { id: 'rel-2', fromId: 'r1', toId: 'm2', kind: 'reports_to', strength: 1 },
    ];
    const { svg } = render(chartOf(contacts, relationships), 'en');
    const report = box(svg, 'r1');
    expect(report.classList.contains('kam-node--manager-conflict')).toBe(true);
    expect(report.getAttribute('aria-label')).toContain('Other managers recorded: Max Other');
  });

  it('grows in height with the depth and scales a wide chart to the width', () => {
    const chain = Array.from({ length: 6 }, (_, i) =>
      person(`p${i}`, `Person ${i}`, i > 0 ? { reportsToId: `p${i - 1}` } : {}),
    );
    const star = Array.from({ length: 6 }, (_, i) =>
      person(`p${i}`, `Person ${i}`, i > 0 ? { reportsToId: 'p0' } : {}),
    );
    const tall = render(chartOf(chain), 'de', 600).rendered;
    const flat = render(chartOf(star), 'de', 600).rendered;
    expect(tall.height).toBeGreaterThan(flat.height);

    const scaleOf = (svg: SVGSVGElement) =>
      Number(/scale\(([\d.]+)\)/.exec(svg.querySelector('.kam-forest')!.getAttribute('transform')!)![1]);
    expect(scaleOf(render(chartOf(chain), 'de', 600).svg)).toBe(1);
    const wide = render(chartOf(star), 'de', 600);
    expect(scaleOf(wide.svg)).toBeLessThan(1);
    expect(wide.rendered.width).toBe(600);
    // Too wide to stay readable at that width: the chart grows wider instead of shrinking further.
    const crowd = Array.from({ length: 30 }, (_, i) =>
      person(`q${i}`, `Person ${i}`, i > 0 ? { reportsToId: 'q0' } : {}),
    );
    const huge = render(chartOf(crowd), 'de', 600);
    expect(huge.rendered.width).toBeGreaterThan(600);
    expect(huge.svg.getAttribute('viewBox')).toBe(`0 0 ${huge.rendered.width} ${huge.rendered.height}`);
  });

  it('labels boxes in German and English with roles and attitude', () => {
    const data = chartOf(forest());
    const de = box(render(data, 'de').svg, 'a2');
    expect(all(de, '.kam-badge text').map((b) => b.textContent)).toEqual(['V', 'C']);
    expect(de.getAttribute('aria-label')).toBe(
      'Arne Alpha — Verwender, Coach, wohlwollend, Einfluss unbewertet',
    );
    const enSvg = render(data, 'en').svg;
    const en = box(enSvg, 'a2');
    expect(all(en, '.kam-badge text').map((b) => b.textContent)).toEqual(['U', 'C']);
    expect(en.getAttribute('aria-label')).toBe('Arne Alpha — User, Coach, Favourable, influence not rated');
    expect(enSvg.querySelector('.kam-org-loose-heading')?.textContent).toBe('No known manager');
    expect(enSvg.querySelector('title')?.textContent).toBe('Org chart');
    expect(box(enSvg, 'b1').querySelector('.kam-attitude-glyph')?.textContent).toBe('−−');
  });

  it('draws the same chart twice the same way', () => {
    const { snapshot, view } = demoAccount('acc-011');
    const data = { contacts: snapshot.contacts, orgChart: view.orgChart };
    expect(withoutTitleIds(render(data).svg.outerHTML)).toBe(withoutTitleIds(render(data).svg.outerHTML));
  });

  it('reports the chosen person on click and on Enter', () => {
    const onSelect = jest.fn<(id: string) => void>();
    const { dom, svg } = render(chartOf(forest()), 'de', 760, onSelect);
    box(svg, 'a3').dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    box(svg, 'd1').dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter' }));
    box(svg, 'd1').dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Tab' }));
    expect(onSelect.mock.calls).toEqual([['a3'], ['d1']]);
  });

  it('explains an empty chart instead of failing', () => {
    const { svg } = render(chartOf([]), 'de');
    expect(svg.querySelector('.kam-empty')?.textContent).toBe(t('viz.empty', 'de'));
    expect(all(svg, '.kam-node')).toHaveLength(0);
  });
});
