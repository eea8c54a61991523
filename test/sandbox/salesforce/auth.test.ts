import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jsforce from 'jsforce';
import { failure, startSalesforce, VERSION } from './harness.js';
import type { SalesforceHarness } from './harness.js';

const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const app = {
  clientId: '3MVG9kamSandboxTestClient',
  clientSecret: 'SANDBOXSECRET0001',
  redirectUris: ['http://localhost:3000/oauth/callback'],
  certificate: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
};
const USER = 'kam-integration@example.com';

let h: SalesforceHarness;
beforeAll(async () => {
  h = await startSalesforce({ connectedApps: [app], users: [{ username: USER, lastName: 'Integration' }] });
});
afterAll(() => h.stop());

const oauth2 = () =>
  new jsforce.OAuth2({
    loginUrl: h.url,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    redirectUri: app.redirectUris[0]!,
  });

function jwt(claims: Record<string, unknown>, key = keys.privateKey): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'RS256' })}.${part(claims)}`;
  return `${body}.${sign('RSA-SHA256', Buffer.from(body), key).toString('base64url')}`;
}
const claims = (extra: Record<string, unknown> = {}) => ({
  iss: app.clientId,
  sub: USER,
  aud: 'https://login.salesforce.com',
  exp: Math.floor(Date.now() / 1000) + 180,
  ...extra,
});

async function authorizationCode(): Promise<string> {
  const res = await fetch(oauth2().getAuthorizationUrl({ state: 'abc' }), { redirect: 'manual' });
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get('location')!);
  expect(location.searchParams.get('state')).toBe('abc');
  return location.searchParams.get('code')!;
}

describe('Salesforce sandbox: OAuth', () => {
  it('runs the web-server flow and refreshes tokens through jsforce', async () => {
    const conn = new jsforce.Connection({ oauth2: oauth2(), version: VERSION });
    const info = await conn.authorize(await authorizationCode());
    expect(info.id).toMatch(/^005/);
    expect(info.organizationId).toMatch(/^00D/);
    expect(conn.instanceUrl).toBe(h.url);
    expect(conn.refreshToken).toMatch(/^5Aep861/);
    expect(await conn.identity()).toMatchObject({
      username: USER,
      user_id: info.id,
      organization_id: info.organizationId,
    });
    expect((await conn.query('SELECT Username FROM User')).records).toEqual([
      expect.objectContaining({ Username: USER }),
    ]);

    const refreshed = await oauth2().refreshToken(conn.refreshToken!);
    expect(refreshed).toMatchObject({
      token_type: 'Bearer',
      instance_url: h.url,
      signature: expect.any(String),
      issued_at: expect.any(String),
    });
    expect(refreshed.access_token).not.toBe(conn.accessToken);
    expect(refreshed).not.toHaveProperty('refresh_token');

    // an invalid access token makes jsforce refresh the session by itself and retry
    const stale = new jsforce.Connection({
      oauth2: oauth2(),
      instanceUrl: h.url,
      accessToken: 'expired!token',
      refreshToken: conn.refreshToken!,
      version: VERSION,
    });
    let refreshedTo = '';
    stale.on('refresh', (token: string) => (refreshedTo = token));
    await stale.query('SELECT Id FROM Account');
    expect(refreshedTo).not.toBe('');
  });

  it('refuses reused codes, wrong secrets and unknown grants', async () => {
    const code = await authorizationCode();
    await oauth2().requestToken(code);
    await expect(oauth2().requestToken(code)).rejects.toMatchObject({ name: 'invalid_grant' });
    const wrong = new jsforce.OAuth2({
      loginUrl: h.url,
      clientId: app.clientId,
      clientSecret: 'wrong-secret',
      redirectUri: app.redirectUris[0]!,
    });
    await expect(wrong.requestToken(await authorizationCode())).rejects.toMatchObject({
      name: 'invalid_client',
    });
    await expect(oauth2().refreshToken('5Aep861nonsense')).rejects.toMatchObject({ name: 'invalid_grant' });
    await expect(oauth2().requestToken({ grant_type: 'password' })).rejects.toMatchObject({
      name: 'unsupported_grant_type',
    });
  });

  it('issues tokens for a JWT signed with the connected app key', async () => {
    const login = new jsforce.OAuth2({ loginUrl: h.url });
    const token = await login.requestToken({ grant_type: JWT_GRANT, assertion: jwt(claims()) });
    expect(token).toMatchObject({
      token_type: 'Bearer',
      instance_url: h.url,
      id: expect.stringMatching(/\/id\/00D\w{15}\/005\w{15}$/),
    });
    const conn = new jsforce.Connection({
      instanceUrl: token.instance_url,
      accessToken: token.access_token,
      version: VERSION,
    });
    expect((await conn.sobject('Account').create({ Name: 'Per JWT' })).success).toBe(true);

    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const refused = [
      jwt(claims(), other),
      jwt(claims({ aud: 'https://evil.example.com' })),
      jwt(claims({ exp: Math.floor(Date.now() / 1000) - 10 })),
      jwt(claims({ sub: 'nobody@example.com' })),
    ];
    for (const assertion of refused)
      await expect(login.requestToken({ grant_type: JWT_GRANT, assertion })).rejects.toMatchObject({
        name: 'invalid_grant',
      });
    await expect(
      login.requestToken({ grant_type: JWT_GRANT, assertion: jwt(claims({ iss: 'unknown' })) }),
    ).rejects.toMatchObject({
      name: 'invalid_client_id',
    });
  });

  it('answers an unknown session with 401 INVALID_SESSION_ID', async () => {
    const conn = new jsforce.Connection({ instanceUrl: h.url, accessToken: 'not-a-token', version: VERSION });
    const error = await failure(conn.query('SELECT Id FROM Account'));
    expect(error.errorCode).toBe('INVALID_SESSION_ID');
  });
});

describe('Salesforce sandbox: API limits', () => {
  it('reports usage in Sforce-Limit-Info and limits, then refuses past the allocation', async () => {
    const small = await startSalesforce({ dailyApiRequests: 4 });
    try {
      const conn = small.connect();
      await conn.query('SELECT Id FROM Account');
      expect(conn.limitInfo.apiUsage).toEqual({ used: 1, limit: 4 });
      const limits = await conn.limits();
      expect(limits.DailyApiRequests).toEqual({ Max: 4, Remaining: 2 });
      await conn.sobject('Account').describe();
      expect(conn.limitInfo.apiUsage).toEqual({ used: 3, limit: 4 });
      await conn.query('SELECT Id FROM Account');
      const refused = await failure(conn.query('SELECT Id FROM Account'));
      expect(refused.errorCode).toBe('REQUEST_LIMIT_EXCEEDED');
      expect(conn.limitInfo.apiUsage).toEqual({ used: 4, limit: 4 });
    } finally {
      await small.stop();
    }
  });
});
