// The service benchmark's rig: the sandbox CRM seeded with the portfolios a figure needs and the KAM
// service wired to it as the demo wires it (both tenants, HubSpot webhooks and Salesforce outbound
// messages pointed at the service), in this process, with its data in a temporary directory.
//
// The bench's own CRM clients use credentials of their own (HubSpot counts its rate limit per token),
// so making changes and watching for scores never takes calls from the service's share.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@hubspot/api-client';
import Fastify from 'fastify';
import jsforce from 'jsforce';
import { signV3 } from '../dist/crm/hubspot/signature.js';
import { subscribeWebhooks } from '../dist/crm/hubspot/webhook-setup.js';
import { createSandbox } from '../dist/sandbox/index.js';
import { serviceConfig } from '../dist/service/config.js';
import { DEMO } from '../dist/service/demo/demo-credentials.js';
import { toOrgId18 } from '../dist/service/intake/index.js';
import { startService } from '../dist/service/runtime.js';

/** The bench's HubSpot token for making changes (a second integration of the same portal). */
const WRITER_TOKEN = 'pat-na1-kam-bench-writer-0000';
/** A second app of the developer account: its webhooks tell the bench when scores are written. */
const OBSERVER_APP = {
  clientId: 'kam-bench-observer',
  clientSecret: 'kam-bench-observer-secret',
  appId: 1000002,
};

/**
 * Starts the sandbox with `hubspot` and `salesforce` snapshots seeded (either may be empty), then the
 * service in `role` with `env` on top of the demo's settings. `observe: true` subscribes the observer
 * app to `kam_scored_at` changes (see `scoreWrites`).
 */
export async function startRig({ hubspot = [], salesforce = [], env = {}, role = 'all', observe = false }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kam-bench-service-'));
  const sandbox = await createSandbox({
    port: 0,
    hubspot: {
      privateAppTokens: [DEMO.hubspot.privateAppToken, WRITER_TOKEN],
      oauthClients: [
        {
          clientId: DEMO.hubspot.clientId,
          clientSecret: DEMO.hubspot.clientSecret,
          appId: DEMO.hubspot.appId,
        },
        OBSERVER_APP,
      ],
      developerApiKeys: [DEMO.hubspot.developerApiKey],
      webhooks: { batchWindowMs: 200, retryDelaysMs: [1_000, 5_000, 30_000] },
    },
    salesforce: { accessTokens: [DEMO.salesforce.accessToken], outbound: { initialRetryMs: 1_000 } },
  });
  const sandboxUrl = await sandbox.start();
  const seeded = {};
  for (const [name, snapshots] of [
    ['hubspot', hubspot],
    ['salesforce', salesforce],
  ]) {
    if (snapshots.length === 0) continue;
    const side = sandbox.sides.find((s) => s.name === name);
    seeded[name] = await side.seed(snapshots, { deliver: false, lang: 'de' });
  }

  const serviceEnv = {
    KAM_PORT: '0',
    KAM_LANG: 'de',
    KAM_STORE_URL: `sqlite:${join(dataDir, 'kam.db')}`,
    KAM_QUEUE_URL: `sqlite:${join(dataDir, 'queue.db')}`,
    KAM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    HUBSPOT_CLIENT_ID: DEMO.hubspot.clientId,
    HUBSPOT_CLIENT_SECRET: DEMO.hubspot.clientSecret,
    HUBSPOT_APP_ID: String(DEMO.hubspot.appId),
    HUBSPOT_BASE_URL: sandboxUrl,
    KAM_SWEEP_INTERVAL_MS: '0',
    KAM_LOG_LEVEL: 'silent',
    ...env,
  };
  const service = await startService({ config: serviceConfig(serviceEnv, 'de'), env: serviceEnv, role });
  const serviceUrl = service.url;
  const tenants = {
    hubspot: (
      await service.store.saveTenant({
        crm: 'hubspot',
        externalId: String(sandbox.options.hubspot.portalId),
        name: 'Bench-Portal (HubSpot)',
        lang: 'de',
        apiBaseUrl: sandboxUrl,
        credentials: { kind: 'hubspot-private-app', accessToken: DEMO.hubspot.privateAppToken },
      })
    ).id,
    salesforce: (
      await service.store.saveTenant({
        crm: 'salesforce',
        externalId: toOrgId18(sandbox.options.salesforce.orgId),
        name: 'Bench-Org (Salesforce)',
        lang: 'de',
        apiBaseUrl: sandboxUrl,
        credentials: { kind: 'salesforce-token', accessToken: DEMO.salesforce.accessToken },
      })
    ).id,
  };
  if (serviceUrl && role !== 'web') {
    await subscribeWebhooks({
      basePath: sandboxUrl,
      appId: DEMO.hubspot.appId,
      developerApiKey: DEMO.hubspot.developerApiKey,
      accessToken: DEMO.hubspot.privateAppToken,
      targetUrl: `${serviceUrl}/webhooks/hubspot`,
    });
    await put(`${sandboxUrl}/__sandbox/salesforce/outbound`, {
      endpoint: `${serviceUrl}/webhooks/salesforce`,
    });
  }
  const observer = observe ? await startObserver(sandboxUrl) : undefined;

  return {
    sandbox,
    sandboxUrl,
    service,
    serviceUrl,
    tenants,
    seeded,
    /** @hubspot/api-client on the bench's own token */
    hubspot: new Client({ accessToken: WRITER_TOKEN, basePath: sandboxUrl, numberOfApiCallRetries: 0 }),
    /** jsforce on the org's integration user (Salesforce counts calls per day, not per second) */
    salesforce: new jsforce.Connection({
      instanceUrl: sandboxUrl,
      accessToken: DEMO.salesforce.accessToken,
      version: '62.0',
    }),
    /** HubSpot `kam_scored_at` writes seen so far: `{ companyId, at (sandbox time), scoredAt }`. */
    scoreWrites: () => observer?.writes ?? [],
    /** Every sample of the service's metrics, parsed from `GET /metrics`. */
    metrics: () => readMetrics(serviceUrl),
    /**
     * Waits until the queue holds no waiting or active job: the time it took, or undefined when it
     * still held some after `timeoutMs`.
     */
    async idle(timeoutMs = 120_000) {
      const start = Date.now();
      for (;;) {
        const d = await service.queue.depth();
        if (d.waiting === 0 && d.active === 0) return Date.now() - start;
        if (Date.now() - start > timeoutMs) return undefined;
        await sleep(50);
      }
    },
    /**
     * Waits until changes already made have been delivered and scored: the queue is empty and no
     * event arrived for `quietMs` (webhooks and outbound messages come in after a batch window).
     */
    async settle(quietMs = 1_000, timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      let seen = -1;
      let quietSince = Date.now();
      while (Date.now() < deadline) {
        const received = metricValue(await readMetrics(serviceUrl), 'kam_events_received_total');
        if (received !== seen) {
          seen = received;
          quietSince = Date.now();
        }
        const d = await service.queue.depth();
        if (d.waiting > 0 || d.active > 0) quietSince = Date.now();
        else if (Date.now() - quietSince >= quietMs) return;
        await sleep(100);
      }
      throw new Error(`changes still arriving or queued after ${timeoutMs} ms`);
    },
    async stop() {
      await observer?.close();
      await service.stop();
      await sandbox.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Headers HubSpot sends with a webhook request to `url`: the v3 signature over method, URL, body, time. */
export function hubSpotHeaders(url, body) {
  const timestamp = String(Date.now());
  return {
    'content-type': 'application/json',
    'x-hubspot-signature-v3': signV3(
      DEMO.hubspot.clientSecret,
      { method: 'POST', uri: url, body },
      timestamp,
    ),
    'x-hubspot-request-timestamp': timestamp,
  };
}

export const HUBSPOT_APP_ID = DEMO.hubspot.appId;

/** Sum of a metric's samples whose labels include `labels`. */
export function metricValue(samples, name, labels = {}) {
  let sum = 0;
  for (const s of samples)
    if (s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)) sum += s.value;
  return sum;
}

async function readMetrics(serviceUrl) {
  const text = await (await globalThis.fetch(`${serviceUrl}/metrics`)).text();
  const samples = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[k] = v;
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

/** A HubSpot datetime value: epoch milliseconds or ISO 8601 text. */
const timeOf = (v) => (/^\d+$/.test(v) ? Number(v) : Date.parse(v));

async function put(url, body) {
  const res = await globalThis.fetch(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`PUT ${url}: ${res.status} ${await res.text()}`);
}

/**
 * The observer app: its webhooks deliver every change of a company's `kam_scored_at` with the
 * time the sandbox wrote it (`occurredAt`), so write times are exact without polling.
 */
async function startObserver(sandboxUrl) {
  const writes = [];
  const app = Fastify();
  app.post('/scores', async (request, reply) => {
    for (const e of request.body)
      if (e.propertyName === 'kam_scored_at' && e.propertyValue)
        writes.push({ companyId: String(e.objectId), at: e.occurredAt, scoredAt: timeOf(e.propertyValue) });
    return reply.code(204).send();
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const dev = new Client({ developerApiKey: DEMO.hubspot.developerApiKey, basePath: sandboxUrl });
  await dev.webhooks.settingsApi.configure(OBSERVER_APP.appId, {
    targetUrl: `http://127.0.0.1:${app.server.address().port}/scores`,
    throttling: { maxConcurrentRequests: 10 },
  });
  await dev.webhooks.subscriptionsApi.create(OBSERVER_APP.appId, {
    eventType: 'company.propertyChange',
    propertyName: 'kam_scored_at',
    active: true,
  });
  return { writes, close: () => app.close() };
}
