import type { Lang } from '../core/i18n/index.js';
import type { Action, Contact, Relationship } from '../core/model/index.js';
import type {
  AccountAnswer,
  DemoSessionsAnswer,
  ErrorAnswer,
  PortfolioAnswer,
  SessionAnswer,
} from './contract.js';

/** `fetch` as the workspace calls it (bound to the window in the browser, a fake in tests). */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The records the workspace edits, by the kind the record API names them. */
export interface EditableRecords {
  readonly contact: Contact;
  readonly action: Action;
  /** A new relationship: `id` is `new-…`; the CRM gives it its own id. */
  readonly relationship: Pick<Relationship, 'id' | 'fromId' | 'toId' | 'kind' | 'strength'>;
}
export type EditableKind = keyof EditableRecords;

/** `PUT /api/accounts/:id/records/:kind` answers the record as the CRM saved it. */
export interface RecordAnswer<K extends EditableKind> {
  readonly record: EditableRecords[K] & { readonly id: string };
}

/** What the pages ask of the service. */
export interface WorkspaceApi {
  /** Who the link speaks for, and the one account it reaches when it was issued for one. */
  session(): Promise<SessionAnswer>;
  portfolio(): Promise<PortfolioAnswer>;
  account(accountId: string): Promise<AccountAnswer>;
  saveRecord<K extends EditableKind>(
    accountId: string,
    kind: K,
    record: EditableRecords[K],
  ): Promise<RecordAnswer<K>>;
}

/** The service answered with an error: its stable code and its message in the reader's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The link's token is expired or not valid: only a new link from the CRM card helps. */
  get linkRefused(): boolean {
    return this.status === 401 && (this.code === 'LINK_EXPIRED' || this.code === 'BAD_LINK');
  }
}

/** The service could not be reached (offline, DNS, connection reset): trying again may help. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'NetworkError';
  }
}

interface CallOptions {
  readonly method?: 'GET' | 'PUT';
  readonly body?: unknown;
  readonly token?: string;
}

/** One call: JSON in and out, the token as bearer, the language for the service's messages. */
export async function callJson<T>(
  fetch: FetchLike,
  path: string,
  lang: Lang,
  options: CallOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const body = await response.text();
  if (!response.ok) throw errorOf(response.status, body);
  try {
    return JSON.parse(body) as T;
  } catch {
    // a page that is not the service's answer (a proxy, a captive portal): worth another try
    throw new ApiError(502, 'BAD_ANSWER', '');
  }
}

function errorOf(status: number, body: string): ApiError {
  try {
    const answer = JSON.parse(body) as Partial<ErrorAnswer>;
    if (typeof answer.code === 'string' && typeof answer.message === 'string')
      return new ApiError(status, answer.code, answer.message);
  } catch {
    // Not the service's JSON (a proxy's error page): the status says what is known.
  }
  return new ApiError(status, `HTTP_${status}`, '');
}

/** The workspace API for a token and language that may change while the page lives. */
export function createApi(fetch: FetchLike, session: { token(): string; lang(): Lang }): WorkspaceApi {
  const get = <T>(path: string) => callJson<T>(fetch, path, session.lang(), { token: session.token() });
  return {
    session: () => get<SessionAnswer>('/api/session'),
    portfolio: () => get<PortfolioAnswer>('/api/portfolio'),
    account: (accountId) => get<AccountAnswer>(`/api/accounts/${encodeURIComponent(accountId)}`),
    saveRecord: (accountId, kind, record) =>
      callJson(fetch, `/api/accounts/${encodeURIComponent(accountId)}/records/${kind}`, session.lang(), {
        method: 'PUT',
        body: record,
        token: session.token(),
      }),
  };
}

/** The demo's sessions, or undefined when this service is not a demo (404). */
export async function demoSessions(fetch: FetchLike, lang: Lang): Promise<DemoSessionsAnswer | undefined> {
  try {
    return await callJson<DemoSessionsAnswer>(fetch, '/api/demo/sessions', lang);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}
