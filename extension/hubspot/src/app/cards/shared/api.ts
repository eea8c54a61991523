import type { HubSpotFetchOptions } from '@hubspot/ui-extensions';
import type {
  AccountPlan,
  Action,
  Contact,
  Potential,
  Relationship,
  ValueChainNote,
} from '../../../../../../src/core/model/index.js';
import type { ScoreResult } from '../../../../../../src/core/scoring/index.js';
import type { AccountAnswer, LinkAnswer, LinkRequest } from '../../../../../../src/workspace/contract.js';
import type { AccountViewId } from '../../../../../../src/workspace/view-types.js';
import { isAccountAnswer, isLinkAnswer, isRecomputeAnswer, isSavedRecord } from './answer-shape.js';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';
import { SERVICE_URL } from './service.js';

/** The KAM records a card edits, by the card API's kind. */
export interface RecordTypes {
  contact: Contact;
  relationship: Relationship;
  valueChainNote: ValueChainNote;
  potential: Potential;
  action: Action;
  plan: AccountPlan;
}
export type RecordKind = keyof RecordTypes;
export type DeletableKind = 'relationship' | 'valueChainNote' | 'potential' | 'action';

/** A picture of the account page the workspace scrolls to when a link names it. */
export type WorkspaceView = AccountViewId;

export interface RecomputeAnswer {
  readonly score: ScoreResult;
  /** Whether the new score was written back to the CRM (false when it was already current). */
  readonly written: boolean;
}

/** `hubspot.fetch`, or a fake of it in tests. */
export type FetchFunction = (url: string, options?: HubSpotFetchOptions) => Promise<Response>;

/** A failed call: the service's message (in the user's language) and its stable code. */
export class CardApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CardApiError';
  }
}

/** The card API of the KAM service for one account, as the cards call it. */
export interface ApiClient {
  account(): Promise<AccountAnswer>;
  /** Saves a whole record; answers it as saved (a new record gets its CRM id). */
  saveRecord<K extends RecordKind>(kind: K, record: RecordTypes[K]): Promise<RecordTypes[K]>;
  deleteRecord(kind: DeletableKind, id: string): Promise<void>;
  /** Scores the account now and writes the score back to the CRM. */
  recompute(): Promise<RecomputeAnswer>;
  /** A short-lived link that opens the workspace on this account, at `view` when given. */
  workspaceLink(view?: WorkspaceView): Promise<LinkAnswer>;
}

/** A delete's answer: nothing to read. */
const anyAnswer = (_answer: unknown): _answer is unknown => true;

function isErrorBody(body: unknown): body is { code: string; message: string } {
  if (typeof body !== 'object' || body === null) return false;
  const { code, message } = body as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string';
}

export function createApiClient(
  fetch: FetchFunction,
  accountId: string,
  lang: Lang,
  baseUrl: string = SERVICE_URL,
): ApiClient {
  const account = `${baseUrl}/api/accounts/${encodeURIComponent(accountId)}`;

  /** One call; a successful answer must pass `isExpected` (204 No Content needs none). */
  async function call<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    isExpected: (answer: unknown) => answer is T,
    body?: Record<string, unknown>,
  ): Promise<T> {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { 'Accept-Language': lang, Accept: 'application/json' },
        ...(body ? { body } : {}),
      });
    } catch {
      throw new CardApiError(t('card.error.network', lang), 'NETWORK');
    }
    const nothing: unknown = undefined;
    if (response.status === 204 && isExpected(nothing)) return nothing;
    let answer: unknown;
    try {
      answer = await response.json();
    } catch {
      answer = undefined;
    }
    if (!response.ok) {
      if (isErrorBody(answer)) throw new CardApiError(answer.message, answer.code, response.status);
      throw new CardApiError(
        t('card.error.http', lang, { status: response.status }),
        'HTTP',
        response.status,
      );
    }
    if (!isExpected(answer))
      throw new CardApiError(t('card.error.badAnswer', lang), 'BAD_ANSWER', response.status);
    return answer;
  }

  return {
    account: () => call<AccountAnswer>('GET', account, isAccountAnswer),
    saveRecord: async <K extends RecordKind>(kind: K, record: RecordTypes[K]) => {
      const answer = await call('PUT', `${account}/records/${kind}`, isSavedRecord, { ...record });
      return answer.record as RecordTypes[K];
    },
    deleteRecord: async (kind, id) => {
      await call('DELETE', `${account}/records/${kind}/${encodeURIComponent(id)}`, anyAnswer);
    },
    recompute: () => call('POST', `${account}/recompute`, isRecomputeAnswer),
    workspaceLink: (view) =>
      call('POST', `${baseUrl}/api/workspace/link`, isLinkAnswer, {
        accountId,
        lang,
        ...(view ? { view } : {}),
      } satisfies LinkRequest & { readonly view?: WorkspaceView }),
  };
}
