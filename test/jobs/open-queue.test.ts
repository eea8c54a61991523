import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { BullmqQueue } from '../../src/jobs/bullmq/bullmq-queue.js';
import { openQueue } from '../../src/jobs/open-queue.js';
import { SqliteQueue } from '../../src/jobs/sqlite/sqlite-queue.js';

const prefix = `kam-test-${randomUUID()}`;
const dir = mkdtempSync(join(tmpdir(), 'kam-open-queue-'));

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const redis = new Redis('redis://127.0.0.1:6379');
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe('openQueue', () => {
  it('opens the embedded queue for sqlite: URLs, in memory or in a file, with the policy given', async () => {
    const memory = await openQueue('sqlite::memory:', { coalesceMs: 7 });
    expect(memory).toBeInstanceOf(SqliteQueue);
    expect((memory as SqliteQueue).policy.coalesceMs).toBe(7);
    await memory.close();

    const path = join(dir, 'jobs.db');
    const file = await openQueue(`sqlite:${path}`);
    await file.enqueue([{ tenantId: 't1', subject: 'account:a', requestedAt: 1 }]);
    await file.close();
    const again = await openQueue(`sqlite:${path}`);
    expect((await again.depth()).waiting).toBe(1);
    await again.close();
  });

  it('opens BullMQ for redis:// URLs, with the prefix and queue name from the query', async () => {
    const queue = await openQueue(`redis://127.0.0.1:6379/0?prefix=${prefix}&queue=opened`, {
      coalesceMs: 60_000,
    });
    expect(queue).toBeInstanceOf(BullmqQueue);
    await queue.enqueue([{ tenantId: 't1', subject: 'account:a', requestedAt: 1 }]);
    expect(await queue.depth()).toEqual({ waiting: 1, active: 0, dead: 0 });
    await queue.close();
    const redis = new Redis('redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}:opened:*`);
    redis.disconnect();
    expect(keys.length).toBeGreaterThan(0);
  });

  it('rejects other URLs without repeating them (they may hold a password)', async () => {
    const attempt = openQueue('postgres://kam:s3cret@db/kam');
    await expect(attempt).rejects.toMatchObject({ code: 'QUEUE_BAD_CONFIG' });
    await expect(openQueue('postgres://kam:s3cret@db/kam')).rejects.not.toThrow(/s3cret/);
    await expect(openQueue('redis://kam:s3cret@[bad')).rejects.toThrow(
      /^queue URL: not a valid redis:\/\/ URL$/,
    );
    await expect(openQueue('sqlite:')).rejects.toThrow(/needs a path/);
  });
});
