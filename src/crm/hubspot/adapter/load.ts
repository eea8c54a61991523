import type { AccountSnapshot } from '../../../core/model/index.js';
import type { AccountFailure, SnapshotBatch } from '../../port.js';
import type { AccountPart, HubSpotRecord } from '../mapping/index.js';
import { ACCOUNT_PARTS, snapshotFromCrm } from '../mapping/index.js';
import { HS } from '../metadata/names.js';
import { batchAssociations, batchRead } from './batch-read.js';
import type { HubSpotContext } from './context.js';
import type { PortalInfo } from './portal.js';
import { READ_PROPERTIES } from './properties.js';

/** HubSpot's boolean properties arrive as text; unset counts as not a key account. */
const isKeyAccount = (company: HubSpotRecord): boolean =>
  company.properties[HS.company.isKeyAccount] === 'true';

/**
 * Snapshots of many companies in HubSpot's largest batches: companies (100 per call), then per part
 * the associations (1,000 companies per call) and the associated records (100 per call). Calls for
 * the whole set ≈ Σ over object types of ceil(records / batch size); never one call per record.
 * The company read carries `kam_is_key_account`: a company that is not a key account is reported in
 * `notKeyAccounts` and none of its associations or records are read.
 */
export async function loadSnapshots(
  ctx: HubSpotContext,
  portal: PortalInfo,
  accountIds: readonly string[],
): Promise<SnapshotBatch> {
  const failures: AccountFailure[] = [];
  const notKeyAccounts: string[] = [];
  if (accountIds.length === 0) return { snapshots: [], notKeyAccounts, failures };
  const companies = await batchRead(ctx, 'companies', accountIds, READ_PROPERTIES.company);
  const keyAccounts = accountIds.filter((id) => {
    const company = companies.records.get(id);
    return company !== undefined && isKeyAccount(company);
  });
  const associations = new Map<string, Partial<Record<AccountPart, string[]>>>();
  const records: Partial<Record<AccountPart, Map<string, HubSpotRecord>>> = {};
  for (const part of ACCOUNT_PARTS) {
    const linked = await batchAssociations(ctx, 'companies', portal.types[part], keyAccounts);
    const ids: string[] = [];
    for (const [companyId, to] of linked) {
      const lists = associations.get(companyId) ?? {};
      lists[part] = to;
      associations.set(companyId, lists);
      ids.push(...to);
    }
    records[part] =
      ids.length === 0
        ? new Map()
        : (await batchRead(ctx, portal.types[part], ids, READ_PROPERTIES[part])).records;
  }
  const snapshots: AccountSnapshot[] = [];
  for (const id of accountIds) {
    const company = companies.records.get(id);
    if (!company) {
      failures.push({ accountId: id, reason: `company ${id}: ${companies.missing.get(id) ?? 'not found'}` });
      continue;
    }
    if (!isKeyAccount(company)) {
      notKeyAccounts.push(id);
      continue;
    }
    const read = snapshotFromCrm(
      { company, associations: associations.get(id) ?? {}, records },
      portal.lookups,
    );
    if (read.ok) snapshots.push(read.snapshot);
    else failures.push({ accountId: id, reason: read.problems.join('; ') });
  }
  return { snapshots, notKeyAccounts, failures };
}
