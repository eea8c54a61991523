import jsforce from 'jsforce';
import type { Connection } from 'jsforce';
import type { Lang } from '../../../core/i18n/index.js';
import type {
  CallUsage,
  CrmPort,
  KamRecordKind,
  KamRecordKinds,
  ProvisionReport,
  RecordRef,
  ScoreWrite,
  SnapshotBatch,
  WriteSummary,
} from '../../port.js';
import type { ScoreOutputs } from '../mapping/index.js';
import type { SalesforceMetadata } from '../metadata/index.js';
import { accountsOf } from './accounts-of.js';
import { SalesforceApi } from './api.js';
import { OrgLimits } from './limits.js';
import type { SalesforceRetryPolicy } from './limits.js';
import { changedSince, listAccounts } from './list.js';
import { key, loadSnapshots } from './load.js';
import { expectedMetadata, provision } from './provision.js';
import { deleteRecord, saveRecord } from './records.js';
import { writeScores } from './write.js';

export const DEFAULT_API_VERSION = '62.0';

export interface SalesforceAdapterOptions {
  /**
   * A ready jsforce connection (e.g. after a refresh-token or JWT login by the caller), or the
   * org's instance URL and an access token. jsforce's own retries are switched off per call.
   */
  readonly connection?: Connection;
  readonly instanceUrl?: string;
  readonly accessToken?: string;
  /** REST API version, e.g. `62.0`. */
  readonly version?: string;
  /** ISO 4217 code of the org's amounts. Default EUR. */
  readonly currency?: string;
  /** The org's call budget, shared by every adapter of that org; a new one when absent. */
  readonly limits?: OrgLimits;
  readonly retry?: SalesforceRetryPolicy;
  /** The metadata to check against; default: `metadata/salesforce` of this project. */
  readonly metadata?: SalesforceMetadata;
}

/**
 * The `CrmPort` for Salesforce, through jsforce's REST calls: SOQL with child sub-queries for
 * snapshots (200 accounts per query), queryMore paging, sObject Collections of 200 for writes.
 */
export class SalesforceAdapter implements CrmPort {
  readonly kind = 'salesforce' as const;
  private readonly api: SalesforceApi;
  private readonly currency: string;
  /** Score outputs each account holds now, learnt from loads and writes: saves a read before writing. */
  private readonly outputs = new Map<string, ScoreOutputs>();

  constructor(private readonly options: SalesforceAdapterOptions) {
    const version = options.version ?? DEFAULT_API_VERSION;
    const conn =
      options.connection ??
      new jsforce.Connection({
        instanceUrl: required(options.instanceUrl, 'instanceUrl'),
        accessToken: required(options.accessToken, 'accessToken'),
        version,
      });
    this.api = new SalesforceApi(conn, options.limits ?? new OrgLimits(options.retry), version);
    this.currency = options.currency ?? 'EUR';
  }

  listAccounts(): AsyncIterable<readonly string[]> {
    return listAccounts(this.api);
  }

  changedSince(checkpoint: string): AsyncIterable<readonly string[]> {
    return changedSince(this.api, checkpoint);
  }

  async loadSnapshots(accountIds: readonly string[]): Promise<SnapshotBatch> {
    const { snapshots, notKeyAccounts, failures, outputs } = await loadSnapshots(
      this.api,
      accountIds,
      this.currency,
    );
    for (const [id, o] of outputs) this.outputs.set(id, o);
    return { snapshots, notKeyAccounts, failures };
  }

  accountsOf(records: readonly RecordRef[]): Promise<readonly (readonly string[])[]> {
    return accountsOf(this.api, records);
  }

  writeScores(writes: readonly ScoreWrite[], lang: Lang): Promise<WriteSummary> {
    return writeScores(this.api, writes, lang, this.outputs);
  }

  saveRecord<K extends KamRecordKind>(
    accountId: string,
    kind: K,
    record: KamRecordKinds[K],
  ): Promise<KamRecordKinds[K]> {
    return saveRecord(this.api, (id) => this.loadOne(id), accountId, kind, record);
  }

  deleteRecord(
    accountId: string,
    kind: Exclude<KamRecordKind, 'contact' | 'plan'>,
    id: string,
  ): Promise<void> {
    return deleteRecord(this.api, accountId, kind, id);
  }

  provision(_lang: Lang): Promise<ProvisionReport> {
    return provision(this.api, this.options.metadata ?? expectedMetadata());
  }

  usage(): CallUsage {
    return this.api.limits.usage();
  }

  /** The org's API usage as its last answer reported it (`Sforce-Limit-Info`). */
  apiUsage(): { readonly used: number; readonly max: number } | undefined {
    return this.api.limits.usageInfo();
  }

  /** One account read back after a save: HubSpot saves KAM records on any company, so this does too. */
  private async loadOne(accountId: string) {
    const batch = await loadSnapshots(this.api, [accountId], this.currency, true);
    for (const [id, o] of batch.outputs) this.outputs.set(id, o);
    const snapshot = batch.snapshots.find((s) => key(s.account.id) === key(accountId));
    if (!snapshot)
      throw new Error(batch.failures.map((f) => f.reason).join('\n') || `account ${accountId} not found`);
    return snapshot;
  }
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`Salesforce adapter: ${name} is required when no connection is given`);
  return value;
}
