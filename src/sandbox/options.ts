import { z } from 'zod';
import { DeliveryTimings } from './hubspot/webhooks/timings.js';
import { SalesforceOptions } from './salesforce/options.js';

/** Fault shares for one CRM side: each a probability 0…1, plus latency added to every call. */
export const SideFaults = z
  .object({
    tooManyRequests: z.number().min(0).max(1).default(0),
    serverError: z.number().min(0).max(1).default(0),
    badGateway: z.number().min(0).max(1).default(0),
    timeout: z.number().min(0).max(1).default(0),
    latencyMs: z.number().int().min(0).max(60_000).default(0),
    /** how long a "timeout" holds the request before the socket is closed without an answer */
    timeoutMs: z.number().int().min(1).max(300_000).default(30_000),
  })
  .strict();
export type SideFaults = z.infer<typeof SideFaults>;

const token = z
  .string()
  .min(8)
  .max(200)
  .regex(/^[\w.:-]+$/, 'letters, digits, _ . : - only');

export const HubSpotOptions = z
  .object({
    portalId: z.number().int().positive().default(12345678),
    /** private-app access tokens accepted as `Authorization: Bearer …`; one is generated when empty */
    privateAppTokens: z.array(token).default([]),
    /** OAuth apps that may use `POST /oauth/v1/token`; one is generated when empty */
    oauthClients: z
      .array(
        z.object({
          clientId: z.string().min(1),
          clientSecret: z.string().min(1),
          appId: z.number().int().positive().default(1000001),
        }),
      )
      .default([]),
    /** developer API keys (`?hapikey=`) for the webhooks and workflow-action APIs; one is generated when empty */
    developerApiKeys: z.array(token).default([]),
    accessTokenTtlSeconds: z.number().int().positive().default(1800),
    /** webhook delivery timings at start (changeable at run time through the admin API) */
    webhooks: DeliveryTimings.prefault({}),
    rateLimit: z
      .object({
        /** calls per token within the rolling interval (HubSpot: 190 per 10 s for private apps) */
        max: z.number().int().positive().default(190),
        intervalMs: z.number().int().positive().default(10_000),
        daily: z.number().int().positive().default(1_000_000),
        /** search endpoints: calls per token per second */
        searchPerSecond: z.number().int().positive().default(5),
      })
      .prefault({}),
  })
  .prefault({});
export type HubSpotOptions = z.infer<typeof HubSpotOptions>;

export const SandboxOptions = z
  .object({
    /** SQLite file, or `:memory:` */
    db: z.string().min(1).default(':memory:'),
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number().int().min(0).max(65_535).default(4010),
    hubspot: HubSpotOptions,
    salesforce: SalesforceOptions,
    /** a portfolio to load into every side at start (`demo`: the core's demo portfolio) */
    seed: z.enum(['demo']).optional(),
    /** the portfolio's "now" (its dates are relative to it); default: the time of start */
    seedNow: z
      .union([z.date(), z.iso.datetime({ offset: true })])
      .transform((v) => new Date(v))
      .optional(),
    /** seed for the fault dice, so runs with faults can be repeated */
    faultSeed: z.number().int().default(1),
    /** pino logger options; false (default) logs nothing */
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('silent'),
  })
  .strict();
export type SandboxOptions = z.input<typeof SandboxOptions>;
export type ResolvedSandboxOptions = z.infer<typeof SandboxOptions>;
