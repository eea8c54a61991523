import { z } from 'zod';

/**
 * Options of the Salesforce side: the sandbox's `salesforce` options (read by `createSalesforceSide`).
 * Everything has a default; `salesforceSide(options)` builds a side with options of its own.
 */
const url = z.url();

export const ConnectedApp = z.object({
  clientId: z.string().min(8),
  clientSecret: z.string().min(8),
  /** redirect URIs allowed in the web-server flow; empty = any */
  redirectUris: z.array(url).default([]),
  /** PEM of the X.509 certificate or public key that verifies JWT bearer assertions (RS256) */
  certificate: z.string().optional(),
});
export type ConnectedApp = z.infer<typeof ConnectedApp>;

export const SandboxUser = z.object({
  username: z.string().min(3),
  firstName: z.string().optional(),
  lastName: z.string().min(1),
  email: z.email().optional(),
});
export type SandboxUser = z.infer<typeof SandboxUser>;

export const SalesforceOptions = z
  .object({
    /** 15- or 18-character org id (prefix 00D) */
    orgId: z
      .string()
      .regex(/^00D[0-9A-Za-z]{12}([0-9A-Za-z]{3})?$/)
      .default('00D5g000004KamX'),
    /** the SFDX source the objects and fields are read from */
    metadataDir: z.string().min(1).default('metadata/salesforce/main/default'),
    users: z
      .array(SandboxUser)
      .min(1)
      .default([{ username: 'kam-integration@example.com', firstName: 'KAM', lastName: 'Integration' }]),
    /** access tokens accepted without OAuth (for the first user); one is generated when empty */
    accessTokens: z
      .array(
        z
          .string()
          .min(16)
          .regex(/^[\w.!:-]+$/),
      )
      .default([]),
    /** connected apps for the token endpoint; one is generated when empty */
    connectedApps: z.array(ConnectedApp).default([]),
    /** extra accepted JWT audiences besides login/test.salesforce.com and the sandbox URL */
    jwtAudiences: z.array(z.string()).default([]),
    accessTokenTtlSeconds: z.number().int().positive().default(7200),
    /** DailyApiRequests allocation (rolling 24 h) */
    dailyApiRequests: z.number().int().positive().default(1_000_000),
    outbound: z
      .object({
        /** endpoint for every outbound message (overrides the metadata's endpointUrl) */
        endpoint: url.optional(),
        /** endpoint per object API name, e.g. { Account: 'http://…' } */
        endpoints: z.record(z.string(), url).default({}),
        /** use the metadata's endpointUrl when no endpoint is configured (off: such messages are skipped) */
        useMetadataEndpoints: z.boolean().default(false),
        initialRetryMs: z.number().int().positive().default(15_000),
        maxRetryMs: z.number().int().positive().default(7_200_000),
        retryFactor: z.number().min(1).default(2),
        /** notifications older than this are dropped, as Salesforce does after 24 hours */
        maxAgeMs: z.number().int().positive().default(86_400_000),
        requestTimeoutMs: z.number().int().positive().default(10_000),
        /** collects changes this long before sending, so one message carries several notifications */
        batchDelayMs: z.number().int().min(0).default(50),
      })
      .prefault({}),
  })
  .prefault({});
export type SalesforceOptionsInput = z.input<typeof SalesforceOptions>;
export type SalesforceOptions = z.infer<typeof SalesforceOptions>;
