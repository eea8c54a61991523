import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { AccountSnapshot } from '../../../src/core/model/index.js';
import {
  Action,
  Contact,
  Deal,
  KeyAccount,
  Potential,
  Relationship,
  ValueChainNote,
} from '../../../src/core/model/index.js';
import { DEFAULT_MODEL, score } from '../../../src/core/scoring/index.js';
import { SCORING_INPUTS } from '../../../src/core/scoring/facts.js';
import { snapshotArb } from '../arbitraries.js';
import { musterMaschinenbau, NOW } from '../fixtures.js';

type Part = 'account' | 'contacts' | 'potentials' | 'actions' | 'deals';
const SCHEMA_KEYS: Record<Part, string[]> = {
  account: Object.keys(KeyAccount.shape),
  contacts: Object.keys(Contact.shape),
  potentials: Object.keys(Potential.shape),
  actions: Object.keys(Action.shape),
  deals: Object.keys(Deal.shape),
};

/** A different but valid value for a field that no metric reads. */
const OTHER_VALUES: Record<string, unknown> = {
  name: 'Umbenannt AG',
  industry: 'Chemie',
  country: 'AT',
  city: 'Graz',
  employees: 9999,
  ownerName: 'Neue Betreuerin',
  stage: 'key_account',
  jobTitle: 'Werkleiter',
  department: 'Werk 2',
  email: 'neu@example.com',
  reportsToId: 'c-ek',
  needsFactual: 'Liefertreue',
  needsEmotional: 'Anerkennung',
  productLine: 'Neue Linie',
  note: 'Notiz',
  title: 'Neuer Titel',
  goal: 'Neues Ziel',
  start: '2020-01-01',
  kind: 'workshop',
  effortHours: 77,
  stage_: 'Verhandlung',
  resourceHours: 999,
  strategic: true,
  probability: 0.99,
  id: 'umbenannt',
};

const mutateOthers = (record: Record<string, unknown>, part: Part): Record<string, unknown> => {
  const inputs = SCORING_INPUTS[part] as readonly string[];
  const out = { ...record };
  for (const key of SCHEMA_KEYS[part]) {
    if (inputs.includes(key)) continue;
    const value = part === 'deals' && key === 'stage' ? OTHER_VALUES.stage_ : OTHER_VALUES[key];
    if (value === undefined) throw new Error(`no test value for ${part}.${key}: add one`);
    out[key] = value;
  }
  return out;
};

describe('scoring inputs', () => {
  it('every field outside SCORING_INPUTS leaves score and fingerprint untouched', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const changed = {
          ...snapshot,
          account: mutateOthers(snapshot.account, 'account'),
          contacts: snapshot.contacts.map((c) => mutateOthers(c, 'contacts')),
          potentials: snapshot.potentials.map((p) => mutateOthers(p, 'potentials')),
          actions: snapshot.actions.map((a) => mutateOthers(a, 'actions')),
          deals: snapshot.deals.map((d) => mutateOthers(d, 'deals')),
          // relationships, value chain and plan feed the analyses, not the score
          relationships: [],
          valueChain: [],
          plan: undefined,
        } as unknown as AccountSnapshot;
        expect(score(changed, DEFAULT_MODEL, NOW)).toEqual(score(snapshot, DEFAULT_MODEL, NOW));
      }),
      { numRuns: 150 },
    );
  });

  it('every field in SCORING_INPUTS is part of the fingerprint', () => {
    const base = musterMaschinenbau();
    const hash = (s: AccountSnapshot) => score(s, DEFAULT_MODEL, NOW).inputHash;
    const before = hash(base);
    const variants: Record<string, unknown> = {
      id: 'other-id',
      currency: 'CHF',
      ratings: { strategic_fit: 1 },
      annualRevenue: 1,
      categorySpendPerYear: 1,
      lastActivityAt: '2020-01-01T00:00:00Z',
      roles: ['gatekeeper'],
      influence: 1,
      attitude: -2,
      lastConfirmedAt: '2020-01-01',
      horizon: 'long',
      volumePerYear: 1,
      probability: 0.01,
      status: 'cancelled',
      due: '2020-01-01',
      completedOn: '2020-01-01',
      amount: 1,
      contributionMargin: 1,
      closeDate: '2020-01-01',
    };
    for (const [part, keys] of Object.entries(SCORING_INPUTS)) {
      for (const key of keys) {
        const value = part === 'deals' && key === 'status' ? 'lost' : variants[key];
        const changed =
          part === 'account'
            ? { ...base, account: { ...base.account, [key]: value } }
            : {
                ...base,
                [part]: (base[part as Exclude<Part, 'account'>] as object[]).map((r) => ({
                  ...r,
                  [key]: value,
                })),
              };
        expect({ field: `${part}.${key}`, changed: hash(changed as AccountSnapshot) !== before }).toEqual({
          field: `${part}.${key}`,
          changed: true,
        });
      }
    }
  });

  it('relationships, value chain and plan are not scoring inputs', () => {
    for (const schema of [Relationship, ValueChainNote])
      expect(Object.keys(schema.shape).length).toBeGreaterThan(0);
    const base = musterMaschinenbau();
    const bare = { ...base, relationships: [], valueChain: [], plan: undefined };
    expect(score(bare, DEFAULT_MODEL, NOW)).toEqual(score(base, DEFAULT_MODEL, NOW));
  });
});
