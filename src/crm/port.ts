import type { Lang } from '../core/i18n/index.js';
import type {
  AccountPlan,
  AccountSnapshot,
  Action,
  Contact,
  Potential,
  Relationship,
  ValueChainNote,
} from '../core/model/index.js';
import type { ScoreResult } from '../core/scoring/index.js';

/** Which CRM an adapter talks to. */
export type CrmKind = 'hubspot' | 'salesforce';

/** An account the CRM could not turn into a snapshot (bad data), with a reason a person can act on. */
export interface AccountFailure {
  readonly accountId: string;
  readonly reason: string;
}

/**
 * What a load made of the ids asked for. Every id lands in exactly one list: loaded, not a key
 * account, or failed.
 */
export interface SnapshotBatch {
  /** In the order the ids were asked for, those that loaded. */
  readonly snapshots: readonly AccountSnapshot[];
  /**
   * Ids (as asked for, in that order) of records that exist but are not key accounts (HubSpot
   * `kam_is_key_account` not true, Salesforce `KAM_Is_Key_Account__c` false). Nothing else is read
   * for them: webhook events name any company, and this is how a caller learns to leave one alone.
   */
  readonly notKeyAccounts: readonly string[];
  /** Ids that could not be loaded: gone, not an id of this CRM, or bad data. */
  readonly failures: readonly AccountFailure[];
}

export interface ScoreWrite {
  readonly accountId: string;
  readonly result: ScoreResult;
}

export interface WriteSummary {
  /** Accounts whose score outputs changed and were written. */
  readonly written: number;
  /** Accounts whose outputs were already current: nothing sent. */
  readonly unchanged: number;
  readonly failures: readonly AccountFailure[];
}

/** KAM records a rep edits on the record page, by kind, with the core type each carries. */
export interface KamRecordKinds {
  readonly relationship: Relationship;
  readonly valueChainNote: ValueChainNote;
  readonly potential: Potential;
  readonly action: Action;
  /** The plan's goals per year and capacity (one CRM record per year). */
  readonly plan: AccountPlan;
  /** A contact's buying-center fields (roles, influence, attitude, needs, last confirmed). */
  readonly contact: Contact;
}
export type KamRecordKind = keyof KamRecordKinds;

/**
 * A CRM record named the way the CRM's own events name it: `type` is HubSpot's object type id
 * (`0-1`, `0-3`, `2-…`) or Salesforce's object API name (`Contact`, `KAM_Action__c`). Opaque to
 * everything but the adapter.
 */
export interface RecordRef {
  readonly type: string;
  readonly id: string;
}

/** API calls an adapter made, for progress, metrics and benchmarks. */
export interface CallUsage {
  readonly calls: number;
  readonly rateLimited: number;
  readonly retries: number;
}

export interface ProvisionReport {
  /** What was created (or, for Salesforce, found) — empty on a second run. */
  readonly created: readonly string[];
  /** What already existed and was left alone. */
  readonly unchanged: readonly string[];
  /** What is missing and could not be created, each said so a CRM admin can fix it. */
  readonly missing: readonly string[];
}

/**
 * The one interface the service, the worker and the CLI use to reach a CRM. Every adapter passes the
 * same conformance suite (test/crm/conformance). Provider shapes never cross it: only core types.
 */
export interface CrmPort {
  readonly kind: CrmKind;
  /** All key accounts, a page of ids at a time. */
  listAccounts(): AsyncIterable<readonly string[]>;
  /** Accounts with a change since the checkpoint (ISO instant), a page of ids at a time. */
  changedSince(checkpoint: string): AsyncIterable<readonly string[]>;
  /**
   * Snapshots for the ids, loaded in the CRM's largest batches. Ids of accounts that are not key
   * accounts come back in `notKeyAccounts` at no extra call, with nothing else loaded for them.
   */
  loadSnapshots(accountIds: readonly string[]): Promise<SnapshotBatch>;
  /**
   * The key accounts each record belongs to, in the order of `records`: a contact's companies, a
   * deal's companies, a KAM record's account; an account itself maps to itself when it is a key
   * account. A record that is gone, or belongs to no key account, maps to []. Batched.
   */
  accountsOf(records: readonly RecordRef[]): Promise<readonly (readonly string[])[]>;
  /** Writes score outputs in batches, skipping accounts whose outputs are unchanged. */
  writeScores(writes: readonly ScoreWrite[], lang: Lang): Promise<WriteSummary>;
  /** Creates or updates one KAM record of an account; returns it as stored (with its CRM id). */
  saveRecord<K extends KamRecordKind>(
    accountId: string,
    kind: K,
    record: KamRecordKinds[K],
  ): Promise<KamRecordKinds[K]>;
  deleteRecord(
    accountId: string,
    kind: Exclude<KamRecordKind, 'contact' | 'plan'>,
    id: string,
  ): Promise<void>;
  /** Creates (HubSpot) or checks (Salesforce) the KAM metadata; idempotent. */
  provision(lang: Lang): Promise<ProvisionReport>;
  usage(): CallUsage;
}
