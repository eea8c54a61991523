import { z } from 'zod';
import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import { HubSpotAdapter } from '../crm/hubspot/adapter/index.js';
import type { CrmKind, CrmPort } from '../crm/port.js';
import { DEFAULT_API_VERSION, SalesforceAdapter } from '../crm/salesforce/adapter/index.js';
import { InputError } from './io.js';

export const DEFAULT_HUBSPOT_BASE_URL = 'https://api.hubapi.com';
export const CRM_KINDS = ['hubspot', 'salesforce'] as const satisfies readonly CrmKind[];

type Env = Readonly<Record<string, string | undefined>>;
type Problem = 'crmCli.env.url' | 'crmCli.env.version' | 'crmCli.env.token';

const HttpUrl = z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ''));
const Token = z.string().regex(/^\S+$/);
const ApiVersion = z.string().regex(/^\d{2,3}\.0$/);

export interface HubSpotSettings {
  readonly accessToken: string;
  readonly baseUrl: string;
}
export interface SalesforceSettings {
  readonly instanceUrl: string;
  readonly accessToken: string;
  readonly apiVersion: string;
}

/** An env value: unset or blank counts as not set. */
const value = (env: Env, name: string): string | undefined => {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
};

/**
 * One variable, validated; a bad one stops with one line naming it. The value itself is never put
 * into the message (tokens are secrets, and a URL may carry credentials).
 */
function read<T>(
  env: Env,
  name: string,
  schema: z.ZodType<T, string>,
  problem: Problem,
  lang: Lang,
  crm: string,
  fallback?: string,
): T {
  const raw = value(env, name) ?? fallback;
  if (raw === undefined) throw new InputError(t('crmCli.env.missing', lang, { name, crm }));
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new InputError(t('crmCli.env.invalid', lang, { name, problem: t(problem, lang) }));
  return parsed.data;
}

export function hubSpotSettings(env: Env, lang: Lang): HubSpotSettings {
  return {
    accessToken: read(env, 'HUBSPOT_ACCESS_TOKEN', Token, 'crmCli.env.token', lang, 'HubSpot'),
    baseUrl: read(
      env,
      'HUBSPOT_BASE_URL',
      HttpUrl,
      'crmCli.env.url',
      lang,
      'HubSpot',
      DEFAULT_HUBSPOT_BASE_URL,
    ),
  };
}

export function salesforceSettings(env: Env, lang: Lang): SalesforceSettings {
  return {
    instanceUrl: read(env, 'SALESFORCE_INSTANCE_URL', HttpUrl, 'crmCli.env.url', lang, 'Salesforce'),
    accessToken: read(env, 'SALESFORCE_ACCESS_TOKEN', Token, 'crmCli.env.token', lang, 'Salesforce'),
    apiVersion: read(
      env,
      'SALESFORCE_API_VERSION',
      ApiVersion,
      'crmCli.env.version',
      lang,
      'Salesforce',
      DEFAULT_API_VERSION,
    ),
  };
}

/** The CRM to use: `--crm`, else the one configured; both configured (or none) stops with one line. */
export function chooseCrm(flag: CrmKind | undefined, env: Env, lang: Lang): CrmKind {
  if (flag) return flag;
  const hubspot = value(env, 'HUBSPOT_ACCESS_TOKEN') !== undefined;
  const salesforce =
    value(env, 'SALESFORCE_INSTANCE_URL') !== undefined ||
    value(env, 'SALESFORCE_ACCESS_TOKEN') !== undefined;
  if (hubspot && salesforce) throw new InputError(t('crmCli.crm.both', lang));
  if (hubspot) return 'hubspot';
  if (salesforce) return 'salesforce';
  throw new InputError(t('crmCli.crm.none', lang));
}

/** The `CrmPort` for one CRM from the environment (validated first, so nothing is called on bad input). */
export function crmPortFromEnv(kind: CrmKind, env: Env, lang: Lang): CrmPort {
  if (kind === 'hubspot') {
    const s = hubSpotSettings(env, lang);
    return new HubSpotAdapter({ accessToken: s.accessToken, basePath: s.baseUrl }, lang);
  }
  const s = salesforceSettings(env, lang);
  return new SalesforceAdapter({
    instanceUrl: s.instanceUrl,
    accessToken: s.accessToken,
    version: s.apiVersion,
  });
}
