import type { AccountSnapshotInput } from '../../../src/core/model/index.js';
import { AccountSnapshot } from '../../../src/core/model/index.js';

/** 15 March 2026, a Sunday morning in Bielefeld: the clock of every planning test. */
export const NOW = new Date('2026-03-15T09:00:00Z');

export type DealInput = NonNullable<AccountSnapshotInput['deals']>[number];
export type ActionInput = NonNullable<AccountSnapshotInput['actions']>[number];
export type PotentialInput = NonNullable<AccountSnapshotInput['potentials']>[number];

/** A won deal: one year of the revenue history. */
export const won = (
  id: string,
  closeDate: string,
  amount: number,
  extra: Partial<DealInput> = {},
): DealInput => ({
  id,
  name: `Rahmenauftrag Antriebskomponenten ${closeDate.slice(0, 4)}`,
  amount,
  status: 'won',
  closeDate,
  productLine: 'Antriebe',
  ...extra,
});

/** An open deal: a project in the pipeline, decided on `closeDate`. */
export const open = (
  id: string,
  closeDate: string,
  amount: number,
  probability: number,
  extra: Partial<DealInput> = {},
): DealInput => ({ id, name: `Projekt ${id}`, amount, probability, status: 'open', closeDate, ...extra });

export const action = (id: string, due: string, extra: Partial<ActionInput> = {}): ActionInput => ({
  id,
  title: `Maßnahme ${id}`,
  start: '2025-01-02',
  due,
  ...extra,
});

/**
 * Hoffmann Antriebstechnik GmbH, Maschinenbau in Bielefeld: the guide's classic customer, for three
 * years steady at 25,000 EUR a year with us. Tests add plan, potentials and projects as they need.
 */
export function hoffmann(extra: Partial<AccountSnapshotInput> = {}): AccountSnapshotInput {
  return {
    account: {
      id: 'acc-hoffmann',
      name: 'Hoffmann Antriebstechnik GmbH',
      industry: 'Maschinenbau',
      country: 'DE',
      city: 'Bielefeld',
      employees: 380,
      currency: 'EUR',
      ownerName: 'Thomas Becker',
    },
    deals: [
      won('won-2023', '2023-06-30', 25_000),
      won('won-2024', '2024-06-28', 25_000),
      won('won-2025', '2025-06-30', 25_000),
    ],
    ...extra,
  };
}

export const parse = (input: AccountSnapshotInput): AccountSnapshot => AccountSnapshot.parse(input);
