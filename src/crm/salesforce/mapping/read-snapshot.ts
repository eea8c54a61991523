import type { z } from 'zod';
import type { AccountSnapshotInput } from '../../../core/model/index.js';
import { AccountSnapshot } from '../../../core/model/index.js';
import { SF } from '../metadata/names.js';
import type { MappingIssue } from './errors.js';
import { SalesforceMappingError } from './errors.js';
import { readAccount, readContact, readDeal } from './read-account.js';
import { readAction, readPotential, readRelationship, readValueChainNote } from './read-kam.js';
import type { Origin, Read } from './read-origin.js';
import { readPlan } from './read-plan.js';
import { RecordReader } from './record-reader.js';
import { CHILD_QUERIES } from './snapshot-fields.js';
import type { SfRecord } from './wire.js';

export interface SnapshotReadOptions {
  /** ISO 4217 code of the org's amounts (Salesforce without multi-currency has none per record). Default EUR. */
  readonly currency?: string;
}

type ListKey = 'contacts' | 'relationships' | 'valueChain' | 'potentials' | 'actions' | 'deals';

interface Origins {
  readonly account: Origin;
  readonly plan?: Origin;
  readonly goals: readonly Origin[];
  readonly lists: Readonly<Record<ListKey, readonly Origin[]>>;
}

/**
 * One account record of `accountSnapshotQuery` (with its child lists complete) as a validated
 * `AccountSnapshot`. Fails with a `SalesforceMappingError` listing every bad value by record and
 * field, e.g. `contact 003…: KAM_Attitude__c: 7 is not a whole number from -2 to 2`.
 */
export function accountSnapshotFromRecord(
  record: SfRecord,
  options: SnapshotReadOptions = {},
): AccountSnapshot {
  const issues: MappingIssue[] = [];
  const accountReader = new RecordReader(record, 'account', SF.account.object, issues);
  const list = <T>(
    key: keyof typeof CHILD_QUERIES,
    kind: string,
    object: string,
    fn: (r: RecordReader) => T,
  ): T[] =>
    accountReader
      .children(CHILD_QUERIES[key].relationship)
      .map((child) => fn(new RecordReader(child, kind, object, issues)));

  const account = readAccount(accountReader, options.currency ?? 'EUR');
  const lists = {
    contacts: list('contacts', 'contact', SF.contact.object, readContact),
    relationships: list('relationships', 'relationship', SF.relationship.object, readRelationship),
    valueChain: list('valueChain', 'value chain note', SF.valueChainNote.object, readValueChainNote),
    potentials: list('potentials', 'potential', SF.potential.object, readPotential),
    actions: list('actions', 'action', SF.action.object, readAction),
    deals: list('deals', 'opportunity', SF.opportunity.object, readDeal),
  };
  const plan = readPlan(list('plans', 'account plan', SF.accountPlan.object, (r) => r));
  if (issues.length > 0) throw new SalesforceMappingError('invalid_record', issues);

  const values = <T>(reads: readonly Read<T>[]): T[] => reads.map((x) => x.value);
  const input: AccountSnapshotInput = {
    account: account.value,
    contacts: values(lists.contacts),
    relationships: values(lists.relationships),
    valueChain: values(lists.valueChain),
    potentials: values(lists.potentials),
    plan: plan?.value,
    actions: values(lists.actions),
    deals: values(lists.deals),
  };
  const parsed = AccountSnapshot.safeParse(input);
  if (parsed.success) return parsed.data;
  const origins: Origins = {
    account: account.origin,
    plan: plan?.origin,
    goals: plan?.goalOrigins ?? [],
    lists: {
      contacts: lists.contacts.map((x) => x.origin),
      relationships: lists.relationships.map((x) => x.origin),
      valueChain: lists.valueChain.map((x) => x.origin),
      potentials: lists.potentials.map((x) => x.origin),
      actions: lists.actions.map((x) => x.origin),
      deals: lists.deals.map((x) => x.origin),
    },
  };
  throw new SalesforceMappingError(
    'invalid_record',
    parsed.error.issues.map((i) => issueOf(i, origins, input)),
  );
}

export type SnapshotReadResult =
  | { readonly ok: true; readonly accountId: string; readonly snapshot: AccountSnapshot }
  | { readonly ok: false; readonly accountId: string; readonly error: SalesforceMappingError };

/**
 * Every account record of a query result, one result each: a bad contact fails its own account,
 * not the batch. Errors other than mapping errors (bugs) are thrown.
 */
export function accountSnapshotsFromRecords(
  records: readonly SfRecord[],
  options: SnapshotReadOptions = {},
): SnapshotReadResult[] {
  return records.map((record) => {
    const accountId = typeof record.Id === 'string' ? record.Id : '(no Id)';
    try {
      return { ok: true, accountId, snapshot: accountSnapshotFromRecord(record, options) };
    } catch (error) {
      if (error instanceof SalesforceMappingError) return { ok: false, accountId, error };
      throw error;
    }
  });
}

/** A zod issue of the core's schema, told in terms of the Salesforce record and field behind it. */
function issueOf(issue: z.core.$ZodIssue, origins: Origins, input: AccountSnapshotInput): MappingIssue {
  const path = issue.path.map(String);
  const [head, second, third] = path;
  let origin = origins.account;
  let rest = path;
  if (head === 'account') rest = path.slice(1);
  else if (head === 'plan' && second === 'goals' && third !== undefined && origins.goals[Number(third)]) {
    origin = origins.goals[Number(third)]!;
    rest = path.slice(3);
  } else if (head === 'plan' && origins.plan) {
    origin = origins.plan;
    rest = path.slice(1, 2);
  } else if (head !== undefined && second !== undefined && head in origins.lists) {
    origin = origins.lists[head as ListKey][Number(second)] ?? origin;
    rest = path.slice(2);
  }
  const key = rest.join('.');
  const value = issue.path.reduce<unknown>(
    (v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k],
    input,
  );
  const message =
    issue.code === 'custom' || value === undefined
      ? issue.message
      : `${JSON.stringify(value)}: ${issue.message}`;
  return { record: origin.record, field: origin.fields[key] ?? (key || '(record)'), message };
}
