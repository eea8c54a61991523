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
  /** A short-lived link that opens the workspace on this account. */
  workspaceLink(): Promise<LinkAnswer>;
}

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

  async function call<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
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
    if (response.status === 204) return undefined as T;
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
    return answer as T;
  }

  return {
    account: () => call<AccountAnswer>('GET', account),
    saveRecord: async <K extends RecordKind>(kind: K, record: RecordTypes[K]) =>
      (
        await call<{ record: RecordTypes[K] }>(
          'PUT',
          `${account}/records/${kind}`,
          record as unknown as Record<string, unknown>,
        )
      ).record,
    deleteRecord: (kind, id) =>
      call<undefined>('DELETE', `${account}/records/${kind}/${encodeURIComponent(id)}`),
    recompute: () => call<RecomputeAnswer>('POST', `${account}/recompute`),
    workspaceLink: () =>
      call<LinkAnswer>('POST', `${baseUrl}/api/workspace/link`, {
        accountId,
        lang,
      } satisfies LinkRequest),
  };
}
