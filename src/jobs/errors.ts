/** Stable codes of the queue's own failures, so callers can branch without parsing messages. */
export type QueueErrorCode =
  /** A request handed to `enqueue` breaks the port's contract (empty tenant, unknown subject, …). */
  | 'QUEUE_BAD_INPUT'
  /** The queue's configuration (policy, URL, options) is invalid. */
  | 'QUEUE_BAD_CONFIG'
  /** Stored queue data no longer matches what the queue writes (edited by hand, another version). */
  | 'QUEUE_BAD_DATA'
  /** The queue was used after `close()`, or `process()` was called twice. */
  | 'QUEUE_STATE';

export class QueueError extends Error {
  constructor(
    readonly code: QueueErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'QueueError';
  }
}

/** The message of anything thrown, for `last_error` and dead-letter reasons. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : `non-error thrown: ${String(error)}`;
}
