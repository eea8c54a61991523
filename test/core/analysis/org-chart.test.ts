import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { OrgChart, OrgChartNode } from '../../../src/core/analysis/org-chart.js';
import { buildOrgChart } from '../../../src/core/analysis/org-chart.js';
import type { Contact } from '../../../src/core/model/index.js';
import {
  hagedornContacts,
  hagedornRelationships,
  organisation,
  person,
  reordered,
  tie,
} from './relations-fixtures.js';

/** The chart as nested ids, easy to compare with a drawing. */
type Shape = [string, Shape[]];
const shape = (node: OrgChartNode): Shape => [node.contactId, node.children.map(shape)];
const nodes = (chart: OrgChart): OrgChartNode[] => {
  const all: OrgChartNode[] = [];
  const visit = (n: OrgChartNode) => {
    all.push(n);
    n.children.forEach(visit);
  };
  chart.roots.forEach(visit);
  return all;
};
const codes = (chart: OrgChart) => chart.gaps.map((g) => [g.severity, g.code]);

describe('buildOrgChart: Hagedorn Präzisionstechnik GmbH', () => {
  const chart = buildOrgChart({ contacts: hagedornContacts, relationships: hagedornRelationships });

  it('joins contact fields and HubSpot-style reports_to relationships into one tree', () => {
    // Dr. Schneider leads; Becker, Richter and Wolf report to her by field; Klein and Braun report
    // to Becker only through relationships; Hoffmann and Weber report to Richter by field.
    // Children by name: Anna Becker < Klaus Richter < Sabine Wolf; Jürgen Klein < Stefan Braun;
    // Markus Hoffmann < Thomas Weber.
    expect(chart.roots.map(shape)).toEqual([
      [
        'gf',
        [
          [
            'pl',
            [
              ['qm', []],
              ['mt', []],
            ],
          ],
          [
            'kfm',
            [
              ['it', []],
              ['ek', []],
            ],
          ],
          ['as', []],
        ],
      ],
    ]);
  });

  it('counts people and levels per node and for the chart', () => {
    const [gf] = chart.roots;
    expect(chart.people).toBe(8);
    expect(chart.depth).toBe(3);
    expect(gf).toMatchObject({ depth: 0, people: 8, levels: 3 });
    expect(gf?.children.map((c) => [c.contactId, c.depth, c.people, c.levels])).toEqual([
      ['pl', 1, 3, 2],
      ['kfm', 1, 3, 2],
      ['as', 1, 1, 1],
    ]);
  });

  it('finds nothing missing in a complete chart', () => {
    expect(chart.cycles).toEqual([]);
    expect(chart.conflicts).toEqual([]);
    expect(chart.gaps).toEqual([]);
  });
});

describe('buildOrgChart: edge cases', () => {
  it('is empty without contacts', () => {
    expect(buildOrgChart({ contacts: [], relationships: [] })).toEqual({
      roots: [],
      people: 0,
      depth: 0,
      cycles: [],
      conflicts: [],
      gaps: [],
    });
  });

  it('says the org chart is missing when nobody has a reporting line', () => {
    const chart = buildOrgChart({
      contacts: [
        person({ id: 'b', name: 'Thomas Weber' }),
        person({ id: 'a', name: 'Anna Becker' }),
        person({ id: 'c', name: 'Jürgen Klein' }),
      ],
      relationships: [tie({ id: 'r1', fromId: 'a', toId: 'b', kind: 'trusts' })],
    });
    expect(chart.roots.map((r) => r.contactId)).toEqual(['a', 'c', 'b']);
    expect(chart.depth).toBe(1);
    expect(codes(chart)).toEqual([['warning', 'orgChart.noReportingLines']]);
    expect(chart.gaps[0]?.text.de).toBe(
      'Organigramm fehlt: Für keinen der 3 Kontakte ist eine Berichtslinie erfasst.',
    );
  });

  it('orders several roots by size, then name, then id, and reports the separate parts', () => {
    const chart = buildOrgChart({
      contacts: [
        person({ id: 'vl', name: 'Ute Krause', jobTitle: 'Vertriebsleiterin' }),
        person({ id: 'km', name: 'Olaf Krüger', jobTitle: 'Key Account Manager', reportsToId: 'vl' }),
        person({ id: 'gf', name: 'Dr. Petra Schneider', jobTitle: 'Geschäftsführerin' }),
        person({ id: 'ek', name: 'Thomas Weber', jobTitle: 'Einkaufsleiter', reportsToId: 'gf' }),
        person({ id: 'it2', name: 'Markus Hoffmann', jobTitle: 'IT-Administrator' }),
        person({ id: 'it1', name: 'Markus Hoffmann', jobTitle: 'Leiter IT' }),
      ],
      relationships: [],
    });
    // Two parts of two ("Dr. Petra …" sorts before "Ute …"), then the singles, equal names by id.
    expect(chart.roots.map((r) => [r.contactId, r.people])).toEqual([
      ['gf', 2],
      ['vl', 2],
      ['it1', 1],
      ['it2', 1],
    ]);
    expect(codes(chart)).toEqual([['info', 'orgChart.separateParts']]);
    expect(chart.gaps[0]?.params).toEqual({ count: 4 });
  });

  it('makes someone whose manager is not a contact a flagged root', () => {
    const chart = buildOrgChart({
      contacts: [
        person({ id: 'pl', name: 'Anna Becker', reportsToId: '0035g00000XyZ12AAB' }),
        person({ id: 'qm', name: 'Jürgen Klein', reportsToId: 'pl' }),
      ],
      relationships: [],
    });
    expect(chart.roots).toHaveLength(1);
    expect(chart.roots[0]).toMatchObject({ contactId: 'pl', managerUnknown: '0035g00000XyZ12AAB' });
    expect(chart.roots[0]?.children[0]).not.toHaveProperty('managerUnknown');
    expect(codes(chart)).toEqual([['info', 'orgChart.managerUnknown']]);
    expect(chart.gaps[0]?.text.en).toBe(
      "Anna Becker reports to a manager who is not among the account's contacts.",
    );
  });

  it('lets the contact field win over a contradicting relationship and reports it', () => {
    const chart = buildOrgChart({
      contacts: [
        person({ id: 'gf', name: 'Dr. Petra Schneider' }),
        person({ id: 'kfm', name: 'Klaus Richter', reportsToId: 'gf' }),
        person({ id: 'ek', name: 'Thomas Weber', reportsToId: 'kfm' }),
      ],
      relationships: [tie({ id: 'r1', fromId: 'ek', toId: 'gf', kind: 'reports_to', strength: 3 })],
    });
    expect(chart.roots.map(shape)).toEqual([['gf', [['kfm', [['ek', []]]]]]]);
    expect(chart.conflicts).toEqual([
      { contactId: 'ek', managerId: 'kfm', source: 'contact', otherManagerIds: ['gf'] },
    ]);
    expect(chart.gaps.map((g) => g.text.en)).toEqual([
      'Thomas Weber has conflicting managers: using Klaus Richter, also recorded: Dr. Petra Schneider.',
    ]);
  });

  it('among relationships prefers a known manager, then the stronger tie', () => {
    const chart = buildOrgChart({
      contacts: [
        person({ id: 'gf', name: 'Dr. Petra Schneider' }),
        person({ id: 'kfm', name: 'Klaus Richter' }),
        person({ id: 'ek', name: 'Thomas Weber' }),
      ],
      relationships: [
        tie({ id: 'r1', fromId: 'ek', toId: 'ext-9', kind: 'reports_to', strength: 3 }),
        tie({ id: 'r2', fromId: 'ek', toId: 'gf', kind: 'reports_to', strength: 1 }),
        tie({ id: 'r3', fromId: 'ek', toId: 'kfm', kind: 'reports_to', strength: 2 }),
      ],
    });
    // ext-9 is strongest but unknown; of the known ones Richter (2) beats Schneider (1).
    expect(chart.conflicts).toEqual([
      { contactId: 'ek', managerId: 'kfm', source: 'relationship', otherManagerIds: ['ext-9', 'gf'] },
    ]);
    expect(chart.roots.map(shape)).toEqual([
      ['kfm', [['ek', []]]],
      ['gf', []],
    ]);
  });

  it('breaks a self-contained cycle at the lowest id when all lines are contact fields', () => {
    // Becker → Klein → Weber → Becker; Braun hangs below Klein.
    const chart = buildOrgChart({
      contacts: [
        person({ id: 'c', name: 'Thomas Weber', reportsToId: 'a' }),
        person({ id: 'b', name: 'Jürgen Klein', reportsToId: 'c' }),
        person({ id: 'a', name: 'Anna Becker', reportsToId: 'b' }),
        person({ id: 'd', name: 'Stefan Braun', reportsToId: 'b' }),
      ],
      relationships: [],
    });
    expect(chart.cycles).toEqual([['a', 'b', 'c']]);
    expect(chart.roots[0]).toMatchObject({ contactId: 'a', managerDropped: 'b' });
    // With a's line cut: c reports to a, b to c, d to b.
    expect(chart.roots.map(shape)).toEqual([['a', [['c', [['b', [['d', []]]]]]]]]);
    expect(codes(chart)).toEqual([['warning', 'orgChart.cycle']]);
    expect(chart.gaps[0]?.text.de).toBe(
      'Zirkuläre Berichtslinie: Anna Becker → Jürgen Klein → Thomas Weber → Anna Becker. ' +
        'Die Linie über Anna Becker wurde für das Organigramm getrennt.',
    );
  });

  it('cuts a relationship-derived line before a contact field', () => {
    const chart = buildOrgChart({
      contacts: [
        person({ id: 'a', name: 'Anna Becker', reportsToId: 'b' }),
        person({ id: 'b', name: 'Jürgen Klein' }),
      ],
      relationships: [tie({ id: 'r1', fromId: 'b', toId: 'a', kind: 'reports_to' })],
    });
    expect(chart.cycles).toEqual([['b', 'a']]);
    expect(chart.roots.map(shape)).toEqual([['b', [['a', []]]]]);
    expect(chart.roots[0]?.managerDropped).toBe('a');
  });

  it('treats a contact reporting to themselves as a cycle of one', () => {
    const chart = buildOrgChart({
      contacts: [person({ id: 'gf', name: 'Dr. Petra Schneider', reportsToId: 'gf' })],
      relationships: [],
    });
    expect(chart.cycles).toEqual([['gf']]);
    expect(chart.roots).toEqual([
      { contactId: 'gf', depth: 0, people: 1, levels: 1, children: [], managerDropped: 'gf' },
    ]);
  });

  it('keeps the first of duplicate contact ids so nobody appears twice', () => {
    const chart = buildOrgChart({
      contacts: [person({ id: 'a', name: 'Anna Becker' }), person({ id: 'a', name: 'Anna Becker (alt)' })],
      relationships: [],
    });
    expect(chart.people).toBe(1);
    expect(chart.roots).toHaveLength(1);
  });
});

describe('buildOrgChart: properties', () => {
  it('shows every contact exactly once, whatever the input', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const chart = buildOrgChart(org);
        const ids = nodes(chart).map((n) => n.contactId);
        expect([...ids].sort()).toEqual(org.contacts.map((c) => c.id).sort());
        expect(chart.people).toBe(org.contacts.length);
      }),
    );
  });

  it('keeps depth, counts and child order consistent', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const chart = buildOrgChart(org);
        const byId = new Map(org.contacts.map((c) => [c.id, c]));
        const check = (node: OrgChartNode) => {
          node.children.forEach((child) => expect(child.depth).toBe(node.depth + 1));
          expect(node.people).toBe(1 + node.children.reduce((s, c) => s + c.people, 0));
          expect(node.levels).toBe(1 + Math.max(0, ...node.children.map((c) => c.levels)));
          const names = node.children.map((c) => byId.get(c.contactId) as Contact);
          for (let i = 1; i < names.length; i++) {
            const [a, b] = [names[i - 1] as Contact, names[i] as Contact];
            const order = a.name.localeCompare(b.name, 'de');
            expect(order < 0 || (order === 0 && a.id < b.id)).toBe(true);
          }
          node.children.forEach(check);
        };
        chart.roots.forEach((root) => {
          expect(root.depth).toBe(0);
          check(root);
        });
        expect(chart.depth).toBe(Math.max(0, ...chart.roots.map((r) => r.levels)));
      }),
    );
  });

  it('only draws recorded lines: the field when set, otherwise a reports_to relationship', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const byId = new Map(org.contacts.map((c) => [c.id, c]));
        const visit = (node: OrgChartNode) => {
          for (const child of node.children) {
            const recorded = byId.get(child.contactId)?.reportsToId;
            if (recorded !== undefined) expect(node.contactId).toBe(recorded);
            else {
              const lines = org.relationships.filter(
                (r) => r.kind === 'reports_to' && r.fromId === child.contactId,
              );
              expect(lines.map((r) => r.toId)).toContain(node.contactId);
            }
            visit(child);
          }
        };
        buildOrgChart(org).roots.forEach(visit);
      }),
    );
  });

  it('does not depend on the order of contacts and relationships', () => {
    fc.assert(
      fc.property(
        organisation.chain((org) => fc.tuple(fc.constant(org), reordered(org))),
        ([org, shuffled]) => {
          expect(buildOrgChart(shuffled)).toEqual(buildOrgChart(org));
        },
      ),
    );
  });
});
