import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import type { Client } from '@hubspot/api-client';
import type { SubscriptionCreateRequest } from '@hubspot/api-client/lib/codegen/webhooks/index.js';
import type { Running } from '../helpers.js';
import { startSandbox } from '../helpers.js';
import type { Receiver } from './webhook-receiver.js';
import { admin, APP_ID, developerClient, FAST, startReceiver } from './webhook-receiver.js';

export interface WebhookEnv {
  readonly env: Running;
  readonly dev: Client;
  readonly receiver: Receiver;
  /** points the app at the receiver and creates these subscriptions (active); returns their ids */
  subscribe(subscriptions: Record<string, unknown>[], maxConcurrentRequests?: number): Promise<string[]>;
  /** delivers everything pending now and waits for it */
  flush(): Promise<Record<string, number>>;
}

/**
 * One sandbox per test file with millisecond delivery timings; per test a fresh portal, a fresh
 * receiver and no subscriptions.
 */
export function useWebhookEnv(): WebhookEnv {
  let env: Running;
  let dev: Client;
  let receiver: Receiver;
  const flush = () => admin(env, 'POST', '/webhooks/flush') as Promise<Record<string, number>>;

  beforeAll(async () => {
    env = await startSandbox();
    dev = developerClient(env);
    await admin(env, 'PUT', '/webhooks/config', FAST);
  });
  afterAll(async () => {
    await env.sandbox.stop();
  });
  beforeEach(async () => {
    env.sandbox.reset();
    receiver = await startReceiver();
    for (const s of (await dev.webhooks.subscriptionsApi.getAll(APP_ID)).results) {
      await dev.webhooks.subscriptionsApi.archive(Number(s.id), APP_ID);
    }
  });
  afterEach(async () => {
    await flush(); // lets deliveries in flight finish before the next test's reset
    await receiver.close();
  });

  return {
    get env() {
      return env;
    },
    get dev() {
      return dev;
    },
    get receiver() {
      return receiver;
    },
    async subscribe(subscriptions, maxConcurrentRequests = 10) {
      await dev.webhooks.settingsApi.configure(APP_ID, {
        targetUrl: receiver.url,
        throttling: { maxConcurrentRequests },
      });
      const ids: string[] = [];
      for (const s of subscriptions) {
        const body = { ...s, active: true } as unknown as SubscriptionCreateRequest;
        ids.push((await dev.webhooks.subscriptionsApi.create(APP_ID, body)).id);
      }
      return ids;
    },
    flush,
  };
}
