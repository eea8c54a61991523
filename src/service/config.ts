import { z } from 'zod';
import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import { InputError } from '../cli/io.js';
import { parseEncryptionKey } from '../store/secret-box.js';

type Env = Readonly<Record<string, string | undefined>>;

/** One environment variable of the service: how it is read, and what the deploy manifest says of it. */
interface Variable {
  readonly schema: z.ZodType;
  readonly description: string;
  /** Used when the variable is unset; none = required. */
  readonly fallback?: string;
  /** A secret: its value is never printed; the deploy manifest generates one where it can. */
  readonly secret?: boolean;
  /** What the deploy manifest should do for it (`secret`: generate; `postgres`/`redis`: add-on URL). */
  readonly manifest?: 'secret' | 'postgres' | 'redis';
  /** Read when the variable itself is unset (the URL a platform add-on sets). */
  readonly alias?: string;
}

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const url = z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ''));
const storeUrl = z.string().regex(/^(sqlite:|postgres(ql)?:\/\/)/, 'sqlite:<file> or postgres://…');
const queueUrl = z.string().regex(/^(sqlite:|rediss?:\/\/)/, 'sqlite:<file> or redis://…');
const roles = z.enum(['all', 'web', 'worker']);

/** Every variable the service reads, in the order the deploy manifest lists them. */
export const SERVICE_VARIABLES = {
  KAM_PORT: { schema: int(0, 65_535), fallback: '3000', description: 'HTTP port of the web process.' },
  KAM_HOST: {
    schema: z.string().min(1),
    fallback: '127.0.0.1',
    description: 'Interface the web process listens on (0.0.0.0 in a container).',
  },
  KAM_PUBLIC_URL: {
    schema: url.optional(),
    description:
      'The URL HubSpot and Salesforce call (https://kam.example.com); needed behind a proxy so HubSpot signatures are checked against the URL HubSpot signed.',
  },
  KAM_STORE_URL: {
    schema: storeUrl,
    fallback: 'sqlite:data/kam.db',
    description:
      'Where tenants, encrypted tokens, models and score history live: sqlite:<file> or postgres://… (default: DATABASE_URL when set).',
    manifest: 'postgres',
    alias: 'DATABASE_URL',
  },
  KAM_QUEUE_URL: {
    schema: queueUrl,
    fallback: 'sqlite:data/kam-queue.db',
    description:
      'The job queue: sqlite:<file> (one machine) or redis://… for several worker processes (default: REDIS_URL when set).',
    manifest: 'redis',
    alias: 'REDIS_URL',
  },
  KAM_ENCRYPTION_KEY: {
    schema: z
      .string()
      .refine((k) => parseEncryptionKey(k) !== undefined, 'expected 32 bytes as base64 or 64 hex characters'),
    secret: true,
    manifest: 'secret',
    description:
      'Key that encrypts CRM tokens at rest (AES-256-GCM): 32 bytes as base64 or 64 hex characters.',
  },
  KAM_ENCRYPTION_KEYS_OLD: {
    schema: z
      .string()
      .refine(
        (keys) => keys.split(',').every((k) => parseEncryptionKey(k) !== undefined),
        'expected comma-separated keys of 32 bytes as base64 or 64 hex characters',
      )
      .optional(),
    secret: true,
    description: 'Earlier keys, comma-separated, still accepted for reading after a key rotation.',
  },
  KAM_LANG: {
    schema: z.enum(['de', 'en']),
    fallback: 'de',
    description: 'Default language of texts the service writes and answers (de or en).',
  },
  KAM_LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    fallback: 'info',
    description: 'Log level of the JSON logs on stdout.',
  },
  KAM_ROLE: {
    schema: roles,
    fallback: 'all',
    description: 'What this process runs: web (HTTP), worker (jobs and sweeps) or all.',
  },
  KAM_COALESCE_MS: {
    schema: int(0, 600_000),
    fallback: '2000',
    description:
      'Changes to one account within this many milliseconds are scored once (longer: fewer CRM calls in bulk edits; shorter: faster single updates).',
  },
  KAM_JOB_LEASE_MS: {
    schema: int(1_000, 3_600_000),
    fallback: '60000',
    description: 'A job whose worker died is handed to another worker after this many milliseconds.',
  },
  KAM_WORKER_CONCURRENCY: {
    schema: int(1, 1000),
    fallback: '200',
    description: 'Jobs a worker process handles at once (accounts are loaded in the CRM’s batches).',
  },
  KAM_SWEEP_INTERVAL_MS: {
    schema: int(0, 86_400_000),
    fallback: '900000',
    description: 'How often accounts changed since the last sweep are re-scored (0: never).',
  },
  KAM_FULL_RESCORE_HOUR: {
    schema: int(0, 23),
    fallback: '3',
    description:
      'Hour (UTC) of the daily full rescore: time alone changes scores (overdue actions, freshness).',
  },
  KAM_MAX_BODY_BYTES: {
    schema: int(1024, 50 * 1024 * 1024),
    fallback: '1048576',
    description: 'Largest request body accepted; larger ones are answered 413.',
  },
  KAM_WORKSPACE_LINK_HOURS: {
    schema: int(1, 168),
    fallback: '8',
    description:
      'How long a workspace link issued by a CRM card (or by kam tenant link) stays valid, in hours.',
  },
  HUBSPOT_CLIENT_ID: {
    schema: z.string().min(1).optional(),
    description: 'Client id of the HubSpot app (OAuth install).',
  },
  HUBSPOT_CLIENT_SECRET: {
    schema: z.string().min(1).optional(),
    secret: true,
    description: 'Client secret of the HubSpot app: signs webhooks, workflow actions and card requests.',
  },
  HUBSPOT_APP_ID: {
    schema: z.coerce.number().int().positive().optional(),
    description: 'Id of the HubSpot app.',
  },
  HUBSPOT_BASE_URL: {
    schema: url,
    fallback: 'https://api.hubapi.com',
    description: 'HubSpot API base URL (the sandbox URL in the demo).',
  },
  HUBSPOT_CALLS_PER_10S: {
    schema: int(1, 1_000),
    fallback: '190',
    description:
      'Calls per rolling 10 seconds to one HubSpot portal, shared by every worker (HubSpot allows private apps 190 on Professional and Enterprise, 100 on Free and Starter).',
  },
  HUBSPOT_AUTHORIZE_URL: {
    schema: url,
    fallback: 'https://app.hubspot.com/oauth/authorize',
    description: 'Where the OAuth install sends the browser.',
  },
  HUBSPOT_SCOPES: {
    schema: z.string().min(1),
    fallback:
      'oauth crm.objects.companies.read crm.objects.companies.write crm.objects.contacts.read crm.objects.contacts.write crm.objects.deals.read crm.objects.owners.read crm.objects.custom.read crm.objects.custom.write crm.schemas.custom.read automation',
    description: 'Scopes asked for at OAuth install, space-separated.',
  },
} as const satisfies Record<string, Variable>;

type Vars = typeof SERVICE_VARIABLES;
export type ServiceConfig = { -readonly [K in keyof Vars]: z.output<Vars[K]['schema']> };

const value = (env: Env, name: string): string | undefined => {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
};

/**
 * The service's configuration from the environment. A missing or bad variable stops start-up with
 * one line naming it (never its value: some are secrets).
 */
export function serviceConfig(env: Env, lang: Lang): ServiceConfig {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(SERVICE_VARIABLES) as [string, Variable][]) {
    const raw = value(env, name) ?? (v.alias ? value(env, v.alias) : undefined) ?? v.fallback;
    const parsed = v.schema.safeParse(raw);
    if (!parsed.success) {
      if (raw === undefined) throw new InputError(t('service.env.missing', lang, { name }));
      const problem = parsed.error.issues[0]?.message ?? '';
      throw new InputError(t('service.env.invalid', lang, { name, problem }));
    }
    out[name] = parsed.data;
  }
  return out as ServiceConfig;
}
