import { describe, expect, it } from '@jest/globals';
import type { Sociogram } from '../../../src/core/analysis/sociogram.js';
import { analyseSociogram } from '../../../src/core/analysis/sociogram.js';
import type { Contact, Relationship } from '../../../src/core/model/index.js';
import { hagedornContacts, hagedornRelationships, person, tie } from './relations-fixtures.js';

const analyse = (contacts: Contact[], relationships: Relationship[] = []) =>
  analyseSociogram({ contacts, relationships });
const influence = (s: Sociogram) =>
  Object.fromEntries(s.people.map((p) => [p.contactId, p.networkInfluence]));
const codes = (s: Sociogram) => s.gaps.map((g) => [g.severity, g.code]);

const schneider = person({ id: 'gf', name: 'Dr. Petra Schneider', jobTitle: 'Geschäftsführerin' });
const becker = person({ id: 'pl', name: 'Anna Becker', jobTitle: 'Produktionsleiterin' });
const richter = person({ id: 'kfm', name: 'Klaus Richter', jobTitle: 'Kaufmännischer Leiter' });
const weber = person({ id: 'ek', name: 'Thomas Weber', jobTitle: 'Einkaufsleiter' });
const wolf = person({ id: 'as', name: 'Sabine Wolf', jobTitle: 'Assistentin der Geschäftsführung' });
const klein = person({ id: 'qm', name: 'Jürgen Klein', jobTitle: 'Qualitätsmanager' });
const hoffmann = person({ id: 'it', name: 'Markus Hoffmann', jobTitle: 'Leiter IT' });

describe('analyseSociogram: Hagedorn Präzisionstechnik GmbH', () => {
  const s = analyse(hagedornContacts, hagedornRelationships);

  it('finds the assistant the Geschäftsführerin trusts as hidden influencer outside the buying center', () => {
    // Dr. Schneider trusts Sabine Wolf strongly, so Wolf receives Schneider's whole standing, and
    // through her Schneider's reports: the most influential person in the network, with no role.
    expect(s.people[0]).toMatchObject({ contactId: 'as', networkInfluence: 1, influential: true });
    expect(s.hiddenInfluencers).toEqual([
      { contactId: 'as', networkInfluence: 1, reasons: ['outsideBuyingCenter', 'influenceUnrated'] },
    ]);
  });

  it('names Anna Becker champion and Richter and Weber blockers, strongest stated influence first', () => {
    expect(s.champions).toEqual([{ contactId: 'pl', reasons: ['statedInfluence'] }]);
    expect(s.blockers.map((b) => b.contactId)).toEqual(['kfm', 'ek']);
    expect(s.blockers[0]?.reasons).toEqual(expect.arrayContaining(['statedInfluence', 'decider']));
    expect(s.blockers[1]?.reasons).toEqual(expect.arrayContaining(['statedInfluence', 'gatekeeper']));
  });

  it('reaches both deciders from a supporter over the reporting lines', () => {
    // Becker (+2) reports to Schneider: one medium line, cost 2. Hoffmann (+1) reports to Richter.
    expect(s.deciderPaths).toEqual([
      {
        deciderId: 'gf',
        found: true,
        supporterId: 'pl',
        contactIds: ['pl', 'gf'],
        hops: [{ fromId: 'pl', toId: 'gf', kind: 'reports_to', strength: 2, reversed: false }],
        cost: 2,
      },
      {
        deciderId: 'kfm',
        found: true,
        supporterId: 'it',
        contactIds: ['it', 'kfm'],
        hops: [{ fromId: 'it', toId: 'kfm', kind: 'reports_to', strength: 2, reversed: false }],
        cost: 2,
      },
    ]);
  });

  it('flags the conflict between the champion and the Kaufmännischer Leiter, not the one with purchasing', () => {
    expect(s.conflictLines).toEqual([
      { relationshipId: 'r-pl-kfm', fromId: 'pl', toId: 'kfm', strength: 3, splitsSupport: true },
      { relationshipId: 'r-qm-ek', fromId: 'qm', toId: 'ek', strength: 1, splitsSupport: false },
    ]);
  });

  it('lists the gaps most severe first, in German and English', () => {
    expect(codes(s)).toEqual([
      ['critical', 'sociogram.blocker'],
      ['critical', 'sociogram.conflictChampionDecider'],
      ['warning', 'sociogram.blocker'],
      ['warning', 'sociogram.hiddenOutsideBuyingCenter'],
    ]);
    expect(s.gaps[1]?.text).toEqual({
      de: 'Konflikt zwischen unserem Champion Anna Becker und dem Entscheider Klaus Richter.',
      en: 'Conflict between our champion Anna Becker and the decider Klaus Richter.',
    });
  });
});

describe('analyseSociogram: network influence', () => {
  it('is 1 for the one who sways everybody and 0 for those who sway nobody', () => {
    const meister = ['m1', 'm2', 'm3'].map((id) => person({ id, name: `Meister ${id}` }));
    const s = analyse(
      [becker, ...meister],
      meister.map((m) => tie({ id: `r-${m.id}`, fromId: 'pl', toId: m.id, kind: 'influences', strength: 3 })),
    );
    expect(influence(s)).toEqual({ pl: 1, m1: 0, m2: 0, m3: 0 });
    expect(s.people.find((p) => p.contactId === 'pl')?.influential).toBe(true);
  });

  it('ranks the trusted assistant above the Geschäftsführerin she sways', () => {
    // Wolf influences Schneider strongly; Schneider influences three heads strongly. Everyone passes
    // on their whole standing (one strong tie each), so with b the baseline and d = 0.85:
    // heads b, Schneider b + 3db, Wolf b + d(b + 3db). Relative: Schneider 3db / (d(1 + 3d)b) = 0.845.
    const s = analyse(
      [{ ...schneider, roles: ['decider'], influence: 5 }, wolf, richter, becker, weber],
      [
        tie({ id: 'r1', fromId: 'as', toId: 'gf', kind: 'influences', strength: 3 }),
        ...['kfm', 'pl', 'ek'].map((id) =>
          tie({ id: `r-${id}`, fromId: 'gf', toId: id, kind: 'influences', strength: 3 }),
        ),
      ],
    );
    expect(influence(s)).toEqual({ as: 1, gf: 0.845, ek: 0, kfm: 0, pl: 0 });
    expect(s.people.map((p) => p.contactId)).toEqual(['as', 'gf', 'ek', 'kfm', 'pl']);
    expect(s.hiddenInfluencers.map((h) => [h.contactId, h.reasons])).toEqual([
      ['as', ['outsideBuyingCenter', 'influenceUnrated']],
    ]);
    expect(codes(s)).toContainEqual(['warning', 'sociogram.hiddenOutsideBuyingCenter']);
  });

  it('weighs ties by strength: a weak tie passes on a third of what a strong one does', () => {
    const s = analyse(
      [becker, klein, richter, weber],
      [
        tie({ id: 'r1', fromId: 'pl', toId: 'qm', kind: 'influences', strength: 1 }),
        tie({ id: 'r2', fromId: 'kfm', toId: 'ek', kind: 'influences', strength: 3 }),
      ],
    );
    expect(influence(s)).toEqual({ kfm: 1, pl: 0.333, ek: 0, qm: 0 });
    // One tie each: nobody sways two people, so nobody counts as highly influential.
    expect(s.people.every((p) => !p.influential)).toBe(true);
  });

  it('reads trust as influence of the trusted, mentoring as influence of the mentor', () => {
    const s = analyse(
      [becker, klein, hoffmann],
      [
        tie({ id: 'r1', fromId: 'qm', toId: 'pl', kind: 'trusts', strength: 3 }),
        tie({ id: 'r2', fromId: 'pl', toId: 'it', kind: 'mentors', strength: 3 }),
      ],
    );
    expect(influence(s)).toEqual({ pl: 1, qm: 0, it: 0 });
  });

  it('gives conflicts no influence and is 0 for all without ties', () => {
    const s = analyse(
      [becker, richter],
      [tie({ id: 'r1', fromId: 'pl', toId: 'kfm', kind: 'conflicts', strength: 3 })],
    );
    expect(influence(s)).toEqual({ kfm: 0, pl: 0 });
    // A recorded conflict is part of the sociogram; only an account without ties lacks one.
    expect(codes(s)).toEqual([]);
    const none = analyse([becker, richter]);
    expect(influence(none)).toEqual({ kfm: 0, pl: 0 });
    expect(codes(none)).toEqual([['info', 'sociogram.noTies']]);
  });

  it('reads a Salesforce reports-to field like a HubSpot reports_to relationship', () => {
    const viaField = analyse([
      schneider,
      { ...becker, reportsToId: 'gf' },
      { ...richter, reportsToId: 'gf' },
    ]);
    const viaRelationship = analyse(
      [schneider, becker, richter],
      ['pl', 'kfm'].map((id) => tie({ id: `r-${id}`, fromId: id, toId: 'gf', kind: 'reports_to' })),
    );
    expect(viaField.people).toEqual(viaRelationship.people);
    expect(influence(viaField)).toEqual({ gf: 1, kfm: 0, pl: 0 });
  });
});

describe('analyseSociogram: champions, blockers, hidden influencers', () => {
  const star = (centre: Contact) => {
    const others = ['m1', 'm2'].map((id) => person({ id, name: `Meister ${id}` }));
    return analyse(
      [centre, ...others],
      others.map((m) => tie({ id: `r-${m.id}`, fromId: centre.id, toId: m.id, kind: 'influences' })),
    );
  };

  it('needs a supporter with weight to make a champion', () => {
    const s = analyse([
      { ...becker, attitude: 2, influence: 4 },
      { ...hoffmann, attitude: 1, influence: 2, roles: ['coach'] },
      { ...klein, attitude: 0, influence: 5, roles: ['coach'] },
      { ...weber, attitude: 1, influence: 3 },
    ]);
    expect(s.champions).toEqual([
      { contactId: 'pl', reasons: ['statedInfluence'] },
      { contactId: 'it', reasons: ['coach'] },
    ]);
  });

  it('counts high network influence as weight for champions and blockers', () => {
    expect(star({ ...becker, attitude: 1, influence: 3 }).champions).toEqual([
      { contactId: 'pl', reasons: ['networkInfluence'] },
    ]);
    expect(star({ ...weber, attitude: -1, influence: 5 }).blockers).toEqual([
      { contactId: 'ek', reasons: ['statedInfluence', 'networkInfluence'] },
    ]);
  });

  it('names opponents blockers by stated influence ≥ 3, decider or gatekeeper role', () => {
    const s = analyse([
      { ...weber, attitude: -2, influence: 3, roles: ['buyer'] },
      { ...schneider, attitude: -1, influence: 2, roles: ['decider'] },
      { ...wolf, attitude: -1, influence: 1, roles: ['gatekeeper'] },
      { ...klein, attitude: -2, influence: 2, roles: ['user'] },
    ]);
    expect(s.blockers).toEqual([
      { contactId: 'ek', reasons: ['statedInfluence'] },
      { contactId: 'gf', reasons: ['decider'] },
      { contactId: 'as', reasons: ['gatekeeper'] },
    ]);
    const blockerGaps = s.gaps.filter((g) => g.code === 'sociogram.blocker');
    expect(blockerGaps.map((g) => [g.severity, g.params?.['contact']])).toEqual([
      ['critical', 'Dr. Petra Schneider'],
      ['warning', 'Thomas Weber'],
      ['warning', 'Sabine Wolf'],
    ]);
  });

  it('flags network heavyweights whose stated influence is low or missing', () => {
    const low = star({ ...hoffmann, roles: ['influencer'], influence: 2 });
    expect(low.hiddenInfluencers).toEqual([
      { contactId: 'it', networkInfluence: 1, reasons: ['influenceRatedLow'] },
    ]);
    expect(low.gaps.map((g) => g.text.de)).toContain(
      'Markus Hoffmann ist im Soziogramm einflussreich, der Einfluss ist aber nur mit 2 von 5 bewertet – Einschätzung prüfen.',
    );
    const unrated = star({ ...hoffmann, roles: ['influencer'] });
    expect(unrated.hiddenInfluencers[0]?.reasons).toEqual(['influenceUnrated']);
    expect(codes(unrated)).toContainEqual(['info', 'sociogram.hiddenUnrated']);
    expect(star({ ...hoffmann, roles: ['influencer'], influence: 3 }).hiddenInfluencers).toEqual([]);
  });
});

describe('analyseSociogram: path from a supporter to the decider', () => {
  const decider = { ...schneider, roles: ['decider' as const], attitude: 0 };

  it('finds no path when the only links run through a conflict or an opponent', () => {
    const ties = [
      tie({ id: 'r1', fromId: 'pl', toId: 'gf', kind: 'conflicts', strength: 2 }),
      tie({ id: 'r2', fromId: 'pl', toId: 'kfm', kind: 'influences', strength: 3 }),
      tie({ id: 'r3', fromId: 'kfm', toId: 'gf', kind: 'influences', strength: 3 }),
    ];
    const blocked = analyse([decider, { ...becker, attitude: 2 }, { ...richter, attitude: -1 }], ties);
    expect(blocked.deciderPaths).toEqual([{ deciderId: 'gf', found: false }]);
    expect(blocked.gaps[0]).toMatchObject({ severity: 'critical', code: 'sociogram.deciderUnreached' });
    expect(blocked.gaps[0]?.text.en).toBe(
      'No supportive path to the decider Dr. Petra Schneider: no supporter is connected to them through positive relationships.',
    );
    // The same network with a neutral Richter carries our case through him.
    const open = analyse([decider, { ...becker, attitude: 2 }, { ...richter, attitude: 0 }], ties);
    expect(open.deciderPaths[0]).toMatchObject({ found: true, contactIds: ['pl', 'kfm', 'gf'], cost: 2 });
  });

  it('prefers two strong ties to one weak tie and follows trust against its direction', () => {
    // Klein weakly influences Schneider: cost 3. Becker mentors Wolf, whom Schneider trusts: 1 + 1.
    const s = analyse(
      [decider, { ...becker, attitude: 1 }, { ...klein, attitude: 2 }, wolf],
      [
        tie({ id: 'r1', fromId: 'qm', toId: 'gf', kind: 'influences', strength: 1 }),
        tie({ id: 'r2', fromId: 'pl', toId: 'as', kind: 'mentors', strength: 3 }),
        tie({ id: 'r3', fromId: 'gf', toId: 'as', kind: 'trusts', strength: 3 }),
      ],
    );
    expect(s.deciderPaths).toEqual([
      {
        deciderId: 'gf',
        found: true,
        supporterId: 'pl',
        contactIds: ['pl', 'as', 'gf'],
        hops: [
          { fromId: 'pl', toId: 'as', kind: 'mentors', strength: 3, relationshipId: 'r2', reversed: false },
          { fromId: 'as', toId: 'gf', kind: 'trusts', strength: 3, relationshipId: 'r3', reversed: true },
        ],
        cost: 2,
      },
    ]);
  });

  it('breaks equal costs by fewer hops, then the warmer supporter, then id', () => {
    const direct = tie({ id: 'r1', fromId: 'qm', toId: 'gf', kind: 'influences', strength: 2 });
    const viaWolf = [
      tie({ id: 'r2', fromId: 'pl', toId: 'as', kind: 'friends', strength: 3 }),
      tie({ id: 'r3', fromId: 'as', toId: 'gf', kind: 'influences', strength: 3 }),
    ];
    // Both cost 2: Klein's one hop beats Becker's two although Becker is the warmer supporter.
    const fewerHops = analyse(
      [decider, { ...becker, attitude: 2 }, { ...klein, attitude: 1 }, wolf],
      [direct, ...viaWolf],
    );
    expect(fewerHops.deciderPaths[0]).toMatchObject({ supporterId: 'qm', cost: 2 });

    const beckerDirect = tie({ id: 'r4', fromId: 'pl', toId: 'gf', kind: 'influences', strength: 2 });
    const warmer = analyse(
      [decider, { ...becker, attitude: 2 }, { ...klein, attitude: 1 }],
      [direct, beckerDirect],
    );
    expect(warmer.deciderPaths[0]).toMatchObject({ supporterId: 'pl' });
    const sameWarmth = analyse(
      [decider, { ...becker, attitude: 1 }, { ...klein, attitude: 1 }],
      [direct, beckerDirect],
    );
    expect(sameWarmth.deciderPaths[0]).toMatchObject({ supporterId: 'pl' }); // 'pl' < 'qm'
  });

  it('uses the strongest positive tie of a pair and ignores a conflict beside it', () => {
    const s = analyse(
      [decider, { ...becker, attitude: 1 }],
      [
        tie({ id: 'r1', fromId: 'pl', toId: 'gf', kind: 'influences', strength: 1 }),
        tie({ id: 'r2', fromId: 'gf', toId: 'pl', kind: 'trusts', strength: 3 }),
        tie({ id: 'r3', fromId: 'pl', toId: 'gf', kind: 'conflicts', strength: 3 }),
      ],
    );
    expect(s.deciderPaths[0]).toMatchObject({
      found: true,
      cost: 1,
      hops: [{ fromId: 'pl', toId: 'gf', kind: 'trusts', strength: 3, relationshipId: 'r2', reversed: true }],
    });
  });

  it('is just the decider when the decider supports us', () => {
    const s = analyse(
      [
        { ...decider, attitude: 2 },
        { ...becker, attitude: 2 },
      ],
      [],
    );
    expect(s.deciderPaths).toEqual([
      { deciderId: 'gf', found: true, supporterId: 'gf', contactIds: ['gf'], hops: [], cost: 0 },
    ]);
    expect(codes(s)).not.toContainEqual(['critical', 'sociogram.deciderUnreached']);
  });

  it('has no paths and no path gaps without a decider', () => {
    const s = analyse([{ ...becker, attitude: 2 }, klein]);
    expect(s.deciderPaths).toEqual([]);
    expect(s.gaps.some((g) => g.code === 'sociogram.deciderUnreached')).toBe(false);
  });
});

describe('analyseSociogram: conflict lines', () => {
  it('flags conflicts that run between a supporter and a decider or champion', () => {
    const s = analyse(
      [
        { ...schneider, roles: ['decider'], attitude: 0 },
        { ...becker, attitude: 2, influence: 5 }, // champion
        { ...klein, attitude: 1, influence: 2 }, // supporter, no champion
        { ...weber, attitude: -2 },
        wolf,
      ],
      [
        tie({ id: 'c1', fromId: 'gf', toId: 'qm', kind: 'conflicts' }),
        tie({ id: 'c2', fromId: 'qm', toId: 'pl', kind: 'conflicts' }),
        tie({ id: 'c3', fromId: 'ek', toId: 'gf', kind: 'conflicts' }),
        tie({ id: 'c4', fromId: 'as', toId: 'ek', kind: 'conflicts' }),
        tie({ id: 'c5', fromId: 'pl', toId: 'gf', kind: 'conflicts' }),
      ],
    );
    expect(s.conflictLines.map((l) => [l.relationshipId, l.splitsSupport])).toEqual([
      ['c4', false],
      ['c3', false],
      ['c1', true],
      ['c5', true],
      ['c2', true],
    ]);
    const conflictGaps = s.gaps.filter((g) => g.code.startsWith('sociogram.conflict'));
    expect(conflictGaps.map((g) => [g.severity, g.text.en])).toEqual([
      ['critical', 'Conflict between our champion Anna Becker and the decider Dr. Petra Schneider.'],
      [
        'warning',
        'The conflict between Dr. Petra Schneider and Jürgen Klein separates a supporter from a decider or champion.',
      ],
      [
        'warning',
        'The conflict between Jürgen Klein and Anna Becker separates a supporter from a decider or champion.',
      ],
    ]);
  });
});
