import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { generatePortfolio } from '../../../../src/core/demo/index.js';
import { Action, Contact, Deal, KeyAccount, Potential } from '../../../../src/core/model/index.js';
import { truncate } from '../../../../src/crm/salesforce/mapping/convert.js';
import {
  accountToCrm,
  actionToCrm,
  contactToCrm,
  CREATE_ORDER,
  dealToCrm,
  potentialToCrm,
  resolveDraft,
  snapshotToCrmPlan,
} from '../../../../src/crm/salesforce/mapping/index.js';
import { splitPersonName } from '../../../../src/crm/person-name.js';
import { snapshotArb } from '../../../core/arbitraries.js';
import { mappingError, sfId } from './records.js';

const account = { key: 'acc' };

describe('writing an account', () => {
  it('writes null for what the core leaves out, marks the account as a key account and rounds to the field', () => {
    const draft = accountToCrm(
      KeyAccount.parse({
        id: 'acc-1',
        name: 'Brenner Hydraulik GmbH',
        annualRevenue: 1234.56,
        ratings: { innovation: 4 },
      }),
    );
    expect(draft).toEqual({
      key: 'Account/acc-1',
      object: 'Account',
      refs: {},
      fields: {
        Name: 'Brenner Hydraulik GmbH',
        Industry: null,
        BillingCountry: null,
        BillingCity: null,
        NumberOfEmployees: null,
        AnnualRevenue: 1235,
        KAM_Category_Spend__c: null,
        KAM_Stage__c: 'candidate',
        KAM_Is_Key_Account__c: true,
        KAM_Rating_Strategic_Fit__c: null,
        KAM_Rating_Reference_Value__c: null,
        KAM_Rating_Innovation__c: 4,
        KAM_Rating_Centralised_Purchasing__c: null,
        KAM_Rating_Creditworthiness__c: null,
      },
    });
  });

  it('fails on a number the field cannot hold, naming the draft', () => {
    const big = KeyAccount.parse({ id: 'acc-1', name: 'X', employees: 123_456_789 });
    const e = mappingError(() => accountToCrm(big));
    expect(e.code).toBe('value_does_not_fit');
    expect(e.message).toBe(
      'Account/acc-1: NumberOfEmployees: 123456789 has more than 8 digits before the decimal point',
    );
  });
});

describe('writing a contact', () => {
  it.each([
    ['Anna Berg', 'Anna', 'Berg'],
    ['Dr. Anna Berg', 'Dr. Anna', 'Berg'],
    ['Prof. Dr. Hans-Peter Müller-Lüdenscheidt', 'Prof. Dr. Hans-Peter', 'Müller-Lüdenscheidt'],
    ['Anna von der Heide', 'Anna', 'von der Heide'],
    ['Madonna', undefined, 'Madonna'],
    ['Anna   Maria  Berg', 'Anna Maria', 'Berg'],
  ])('splits "%s" into FirstName %p and LastName %p', (name, first, last) => {
    expect(splitPersonName(name)).toEqual({ firstName: first, lastName: last });
  });

  it('writes roles in picklist order joined with `;`, links account and manager, and clears an empty manager', () => {
    const c = Contact.parse({
      id: 'c1',
      name: 'Dr. Anna Berg',
      roles: ['coach', 'decider'],
      attitude: -2,
      reportsToId: 'c0',
    });
    const draft = contactToCrm(c, { account, reportsTo: { id: sfId('003', 9) } });
    expect(draft.fields).toMatchObject({
      FirstName: 'Dr. Anna',
      LastName: 'Berg',
      KAM_Roles__c: 'decider;coach',
      KAM_Attitude__c: -2,
    });
    expect(draft.refs).toEqual({ AccountId: account, ReportsToId: { id: sfId('003', 9) } });
    const alone = contactToCrm(Contact.parse({ id: 'c2', name: 'Berg', roles: [] }), { account });
    expect(alone.fields).toMatchObject({
      FirstName: null,
      KAM_Roles__c: null,
      ReportsToId: null,
      KAM_Influence__c: null,
    });
  });

  it('cuts names to the field lengths and leaves out an e-mail address too long to store', () => {
    const long = Contact.parse({
      id: 'c1',
      name: `${'Alexandra-'.repeat(5)} Berg`,
      email: `${'a'.repeat(76)}@x.de`,
    });
    const draft = contactToCrm(long, { account });
    expect(draft.fields.FirstName).toHaveLength(40);
    expect(String(draft.fields.FirstName).endsWith('…')).toBe(true);
    expect(draft.fields.Email).toBeNull();
  });
});

describe('writing deals, potentials and actions', () => {
  const deal = (d: Partial<Deal>) =>
    Deal.parse({
      id: 'd1',
      name: 'Sensorpaket',
      amount: 1000,
      status: 'open',
      closeDate: '2026-05-01',
      ...d,
    });

  it('writes probability as a whole percent and the stage that makes IsClosed/IsWon right', () => {
    const out = (d: Partial<Deal>) => dealToCrm(deal(d), { account }).fields;
    expect(out({ probability: 0.45, stage: 'Verhandlung' })).toMatchObject({
      Probability: 45,
      StageName: 'Verhandlung',
    });
    expect(out({ probability: 0.123 })).toMatchObject({ Probability: 12, StageName: 'Prospecting' });
    expect(out({ status: 'won', stage: 'Abgeschlossen – gewonnen', probability: 1 })).toMatchObject({
      Probability: 100,
      StageName: 'Closed Won',
    });
    expect(out({ status: 'lost' }).StageName).toBe('Closed Lost');
    expect(out({ status: 'open', stage: 'Closed Won' }).StageName).toBe('Prospecting');
    expect(out({ strategic: true, contributionMargin: -10.125 })).toMatchObject({
      KAM_Strategic_Project__c: true,
      KAM_Contribution_Margin__c: -10.13,
    });
  });

  it('writes a potential probability to the Percent field as 0–100', () => {
    const p = Potential.parse({
      id: 'p1',
      productLine: 'Sensorik',
      horizon: 'medium',
      volumePerYear: 5000,
      probability: 0.6,
    });
    expect(potentialToCrm(p, { account }).fields).toMatchObject({ Probability__c: 60, Horizon__c: 'medium' });
  });

  it('cuts an action title to the 80 characters of the record name, ending in an ellipsis', () => {
    const title =
      'Technologie-Roadmap vorstellen und Pilotanlage im Werk Würzburg gemeinsam planen und abstimmen';
    const a = Action.parse({ id: 'a1', title, start: '2026-01-01', due: '2026-02-01' });
    const name = String(actionToCrm(a, { account }).fields.Name);
    expect(name).toHaveLength(80);
    expect(name).toBe(`${title.slice(0, 79)}…`);
    expect(actionToCrm(a, { account }).fields).not.toHaveProperty('Assignee__c');
  });

  it('never cuts a text through a surrogate pair', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('abc😀d', 5)).toBe('abc…');
    expect(truncate('short', 80)).toBe('short');
  });
});

describe('snapshotToCrmPlan', () => {
  const demo = generatePortfolio({ now: new Date('2026-11-27T09:00:00Z') }).find(
    (s) => s.account.id === 'acc-001',
  )!;

  it('lists records in dependency order: every key a draft refers to is written before it', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const plan = snapshotToCrmPlan(snapshot);
        const seen = new Set<string>();
        let lastObject = 0;
        for (const d of plan.records) {
          const order = CREATE_ORDER.indexOf(d.object as (typeof CREATE_ORDER)[number]);
          expect(order).toBeGreaterThanOrEqual(lastObject);
          lastObject = order;
          for (const ref of Object.values(d.refs)) if ('key' in ref) expect(seen.has(ref.key)).toBe(true);
          expect(seen.has(d.key)).toBe(false);
          seen.add(d.key);
        }
        for (const link of plan.links) expect(seen.has(link.key)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('has one plan record per goal year, a completed task for the last activity, links and user links', () => {
    const plan = snapshotToCrmPlan(demo);
    const plans = plan.records.filter((r) => r.object === 'KAM_Account_Plan__c');
    expect(plans.map((r) => [r.key, r.fields.Year__c])).toEqual(
      demo.plan!.goals.map((g) => [`KAM_Account_Plan__c/acc-001-plan/${g.year}`, g.year]),
    );
    expect(plans.every((r) => r.fields.Strategy__c === demo.plan!.strategy)).toBe(true);
    expect(plan.records[1]).toEqual({
      key: 'Task/acc-001',
      object: 'Task',
      fields: { Subject: 'Other', ActivityDate: '2026-11-18', Status: 'Completed' },
      refs: { WhatId: { key: 'Account/acc-001' } },
    });
    expect(plan.links).toContainEqual({
      key: 'Contact/acc-001-c02',
      object: 'Contact',
      field: 'ReportsToId',
      target: { key: 'Contact/acc-001-c01' },
    });
    expect(plan.userLinks).toContainEqual({
      key: 'Account/acc-001',
      object: 'Account',
      field: 'OwnerId',
      userName: 'Julia Hoffmann',
    });
    expect(plan.userLinks.filter((u) => u.field === 'Assignee__c')).toHaveLength(
      demo.actions.filter((a) => a.ownerName !== undefined).length,
    );
  });

  it('links a manager outside the snapshot by Salesforce id, and refuses one that is neither', () => {
    const outside = sfId('003', 42);
    const withId = { ...demo, contacts: [{ ...demo.contacts[1]!, reportsToId: outside }], relationships: [] };
    expect(snapshotToCrmPlan(withId).links[0]!.target).toEqual({ id: outside });
    const e = mappingError(() =>
      snapshotToCrmPlan({ ...withId, contacts: [{ ...demo.contacts[1]!, reportsToId: 'acc-999-c01' }] }),
    );
    expect(e.code).toBe('unresolved_reference');
  });

  it('writes no plan record for a plan without goals (it has no year)', () => {
    const plan = snapshotToCrmPlan({ ...demo, plan: { ...demo.plan!, goals: [] } });
    expect(plan.records.some((r) => r.object === 'KAM_Account_Plan__c')).toBe(false);
    expect(plan.userLinks.some((u) => u.object === 'KAM_Account_Plan__c')).toBe(false);
  });

  it('fills lookups from learnt ids and names a key that has none yet', () => {
    const draft = contactToCrm(demo.contacts[0]!, { account });
    expect(resolveDraft(draft, (k) => (k === 'acc' ? sfId('001', 1) : undefined)).AccountId).toBe(
      sfId('001', 1),
    );
    const e = mappingError(() => resolveDraft(draft, () => undefined));
    expect(e.message).toBe('Contact/acc-001-c01: AccountId: "acc" has no Salesforce id yet: create it first');
  });
});
