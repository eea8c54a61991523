import { Redis, type RedisOptions } from 'ioredis';
import { z } from 'zod';
import { QueueError } from '../errors.js';

/** Where Redis is: a `redis://` / `rediss://` URL or ioredis options. */
export type RedisConnection = string | RedisOptions;

const RedisUrl = z.url({ protocol: /^rediss?$/ });

/**
 * A Redis client. `role: 'worker'` waits through reconnects instead of failing a command after a
 * few retries (`maxRetriesPerRequest: null`), as BullMQ requires of a worker; a producer keeps the
 * default, so `enqueue` fails (and the CRM retries its webhook) rather than hang while Redis is down.
 */
export function connectRedis(connection: RedisConnection, role: 'producer' | 'worker'): Redis {
  const worker = role === 'worker' ? { maxRetriesPerRequest: null } : {};
  if (typeof connection === 'string') {
    // The URL may hold a password: the message names the problem, never the value.
    if (!RedisUrl.safeParse(connection).success) {
      throw new QueueError('QUEUE_BAD_CONFIG', 'redis queue: connection must be a redis:// or rediss:// URL');
    }
    return new Redis(connection, worker);
  }
  return new Redis({ ...connection, ...worker });
}
