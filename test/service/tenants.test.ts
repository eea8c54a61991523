/**
 * Installations and their credentials: Salesforce JWT bearer login and renewal, HubSpot OAuth
 * install through the service and token refresh — all against the sandbox's OAuth endpoints.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { SecretBox, SqliteStore } from '../../src/store/index.js';
import { salesforceJwt, TenantInputError } from '../../src/service/tenants/tenant-input.js';
import { TenantPorts, UnknownTenantError } from '../../src/service/tenants/tenant-ports.js';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_KEY = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const CONNECTED_APP = {
  clientId: '3MVG9kamServiceJwtClient',
  clientSecret: 'SERVICEJWTSECRET0001',
  certificate: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
};
const USER = 'kam-integration@example.com';

describe('Salesforce JWT bearer installation', () => {
  let sandbox: Sandbox;
  let url: string;
  const env = () => ({
    SALESFORCE_CLIENT_ID: CONNECTED_APP.clientId,
    SALESFORCE_USERNAME: USER,
    SALESFORCE_PRIVATE_KEY_FILE: '/keys/kam.pem',
    SALESFORCE_LOGIN_URL: url,
  });
  const readKey = async (path: string) => {
    if (path !== '/keys/kam.pem') throw new Error('no such file');
    return PRIVATE_KEY;
  };

  beforeAll(async () => {
    sandbox = await createSandbox({
      port: 0,
      seed: 'demo',
      salesforce: { connectedApps: [CONNECTED_APP], users: [{ username: USER, lastName: 'Integration' }] },
    });
    url = await sandbox.start();
  }, 60_000);
  afterAll(() => sandbox?.stop());

  it('logs in once and learns the org id (18 characters) and instance URL', async () => {
    const input = await salesforceJwt(env(), readKey, undefined, 'de', Date.now());
    expect(input.externalId).toHaveLength(18);
    expect(input.externalId.slice(0, 15)).toBe(sandbox.options.salesforce.orgId);
    expect(input.apiBaseUrl).toBe(url);
    expect(input.credentials.kind).toBe('salesforce-jwt');
  });

  it('names the variable that is missing or wrong, never a value', async () => {
    const noUser: Record<string, string> = { ...env() };
    delete noUser.SALESFORCE_USERNAME;
    await expect(salesforceJwt(noUser, readKey, undefined, 'en', Date.now())).rejects.toThrow(
      new TenantInputError('SALESFORCE_USERNAME is not set'),
    );
    await expect(
      salesforceJwt(
        { ...env(), SALESFORCE_PRIVATE_KEY_FILE: '/keys/missing.pem' },
        readKey,
        undefined,
        'en',
        Date.now(),
      ),
    ).rejects.toThrow('SALESFORCE_PRIVATE_KEY_FILE: cannot read /keys/missing.pem');
    await expect(
      salesforceJwt({ ...env(), SALESFORCE_LOGIN_URL: 'not a url' }, readKey, undefined, 'en', Date.now()),
    ).rejects.toThrow(/^SALESFORCE_LOGIN_URL /);
  });

  it('renews an expired session with a new JWT login and stores it encrypted', async () => {
    const store = new SqliteStore({ path: ':memory:', secretBox: new SecretBox(randomBytes(32)) });
    const input = await salesforceJwt(env(), readKey, 'Org', 'en', Date.now());
    const tenant = await store.saveTenant({
      ...input,
      credentials: {
        ...input.credentials,
        accessToken: 'expired-session',
        expiresAt: Date.now() - 1,
      } as typeof input.credentials,
    });
    const ports = new TenantPorts({ store, hubspotApp: {} });
    const { port } = await ports.get(tenant.id);
    const pages: string[] = [];
    for await (const page of port.listAccounts()) pages.push(...page);
    expect(pages.length).toBeGreaterThan(0);
    const renewed = (await store.tenant(tenant.id))!.credentials;
    expect(renewed.kind === 'salesforce-jwt' && renewed.accessToken).not.toBe('expired-session');
    expect(renewed.kind === 'salesforce-jwt' && (renewed.expiresAt ?? 0) > Date.now()).toBe(true);
    await expect(ports.get('salesforce:unknown')).rejects.toBeInstanceOf(UnknownTenantError);
    await store.close();
  });
});

describe('HubSpot OAuth install through the service', () => {
  let d: TestDemo;
  beforeAll(async () => {
    d = await startTestDemo();
  }, 60_000);
  afterAll(() => d?.stop());

  it('installs a portal: consent redirect, state check, code exchange, encrypted tokens', async () => {
    const install = await fetch(`${d.serviceUrl}/oauth/hubspot/install`, { redirect: 'manual' });
    expect(install.status).toBe(302);
    const consent = new URL(install.headers.get('location')!);
    expect(consent.origin + consent.pathname).toBe(`${d.sandboxUrl}/oauth/authorize`);
    expect(consent.searchParams.get('redirect_uri')).toBe(`${d.serviceUrl}/oauth/hubspot/callback`);
    // the sandbox grants consent at once and sends the browser back with a code
    const granted = await fetch(consent, { redirect: 'manual' });
    const callback = granted.headers.get('location')!;
    const done = await fetch(callback, { headers: { 'accept-language': 'de' } });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('KAM ist installiert');
    // the demo's private-app installation of the same portal became an OAuth one
    const tenant = (await d.service.store.tenantByExternalId(
      'hubspot',
      String(d.sandbox.options.hubspot.portalId),
    ))!;
    expect(tenant.credentials.kind).toBe('hubspot-oauth');
    // the same callback again: the state was used up
    const replay = await fetch(callback);
    expect(replay.status).toBe(400);
    expect((await replay.json()) as { code: string }).toMatchObject({ code: 'BAD_STATE' });
  }, 30_000);

  it('refreshes an expired OAuth token before calling HubSpot', async () => {
    const tenant = (await d.service.store.tenantByExternalId(
      'hubspot',
      String(d.sandbox.options.hubspot.portalId),
    ))!;
    if (tenant.credentials.kind !== 'hubspot-oauth')
      throw new Error('expected the OAuth installation of the test above');
    await d.service.store.saveCredentials(tenant.id, {
      ...tenant.credentials,
      accessToken: 'expired',
      expiresAt: Date.now() - 1,
    });
    d.service.ports.forget(tenant.id);
    const { port } = await d.service.ports.get(tenant.id);
    const ids: string[] = [];
    for await (const page of port.listAccounts()) ids.push(...page);
    expect(ids.length).toBeGreaterThan(0);
    const renewed = (await d.service.store.tenant(tenant.id))!.credentials;
    expect(
      renewed.kind === 'hubspot-oauth' && renewed.accessToken !== 'expired' && renewed.expiresAt > Date.now(),
    ).toBe(true);
  }, 30_000);

  it('refuses a callback with a state it never issued', async () => {
    const res = await fetch(`${d.serviceUrl}/oauth/hubspot/callback?code=abc&state=${'x'.repeat(32)}`);
    expect(res.status).toBe(400);
  });
});
