import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Running } from '../helpers.js';
import { CLIENT_ID, CLIENT_SECRET, failure, startSandbox } from '../helpers.js';

let env: Running;
beforeAll(async () => {
  env = await startSandbox();
});
afterAll(async () => {
  await env.sandbox.stop();
});

const REDIRECT = 'https://kam.example.com/oauth/callback';

async function mintCode(): Promise<string> {
  const res = await env.client().apiRequest({
    method: 'POST',
    path: '/__sandbox/hubspot/oauth/codes',
    body: { clientId: CLIENT_ID, redirectUri: REDIRECT, scopes: ['crm.objects.companies.read'] },
  });
  return ((await res.json()) as { code: string }).code;
}

describe('authentication through @hubspot/api-client', () => {
  it("answers a missing or unknown token with HubSpot's 401 body", async () => {
    const unknown = await failure(env.client('pat-na1-not-a-real-token').crm.companies.basicApi.getPage());
    expect(unknown.code).toBe(401);
    expect(unknown.body).toMatchObject({
      status: 'error',
      category: 'INVALID_AUTHENTICATION',
      correlationId: expect.any(String),
    });
    expect(unknown.body.message).toMatch(/^Authentication credentials not found/);
    const res = await env.client('').apiRequest({ method: 'GET', path: '/crm/v3/objects/companies' });
    expect(res.status).toBe(401);
  });

  it('exchanges an authorization code, uses the access token and refreshes it', async () => {
    const code = await mintCode();
    const tokens = await env
      .client()
      .oauth.tokensApi.create('authorization_code', code, REDIRECT, CLIENT_ID, CLIENT_SECRET);
    expect(tokens).toMatchObject({ tokenType: 'bearer', expiresIn: 1800 });
    expect(tokens.accessToken).toMatch(/\S{20,}/);

    const viaOAuth = env.client(tokens.accessToken);
    expect((await viaOAuth.crm.companies.basicApi.getPage()).results).toEqual([]);
    const info = await viaOAuth.oauth.accessTokensApi.get(tokens.accessToken);
    expect(info).toMatchObject({ hubId: 12345678, appId: 4242, scopes: ['crm.objects.companies.read'] });

    const refreshed = await env
      .client()
      .oauth.tokensApi.create(
        'refresh_token',
        undefined,
        undefined,
        CLIENT_ID,
        CLIENT_SECRET,
        tokens.refreshToken,
      );
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.refreshToken).toBe(tokens.refreshToken);

    const reused = await failure(
      env.client().oauth.tokensApi.create('authorization_code', code, REDIRECT, CLIENT_ID, CLIENT_SECRET),
    );
    expect(reused).toMatchObject({ code: 400, body: { status: 'BAD_AUTH_CODE' } });
  });

  it('refuses bad secrets, refresh tokens, redirect URIs and grant types', async () => {
    const oauth = env.client().oauth.tokensApi;
    const code = await mintCode();
    expect(
      (await failure(oauth.create('authorization_code', code, REDIRECT, CLIENT_ID, 'wrong'))).body,
    ).toMatchObject({
      status: 'BAD_CLIENT_SECRET',
    });
    const code2 = await mintCode();
    expect(
      (
        await failure(
          oauth.create('authorization_code', code2, 'https://evil.example/cb', CLIENT_ID, CLIENT_SECRET),
        )
      ).body,
    ).toMatchObject({
      status: 'BAD_REDIRECT_URI',
    });
    expect(
      (await failure(oauth.create('refresh_token', undefined, undefined, CLIENT_ID, CLIENT_SECRET, 'nope')))
        .body,
    ).toMatchObject({
      status: 'BAD_REFRESH_TOKEN',
      message: 'missing or invalid refresh token',
    });
    expect(
      (await failure(oauth.create('password', undefined, undefined, CLIENT_ID, CLIENT_SECRET))).body,
    ).toMatchObject({
      status: 'BAD_GRANT_TYPE',
    });
    expect(
      (await failure(oauth.create('refresh_token', undefined, undefined, 'other-client', CLIENT_SECRET, 'x')))
        .code,
    ).toBe(400);
  });

  it('redirects the consent step back with a code that grants tokens', async () => {
    const callback = `${env.baseUrl}/__sandbox/hubspot/oauth/callback`;
    const res = await env.client().apiRequest({
      method: 'GET',
      path: '/oauth/authorize',
      qs: {
        client_id: CLIENT_ID,
        redirect_uri: callback,
        scope: 'oauth crm.objects.companies.read',
        state: 's1',
      },
    });
    expect(res.redirected).toBe(true);
    const { code, state } = (await res.json()) as { code: string; state: string };
    expect(state).toBe('s1');
    const tokens = await env
      .client()
      .oauth.tokensApi.create('authorization_code', code, callback, CLIENT_ID, CLIENT_SECRET);
    expect(tokens.accessToken).toBeTruthy();
  });
});
