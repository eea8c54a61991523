import { describe, expect, it } from '@jest/globals';
import type { FetchLike } from '../../src/workspace/api.js';
import { ApiError, createApi, demoSessions, NetworkError } from '../../src/workspace/api.js';
import { errorText, isRetryable } from '../../src/workspace/errors.js';
import { errorResponse, jsonResponse } from './fixtures.js';

interface Call {
  readonly url: string;
  readonly init: RequestInit | undefined;
}

function recordingFetch(answer: () => Response | Promise<Response>): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({ url, init });
      return answer();
    },
  };
}

const headersOf = (call: Call | undefined) => (call?.init?.headers ?? {}) as Record<string, string>;

describe('workspace API', () => {
  it('sends the current token as bearer and the current language', async () => {
    const { fetch, calls } = recordingFetch(() => jsonResponse(200, { accounts: [] }));
    let token = 'first';
    let lang: 'de' | 'en' = 'de';
    const api = createApi(fetch, { token: () => token, lang: () => lang });
    await api.portfolio();
    token = 'second';
    lang = 'en';
    await api.account('a/1');
    expect(calls.map((c) => c.url)).toEqual(['/api/portfolio', '/api/accounts/a%2F1']);
    expect(headersOf(calls[0])).toMatchObject({ authorization: 'Bearer first', 'accept-language': 'de' });
    expect(headersOf(calls[1])).toMatchObject({ authorization: 'Bearer second', 'accept-language': 'en' });
  });

  it('puts a record as JSON', async () => {
    const { fetch, calls } = recordingFetch(() => jsonResponse(200, { record: { id: '9' } }));
    const api = createApi(fetch, { token: () => 't', lang: () => 'de' });
    const record = { id: 'new-1', fromId: 'a', toId: 'b', kind: 'trusts' as const, strength: 3 };
    const answer = await api.saveRecord('acc-1', 'relationship', record);
    expect(answer.record.id).toBe('9');
    expect(calls[0]!.url).toBe('/api/accounts/acc-1/records/relationship');
    expect(calls[0]!.init?.method).toBe('PUT');
    expect(headersOf(calls[0])['content-type']).toBe('application/json');
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual(record);
  });

  it('turns an error answer into its code and message, and knows a refused link', async () => {
    const api = (response: Response) =>
      createApi(async () => response, { token: () => 't', lang: () => 'de' });
    const expired = await api(errorResponse(401, 'LINK_EXPIRED', 'Link abgelaufen'))
      .portfolio()
      .catch((e: unknown) => e);
    expect(expired).toBeInstanceOf(ApiError);
    expect(expired).toMatchObject({
      status: 401,
      code: 'LINK_EXPIRED',
      message: 'Link abgelaufen',
      linkRefused: true,
    });

    const bad = await api(errorResponse(401, 'BAD_LINK', 'x'))
      .portfolio()
      .catch((e: unknown) => e);
    expect((bad as ApiError).linkRefused).toBe(true);
    const otherAuth = await api(errorResponse(401, 'BAD_SIGNATURE', 'x'))
      .portfolio()
      .catch((e: unknown) => e);
    expect((otherAuth as ApiError).linkRefused).toBe(false);
  });

  it('explains an answer that is not the service’s JSON by its status', async () => {
    const api = createApi(async () => new Response('<html>Bad gateway</html>', { status: 502 }), {
      token: () => 't',
      lang: () => 'de',
    });
    const error = await api.portfolio().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'HTTP_502' });
    expect(errorText(error, 'de')).toContain('502');
    expect(errorText(error, 'en')).toContain('502');
  });

  it('offers another try when a successful answer is not the service’s JSON', async () => {
    const api = createApi(async () => new Response('<html>Anmeldung im WLAN</html>', { status: 200 }), {
      token: () => 't',
      lang: () => 'de',
    });
    const error = await api.portfolio().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'BAD_ANSWER' });
    expect(isRetryable(error)).toBe(true);
  });

  it('reports a failed connection as a network error', async () => {
    const api = createApi(
      async () => {
        throw new TypeError('Failed to fetch');
      },
      { token: () => 't', lang: () => 'en' },
    );
    const error = await api.account('1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(errorText(error, 'de')).toMatch(/Verbindung/);
    expect(errorText(error, 'en')).toMatch(/reach the server/);
  });

  it('shows the service’s own message for other errors', () => {
    expect(errorText(new ApiError(400, 'BAD_REQUEST', 'ungültige Anfrage: body.attitude'), 'de')).toBe(
      'ungültige Anfrage: body.attitude',
    );
  });
});

describe('demo sessions', () => {
  it('are asked for without a token', async () => {
    const { fetch, calls } = recordingFetch(() => jsonResponse(200, { sessions: [] }));
    await demoSessions(fetch, 'en');
    expect(calls[0]!.url).toBe('/api/demo/sessions');
    expect(headersOf(calls[0]).authorization).toBeUndefined();
  });

  it('are undefined when the service is no demo, and other failures are errors', async () => {
    expect(
      await demoSessions(async () => errorResponse(404, 'NOT_FOUND', 'nicht gefunden'), 'de'),
    ).toBeUndefined();
    await expect(demoSessions(async () => errorResponse(500, 'INTERNAL', 'x'), 'de')).rejects.toBeInstanceOf(
      ApiError,
    );
  });
});
