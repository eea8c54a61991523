/** Tenants, credentials and score entries the conformance cases build on. */
import type { Credentials, ScoreHistoryEntry, TenantInput } from '../../../src/store/port.js';

/** A token that must never appear in what the database holds. */
export const HUBSPOT_TOKEN = 'pat-eu1-2f6c1a9e-7d4b-4c8e-9a21-5be0c3d7f4a8';

export const hubspotCredentials = (accessToken = HUBSPOT_TOKEN): Credentials => ({
  kind: 'hubspot-private-app',
  accessToken,
});

export function hubspotTenant(externalId: string, overrides: Partial<TenantInput> = {}): TenantInput {
  return {
    crm: 'hubspot',
    externalId,
    name: `Portal ${externalId}`,
    lang: 'de',
    apiBaseUrl: 'https://api.hubapi.com',
    credentials: hubspotCredentials(),
    ...overrides,
  };
}

export function salesforceTenant(orgId: string, overrides: Partial<TenantInput> = {}): TenantInput {
  return {
    crm: 'salesforce',
    externalId: orgId,
    name: `Org ${orgId}`,
    lang: 'en',
    apiBaseUrl: 'https://brenner-hydraulik.my.salesforce.com',
    credentials: { kind: 'salesforce-token', accessToken: '00D5g000004XyZ!AQ0AQHq8sTtokenvalue' },
    ...overrides,
  };
}

/** One of every kind of credentials, each with secrets that must stay encrypted. */
export const EVERY_CREDENTIALS_KIND: readonly Credentials[] = [
  { kind: 'hubspot-private-app', accessToken: 'pat-na1-11111111-aaaa-4bbb-8ccc-000000000001' },
  {
    kind: 'hubspot-oauth',
    accessToken: 'CJT1-oauth-access-0002',
    refreshToken: 'eu1-refresh-5e2a-0002',
    expiresAt: Date.parse('2026-03-01T09:30:00Z'),
  },
  {
    kind: 'salesforce-jwt',
    clientId: '3MVG9consumerkey0003',
    username: 'kam-integration@brenner-hydraulik.de',
    privateKey: '-----BEGIN PRIVATE KEY-----\nMIIEv-private-key-body-0003\n-----END PRIVATE KEY-----\n',
    loginUrl: 'https://login.salesforce.com',
  },
  {
    kind: 'salesforce-jwt',
    clientId: '3MVG9consumerkey0004',
    username: 'kam-integration@brenner-hydraulik.de',
    privateKey: '-----BEGIN PRIVATE KEY-----\nMIIEv-private-key-body-0004\n-----END PRIVATE KEY-----\n',
    loginUrl: 'https://test.salesforce.com',
    accessToken: '00D5g000004XyZ!jwt-access-0004',
    expiresAt: Date.parse('2026-03-01T10:00:00Z'),
  },
  { kind: 'salesforce-token', accessToken: '00D5g000004XyZ!session-0005' },
];

/** The secret strings of a credentials value (what must not be readable in the database). */
export function secretsOf(c: Credentials): string[] {
  switch (c.kind) {
    case 'hubspot-private-app':
    case 'salesforce-token':
      return [c.accessToken];
    case 'hubspot-oauth':
      return [c.accessToken, c.refreshToken];
    case 'salesforce-jwt':
      return [c.privateKey, ...(c.accessToken ? [c.accessToken] : [])];
  }
}

export function scoreEntry(
  accountId: string,
  scoredAt: string,
  inputHash: string,
  overrides: Partial<ScoreHistoryEntry> = {},
): ScoreHistoryEntry {
  return {
    accountId,
    score: 58.4,
    tier: 'B',
    quadrant: 'develop',
    attractiveness: 71.2,
    position: 39.2,
    inputHash,
    modelVersion: 'kam-default@1.0.0',
    scoredAt,
    ...overrides,
  };
}
