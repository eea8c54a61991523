import { performance } from 'node:perf_hooks';
import type { AccountSnapshot } from '../../../core/model/index.js';
import { resolveDraft, resolveRef, snapshotToCrmPlan } from '../../../crm/salesforce/mapping/index.js';
import type { SfWritePlan } from '../../../crm/salesforce/mapping/index.js';
import { transaction } from '../../db.js';
import { SeedConflict } from '../../seed/errors.js';
import { ownerNames } from '../../seed/names.js';
import type { SeedOptions, SideSeedResult } from '../../seed/types.js';
import { SalesforceError } from '../errors.js';
import type { SalesforceRuntime } from '../runtime.js';
import type { Change } from '../store/records.js';
import { parseInput } from '../store/records.js';
import { stmt } from '../store/statements.js';
import { quote } from '../store/tables.js';
import { userIdOf } from '../users.js';
import { ensureUsers } from './users.js';

/**
 * Loads snapshots into the org through the Salesforce mapping: Users for the owner names, then each
 * snapshot's drafts in the plan's order with lookups resolved, owners set, reporting lines linked.
 * Every record goes through the same save as the REST API (ids, audit fields, defaults, derived
 * fields, required fields, references, validation rules; completed Tasks set LastActivityDate), in
 * one transaction, as the first configured user. Silent unless `deliver`: then the changes go to
 * the outbound messages like any committed save.
 */
export async function seedPortfolio(
  rt: SalesforceRuntime,
  snapshots: readonly AccountSnapshot[],
  options: SeedOptions,
): Promise<SideSeedResult> {
  const started = performance.now();
  const account = rt.schema.object('Account')!;
  if (stmt(rt.ctx.db, `SELECT 1 FROM ${quote(account.table)} LIMIT 1`).get())
    throw new SeedConflict('salesforce', 'accounts');
  const actingUser = userIdOf(0);
  const created: Record<string, number> = {};
  const ids = new Map<string, string>();
  const coreIds = new Map<string, string>();
  const accounts: Record<string, string> = {};
  const changes: Change[] = [];

  transaction(rt.ctx.db, () => {
    const users = ensureUsers(
      rt.ctx.db,
      rt.schema,
      rt.store,
      ownerNames(snapshots),
      actingUser,
      rt.ctx.now(),
    );
    if (users.created > 0) created.User = users.created;
    for (const snapshot of snapshots) {
      write(snapshotToCrmPlan(snapshot), users.byName);
      accounts[snapshot.account.id] = ids.get(`Account/${snapshot.account.id}`)!;
    }
  });
  if (options.deliver) rt.outbound.notify(changes);
  return { created, accounts, ids, coreIds, ms: Math.round(performance.now() - started) };

  function write(plan: SfWritePlan, userIds: ReadonlyMap<string, string>): void {
    const owners = new Map<string, Record<string, string>>();
    for (const link of plan.userLinks) {
      const id = userIds.get(link.userName.trim().split(/\s+/).join(' '));
      if (id !== undefined) owners.set(link.key, { ...owners.get(link.key), [link.field]: id });
    }
    for (const draft of plan.records) {
      const object = rt.schema.object(draft.object);
      if (!object) throw new Error(`${draft.key}: the sandbox has no ${draft.object} object`);
      const fields = { ...resolveDraft(draft, (key) => ids.get(key)), ...owners.get(draft.key) };
      const change = save(draft.key, () => rt.store.create(object, parseInput(object, fields), actingUser));
      ids.set(draft.key, change.id);
      coreIds.set(change.id, draft.key.slice(draft.object.length + 1));
      changes.push(change);
      created[draft.object] = (created[draft.object] ?? 0) + 1;
    }
    for (const link of plan.links) {
      const object = rt.schema.object(link.object)!;
      const id = ids.get(link.key)!;
      const target = resolveRef(link.key, link.field, link.target, (key) => ids.get(key));
      const input = parseInput(object, { [link.field]: target });
      changes.push(save(link.key, () => rt.store.update(object, id, input, actingUser)));
    }
  }
}

/** A save error (REQUIRED_FIELD_MISSING, …) names the draft: the mapping and the org disagree. */
function save(key: string, fn: () => Change): Change {
  try {
    return fn();
  } catch (error) {
    if (error instanceof SalesforceError) throw new Error(`${key}: ${error.message}`);
    throw error;
  }
}
