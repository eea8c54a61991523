import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Lang } from '../../core/i18n/index.js';
import { subscribeWebhooks } from '../../crm/hubspot/webhook-setup.js';
import type { Sandbox } from '../../sandbox/index.js';
import { createSandbox } from '../../sandbox/index.js';
import { serviceConfig } from '../config.js';
import { toOrgId18 } from '../intake/index.js';
import type { RunningService } from '../runtime.js';
import { startService } from '../runtime.js';
import { DEMO } from './demo-credentials.js';
import { backfillDemoHistory } from './history-backfill.js';

export interface DemoOptions {
  readonly port: number;
  readonly sandboxPort: number;
  /** Where the service's SQLite files go; emptied at start (the sandbox starts fresh too). */
  readonly dataDir: string;
  readonly lang: Lang;
  readonly log?: Logger;
  /** Extra service variables (tests shorten the coalescing window; `KAM_ROLE=web` leaves jobs to workers). */
  readonly env?: Readonly<Record<string, string>>;
  /** Size of the demo portfolio loaded into each CRM (default: the demo's 36 accounts). */
  readonly accounts?: number;
  /** The sandbox portal's rolling call limit per token (default: HubSpot's 190 per 10 s). */
  readonly hubspotRateLimit?: { readonly max: number; readonly intervalMs?: number };
  /** Give every account a score history of the past quarters (default true; see backfillDemoHistory). */
  readonly history?: boolean;
}

export interface Demo {
  readonly sandbox: Sandbox;
  readonly service: RunningService;
  readonly tenants: { readonly hubspot: string; readonly salesforce: string };
  /** One key account per CRM, for the printed examples, and how many were scored at start. */
  readonly sample: { readonly hubspot: string; readonly salesforce: string };
  readonly scoredAtStart: number;
  stop(): Promise<void>;
}

/**
 * The whole product on one machine: the sandbox CRM seeded with the demo portfolio, the service
 * (SQLite store and queue) as both tenants' installation, HubSpot webhooks and Salesforce outbound
 * messages pointed at it, and a first full score of every key account.
 */
export async function startDemo(o: DemoOptions): Promise<Demo> {
  rmSync(o.dataDir, { recursive: true, force: true });
  const sandbox = await createSandbox({
    port: o.sandboxPort,
    ...(o.accounts === undefined ? { seed: 'demo' as const } : {}),
    hubspot: {
      ...(o.hubspotRateLimit ? { rateLimit: o.hubspotRateLimit } : {}),
      privateAppTokens: [DEMO.hubspot.privateAppToken],
      oauthClients: [
        {
          clientId: DEMO.hubspot.clientId,
          clientSecret: DEMO.hubspot.clientSecret,
          appId: DEMO.hubspot.appId,
        },
      ],
      developerApiKeys: [DEMO.hubspot.developerApiKey],
      webhooks: { batchWindowMs: 200, retryDelaysMs: [1_000, 5_000, 30_000, 120_000] },
    },
    salesforce: {
      accessTokens: [DEMO.salesforce.accessToken],
      // the endpoint is set once the service listens (its port may be chosen by the system)
      outbound: { initialRetryMs: 1_000 },
    },
  });
  if (o.accounts !== undefined) await sandbox.seed({ portfolio: 'demo', accounts: o.accounts });
  const sandboxUrl = await sandbox.start();
  const env = {
    KAM_PORT: String(o.port),
    KAM_LANG: o.lang,
    KAM_STORE_URL: `sqlite:${join(o.dataDir, 'kam.db')}`,
    KAM_QUEUE_URL: `sqlite:${join(o.dataDir, 'queue.db')}`,
    KAM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    HUBSPOT_CLIENT_ID: DEMO.hubspot.clientId,
    HUBSPOT_CLIENT_SECRET: DEMO.hubspot.clientSecret,
    HUBSPOT_APP_ID: String(DEMO.hubspot.appId),
    HUBSPOT_BASE_URL: sandboxUrl,
    HUBSPOT_AUTHORIZE_URL: `${sandboxUrl}/oauth/authorize`,
    KAM_LOG_LEVEL: 'warn',
    ...o.env,
  };
  let service: RunningService | undefined;
  try {
    service = await startService({
      config: serviceConfig(env, o.lang),
      env,
      demo: true,
      ...(o.log ? { log: o.log } : {}),
    });
    const serviceUrl = service.url!;
    const outbound = await fetch(`${sandboxUrl}/__sandbox/salesforce/outbound`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint: `${serviceUrl}/webhooks/salesforce` }),
    });
    if (!outbound.ok)
      throw new Error(`the sandbox refused the outbound message endpoint (${outbound.status})`);
    const hubspot = await service.store.saveTenant({
      crm: 'hubspot',
      externalId: String(sandbox.options.hubspot.portalId),
      name: 'Demo-Portal (HubSpot)',
      lang: o.lang,
      apiBaseUrl: sandboxUrl,
      credentials: { kind: 'hubspot-private-app', accessToken: DEMO.hubspot.privateAppToken },
    });
    const salesforce = await service.store.saveTenant({
      crm: 'salesforce',
      externalId: toOrgId18(sandbox.options.salesforce.orgId),
      name: 'Demo-Org (Salesforce)',
      lang: o.lang,
      apiBaseUrl: sandboxUrl,
      credentials: { kind: 'salesforce-token', accessToken: DEMO.salesforce.accessToken },
    });
    await subscribeWebhooks({
      basePath: sandboxUrl,
      appId: DEMO.hubspot.appId,
      developerApiKey: DEMO.hubspot.developerApiKey,
      accessToken: DEMO.hubspot.privateAppToken,
      targetUrl: `${serviceUrl}/webhooks/hubspot`,
    });
    if (o.history ?? true)
      for (const tenant of [hubspot, salesforce])
        await backfillDemoHistory(service, tenant.id, new Date(Date.now()));
    const reports = (await service.sweeper?.sweep({ full: true })) ?? [];
    if (service.sweeper) await untilIdle(service, 120_000);
    const first = async (tenantId: string) => {
      const { port } = await service!.ports.get(tenantId);
      for await (const page of port.listAccounts()) if (page[0]) return page[0];
      return '';
    };
    const sample = { hubspot: await first(hubspot.id), salesforce: await first(salesforce.id) };
    const running = service;
    return {
      sandbox,
      service: running,
      tenants: { hubspot: hubspot.id, salesforce: salesforce.id },
      sample,
      scoredAtStart: reports.reduce((n, r) => n + r.full, 0),
      async stop() {
        await running.stop();
        await sandbox.stop();
      },
    };
  } catch (e) {
    await service?.stop();
    await sandbox.stop();
    throw e;
  }
}

/** Waits until the queue has nothing waiting or running (the first full score is written). */
async function untilIdle(service: RunningService, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const depth = await service.queue.depth();
    if (depth.waiting === 0 && depth.active === 0) return;
    if (Date.now() > deadline)
      throw new Error(`the first scoring did not finish within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
