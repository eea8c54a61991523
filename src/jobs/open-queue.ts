import { BullmqQueue } from './bullmq/bullmq-queue.js';
import { QueueError } from './errors.js';
import type { Queue, QueuePolicy } from './port.js';
import { SqliteQueue } from './sqlite/sqlite-queue.js';

/**
 * The queue a URL names:
 * - `sqlite:<path>` — the embedded queue in that file (`sqlite::memory:` for one in memory);
 * - `redis://…` / `rediss://…` — BullMQ on that Redis; the query parameters `prefix` (default `kam`)
 *   and `queue` (default `jobs`) choose the keys, so several installations can share one Redis.
 */
export interface OpenQueueOptions {
  /** Told of failures outside any handler (a poll that failed, a lost connection). */
  readonly onError?: (error: Error) => void;
}

export async function openQueue(
  url: string,
  policy: Partial<QueuePolicy> = {},
  options: OpenQueueOptions = {},
): Promise<Queue> {
  const onError = options.onError ? { onError: options.onError } : {};
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path === '') throw new QueueError('QUEUE_BAD_CONFIG', 'queue URL: sqlite: needs a path or :memory:');
    return new SqliteQueue({ path, policy, ...onError });
  }
  if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      // The URL may carry a password: never repeat it.
      throw new QueueError('QUEUE_BAD_CONFIG', 'queue URL: not a valid redis:// URL');
    }
    const prefix = parsed.searchParams.get('prefix') ?? 'kam';
    const queueName = parsed.searchParams.get('queue') ?? 'jobs';
    parsed.searchParams.delete('prefix');
    parsed.searchParams.delete('queue');
    return new BullmqQueue({ connection: parsed.toString(), prefix, queueName, policy, ...onError });
  }
  throw new QueueError('QUEUE_BAD_CONFIG', 'queue URL: must start with sqlite: or redis:// (or rediss://)');
}
