import { Redis } from 'ioredis';
import type { WindowFactory } from '../crm/hubspot/adapter/index.js';
import { RedisRollingWindow } from '../crm/limits/index.js';

/**
 * With a Redis queue, several worker processes call the same portals: their HubSpot calls are paced
 * by one window per tenant in Redis, so the portal's limit holds across all of them. With the
 * embedded queue there is one process, and the in-process window does.
 */
export function sharedHubSpotWindow(
  queueUrl: string,
): { factory: WindowFactory; close(): Promise<void> } | undefined {
  if (!/^rediss?:\/\//.test(queueUrl)) return undefined;
  const url = new URL(queueUrl);
  // the queue's own key prefix (`?prefix=`) also separates the windows of installations sharing Redis
  const prefix = url.searchParams.get('prefix') ?? 'kam';
  url.search = '';
  const redis = new Redis(url.toString(), { maxRetriesPerRequest: 3 });
  return {
    factory: (tenant, limits) =>
      new RedisRollingWindow(redis, {
        key: `${prefix}:window:hubspot:${tenant}`,
        max: limits.maxCalls,
        windowMs: limits.windowMs,
      }),
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
