import { Client } from '@hubspot/api-client';
import { z } from 'zod';
import type { CallGate, CallWindow, WindowLimits } from '../../limits/index.js';
import { CallPolicy, CallGate as Gate, GateRegistry, REAL_TIMER, Tally } from '../../limits/index.js';
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

/**
 * The window a tenant's calls wait in, made once per tenant and process. `tenant` is the config's
 * `tenant` (the portal id); `limits` are the policy's, so a shared window paces like the local one.
 */
export type WindowFactory = (tenant: string, limits: WindowLimits) => CallWindow;

/** What the adapter takes besides its (serialisable) config. */
export interface HubSpotAdapterOptions {
  /**
   * Where the tenant's calls wait for a slot. Default: a rolling window in this process. With several
   * worker processes pass a shared one (e.g. a `RedisRollingWindow` per portal) so the portal's limit
   * holds across all of them.
   */
  readonly window?: WindowFactory;
}

/**
 * One gate per tenant for the whole process: the worker, the cards and the CLI share a window.
 * Gates are kept per window factory too, so a shared window is never swapped for a local one.
 */
const localGates = new Map<string, GateRegistry>();
const sharedGates = new WeakMap<WindowFactory, Map<string, GateRegistry>>();
function gateFor(config: HubSpotAdapterConfig, window: WindowFactory | undefined): CallGate {
  let gates = localGates;
  if (window) {
    gates = sharedGates.get(window) ?? new Map<string, GateRegistry>();
    sharedGates.set(window, gates);
  }
  const key = JSON.stringify([config.policy, config.basePath]);
  let registry = gates.get(key);
  if (!registry) {
    const policy = CallPolicy.parse({ ...HUBSPOT_POLICY, ...config.policy });
    const limits = { maxCalls: policy.maxCalls, windowMs: policy.windowMs };
    registry = new GateRegistry(
      (tenant) => new Gate(policy, classifyHubSpotFailure, REAL_TIMER, Math.random, window?.(tenant, limits)),
    );
    gates.set(key, registry);
  }
  return registry.for(config.tenant);
}

/** What every part of the adapter works with: the SDK client and the tenant's gate. */
export class HubSpotContext {
  readonly client: Client;
  readonly gate: CallGate;
  /** This adapter's own calls (the gate counts the whole tenant's). */
  readonly tally = new Tally();

  constructor(
    readonly config: HubSpotAdapterConfig,
    options: HubSpotAdapterOptions = {},
  ) {
    // The SDK's retries and limiter are process-wide: off, the gate does both per tenant.
    this.client = new Client({
      accessToken: config.accessToken,
      basePath: config.basePath,
      numberOfApiCallRetries: 0,
    });
    this.gate = gateFor(config, options.window);
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
