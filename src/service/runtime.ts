import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { openQueue } from '../jobs/index.js';
import type { Queue } from '../jobs/port.js';
import { openStore, secretBoxFromEnv } from '../store/index.js';
import type { Store } from '../store/port.js';
import { buildApp } from './app.js';
import type { ServiceConfig } from './config.js';
import type { ServiceContext } from './context.js';
import { completeWorkflowCallbacks } from './hubspot-callbacks.js';
import { serviceLogger } from './logger.js';
import { ServiceMetrics } from './metrics.js';
import { Sweeper } from './sweep.js';
import { TenantPorts } from './tenants/tenant-ports.js';
import { sharedHubSpotWindow } from './shared-window.js';
import { AccountScorer } from './worker/account-scorer.js';
import { makeJobHandler } from './worker/job-handler.js';
import { LinkSigner } from './workspace/link-token.js';
import { PortfolioBuilder } from './workspace/portfolio.js';

export type ServiceRole = 'all' | 'web' | 'worker';

/** The longest a load waits for record traces in flight (a steady stream of them never starves it). */
const TRACE_WAIT_MS = 500;

export interface StartOptions {
  readonly config: ServiceConfig;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly role?: ServiceRole;
  readonly log?: Logger;
  readonly now?: () => number;
  /** The demo's extras: the workspace at `/` and a session per tenant without a CRM card. */
  readonly demo?: boolean;
}

export interface RunningService {
  /** The web process's URL (undefined for a worker). */
  readonly url?: string;
  readonly app?: FastifyInstance;
  readonly store: Store;
  readonly queue: Queue;
  readonly metrics: ServiceMetrics;
  readonly sweeper?: Sweeper;
  readonly ports: TenantPorts;
  /** Stops taking requests and jobs, finishes what is running, closes queue and store. */
  stop(): Promise<void>;
}

/** Creates the directory of a `sqlite:<file>` URL so a first start just works. */
function ensureSqliteDir(url: string): void {
  if (!url.startsWith('sqlite:')) return;
  const path = url.slice('sqlite:'.length);
  if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
}

/** Starts the web process, the worker, or both (the default) with one configuration. */
export async function startService(o: StartOptions): Promise<RunningService> {
  const role = o.role ?? o.config.KAM_ROLE;
  const config = o.config;
  const now = o.now ?? Date.now;
  const log = o.log ?? serviceLogger(config.KAM_LOG_LEVEL);
  ensureSqliteDir(config.KAM_STORE_URL);
  ensureSqliteDir(config.KAM_QUEUE_URL);

  const store = await openStore(config.KAM_STORE_URL, secretBoxFromEnv(o.env));
  const queue = await openQueue(
    config.KAM_QUEUE_URL,
    { coalesceMs: config.KAM_COALESCE_MS, leaseMs: config.KAM_JOB_LEASE_MS },
    { onError: (err) => log.error({ err }, 'queue failure') },
  );
  const window = sharedHubSpotWindow(config.KAM_QUEUE_URL);
  const ports = new TenantPorts({
    store,
    now,
    hubspotApp: {
      ...(config.HUBSPOT_CLIENT_ID ? { clientId: config.HUBSPOT_CLIENT_ID } : {}),
      ...(config.HUBSPOT_CLIENT_SECRET ? { clientSecret: config.HUBSPOT_CLIENT_SECRET } : {}),
    },
    ...(window ? { hubspotAdapterOptions: { window: window.factory } } : {}),
    hubspotCallsPer10s: config.HUBSPOT_CALLS_PER_10S,
  });
  const metrics = new ServiceMetrics({ queueDepth: () => queue.depth(), crmUsage: () => ports.usage() });
  // set once the worker's handler exists: a load waits briefly for the tenant's record traces
  let tracesSettled: ((tenantId: string, maxWaitMs: number) => Promise<void>) | undefined;
  const scorer = new AccountScorer({
    beforeLoad: async (tenantId) => tracesSettled?.(tenantId, TRACE_WAIT_MS),
    ports,
    store,
    now: () => new Date(now()),
    // requests queued for an account until its load starts are answered by that load
    queue,
    onCoverError: (err) => log.warn({ err }, 'covering queued requests failed'),
    onBatch: (tenant, counts) => metrics.accountsScored.inc({ tenant }, counts.written),
  });

  let sweeper: Sweeper | undefined;
  if (role !== 'web') {
    const handler = makeJobHandler({
      ports,
      scorer,
      enqueue: (requests) => queue.enqueue(requests),
      completeCallbacks: (tenantId, ids, result) => completeWorkflowCallbacks(ports, tenantId, ids, result),
      onDone: (job) => metrics.scoringLatency.observe(Math.max(0, now() - job.firstRequestedAt) / 1000),
    });
    tracesSettled = handler.tracesSettled;
    queue.process(
      async (job) => {
        const startedAt = now();
        try {
          await handler(job);
          metrics.jobsDone.inc({ outcome: 'done' });
          // start and end of each run: with several workers, shows who did what and when
          log.debug(
            { job: job.id, tenant: job.tenantId, subject: job.subject, attempt: job.attempt, startedAt },
            'job done',
          );
        } catch (e) {
          metrics.jobsDone.inc({ outcome: 'failed' });
          log.warn(
            { job: job.id, tenant: job.tenantId, subject: job.subject, attempt: job.attempt, err: e },
            'job failed',
          );
          throw e;
        }
      },
      { concurrency: config.KAM_WORKER_CONCURRENCY },
    );
    sweeper = new Sweeper({
      store,
      ports,
      queue,
      now,
      intervalMs: config.KAM_SWEEP_INTERVAL_MS,
      fullRescoreHour: config.KAM_FULL_RESCORE_HOUR,
      log: (msg, fields) => log.info(fields, msg),
    });
    sweeper.start();
  }

  let accepting = true;
  let app: FastifyInstance | undefined;
  let url: string | undefined;
  if (role !== 'worker') {
    const ctx: ServiceContext = {
      config,
      store,
      queue,
      ports,
      metrics,
      log,
      now,
      scorer,
      accepting: () => accepting,
      links: new LinkSigner(config.KAM_ENCRYPTION_KEY),
      portfolio: new PortfolioBuilder({
        store,
        portOf: async (tenantId) => (await ports.get(tenantId)).port,
        now,
      }),
      demo: o.demo ?? false,
    };
    app = buildApp(ctx);
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      accepting = false;
      await app?.close();
      await sweeper?.stop();
      await queue.close();
      await window?.close();
      await store.close();
      log.info({ role }, 'stopped');
    })();
    return stopping;
  };
  if (app) {
    try {
      url = await app.listen({ port: config.KAM_PORT, host: config.KAM_HOST });
    } catch (e) {
      // nothing may stay open when the port is taken: the worker and the queue stop again
      await stop();
      throw e;
    }
  }

  log.info({ role, url }, 'started');
  return {
    ...(url ? { url } : {}),
    ...(app ? { app } : {}),
    store,
    queue,
    metrics,
    ports,
    stop,
    ...(sweeper ? { sweeper } : {}),
  };
}
