import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { analyseBuyingCenter } from '../../../src/core/analysis/buying-center.js';
import { Contact } from '../../../src/core/model/index.js';
import { shuffled, snapshotArb } from '../arbitraries.js';
import { musterMaschinenbau, NOW } from '../fixtures.js';

const contact = (id: string, extra: object) => Contact.parse({ id, name: `Person ${id}`, ...extra });

describe('buying-center coverage', () => {
  it('covers all key roles at Muster Maschinenbau and names the champions', () => {
    const bc = analyseBuyingCenter(musterMaschinenbau(), NOW);
    expect(bc.keyRolesCovered).toEqual(['decider', 'buyer', 'user', 'influencer', 'coach']);
    expect(bc.coverage).toBe(1);
    expect(bc.members.influencer).toEqual(['c-it', 'c-pl']);
    // Sabine Köhler (+2, influence 4) and Lukas Brandt (coach, +2); Dr. Schneider is +1 with influence 5
    expect(bc.championIds).toEqual(['c-gf', 'c-im', 'c-pl']);
    expect(bc.deciderAttitude).toBe(1);
    expect(bc.singleThreaded).toBe(false);
    // Thomas Wagner last confirmed 30 June 2026: within a year
    expect(bc.staleContactIds).toEqual([]);
    expect(bc.gaps).toEqual([]);
  });

  it('weights the deciders’ attitudes by their influence', () => {
    const bc = analyseBuyingCenter(
      {
        contacts: [
          contact('gf', { roles: ['decider'], influence: 5, attitude: 2 }),
          contact('cfo', { roles: ['decider'], influence: 3, attitude: -2 }),
          contact('bl', { roles: ['decider'] }), // attitude unknown: not counted
        ],
      },
      NOW,
    );
    expect(bc.deciderAttitude).toBeCloseTo((2 * 5 - 2 * 3) / 8, 10);
    expect(bc.deciders.map((d) => d.contactId)).toEqual(['bl', 'cfo', 'gf']);
  });

  it('flags a decider against us, a single thread and missing roles, most severe first', () => {
    const bc = analyseBuyingCenter(
      { contacts: [contact('gf', { roles: ['decider', 'buyer'], influence: 5, attitude: -1 })] },
      NOW,
    );
    expect(bc.gaps.map((g) => [g.severity, g.code])).toEqual([
      ['critical', 'gap.deciderAgainstUs'],
      ['critical', 'gap.singleThreaded'],
      ['warning', 'gap.noChampion'],
      ['info', 'gap.roleMissing'],
      ['info', 'gap.roleMissing'],
      ['info', 'gap.staleContacts'],
    ]);
    expect(bc.gaps.filter((g) => g.code === 'gap.roleMissing').map((g) => g.text.de)).toEqual([
      'Rolle im Buying Center nicht besetzt: Verwender.',
      'Rolle im Buying Center nicht besetzt: Beeinflusser.',
    ]);
  });

  it('does not count an opponent as champion, even as coach', () => {
    const bc = analyseBuyingCenter(
      { contacts: [contact('x', { roles: ['coach'], attitude: -1, influence: 5 })] },
      NOW,
    );
    expect(bc.championIds).toEqual([]);
  });

  it('reports an empty buying center once, not as a single thread', () => {
    const codes = analyseBuyingCenter({ contacts: [contact('x', {})] }, NOW).gaps.map((g) => g.code);
    expect(codes).toContain('gap.noBuyingCenter');
    expect(codes).toContain('gap.noDecider');
    expect(codes).not.toContain('gap.singleThreaded');
  });

  it('treats confirmations older than a year, or none, as stale', () => {
    const bc = analyseBuyingCenter(
      {
        contacts: [
          contact('old', { roles: ['user'], lastConfirmedAt: '2025-11-26' }),
          contact('edge', { roles: ['user'], lastConfirmedAt: '2025-11-27' }),
          contact('never', { roles: ['buyer'] }),
        ],
      },
      NOW,
    );
    expect(bc.staleContactIds).toEqual(['never', 'old']);
    expect(bc.gaps.find((g) => g.code === 'gap.staleContacts')!.text.en).toBe(
      'Buying-center contacts not confirmed for over 365 days: 2.',
    );
  });

  it('does not depend on the order of contacts or roles', () => {
    fc.assert(
      fc.property(snapshotArb, fc.integer({ min: 1, max: 1e6 }), (s, seed) => {
        expect(analyseBuyingCenter(shuffled(s, seed), NOW)).toEqual(analyseBuyingCenter(s, NOW));
      }),
      { numRuns: 200 },
    );
  });
});
