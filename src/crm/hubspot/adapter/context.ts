import { Client } from '@hubspot/api-client';
import { z } from 'zod';
import type { CallGate } from '../../limits/index.js';
import { CallPolicy, CallGate as Gate, GateRegistry, Tally } from '../../limits/index.js';
import { asDailyLimit, classifyHubSpotFailure, HUBSPOT_POLICY } from './rate-limit.js';

/** How the adapter reaches one portal. The token is never logged. */
export const HubSpotAdapterConfig = z
  .object({
    accessToken: z.string().min(1),
    /** `https://api.hubapi.com` for a real portal; the sandbox's URL in tests and the demo. */
    basePath: z.string().url().default('https://api.hubapi.com'),
    /** Whose window the calls count against (portal id); calls for one tenant share one gate. */
    tenant: z.string().min(1).default('default'),
    policy: CallPolicy.partial().default({}),
    /** The portal's company currency (HubSpot companies carry none). */
    currency: z.string().length(3).default('EUR'),
    /** Page size of account listing (search allows at most 200); smaller in tests. */
    pageSize: z.number().int().min(1).max(200).default(200),
  })
  .strict();
export type HubSpotAdapterConfig = z.infer<typeof HubSpotAdapterConfig>;
export type HubSpotAdapterConfigInput = z.input<typeof HubSpotAdapterConfig>;

/** One gate per tenant for the whole process: the worker, the cards and the CLI share a window. */
const gates = new Map<string, GateRegistry>();
function gateFor(config: HubSpotAdapterConfig): CallGate {
  const key = JSON.stringify(config.policy);
  let registry = gates.get(key);
  if (!registry) {
    const policy = CallPolicy.parse({ ...HUBSPOT_POLICY, ...config.policy });
    registry = new GateRegistry(() => new Gate(policy, classifyHubSpotFailure));
    gates.set(key, registry);
  }
  return registry.for(`${config.basePath}|${config.tenant}`);
}

/** What every part of the adapter works with: the SDK client and the tenant's gate. */
export class HubSpotContext {
  readonly client: Client;
  readonly gate: CallGate;
  /** This adapter's own calls (the gate counts the whole tenant's). */
  readonly tally = new Tally();

  constructor(readonly config: HubSpotAdapterConfig) {
    // The SDK's retries and limiter are process-wide: off, the gate does both per tenant.
    this.client = new Client({
      accessToken: config.accessToken,
      basePath: config.basePath,
      numberOfApiCallRetries: 0,
    });
    this.gate = gateFor(config);
  }

  /** One API call through the tenant's gate. */
  async call<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    try {
      return await this.gate.run(() => fn(this.client), this.tally);
    } catch (e) {
      throw asDailyLimit(e);
    }
  }
}
