/**
 * Snapshots that push on the places where HubSpot differs from the core: reports-to fields next to
 * reports_to ties (several managers, the same manager, none), names with titles and odd spacing,
 * plans with and without goals, numbers HubSpot could get in exponent form, datetimes with offsets.
 */
import fc from 'fast-check';
import type { AccountSnapshot } from '../../../../src/core/model/index.js';
import {
  AccountSnapshot as AccountSnapshotSchema,
  PORTER_ACTIVITIES,
} from '../../../../src/core/model/index.js';
import { snapshotArb } from '../../../core/arbitraries.js';

const word = fc.constantFrom('Anna', 'Jonas', 'von', 'Berg', 'Müller-Lüdenscheidt', 'Özil', 'de', 'Weber');
const title = fc.constantFrom('', 'Dr. ', 'Prof. Dr. ', 'Dipl.-Ing. ');
const spacing = fc.constantFrom(' ', '  ', '\t');
const personName = fc
  .tuple(title, fc.array(word, { minLength: 1, maxLength: 3 }), spacing)
  .map(([t, words, gap]) => `${t}${words.join(gap)}`.trim());

const tinyOrPlain = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(5e-324, 1e-7, 0.1 + 0.2, 1),
);

export const edgySnapshotArb: fc.Arbitrary<AccountSnapshot> = fc
  .record({
    base: snapshotArb,
    managers: fc.array(fc.option(fc.nat(), { nil: undefined }), { maxLength: 8 }),
    /** Per contact: which reports_to ties sit next to its reports-to field. */
    ties: fc.array(fc.constantFrom('none', 'same', 'other', 'both'), { minLength: 8, maxLength: 8 }),
    names: fc.array(personName, { minLength: 8, maxLength: 8 }),
    goals: fc.option(fc.uniqueArray(fc.integer({ min: 2020, max: 2035 }), { maxLength: 4 }), {
      nil: undefined,
    }),
    capacity: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
    probabilities: fc.array(tinyOrPlain, { maxLength: 3 }),
    activity: fc.option(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), {
      nil: undefined,
    }),
    offset: fc.constantFrom('Z', '+02:00', '-05:30'),
    notes: fc.array(fc.constantFrom(...PORTER_ACTIVITIES), { maxLength: 3 }),
  })
  .map((r) => {
    const s = r.base;
    const n = s.contacts.length;
    const contacts = s.contacts.map((c, i) => {
      const m = r.managers[i];
      const name = r.names[i] ?? c.name;
      return m === undefined || n === 0 ? { ...c, name } : { ...c, name, reportsToId: `c${m % n}` };
    });
    // Wall-clock digits with an offset: a valid instant the reader must turn into UTC.
    const lastActivityAt =
      r.activity === undefined ? undefined : `${new Date(r.activity).toISOString().slice(0, 19)}${r.offset}`;
    const ties = contacts.flatMap((c, i) => {
      const manager = c.reportsToId;
      if (manager === undefined || n < 3) return [];
      const other = `c${(Number(manager.slice(1)) + 1) % n}`;
      const mode = r.ties[i];
      const to =
        mode === 'same' ? [manager] : mode === 'other' ? [other] : mode === 'both' ? [manager, other] : [];
      return to
        .filter((t) => t !== c.id)
        .map((t, j) => ({
          id: `rt${i}-${j}`,
          fromId: c.id,
          toId: t,
          kind: 'reports_to' as const,
          strength: 3,
        }));
    });
    return AccountSnapshotSchema.parse({
      ...s,
      relationships: [...s.relationships, ...ties],
      account: { ...s.account, lastActivityAt },
      contacts,
      potentials: [
        ...s.potentials,
        ...r.probabilities.map((p, i) => ({
          id: `px${i}`,
          productLine: 'Service',
          horizon: 'short',
          volumePerYear: 1,
          probability: p,
        })),
      ],
      valueChain: r.notes.map((activity, i) => ({ id: `v${i}`, activity, note: `Notiz ${i}` })),
      plan:
        r.goals === undefined
          ? undefined
          : {
              id: 'plan',
              ownerName: 'Markus Weber',
              capacityHoursPerYear: r.capacity,
              strategy: 'Ausbauen',
              goals: r.goals.map((year, i) => ({
                year,
                targetRevenue: 10_000 * (i + 1),
                note: i === 0 ? 'Start' : undefined,
              })),
            },
    });
  });
