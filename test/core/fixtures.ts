import type { AccountSnapshot, AccountSnapshotInput } from '../../src/core/model/index.js';
import { AccountSnapshot as AccountSnapshotSchema } from '../../src/core/model/index.js';

/** 27 November 2026, 09:00 UTC: the moment the fixtures are written against. */
export const NOW = new Date('2026-11-27T09:00:00Z');

/**
 * Muster Maschinenbau GmbH (the account of the Salesforce outbound-message fixture): a Mittelstand
 * machine builder we have sold drive technology to for three years, growing.
 */
export function musterMaschinenbau(overrides: Partial<AccountSnapshotInput> = {}): AccountSnapshot {
  return AccountSnapshotSchema.parse({
    account: {
      id: '0015g00000QxYzAAAV',
      name: 'Muster Maschinenbau GmbH',
      industry: 'Maschinenbau',
      country: 'DE',
      city: 'Stuttgart',
      employees: 420,
      annualRevenue: 48_000_000,
      ratings: {
        strategic_fit: 4,
        reference_value: 5,
        innovation: 4,
        centralised_purchasing: 3,
        creditworthiness: 4,
      },
      stage: 'needs_understood',
      lastActivityAt: '2026-11-20T14:00:00Z',
    },
    contacts: [
      {
        id: 'c-gf',
        name: 'Dr. Petra Schneider',
        jobTitle: 'Geschäftsführerin',
        roles: ['decider'],
        influence: 5,
        attitude: 1,
        lastConfirmedAt: '2026-10-01',
      },
      {
        id: 'c-ek',
        name: 'Jürgen Maier',
        jobTitle: 'Leiter Einkauf',
        reportsToId: 'c-gf',
        roles: ['buyer', 'gatekeeper'],
        influence: 4,
        attitude: 0,
        lastConfirmedAt: '2026-09-15',
      },
      {
        id: 'c-pl',
        name: 'Sabine Köhler',
        jobTitle: 'Produktionsleiterin',
        reportsToId: 'c-gf',
        roles: ['user', 'influencer'],
        influence: 4,
        attitude: 2,
        lastConfirmedAt: '2026-11-10',
      },
      {
        id: 'c-it',
        name: 'Thomas Wagner',
        jobTitle: 'Leiter IT',
        reportsToId: 'c-gf',
        roles: ['influencer'],
        influence: 3,
        attitude: -1,
        lastConfirmedAt: '2026-06-30',
      },
      {
        id: 'c-im',
        name: 'Lukas Brandt',
        jobTitle: 'Instandhaltung',
        reportsToId: 'c-pl',
        roles: ['user', 'coach'],
        influence: 2,
        attitude: 2,
        lastConfirmedAt: '2026-11-10',
      },
    ],
    relationships: [
      { id: 'r1', fromId: 'c-pl', toId: 'c-gf', kind: 'influences', strength: 3 },
      { id: 'r2', fromId: 'c-it', toId: 'c-pl', kind: 'conflicts', strength: 2 },
    ],
    potentials: [
      {
        id: 'p1',
        productLine: 'Antriebstechnik',
        horizon: 'short',
        volumePerYear: 120_000,
        probability: 0.6,
      },
      {
        id: 'p2',
        productLine: 'Wartungsverträge',
        horizon: 'medium',
        volumePerYear: 80_000,
        probability: 0.5,
      },
      { id: 'p3', productLine: 'Sensorik', horizon: 'long', volumePerYear: 150_000, probability: 0.3 },
    ],
    plan: {
      id: 'plan-1',
      ownerName: 'Anna Berger',
      capacityHoursPerYear: 160,
      goals: [
        { year: 2026, targetRevenue: 260_000 },
        { year: 2027, targetRevenue: 320_000 },
      ],
    },
    actions: [
      {
        id: 'a1',
        title: 'Werksbesuch Produktion',
        start: '2026-03-01',
        due: '2026-03-15',
        status: 'done',
        kind: 'meeting',
        effortHours: 12,
        completedOn: '2026-03-14',
      },
      {
        id: 'a2',
        title: 'Workshop Instandhaltung 4.0',
        start: '2026-09-01',
        due: '2026-10-30',
        status: 'in_progress',
        kind: 'workshop',
        effortHours: 24,
      },
      {
        id: 'a3',
        title: 'Angebot Wartungsvertrag',
        start: '2026-12-01',
        due: '2027-01-31',
        status: 'planned',
        kind: 'offer',
        effortHours: 16,
      },
    ],
    deals: [
      {
        id: 'd23',
        name: 'Antriebe Linie 3',
        amount: 150_000,
        contributionMargin: 45_000,
        status: 'won',
        closeDate: '2023-05-10',
      },
      {
        id: 'd24',
        name: 'Antriebe Linie 4',
        amount: 180_000,
        contributionMargin: 54_000,
        status: 'won',
        closeDate: '2024-06-20',
      },
      {
        id: 'd25',
        name: 'Retrofit Presse 2',
        amount: 215_000,
        contributionMargin: 68_000,
        status: 'won',
        closeDate: '2025-04-02',
      },
      { id: 'd25b', name: 'Ersatzteilpaket', amount: 20_000, status: 'lost', closeDate: '2025-09-02' },
      {
        id: 'd26',
        name: 'Antriebe Halle Ost',
        amount: 140_000,
        contributionMargin: 40_000,
        status: 'won',
        closeDate: '2026-07-01',
      },
      {
        id: 'd27',
        name: 'Wartungsvertrag 2027',
        amount: 90_000,
        status: 'open',
        probability: 0.5,
        closeDate: '2027-01-31',
        resourceHours: 40,
      },
    ],
    ...overrides,
  });
}
