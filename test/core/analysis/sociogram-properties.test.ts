import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { analyseSociogram, tieCost } from '../../../src/core/analysis/sociogram.js';
import type { Contact, Relationship } from '../../../src/core/model/index.js';
import { RELATIONSHIP_KINDS } from '../../../src/core/model/index.js';
import { organisation, reordered } from './relations-fixtures.js';

type Org = { contacts: Contact[]; relationships: Relationship[] };

const IDS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];
/**
 * One decider who is not on our side among few supporters and sparse informal ties: the shape in
 * which routes of several hops, detours around opponents and unreachable deciders are common.
 */
const sparseNetwork = fc
  .record({
    attitudes: fc.array(fc.constantFrom(-1, 0, 0, 1, undefined), {
      minLength: IDS.length,
      maxLength: IDS.length,
    }),
    deciderAttitude: fc.integer({ min: -2, max: 0 }),
    ties: fc.array(
      fc.record({
        fromId: fc.constantFrom(...IDS),
        toId: fc.constantFrom(...IDS),
        kind: fc.constantFrom(...RELATIONSHIP_KINDS),
        strength: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 16, size: 'medium' },
    ),
  })
  .map(({ attitudes, deciderAttitude, ties }): Org => ({
    contacts: IDS.map((id, i): Contact => {
      const attitude = i === 0 ? deciderAttitude : attitudes[i];
      const roles: Contact['roles'] = i === 0 ? ['decider'] : [];
      return { id, name: `Kontakt ${id}`, roles, ...(attitude !== undefined && { attitude }) };
    }),
    relationships: ties
      .filter((t) => t.fromId !== t.toId)
      .map((t, i): Relationship => ({ id: `r${i}`, ...t })),
  }));
const anyNetwork = fc.oneof(organisation, sparseNetwork);
const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Strongest positive tie per pair of known contacts, either direction, reporting fields included. */
function positivePairs(org: Org): Map<string, number> {
  const known = new Set(org.contacts.map((c) => c.id));
  const best = new Map<string, number>();
  const add = (a: string, b: string, strength: number) =>
    best.set(key(a, b), Math.max(best.get(key(a, b)) ?? 0, strength));
  for (const r of org.relationships) {
    if (r.kind !== 'conflicts' && known.has(r.fromId) && known.has(r.toId)) add(r.fromId, r.toId, r.strength);
  }
  for (const c of org.contacts) {
    const m = c.reportsToId;
    const recorded = org.relationships.some(
      (r) => r.kind === 'reports_to' && r.fromId === c.id && r.toId === m,
    );
    if (m !== undefined && m !== c.id && known.has(m) && !recorded) add(c.id, m, 2);
  }
  return best;
}

/**
 * Reference for the supportive path: Floyd–Warshall over (cost, hops) where only non-opponents may
 * be intermediates; the best supporter's route length to the decider, or undefined.
 */
function bestRouteByBruteForce(org: Org, deciderId: string): [number, number] | undefined {
  const ids = org.contacts.map((c) => c.id);
  const pairs = positivePairs(org);
  const INF: [number, number] = [Infinity, Infinity];
  const less = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const dist = new Map<string, [number, number]>();
  const get = (a: string, b: string) => dist.get(`${a}>${b}`) ?? INF;
  for (const a of ids) {
    for (const b of ids) {
      const strength = pairs.get(key(a, b));
      dist.set(`${a}>${b}`, a === b ? [0, 0] : strength ? [tieCost(strength), 1] : INF);
    }
  }
  for (const k of org.contacts.filter((c) => (c.attitude ?? 0) >= 0).map((c) => c.id)) {
    for (const a of ids) {
      for (const b of ids) {
        const via: [number, number] = [get(a, k)[0] + get(k, b)[0], get(a, k)[1] + get(k, b)[1]];
        if (less(via, get(a, b))) dist.set(`${a}>${b}`, via);
      }
    }
  }
  let best = INF;
  for (const s of org.contacts.filter((c) => (c.attitude ?? 0) > 0)) {
    if (less(get(s.id, deciderId), best)) best = get(s.id, deciderId);
  }
  return best[0] === Infinity ? undefined : best;
}

describe('analyseSociogram: properties', () => {
  it('does not depend on the order of contacts and relationships', () => {
    fc.assert(
      fc.property(
        organisation.chain((org) => fc.tuple(fc.constant(org), reordered(org))),
        ([org, shuffled]) => {
          expect(analyseSociogram(shuffled)).toEqual(analyseSociogram(org));
        },
      ),
    );
  });

  it('keeps network influence within 0…1 with the top person at 1 whenever anyone sways anyone', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const values = analyseSociogram(org).people.map((p) => p.networkInfluence);
        for (const v of values) expect(v >= 0 && v <= 1).toBe(true);
        if (values.length > 0) expect([0, 1]).toContain(Math.max(...values));
      }),
    );
  });

  it('keeps champions supporters, blockers opponents and hidden influencers influential', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const s = analyseSociogram(org);
        const byId = new Map(s.people.map((p) => [p.contactId, p]));
        for (const c of s.champions) expect(byId.get(c.contactId)?.attitude).toBeGreaterThanOrEqual(1);
        for (const b of s.blockers) expect(byId.get(b.contactId)?.attitude).toBeLessThanOrEqual(-1);
        for (const h of s.hiddenInfluencers) {
          const p = byId.get(h.contactId);
          expect(p?.influential).toBe(true);
          expect(p?.roles.length === 0 || (p?.statedInfluence ?? 0) <= 2).toBe(true);
        }
      }),
    );
  });

  it('finds a path from a supporter to each decider over positive ties, never through an opponent', () => {
    fc.assert(
      fc.property(anyNetwork, (org) => {
        const s = analyseSociogram(org);
        const byId = new Map(org.contacts.map((c) => [c.id, c]));
        const pairs = positivePairs(org);
        const deciders = org.contacts.filter((c) => c.roles.includes('decider')).map((c) => c.id);
        expect(s.deciderPaths.map((p) => p.deciderId)).toEqual([...deciders].sort());
        for (const path of s.deciderPaths) {
          if (!path.found) continue;
          const ids = path.contactIds;
          expect(ids[0]).toBe(path.supporterId);
          expect(byId.get(path.supporterId)?.attitude ?? 0).toBeGreaterThan(0);
          expect(ids[ids.length - 1]).toBe(path.deciderId);
          expect(new Set(ids).size).toBe(ids.length);
          for (const middle of ids.slice(1, -1))
            expect(byId.get(middle)?.attitude ?? 0).toBeGreaterThanOrEqual(0);
          path.hops.forEach((hop, i) => {
            expect([hop.fromId, hop.toId]).toEqual([ids[i], ids[i + 1]]);
            expect(hop.kind).not.toBe('conflicts');
            expect(hop.strength).toBe(pairs.get(key(hop.fromId, hop.toId)));
            if (hop.relationshipId !== undefined) {
              const r = org.relationships.find((x) => x.id === hop.relationshipId);
              expect(r && [r.kind, r.strength]).toEqual([hop.kind, hop.strength]);
              expect(r && (hop.reversed ? [r.toId, r.fromId] : [r.fromId, r.toId])).toEqual([
                hop.fromId,
                hop.toId,
              ]);
            }
          });
          expect(path.cost).toBe(path.hops.reduce((sum, h) => sum + tieCost(h.strength), 0));
        }
      }),
    );
  });

  it('finds the cheapest supportive route exactly when one exists', () => {
    fc.assert(
      fc.property(anyNetwork, (org) => {
        for (const path of analyseSociogram(org).deciderPaths) {
          const reference = bestRouteByBruteForce(org, path.deciderId);
          expect(path.found ? [path.cost, path.hops.length] : undefined).toEqual(reference);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports every decider without a path as a gap', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const s = analyseSociogram(org);
        const unreached = s.deciderPaths.filter((p) => !p.found).length;
        expect(s.gaps.filter((g) => g.code === 'sociogram.deciderUnreached')).toHaveLength(unreached);
      }),
    );
  });
});
