import { describe, expect, it, jest } from '@jest/globals';
import { socialTies } from '../../src/core/analysis/social-ties.js';
import type { Lang } from '../../src/core/i18n/index.js';
import { t } from '../../src/core/i18n/index.js';
import type { DeciderPath } from '../../src/core/analysis/sociogram.js';
import { analyseSociogram } from '../../src/core/analysis/sociogram.js';
import { ATTITUDE_COLOUR, ATTITUDE_GLYPH, attitudeKey } from '../../src/viz/palette.js';
import type { SociogramData } from '../../src/viz/sociogram.js';
import { renderSociogram } from '../../src/viz/sociogram.js';
import type { DemoAccount } from './people-fixtures.js';
import { all, demoAccount, demoAccounts, newSvg, translation, withoutTitleIds } from './people-fixtures.js';

const SIZE = { width: 760, height: 560 };

function dataOf(account: DemoAccount): SociogramData {
  const { snapshot, view } = account;
  return {
    contacts: snapshot.contacts,
    relationships: snapshot.relationships,
    sociogram: view.sociogram,
    buyingCenter: view.buyingCenter,
  };
}

function render(
  account: DemoAccount,
  lang: Lang = 'de',
  extra: { seed?: number; onSelect?: (id: string) => void } = {},
) {
  const { dom, svg } = newSvg();
  const rendered = renderSociogram(svg, dataOf(account), { lang, ...SIZE, ...extra });
  return { dom, svg, rendered };
}

function node(svg: SVGSVGElement, id: string): Element {
  const found = svg.querySelector(`.kam-node[data-id="${id}"]`);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

type FoundPath = Extract<DeciderPath, { found: true }>;
const foundPaths = (account: DemoAccount): FoundPath[] =>
  account.view.sociogram.deciderPaths.filter((p): p is FoundPath => p.found);

describe('renderSociogram', () => {
  it('draws every contact once and every tie with its kind as class', () => {
    const account = demoAccount('acc-006');
    const { svg } = render(account);
    const ids = all(svg, '.kam-node').map((n) => n.getAttribute('data-id'));
    expect(ids.sort()).toEqual(account.snapshot.contacts.map((c) => c.id).sort());
    const ties = socialTies(account.snapshot);
    expect(all(svg, '.kam-edge')).toHaveLength(ties.length);
    for (const kind of ['influences', 'trusts', 'conflicts', 'friends', 'mentors', 'reports_to'] as const) {
      expect(all(svg, `.kam-edge--${kind}`)).toHaveLength(ties.filter((tie) => tie.kind === kind).length);
    }
    // Conflicts carry a cross, so they do not depend on colour; no other kind does.
    expect(all(svg, '.kam-edge--conflicts').every((e) => e.querySelector('.kam-conflict-mark'))).toBe(true);
    expect(all(svg, '.kam-edge:not(.kam-edge--conflicts) .kam-conflict-mark')).toHaveLength(0);
  });

  it('shows the decider against us (acc-006) in the attitude colour and sign, with role letters per language', () => {
    const account = demoAccount('acc-006');
    const decider = account.snapshot.contacts.find((c) => c.roles.includes('decider'))!;
    expect(decider.attitude).toBeLessThan(0);
    const key = attitudeKey(decider.attitude);
    const { svg } = render(account, 'de');
    const g = node(svg, decider.id);
    expect(g.querySelector('.kam-node-circle')?.getAttribute('fill')).toBe(ATTITUDE_COLOUR[key]);
    expect(g.querySelector('.kam-attitude-glyph')?.textContent).toBe(ATTITUDE_GLYPH[key]);
    expect(g.querySelector('.kam-badge--decider text')?.textContent).toBe('E');
    expect(g.querySelector('.kam-badge--decider title')?.textContent).toBe('Entscheider');
    expect(g.getAttribute('aria-label')).toContain(`${decider.name} — `);
    expect(g.getAttribute('aria-label')).toContain('Entscheider');
    expect(g.getAttribute('aria-label')).toContain(t(`attitude.${key as '-1' | '-2'}`, 'de'));
    expect(g.classList.contains('kam-blocker')).toBe(true);
    expect(g.querySelector('.kam-marker--blocker')).not.toBeNull();

    const en = render(account, 'en').svg;
    expect(node(en, decider.id).querySelector('.kam-badge--decider text')?.textContent).toBe('D');
    expect(node(en, decider.id).getAttribute('aria-label')).toContain('Decider');
  });

  it('sizes nodes by stated influence and draws an unrated influence small and dashed', () => {
    const account = demoAccounts().find(
      (a) =>
        a.snapshot.contacts.some((c) => c.influence === undefined) &&
        a.snapshot.contacts.some((c) => c.influence === 5) &&
        a.snapshot.contacts.some((c) => c.influence !== undefined && c.influence <= 2),
    )!;
    const { svg } = render(account);
    const radius = (id: string) => Number(node(svg, id).querySelector('.kam-node-circle')?.getAttribute('r'));
    const strong = account.snapshot.contacts.find((c) => c.influence === 5)!;
    const weak = account.snapshot.contacts.find((c) => c.influence !== undefined && c.influence <= 2)!;
    const unrated = account.snapshot.contacts.find((c) => c.influence === undefined)!;
    expect(radius(strong.id)).toBeGreaterThan(radius(weak.id));
    expect(radius(unrated.id)).toBeLessThan(radius(strong.id));
    const circle = node(svg, unrated.id).querySelector('.kam-node-circle')!;
    expect(circle.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(node(svg, unrated.id).classList.contains('kam-node--unrated')).toBe(true);
    expect(
      node(svg, strong.id).querySelector('.kam-node-circle')?.getAttribute('stroke-dasharray'),
    ).toBeNull();
  });

  it('highlights the supportive path to the decider of a strong account with a coach', () => {
    const account = demoAccounts().find(
      (a) => a.view.buyingCenter.members.coach.length > 0 && foundPaths(a).some((p) => p.hops.length > 0),
    );
    expect(account).toBeDefined();
    const { svg } = render(account!);
    const hops = foundPaths(account!).flatMap((p) => p.hops);
    const pathEdges = all(svg, '.kam-edge.kam-path');
    // Paths to two deciders may share a tie; each tie is drawn once.
    const distinct = new Set(hops.map((h) => h.relationshipId ?? [h.fromId, h.toId].sort().join('>')));
    expect(pathEdges).toHaveLength(distinct.size);
    for (const hop of hops) {
      const match = pathEdges.filter((e) => {
        const ends = [e.getAttribute('data-from'), e.getAttribute('data-to')];
        return ends.includes(hop.fromId) && ends.includes(hop.toId);
      });
      expect(match).toHaveLength(1);
      if (hop.relationshipId) expect(match[0]!.getAttribute('data-id')).toBe(hop.relationshipId);
    }
    const onPath = new Set(foundPaths(account!).flatMap((p) => p.contactIds));
    expect(new Set(all(svg, '.kam-node.kam-path').map((n) => n.getAttribute('data-id')))).toEqual(onPath);
    expect(all(svg, '.kam-edge:not(.kam-path) .kam-path-halo')).toHaveLength(0);
  });

  it('highlights a path along a reporting line taken from the contact field', () => {
    const account = demoAccounts().find((a) =>
      foundPaths(a).some((p) => p.hops.some((h) => h.relationshipId === undefined)),
    );
    expect(account).toBeDefined();
    const hop = foundPaths(account!)
      .flatMap((p) => p.hops)
      .find((h) => h.relationshipId === undefined)!;
    const { svg } = render(account!);
    const [employee, manager] = hop.reversed ? [hop.toId, hop.fromId] : [hop.fromId, hop.toId];
    const edge = svg.querySelector(`.kam-edge--reports_to[data-from="${employee}"][data-to="${manager}"]`);
    expect(edge?.classList.contains('kam-path')).toBe(true);
    // A reporting line on the path is no longer faint.
    expect(edge?.querySelector('.kam-edge-line')?.getAttribute('stroke-opacity')).toBe('1');
  });

  it('marks hidden influencers, champions and blockers and explains the markers in the legend', () => {
    const account = demoAccounts().find(
      (a) =>
        a.view.sociogram.hiddenInfluencers.length > 0 &&
        a.view.sociogram.champions.length > 0 &&
        a.view.sociogram.blockers.length > 0,
    )!;
    const { sociogram } = account.view;
    const { svg } = render(account, 'de');
    const hidden = new Set(sociogram.hiddenInfluencers.map((h) => h.contactId));
    expect(
      new Set(all(svg, '.kam-node.kam-hidden-influencer').map((n) => n.getAttribute('data-id'))),
    ).toEqual(hidden);
    for (const id of hidden) {
      expect(node(svg, id).querySelector('.kam-marker--hidden')).not.toBeNull();
      expect(node(svg, id).getAttribute('aria-label')).toContain('Verdeckter Einfluss');
    }
    expect(new Set(all(svg, '.kam-node.kam-champion').map((n) => n.getAttribute('data-id')))).toEqual(
      new Set(sociogram.champions.map((c) => c.contactId)),
    );
    expect(new Set(all(svg, '.kam-node.kam-blocker').map((n) => n.getAttribute('data-id')))).toEqual(
      new Set(sociogram.blockers.map((b) => b.contactId)),
    );
    const legend = svg.querySelector('.kam-legend')!.textContent;
    for (const text of [
      'Verdeckter Einfluss',
      'Champion',
      'Blockierer',
      'Weg zum Entscheider',
      'beeinflusst',
    ]) {
      expect(legend).toContain(text);
    }
    const english = render(account, 'en').svg.querySelector('.kam-legend')!.textContent;
    for (const text of [
      'Hidden influencer',
      'Blocker',
      'Path to the decider',
      'in conflict with',
      'Opponent',
    ]) {
      expect(english).toContain(text);
    }
  });

  it('gives every kind of tie its own dash or end marker', () => {
    const { svg } = render(demoAccount('acc-024'));
    const look = (kind: string) => {
      const line = svg.querySelector(`.kam-edge-sample--${kind}`)!;
      return `${line.getAttribute('stroke-dasharray')}|${line.getAttribute('marker-end') ? 'marker' : ''}|${kind === 'conflicts' ? 'cross' : ''}`;
    };
    const kinds = ['influences', 'trusts', 'conflicts', 'friends', 'mentors', 'reports_to'];
    expect(new Set(kinds.map(look)).size).toBe(kinds.length);
    // Every marker an edge points at is defined in this svg.
    for (const line of all(svg, '[marker-end]')) {
      const id = /url\(#(.+)\)/.exec(line.getAttribute('marker-end')!)![1]!;
      expect(svg.querySelector(`marker[id="${id}"]`)).not.toBeNull();
    }
  });

  it('draws stronger ties with wider lines', () => {
    const account = demoAccounts().find((a) => {
      const strengths = a.snapshot.relationships
        .filter((r) => r.kind === 'influences')
        .map((r) => r.strength);
      return strengths.includes(1) && strengths.includes(3);
    })!;
    const { svg } = render(account);
    const width = (strength: number) =>
      Number(
        svg
          .querySelector(`.kam-edge--influences[data-strength="${strength}"] .kam-edge-line`)!
          .getAttribute('stroke-width'),
      );
    expect(width(3)).toBeGreaterThan(width(1));
    expect(svg.querySelector('.kam-edge--influences[data-strength="3"] title')?.textContent).toContain(
      'Stärke 3 von 3',
    );
  });

  it('keeps every node inside the frame and above the legend', () => {
    for (const id of ['acc-024', 'acc-011', 'acc-006']) {
      const { svg, rendered } = render(demoAccount(id));
      const legendTop = translation(svg.querySelector('.kam-legend')!).y;
      for (const n of all(svg, '.kam-node')) {
        const { x, y } = translation(n);
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(rendered.width);
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThan(legendTop);
      }
    }
  });

  it('truncates long names and keeps the full name in a title', () => {
    const account = demoAccount('acc-006');
    const long = {
      ...account.snapshot.contacts[0]!,
      name: 'Prof. Dr. Maximiliane von Hohenstein-Wartenberg',
    };
    const contacts = [long, ...account.snapshot.contacts.slice(1)];
    const { svg } = newSvg();
    renderSociogram(svg, { ...dataOf(account), contacts }, { lang: 'de', ...SIZE });
    const label = node(svg, long.id).querySelector('.kam-node-name')!;
    expect(label.firstChild?.textContent).toMatch(/…$/);
    expect(label.querySelector('title')?.textContent).toBe(long.name);
  });

  it('describes itself in the chosen language', () => {
    const account = demoAccount('acc-006');
    const de = render(account, 'de').svg;
    expect(de.querySelector('title')?.textContent).toBe('Soziogramm');
    expect(de.querySelector('desc')?.textContent).toContain(`${account.snapshot.contacts.length} Personen`);
    expect(de.getAttribute('aria-labelledby')).toBe(de.querySelector('title')?.id);
    const en = render(account, 'en').svg;
    expect(en.querySelector('title')?.textContent).toBe('Sociogram');
    expect(en.querySelector('desc')?.textContent).toContain(`${account.snapshot.contacts.length} people`);
  });

  it('draws the same picture for the same seed, another for another seed', () => {
    const account = demoAccount('acc-011');
    const first = withoutTitleIds(render(account, 'de', { seed: 7 }).svg.outerHTML);
    const second = withoutTitleIds(render(account, 'de', { seed: 7 }).svg.outerHTML);
    const other = withoutTitleIds(render(account, 'de', { seed: 8 }).svg.outerHTML);
    expect(second).toBe(first);
    expect(other).not.toBe(first);
  });

  it('reports the chosen person on click and on Enter', () => {
    const account = demoAccount('acc-006');
    const onSelect = jest.fn<(id: string) => void>();
    const { dom, svg } = render(account, 'de', { onSelect });
    const [first, second] = account.snapshot.contacts;
    const a = node(svg, first!.id);
    expect(a.getAttribute('tabindex')).toBe('0');
    expect(a.getAttribute('role')).toBe('button');
    a.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    node(svg, second!.id).dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter' }));
    expect(onSelect.mock.calls).toEqual([[first!.id], [second!.id]]);
  });

  it('draws a single-threaded account (acc-008) as one person without ties', () => {
    const account = demoAccount('acc-008');
    const { svg } = render(account);
    expect(all(svg, '.kam-node')).toHaveLength(1);
    expect(all(svg, '.kam-edge')).toHaveLength(0);
  });

  it('explains an empty sociogram instead of failing', () => {
    const { svg } = newSvg();
    const empty = demoAccount('acc-008');
    const rendered = renderSociogram(
      svg,
      {
        contacts: [],
        relationships: [],
        sociogram: analyseSociogram({ contacts: [], relationships: [] }),
        buyingCenter: empty.view.buyingCenter,
      },
      { lang: 'en', ...SIZE },
    );
    expect(svg.querySelector('.kam-empty')?.textContent).toBe(t('viz.empty', 'en'));
    expect(all(svg, '.kam-node')).toHaveLength(0);
    expect(rendered).toEqual(SIZE);
  });
});
