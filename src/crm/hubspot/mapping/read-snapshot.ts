import type { z } from 'zod';
import type { AccountSnapshot } from '../../../core/model/index.js';
import { AccountSnapshot as AccountSnapshotSchema } from '../../../core/model/index.js';
import { HS } from '../metadata/names.js';
import { accountFromCrm } from './account.js';
import { planFromCrm } from './account-plan.js';
import { contactFromCrm } from './contact.js';
import { dealFromCrm } from './deal.js';
import type { ReadIssue } from './issues.js';
import { formatIssue, RECORD_NOUN } from './issues.js';
import { actionFromCrm, potentialFromCrm, valueChainNoteFromCrm } from './kam-objects.js';
import type { HubSpotLookups } from './lookups.js';
import { DEFAULT_LOOKUPS } from './lookups.js';
import type { AccountPart, HubSpotRecord } from './records.js';
import { relationshipsFromCrm } from './relationship.js';
import type { RecordRead, RecordSource } from './source.js';

/** One company with what hangs off it, as the adapter fetched it. */
export interface HubSpotAccountRecords {
  readonly company: HubSpotRecord;
  /** Ids associated with the company, per part, in the order HubSpot listed them. */
  readonly associations: Readonly<Partial<Record<AccountPart, readonly string[]>>>;
  /** The fetched records by part and id; may hold other companies' records of the same batch. */
  readonly records: Readonly<Partial<Record<AccountPart, ReadonlyMap<string, HubSpotRecord>>>>;
}

export type SnapshotRead =
  | { readonly ok: true; readonly snapshot: AccountSnapshot; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[]; readonly warnings: readonly string[] };

export function indexById(records: Iterable<HubSpotRecord>): Map<string, HubSpotRecord> {
  return new Map([...records].map((r) => [r.id, r]));
}

/**
 * One company's records as a validated `AccountSnapshot`. Every value is converted and then checked
 * by the core model; each problem names the record and the HubSpot property. Warnings are values
 * left out on purpose (country not a code, owner not known). Archived records are skipped.
 */
export function snapshotFromCrm(
  input: HubSpotAccountRecords,
  lookups: HubSpotLookups = DEFAULT_LOOKUPS,
): SnapshotRead {
  const issues: ReadIssue[] = [];
  const warnings: string[] = [];
  const companyLabel = `company ${input.company.id}`;
  const part = (name: AccountPart): HubSpotRecord[] => {
    const out: HubSpotRecord[] = [];
    for (const id of input.associations[name] ?? []) {
      const record = input.records[name]?.get(id);
      if (!record)
        issues.push({
          record: companyLabel,
          message: `associated ${RECORD_NOUN[name]} ${id} was not returned`,
        });
      else if (!record.archived) out.push(record);
    }
    return out;
  };

  const account = accountFromCrm(input.company, lookups, issues, warnings);
  const contacts = part('contacts').map((r) => contactFromCrm(r, issues));
  const ties = relationshipsFromCrm(part('relationships'), issues);
  const contactById = new Map(contacts.map((c) => [c.source.record.id, c.input]));
  // Ends are checked here, not left to the core model, so they are reported with everything else.
  const checkEnds = (record: HubSpotRecord, fromId: unknown, toId: unknown) => {
    for (const [property, id] of [
      [HS.relationship.fromContactId, fromId],
      [HS.relationship.toContactId, toId],
    ] as const) {
      if (typeof id === 'string' && !contactById.has(id))
        issues.push({
          record: `relationship ${record.id}`,
          property,
          message: `"${id}" is not a contact of ${companyLabel}`,
        });
    }
  };
  for (const r of ties.relationships) checkEnds(r.source.record, r.input['fromId'], r.input['toId']);
  for (const [contactId, { managerId, line }] of ties.reportsTo) {
    const contact = contactById.get(contactId);
    if (line) checkEnds(line, contactId, managerId);
    if (contact && contactById.has(managerId)) contact['reportsToId'] = managerId;
  }
  const deals = part('deals').map((r) => dealFromCrm(r, lookups, issues));
  const valueChain = part('valueChainNotes').map((r) => valueChainNoteFromCrm(r, issues));
  const potentials = part('potentials').map((r) => potentialFromCrm(r, issues));
  const plan = planFromCrm(part('accountPlans'), lookups, issues, warnings);
  const actions = part('actions').map((r) => actionFromCrm(r, lookups, issues, warnings));
  const sources = new Map<string, RecordSource>([['account', account.source]]);
  const list = (name: string, reads: readonly RecordRead<Record<string, unknown>>[]) => {
    reads.forEach((r, i) => sources.set(`${name}.${i}`, r.source));
    return reads.map((r) => r.input);
  };
  const raw = {
    account: account.input,
    contacts: list('contacts', contacts),
    relationships: list('relationships', ties.relationships),
    deals: list('deals', deals),
    valueChain: list('valueChain', valueChain),
    potentials: list('potentials', potentials),
    actions: list('actions', actions),
    ...(plan ? { plan: plan.input } : {}),
  };
  if (plan) {
    sources.set('plan', plan.source);
    plan.goalSources.forEach((s, i) => sources.set(`plan.goals.${i}`, s));
  }
  const parsed = AccountSnapshotSchema.safeParse(raw);
  if (parsed.success && issues.length === 0) return { ok: true, snapshot: parsed.data, warnings };
  // A value that failed to convert was left unset; the model's "missing" for it would say it twice.
  const told = new Set(issues.map((i) => `${i.record}|${i.property ?? ''}`));
  for (const issue of parsed.error?.issues ?? []) {
    const described = describeModelIssue(issue, sources, companyLabel);
    if (!told.has(`${described.record}|${described.property ?? ''}`)) issues.push(described);
  }
  return { ok: false, problems: issues.map(formatIssue), warnings };
}

/** A core-model complaint, told against the record and property it came from. */
function describeModelIssue(
  issue: z.core.$ZodIssue,
  sources: ReadonlyMap<string, RecordSource>,
  fallback: string,
): ReadIssue {
  const path = issue.path.map(String);
  for (let n = path.length; n > 0; n--) {
    const source = sources.get(path.slice(0, n).join('.'));
    if (!source) continue;
    const rest = path.slice(n);
    const property = source.properties[rest.join('.')] ?? source.properties[rest[0] ?? ''] ?? rest.join('.');
    const value = source.record.properties[property];
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    const message = missing
      ? 'missing'
      : value
        ? `${JSON.stringify(value)}: ${issue.message}`
        : issue.message;
    return { record: source.label, ...(property ? { property } : {}), message };
  }
  return { record: fallback, message: `${path.join('.')}: ${issue.message}` };
}
