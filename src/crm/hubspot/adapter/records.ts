import type { z } from 'zod';
import type { Lang } from '../../../core/i18n/index.js';
import {
  AccountPlan,
  Action,
  Contact,
  Potential,
  Relationship,
  ValueChainNote,
} from '../../../core/model/index.js';
import type { KamRecordKind, KamRecordKinds } from '../../port.js';
import type { HubSpotProperties } from '../mapping/index.js';
import {
  actionToCrm,
  contactToCrm,
  joinName,
  planToCrm,
  potentialToCrm,
  relationshipToCrm,
  valueChainNoteToCrm,
} from '../mapping/index.js';
import { HS } from '../metadata/names.js';
import { batchAssociations, batchRead } from './batch-read.js';
import type { HubSpotContext } from './context.js';
import type { PortalInfo } from './portal.js';

const SCHEMAS: { readonly [K in KamRecordKind]: z.ZodType<KamRecordKinds[K]> } = {
  relationship: Relationship as z.ZodType<KamRecordKinds['relationship']>,
  valueChainNote: ValueChainNote as z.ZodType<KamRecordKinds['valueChainNote']>,
  potential: Potential as z.ZodType<KamRecordKinds['potential']>,
  action: Action as z.ZodType<KamRecordKinds['action']>,
  plan: AccountPlan as z.ZodType<KamRecordKinds['plan']>,
  contact: Contact as z.ZodType<KamRecordKinds['contact']>,
};

const PART = {
  relationship: 'relationships',
  valueChainNote: 'valueChainNotes',
  potential: 'potentials',
  action: 'actions',
  plan: 'accountPlans',
} as const;

/** A record the core's schema rejects, with every problem named. */
export class InvalidKamRecordError extends Error {
  readonly code = 'INVALID_KAM_RECORD';
}

export function validated<K extends KamRecordKind>(kind: K, record: unknown): KamRecordKinds[K] {
  const parsed = SCHEMAS[kind].safeParse(record);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || kind}: ${i.message}`);
  throw new InvalidKamRecordError(`${kind} is not valid: ${problems.join('; ')}`);
}

const isHubSpotId = (id: string) => /^\d+$/.test(id);

/** Updates the record when `id` is a HubSpot id of that type, else creates it; returns its id. */
async function upsert(
  ctx: HubSpotContext,
  objectType: string,
  id: string,
  properties: HubSpotProperties,
): Promise<{ id: string; created: boolean }> {
  if (isHubSpotId(id)) {
    try {
      await ctx.call((c) => c.crm.objects.basicApi.update(objectType, id, { properties }));
      return { id, created: false };
    } catch (e) {
      if ((e as { code?: unknown }).code !== 404) throw e;
    }
  }
  const made = await ctx.call((c) =>
    c.crm.objects.basicApi.create(objectType, { properties, associations: [] }),
  );
  return { id: made.id, created: true };
}

async function link(ctx: HubSpotContext, fromType: string, fromId: string, toType: string, toId: string) {
  await ctx.call((c) => c.crm.associations.v4.basicApi.createDefault(fromType, fromId, toType, toId));
}

/**
 * One KAM record, validated by the core's schema, written with the mapping: custom-object records
 * are associated to the company (a relationship also to both its contacts); a contact's
 * buying-center fields are a contact update of the KAM properties only. An id that is not a HubSpot
 * record id (a core id such as `acc-007-r01`) creates a new record (a new contact with its name,
 * title and e-mail, associated to the company).
 */
export async function saveRecord<K extends KamRecordKind>(
  ctx: HubSpotContext,
  portal: PortalInfo,
  lang: Lang,
  accountId: string,
  kind: K,
  input: KamRecordKinds[K],
): Promise<KamRecordKinds[K]> {
  const record = validated(kind, input);
  if (kind === 'contact') {
    const contact = record as KamRecordKinds['contact'];
    const all = contactToCrm(contact);
    if (!isHubSpotId(contact.id)) {
      // a new person of the customer: a contact of the portal, associated to the company
      const made = await ctx.call((c) =>
        c.crm.objects.basicApi.create('contacts', { properties: all, associations: [] }),
      );
      await link(ctx, 'contacts', made.id, 'companies', accountId);
      return { ...record, id: made.id };
    }
    const kam = new Set<string>(Object.values(HS.contact).filter((n) => n !== HS.contact.objectType));
    const properties = Object.fromEntries(Object.entries(all).filter(([k]) => kam.has(k)));
    await ctx.call((c) => c.crm.objects.basicApi.update('contacts', contact.id, { properties }));
    return record;
  }
  if (kind === 'plan')
    return (await savePlan(ctx, portal, accountId, record as AccountPlan)) as KamRecordKinds[K];
  const part = PART[kind as Exclude<K, 'contact' | 'plan'>];
  const objectType = portal.types[part];
  let properties: HubSpotProperties;
  const r = record as KamRecordKinds[Exclude<KamRecordKind, 'contact' | 'plan'>];
  if (kind === 'relationship') {
    const rel = r as Relationship;
    const people = await batchRead(ctx, 'contacts', [rel.fromId, rel.toId], ['firstname', 'lastname']);
    const name = (id: string) => {
      const p = people.records.get(id)?.properties;
      if (!p) throw new InvalidKamRecordError(`relationship: contact ${id} does not exist`);
      return joinName(p['firstname'] ?? '', p['lastname'] ?? '') ?? id;
    };
    properties = relationshipToCrm(rel, { from: name(rel.fromId), to: name(rel.toId) });
  } else if (kind === 'valueChainNote') properties = valueChainNoteToCrm(r as ValueChainNote, lang);
  else if (kind === 'potential') properties = potentialToCrm(r as Potential);
  else properties = actionToCrm(r as Action, portal.lookups);
  const saved = await upsert(ctx, objectType, r.id, properties);
  if (saved.created) {
    await link(ctx, objectType, saved.id, 'companies', accountId);
    if (kind === 'relationship') {
      const rel = r as Relationship;
      await link(ctx, objectType, saved.id, 'contacts', rel.fromId);
      if (rel.toId !== rel.fromId) await link(ctx, objectType, saved.id, 'contacts', rel.toId);
    }
  }
  return { ...record, id: saved.id };
}

/** The plan as one record per goal year: years kept are updated, new ones created, dropped ones archived. */
async function savePlan(
  ctx: HubSpotContext,
  portal: PortalInfo,
  accountId: string,
  plan: AccountPlan,
): Promise<AccountPlan> {
  const objectType = portal.types.accountPlans;
  const linked = (await batchAssociations(ctx, 'companies', objectType, [accountId])).get(accountId) ?? [];
  const existing = linked.length
    ? (await batchRead(ctx, objectType, linked, [HS.accountPlan.year])).records
    : new Map();
  const byYear = new Map(
    [...existing.values()].map((r) => [Number(r.properties[HS.accountPlan.year]), r.id]),
  );
  const company = await batchRead(ctx, 'companies', [accountId], ['name']);
  const accountName = company.records.get(accountId)?.properties['name'] ?? accountId;
  let firstId: string | undefined;
  for (const goal of plan.goals) {
    const properties = planToCrm(plan, goal, { accountName, lookups: portal.lookups });
    const saved = await upsert(ctx, objectType, byYear.get(goal.year) ?? 'new', properties);
    if (saved.created) await link(ctx, objectType, saved.id, 'companies', accountId);
    firstId ??= saved.id;
    byYear.delete(goal.year);
  }
  for (const id of byYear.values()) await ctx.call((c) => c.crm.objects.basicApi.archive(objectType, id));
  return { ...plan, ...(firstId ? { id: firstId } : {}) };
}

export async function deleteRecord(
  ctx: HubSpotContext,
  portal: PortalInfo,
  kind: Exclude<KamRecordKind, 'contact' | 'plan'>,
  id: string,
): Promise<void> {
  if (!isHubSpotId(id)) throw new InvalidKamRecordError(`${kind}: ${id} is not a HubSpot record id`);
  await ctx.call((c) => c.crm.objects.basicApi.archive(portal.types[PART[kind]], id));
}
