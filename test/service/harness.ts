/**
 * The service end to end: the sandbox seeded with the demo portfolio and the service wired to it
 * (what `npm start` runs), on free ports with a private data directory and a short coalescing
 * window. Helpers read scores back through the CRMs' own SDKs and read the service's metrics.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@hubspot/api-client';
import jsforce from 'jsforce';
import { signV3 } from '../../src/crm/hubspot/signature.js';
import { DEMO } from '../../src/service/demo/demo-credentials.js';
import type { Demo, DemoOptions } from '../../src/service/demo/start-demo.js';
import { startDemo } from '../../src/service/demo/start-demo.js';

export interface TestDemo extends Demo {
  readonly serviceUrl: string;
  readonly sandboxUrl: string;
  readonly hubspot: Client;
  readonly salesforce: jsforce.Connection;
  /** Current value of a metric (summed over label sets matching `labels`), 0 when absent. */
  metric(name: string, labels?: Record<string, string>): Promise<number>;
  /** POSTs `body` to the service as HubSpot would: v3 signature with the app's secret. */
  signedPost(
    path: string,
    body: string,
    options?: { secret?: string; timestamp?: number },
  ): Promise<Response>;
  /** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
  until<T>(check: () => Promise<T | undefined>, timeoutMs?: number, what?: string): Promise<T>;
}

/** Demo settings besides the service's variables: portfolio size, the sandbox portal's rate limit. */
export type TestDemoOptions = Pick<DemoOptions, 'accounts' | 'hubspotRateLimit' | 'history'>;

export async function startTestDemo(
  env: Readonly<Record<string, string>> = {},
  options: TestDemoOptions = {},
): Promise<TestDemo> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kam-service-'));
  const demo = await startDemo({
    port: 0,
    sandboxPort: 0,
    dataDir,
    lang: 'en',
    env: { KAM_COALESCE_MS: '300', KAM_SWEEP_INTERVAL_MS: '0', KAM_LOG_LEVEL: 'silent', ...env },
    // a score history of past quarters only where a test looks at it (it costs a load per CRM)
    history: false,
    ...options,
  });
  const serviceUrl = demo.service.url!;
  const sandboxUrl = demo.sandbox.url();
  const hubspot = new Client({
    accessToken: DEMO.hubspot.privateAppToken,
    basePath: sandboxUrl,
    numberOfApiCallRetries: 0,
  });
  const salesforce = new jsforce.Connection({
    instanceUrl: sandboxUrl,
    accessToken: DEMO.salesforce.accessToken,
    version: '62.0',
  });
  return {
    ...demo,
    serviceUrl,
    sandboxUrl,
    hubspot,
    salesforce,
    async stop() {
      await demo.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    async metric(name, labels = {}) {
      const text = await (await fetch(`${serviceUrl}/metrics`)).text();
      let sum = 0;
      for (const line of text.split('\n')) {
        const m = /^([a-z_]+)(\{([^}]*)\})? (\S+)$/.exec(line);
        if (!m || m[1] !== name) continue;
        const have = Object.fromEntries(
          (m[3] ?? '')
            .split(',')
            .filter(Boolean)
            .map((kv) => {
              const [k, v] = kv.split('=') as [string, string];
              return [k, v.replace(/^"|"$/g, '')];
            }),
        );
        if (Object.entries(labels).every(([k, v]) => have[k] === v)) sum += Number(m[4]);
      }
      return sum;
    },
    async signedPost(path, body, options = {}) {
      const url = `${serviceUrl}${path}`;
      const timestamp = String(options.timestamp ?? Date.now());
      const signature = signV3(
        options.secret ?? DEMO.hubspot.clientSecret,
        { method: 'POST', uri: url, body },
        timestamp,
      );
      return fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hubspot-signature-v3': signature,
          'x-hubspot-request-timestamp': timestamp,
        },
        body,
      });
    },
    async until(check, timeoutMs = 15_000, what = 'condition') {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await check();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
