export * from './port.js';
export * from './subjects.js';
export { retryDelayMs } from './backoff.js';
export { resolvePolicy } from './policy.js';
export { QueueError, type QueueErrorCode } from './errors.js';
export { openQueue } from './open-queue.js';
export { SqliteQueue, type SqliteQueueOptions } from './sqlite/sqlite-queue.js';
export { BullmqQueue, type BullmqQueueOptions } from './bullmq/bullmq-queue.js';
export type { RedisConnection } from './bullmq/connection.js';
