import { ApiError } from '../../src/workspace/api.js';
import type { EditableKind, EditableRecords, WorkspaceApi } from '../../src/workspace/api.js';
import type { PageContext } from '../../src/workspace/context.js';
import type { AccountSnapshot, Relationship } from '../../src/core/model/index.js';
import type { Lang } from '../../src/core/i18n/index.js';
import { accountAnswer, fakeViews, portfolioAnswer, TODAY } from './fixtures.js';
import type { PortfolioAnswer } from '../../src/workspace/contract.js';

export interface SavedRecord {
  readonly accountId: string;
  readonly kind: EditableKind;
  readonly record: unknown;
}

/**
 * A service in memory: it answers the account from its snapshot, and a saved record changes the
 * snapshot, so the next load is scored anew, like the real service.
 */
export class FakeService {
  readonly saves: SavedRecord[] = [];
  accountLoads = 0;
  portfolioLoads = 0;
  /** Set to make the next save fail with this error. */
  failNextSave: Error | undefined;
  /** Set to make the next account load fail with this error. */
  failNextLoad: Error | undefined;
  /** Saves wait for this before they answer (to see the form while it saves). */
  hold: Promise<void> | undefined;

  constructor(
    public snapshot: AccountSnapshot,
    public portfolio: PortfolioAnswer = portfolioAnswer(),
  ) {}

  readonly api: WorkspaceApi = {
    session: async () => ({ tenant: this.portfolio.tenant }),
    portfolio: async () => {
      this.portfolioLoads++;
      return this.portfolio;
    },
    account: async (accountId) => {
      this.accountLoads++;
      const failure = this.failNextLoad;
      this.failNextLoad = undefined;
      if (failure) throw failure;
      if (accountId !== this.snapshot.account.id)
        throw new ApiError(404, 'NOT_FOUND', `nicht gefunden: ${accountId}`);
      return accountAnswer(this.snapshot);
    },
    saveRecord: async <K extends EditableKind>(accountId: string, kind: K, record: EditableRecords[K]) => {
      this.saves.push({ accountId, kind, record: JSON.parse(JSON.stringify(record)) });
      await this.hold;
      const failure = this.failNextSave;
      this.failNextSave = undefined;
      if (failure) throw failure;
      this.apply(kind, record);
      return { record: { ...record, id: kind === 'relationship' ? 'crm-rel-1' : record.id } };
    },
  };

  private apply(kind: EditableKind, record: unknown) {
    const s = this.snapshot;
    if (kind === 'contact') {
      const c = record as AccountSnapshot['contacts'][number];
      this.snapshot = { ...s, contacts: s.contacts.map((x) => (x.id === c.id ? c : x)) };
    } else if (kind === 'action') {
      const a = record as AccountSnapshot['actions'][number];
      this.snapshot = { ...s, actions: s.actions.map((x) => (x.id === a.id ? a : x)) };
    } else {
      const r = record as Relationship;
      this.snapshot = { ...s, relationships: [...s.relationships, { ...r, id: 'crm-rel-1' }] };
    }
  }
}

export interface TestContext extends PageContext {
  readonly views: ReturnType<typeof fakeViews>;
  readonly navigations: string[];
  readonly hashes: string[];
  readonly errors: unknown[];
  setLang(lang: Lang): void;
}

export function testContext(api: WorkspaceApi, lang: Lang = 'de'): TestContext {
  let current = lang;
  const navigations: string[] = [];
  const hashes: string[] = [];
  const errors: unknown[] = [];
  return {
    api,
    views: fakeViews(),
    navigations,
    hashes,
    errors,
    lang: () => current,
    setLang: (next) => {
      current = next;
    },
    today: () => TODAY,
    scopedTo: () => undefined,
    randomId: () => 'r4nd0m',
    navigate: (hash) => navigations.push(hash),
    replaceHash: (hash) => hashes.push(hash),
    reportError: (error) => errors.push(error),
    showTenant: () => undefined,
  };
}
