import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { developmentChecklist } from '../../../src/core/analysis/stage.js';
import type { AccountSnapshotInput } from '../../../src/core/model/index.js';
import { action, hoffmann, NOW, open, parse } from './planning-fixtures.js';

type ContactInput = NonNullable<AccountSnapshotInput['contacts']>[number];

const schneider: ContactInput = {
  id: 'c-schneider',
  name: 'Dr. Petra Schneider',
  jobTitle: 'Geschäftsführerin',
  roles: ['decider'],
  needsFactual: 'Liefertreue über 98 % und geringere Gesamtbetriebskosten der Montagelinien',
  needsEmotional: 'Will das Werk als Modernisiererin voranbringen',
};
const weber: ContactInput = {
  id: 'c-weber',
  name: 'Markus Weber',
  jobTitle: 'Leiter Einkauf',
  reportsToId: 'c-schneider',
  roles: ['buyer'],
  needsFactual: 'Rahmenvertrag mit Preisgleitklausel',
  needsEmotional: 'Sicherheit: keine Lieferengpässe wie 2022',
};
const krueger: ContactInput = {
  id: 'c-krueger',
  name: 'Jens Krüger',
  jobTitle: 'Leiter Konstruktion',
  reportsToId: 'c-schneider',
  roles: ['influencer', 'user'],
};
const yilmaz: ContactInput = {
  id: 'c-yilmaz',
  name: 'Aylin Yilmaz',
  jobTitle: 'Assistentin der Geschäftsführung',
  roles: ['gatekeeper'],
};

/** Every stage of the Aufbauprozess evidenced. */
function keyAccount(): AccountSnapshotInput {
  const input = hoffmann({
    contacts: [schneider, weber, krueger, yilmaz],
    valueChain: [
      { id: 'vc-1', activity: 'operations', assessment: 'strength', note: 'Hochautomatisierte Montage' },
      { id: 'vc-2', activity: 'inbound_logistics', assessment: 'weakness', note: 'Engpässe bei Getrieben' },
      { id: 'vc-3', activity: 'service', note: 'Eigener Außendienst, 12 Techniker' },
    ],
    potentials: [{ id: 'p-1', productLine: 'Antriebe', horizon: 'medium', volumePerYear: 50_000 }],
    actions: [
      action('praesentation', '2026-02-20', {
        kind: 'presentation',
        status: 'done',
        completedOn: '2026-02-19',
        title: 'Lösungspräsentation bei der Geschäftsführung',
      }),
    ],
    plan: { id: 'plan-1', ownerName: 'Thomas Becker', goals: [{ year: 2026, targetRevenue: 40_000 }] },
  });
  input.account.stage = 'key_account';
  return input;
}

const openKeys = (r: ReturnType<typeof developmentChecklist>) => r.nextItems.map((i) => i.key);

describe('developmentChecklist', () => {
  it('evidences every stage of a fully developed key account', () => {
    const result = developmentChecklist(parse(keyAccount()), NOW);
    expect(result.stages.map((s) => [s.stage, s.complete])).toEqual([
      ['analysed', true],
      ['organisation_mapped', true],
      ['needs_understood', true],
      ['offer_defined', true],
      ['presented', true],
      ['key_account', true],
    ]);
    expect(result).toMatchObject({
      evidencedStage: 'key_account',
      recordedStage: 'key_account',
      nextItems: [],
      gaps: [],
    });
  });

  it('warns when the recorded stage runs ahead of the evidence and names the next items', () => {
    const input = hoffmann();
    input.account.stage = 'presented';
    const result = developmentChecklist(parse(input), NOW);
    expect(result.evidencedStage).toBe('candidate');
    // Industry and size are known; the value chain is not.
    expect(openKeys(result)).toEqual(['valueChain']);
    expect(result.gaps.map((g) => [g.code, g.severity])).toEqual([
      ['development.gap.aheadOfEvidence', 'warning'],
    ]);
    expect(result.gaps[0]?.text.de).toBe(
      'Aufbaustufe „Kundenpräsentation gehalten“ ist erfasst, die Daten belegen aber nur „Kandidat“.',
    );
  });

  it('notes when the data already support a later stage than the recorded one', () => {
    const input = keyAccount();
    input.account.stage = 'analysed';
    const result = developmentChecklist(parse(input), NOW);
    expect(result.gaps.map((g) => [g.code, g.severity])).toEqual([
      ['development.gap.behindEvidence', 'info'],
    ]);
    expect(result.gaps[0]?.text.en).toContain('support development stage “Key account”');
  });

  it('follows the stages in order: a held presentation does not skip open earlier items', () => {
    const input = keyAccount();
    input.contacts = [{ ...schneider, needsEmotional: undefined }, weber, krueger, yilmaz];
    const result = developmentChecklist(parse(input), NOW);
    expect(result.evidencedStage).toBe('organisation_mapped');
    expect(openKeys(result)).toEqual(['deciderNeeds']);
    expect(result.stages.find((s) => s.stage === 'presented')?.complete).toBe(true);
  });

  it('stops at offer defined while the presentation is only planned', () => {
    const input = keyAccount();
    input.actions = [action('praesentation', '2026-04-20', { kind: 'presentation', status: 'planned' })];
    const result = developmentChecklist(parse(input), NOW);
    expect(result.evidencedStage).toBe('offer_defined');
    expect(openKeys(result)).toEqual(['presentation']);
  });
});

describe('developmentChecklist – items', () => {
  const item = (input: AccountSnapshotInput, key: string) =>
    developmentChecklist(parse(input), NOW)
      .stages.flatMap((s) => s.items)
      .find((i) => i.key === key);

  it('counts distinct Porter activities in the value chain', () => {
    const input = keyAccount();
    input.valueChain = [
      { id: 'vc-1', activity: 'operations' },
      { id: 'vc-2', activity: 'operations', note: 'Zweites Werk in Gütersloh' },
      { id: 'vc-3', activity: 'procurement' },
    ];
    const valueChain = item(input, 'valueChain');
    expect(valueChain?.done).toBe(false);
    expect(valueChain?.label.text.en).toBe('Value chain: at least 3 activities analysed (2 recorded)');
  });

  it('takes the thresholds from the options', () => {
    const result = developmentChecklist(parse(keyAccount()), NOW, { minValueChainActivities: 4 });
    expect(result.evidencedStage).toBe('candidate');
    const stricter = developmentChecklist(parse(keyAccount()), NOW, { minOrgChartContacts: 4 });
    expect(stricter.evidencedStage).toBe('analysed');
  });

  it('accepts size from the customer’s annual revenue when the headcount is unknown', () => {
    const input = keyAccount();
    input.account = { ...input.account, employees: undefined, annualRevenue: 85_000_000 };
    expect(item(input, 'size')?.done).toBe(true);
    input.account = { ...input.account, annualRevenue: undefined };
    expect(item(input, 'size')?.done).toBe(false);
  });

  it('builds the org chart from reports-to fields and reports_to relationships, ignoring unknown people', () => {
    const input = keyAccount();
    input.contacts = [
      schneider,
      { ...weber, reportsToId: undefined },
      { ...krueger, reportsToId: 'c-ausgeschieden' },
      yilmaz,
    ];
    expect(item(input, 'orgChart')?.done).toBe(false);
    input.relationships = [{ id: 'r-1', fromId: 'c-weber', toId: 'c-schneider', kind: 'reports_to' }];
    // Weber → Schneider: two people linked.
    expect(item(input, 'orgChart')?.label.params).toEqual({ need: 3, have: 2 });
    input.relationships.push({ id: 'r-2', fromId: 'c-yilmaz', toId: 'c-schneider', kind: 'reports_to' });
    expect(item(input, 'orgChart')?.done).toBe(true);
  });

  it('does not count informal ties as reporting lines', () => {
    const input = keyAccount();
    input.contacts = [
      schneider,
      { ...weber, reportsToId: undefined },
      { ...krueger, reportsToId: undefined },
    ];
    input.relationships = [
      { id: 'r-1', fromId: 'c-weber', toId: 'c-schneider', kind: 'trusts' },
      { id: 'r-2', fromId: 'c-krueger', toId: 'c-schneider', kind: 'influences' },
    ];
    expect(item(input, 'orgChart')?.done).toBe(false);
  });

  it('needs factual and emotional needs of every decider and of the buyer', () => {
    const input = keyAccount();
    const zweiterGf = {
      id: 'c-hoffmann',
      name: 'Klaus Hoffmann',
      roles: ['decider' as const],
      needsFactual: 'Rendite',
    };
    input.contacts = [schneider, weber, krueger, yilmaz, zweiterGf];
    expect(item(input, 'deciderNeeds')?.done).toBe(false);
    input.contacts = [schneider, { ...weber, needsEmotional: '   ' }, krueger];
    expect(item(input, 'buyerNeeds')?.done).toBe(false);
    input.contacts = [schneider, krueger];
    expect(item(input, 'buyerNeeds')?.done).toBe(false);
  });

  it('sees an offer defined by an open deal as well as by potentials', () => {
    const input = keyAccount();
    input.potentials = [];
    expect(item(input, 'offer')?.done).toBe(false);
    input.deals = [open('retrofit', '2026-06-30', 120_000, 0.3)];
    expect(item(input, 'offer')?.done).toBe(true);
  });

  it('requires goals and a named owner in the plan', () => {
    const input = keyAccount();
    input.plan = { id: 'plan-1', goals: [{ year: 2026, targetRevenue: 40_000 }] };
    expect(item(input, 'planOwner')?.done).toBe(false);
    expect(developmentChecklist(parse(input), NOW).evidencedStage).toBe('presented');
    input.plan = undefined;
    expect(item(input, 'planGoals')?.done).toBe(false);
  });
});

describe('developmentChecklist – properties', () => {
  it('does not depend on the order of contacts, relationships, value-chain notes and actions', () => {
    const base = keyAccount();
    base.relationships = [{ id: 'r-1', fromId: 'c-yilmaz', toId: 'c-schneider', kind: 'reports_to' }];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(base.contacts ?? [], { minLength: 2 }),
        fc.shuffledSubarray(base.valueChain ?? []),
        fc.boolean(),
        (contacts, valueChain, withPresentation) => {
          const input = { ...base, contacts, valueChain, actions: withPresentation ? base.actions : [] };
          const ids = new Set(contacts.map((c) => c.id));
          input.relationships = base.relationships?.filter((r) => ids.has(r.fromId) && ids.has(r.toId));
          const reversed = {
            ...input,
            contacts: [...contacts].reverse(),
            valueChain: [...valueChain].reverse(),
            relationships: [...(input.relationships ?? [])].reverse(),
          };
          expect(developmentChecklist(parse(reversed), NOW)).toEqual(developmentChecklist(parse(input), NOW));
        },
      ),
    );
  });
});
