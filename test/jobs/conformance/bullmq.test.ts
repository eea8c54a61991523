import { randomUUID } from 'node:crypto';
import { afterAll } from '@jest/globals';
import { Redis } from 'ioredis';
import { BullmqQueue } from '../../../src/jobs/bullmq/bullmq-queue.js';
import { describeQueueConformance } from './suite.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
// Its own key prefix, so this file never meets another test file's queues; every key is deleted after.
const prefix = `kam-test-${randomUUID()}`;
let storages = 0;

afterAll(async () => {
  const redis = new Redis(REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
});

describeQueueConformance('BullMQ', async () => {
  storages += 1;
  const queueName = `queue-${storages}`;
  return {
    open: (policy) => new BullmqQueue({ connection: REDIS_URL, prefix, queueName, policy }),
    teardown: async () => {},
  };
});
