import { performance } from 'node:perf_hooks';
import type { AccountSnapshot } from '../../../core/model/index.js';
import { snapshotToCrmPlan, withCrmIds } from '../../../crm/hubspot/mapping/index.js';
import type { HubSpotWritePlan } from '../../../crm/hubspot/mapping/index.js';
import { transaction } from '../../db.js';
import { SeedConflict } from '../../seed/errors.js';
import type { SeedOptions, SideSeedResult } from '../../seed/types.js';
import { defaultType } from '../associations-v4.js';
import type { Records } from '../records.js';
import type { HubSpotState } from '../state.js';
import { kamSetupBodies, provisionKamMetadata } from './kam-metadata.js';
import { portalLookups } from './lookups.js';
import { fitPortal } from './profile.js';

/**
 * Loads snapshots into the portal through the HubSpot mapping, so the records are exactly what the
 * adapter reads back: KAM metadata, portal lookups (owners, industry labels, stage labels), then each
 * snapshot's write plan — records with HubSpot's checks (property values, unique values, system
 * values, ids) and the plan's links with the default association types. One transaction, no HTTP.
 * Silent unless `deliver`: then the writes reach webhook subscriptions as an import (`IMPORT`).
 */
export async function seedPortfolio(
  state: HubSpotState,
  records: Records,
  snapshots: readonly AccountSnapshot[],
  options: SeedOptions,
): Promise<SideSeedResult> {
  const started = performance.now();
  if (state.objects.count('0-2') > 0) throw new SeedConflict('hubspot', 'companies');
  const bodies = await kamSetupBodies(options.lang);
  const created: Record<string, number> = {};
  const count = (kind: string, n = 1) => {
    if (n > 0) created[kind] = (created[kind] ?? 0) + n;
  };
  const ids = new Map<string, string>();
  const coreIds = new Map<string, string>();
  const accounts: Record<string, string> = {};

  const write = (plan: HubSpotWritePlan) => {
    for (const planned of plan.records) {
      const type = state.types.resolve(planned.objectType);
      const values = records.checked(type, withCrmIds(planned, ids));
      records.assertUnique(type, values);
      const record = records.create(type, { ...values, ...derivedValues(planned.derived) });
      ids.set(planned.key, record.id);
      coreIds.set(record.id, planned.coreId);
      count(planned.objectType);
    }
    for (const link of plan.links) {
      const from = state.types.resolve(link.fromType);
      const to = state.types.resolve(link.toType);
      const fromId = ids.get(link.fromKey)!;
      const toId = ids.get(link.toKey)!;
      state.associations.link(
        { type: from.objectTypeId, id: fromId },
        { type: to.objectTypeId, id: toId },
        defaultType(state, from, to),
      );
      count('associations');
    }
  };

  const run = () =>
    transaction(state.db, () => {
      const metadata = provisionKamMetadata(state, bodies);
      count('propertyGroups', metadata.groups);
      count('properties', metadata.properties);
      count('schemas', metadata.schemas);
      const profile = fitPortal(state, snapshots);
      count('owners', profile.owners);
      count('industryOptions', profile.industryOptions);
      count('dealStages', profile.dealStages);
      const lookups = portalLookups(state);
      for (const snapshot of snapshots) {
        write(snapshotToCrmPlan(snapshot, { lang: options.lang, lookups }));
        accounts[snapshot.account.id] = ids.get(`${snapshot.account.id}/company`)!;
      }
    });
  if (options.deliver) state.changes.runAs({ source: 'IMPORT' }, run);
  else state.changes.quietly(run);
  return { created, accounts, ids, coreIds, ms: Math.round(performance.now() - started) };
}

/** Values HubSpot computes (the last activity date), stored as HubSpot returns datetimes. */
function derivedValues(derived: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(derived ?? {})) {
    const ms = Date.parse(value);
    out[name] = Number.isNaN(ms) ? value : new Date(ms).toISOString();
  }
  return out;
}
