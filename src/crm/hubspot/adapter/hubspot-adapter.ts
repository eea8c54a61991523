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
import { hubSpotSetupBodies, loadHubSpotMetadata } from '../metadata/index.js';
import { accountsOf } from './accounts-of.js';
import type { HubSpotAdapterConfigInput, HubSpotAdapterOptions } from './context.js';
import { HubSpotAdapterConfig, HubSpotContext } from './context.js';
import { keyAccountsChangedSince, listKeyAccounts, modifiedSince, searchObjectIds } from './list.js';
import { loadSnapshots } from './load.js';
import { PortalCache } from './portal.js';
import { provision } from './provision.js';
import { deleteRecord, saveRecord } from './records.js';
import { writeScores } from './write.js';

/** The parts of an account kept in the portal's KAM custom objects. */
const KAM_RECORD_PARTS = [
  'relationships',
  'valueChainNotes',
  'potentials',
  'accountPlans',
  'actions',
] as const;

/**
 * `CrmPort` for HubSpot through `@hubspot/api-client`. The same code talks to a real portal and to
 * the sandbox: only `basePath` and the token differ. Calls go through the tenant's gate (rolling
 * window, retries on 429/5xx); the portal's object type ids and lookups are read once and cached.
 * With several worker processes, `options.window` gives the tenant a window they all share.
 */
export class HubSpotAdapter implements CrmPort {
  readonly kind = 'hubspot' as const;
  private readonly ctx: HubSpotContext;
  private readonly portal: PortalCache;

  constructor(
    config: HubSpotAdapterConfigInput,
    /** Language of the titles written on KAM records (value chain notes). */
    private readonly lang: Lang = 'en',
    options: HubSpotAdapterOptions = {},
  ) {
    this.ctx = new HubSpotContext(HubSpotAdapterConfig.parse(config), options);
    this.portal = new PortalCache(this.ctx);
  }

  listAccounts(): AsyncIterable<readonly string[]> {
    return listKeyAccounts(this.ctx);
  }

  /**
   * Key accounts whose company changed since the checkpoint, then those whose KAM records did: a
   * developer-platform app cannot subscribe to a portal's own custom objects, so edits made to them
   * in HubSpot itself are found here, by the sweep, and traced to their companies.
   */
  async *changedSince(checkpoint: string): AsyncIterable<readonly string[]> {
    const seen = new Set<string>();
    for await (const page of keyAccountsChangedSince(this.ctx, checkpoint)) {
      for (const id of page) seen.add(id);
      yield page;
    }
    const portal = await this.portal.get();
    for (const part of KAM_RECORD_PARTS) {
      const type = portal.types[part];
      for await (const ids of searchObjectIds(this.ctx, type, [modifiedSince(checkpoint)])) {
        const owners = await this.accountsOf(ids.map((id) => ({ type, id })));
        const fresh = [...new Set(owners.flat())].filter((id) => !seen.has(id));
        for (const id of fresh) seen.add(id);
        if (fresh.length > 0) yield fresh;
      }
    }
  }

  async loadSnapshots(accountIds: readonly string[]): Promise<SnapshotBatch> {
    return loadSnapshots(this.ctx, await this.portal.get(), accountIds);
  }

  accountsOf(records: readonly RecordRef[]): Promise<readonly (readonly string[])[]> {
    return accountsOf(this.ctx, () => this.portal.get(), records);
  }

  writeScores(writes: readonly ScoreWrite[], lang: Lang): Promise<WriteSummary> {
    return writeScores(this.ctx, writes, lang);
  }

  async saveRecord<K extends KamRecordKind>(
    accountId: string,
    kind: K,
    record: KamRecordKinds[K],
  ): Promise<KamRecordKinds[K]> {
    return saveRecord(this.ctx, await this.portal.get(), this.lang, accountId, kind, record);
  }

  async deleteRecord(
    _accountId: string,
    kind: Exclude<KamRecordKind, 'contact' | 'plan'>,
    id: string,
  ): Promise<void> {
    return deleteRecord(this.ctx, await this.portal.get(), kind, id);
  }

  async provision(lang: Lang): Promise<ProvisionReport> {
    const bodies = hubSpotSetupBodies(await loadHubSpotMetadata(), lang);
    const report = await provision(this.ctx, bodies, lang);
    this.portal.clear();
    return report;
  }

  /**
   * Completes blocked workflow executions of this portal with the given output fields (HubSpot's
   * callbacks API, 100 per call). Not part of `CrmPort`: only HubSpot workflows wait like this.
   */
  async completeWorkflowCallbacks(
    callbackIds: readonly string[],
    outputFields: Readonly<Record<string, string>>,
  ): Promise<void> {
    for (let i = 0; i < callbackIds.length; i += 100) {
      const inputs = callbackIds
        .slice(i, i + 100)
        .map((callbackId) => ({ callbackId, outputFields: { ...outputFields } }));
      await this.ctx.call((client) => client.automation.actions.callbacksApi.completeBatch({ inputs }));
    }
  }

  usage(): CallUsage {
    return this.ctx.tally.usage();
  }
}
