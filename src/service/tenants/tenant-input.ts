import { z } from 'zod';
import type { Lang } from '../../core/i18n/index.js';
import { toOrgId18 } from '../intake/index.js';
import type { TenantInput } from '../../store/port.js';
import { salesforceJwtLogin } from './token-exchange.js';

type Env = Readonly<Record<string, string | undefined>>;

const url = z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ''));
const token = z.string().regex(/^\S+$/, 'is empty or contains whitespace');

/** One variable, validated; the message names it, never its value. */
function read<T>(env: Env, name: string, schema: z.ZodType<T>, fallback?: string): T {
  const raw = env[name]?.trim() || fallback;
  if (raw === undefined) throw new TenantInputError(`${name} is not set`);
  const r = schema.safeParse(raw);
  if (!r.success) throw new TenantInputError(`${name} ${r.error.issues[0]?.message ?? 'is invalid'}`);
  return r.data;
}

/** A setting for a new installation is missing or wrong: one line naming it. */
export class TenantInputError extends Error {
  readonly code = 'TENANT_INPUT';
}

/** A HubSpot private-app installation from HUBSPOT_ACCESS_TOKEN (and HUBSPOT_BASE_URL). */
export function hubSpotPrivateApp(
  env: Env,
  portalId: string,
  name: string | undefined,
  lang: Lang,
): TenantInput {
  if (!/^\d{1,12}$/.test(portalId))
    throw new TenantInputError('--portal-id must be the portal (hub) id, digits only');
  return {
    crm: 'hubspot',
    externalId: portalId,
    name: name ?? `HubSpot ${portalId}`,
    lang,
    apiBaseUrl: read(env, 'HUBSPOT_BASE_URL', url, 'https://api.hubapi.com'),
    credentials: { kind: 'hubspot-private-app', accessToken: read(env, 'HUBSPOT_ACCESS_TOKEN', token) },
  };
}

/**
 * A Salesforce installation through the JWT bearer flow (SALESFORCE_CLIENT_ID, SALESFORCE_USERNAME,
 * the connected app's key in SALESFORCE_PRIVATE_KEY_FILE, SALESFORCE_LOGIN_URL): logs in once, so a
 * wrong setting is found now, and learns the instance URL and organization id from the answer.
 */
export async function salesforceJwt(
  env: Env,
  readFile: (path: string) => Promise<string>,
  name: string | undefined,
  lang: Lang,
  now: number,
): Promise<TenantInput> {
  const clientId = read(env, 'SALESFORCE_CLIENT_ID', token);
  const username = read(env, 'SALESFORCE_USERNAME', token);
  const keyFile = read(env, 'SALESFORCE_PRIVATE_KEY_FILE', z.string().min(1));
  const loginUrl = read(env, 'SALESFORCE_LOGIN_URL', url, 'https://login.salesforce.com');
  let privateKey: string;
  try {
    privateKey = await readFile(keyFile);
  } catch {
    throw new TenantInputError(`SALESFORCE_PRIVATE_KEY_FILE: cannot read ${keyFile}`);
  }
  if (!privateKey.includes('PRIVATE KEY'))
    throw new TenantInputError('SALESFORCE_PRIVATE_KEY_FILE is not a PEM private key');
  const session = await salesforceJwtLogin(loginUrl, clientId, username, privateKey, now);
  const orgId = /\/id\/(00D[0-9A-Za-z]{12,15})\//.exec(session.identityUrl ?? '')?.[1];
  if (!orgId) throw new TenantInputError('Salesforce did not say which organization the user belongs to');
  const externalId = toOrgId18(orgId);
  return {
    crm: 'salesforce',
    externalId,
    name: name ?? `Salesforce ${externalId}`,
    lang,
    apiBaseUrl: session.instanceUrl,
    credentials: {
      kind: 'salesforce-jwt',
      clientId,
      username,
      privateKey,
      loginUrl,
      accessToken: session.accessToken,
      expiresAt: session.expiresAt,
    },
  };
}
