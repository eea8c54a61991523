import { validationError } from './errors.js';
import type { HubSpotError, HubSpotErrorBody } from './errors.js';

export const BATCH_LIMIT = 100;

/** A batch answer: 200 when all went well, 207 (multi-status) with `errors`/`numErrors` otherwise. */
export interface BatchAnswer<T> {
  readonly code: 200 | 201 | 207;
  readonly body: {
    status: 'COMPLETE';
    results: T[];
    errors?: BatchError[];
    numErrors?: number;
    requestedAt?: string;
    startedAt: string;
    completedAt: string;
  };
}

export type BatchError = Omit<HubSpotErrorBody, 'correlationId'> & { readonly id?: string };

export function batchAnswer<T>(
  startedAt: Date,
  results: T[],
  errors: BatchError[],
  okCode: 200 | 201 = 200,
): BatchAnswer<T> {
  const body: BatchAnswer<T>['body'] = {
    status: 'COMPLETE',
    results,
    startedAt: startedAt.toISOString(),
    completedAt: new Date().toISOString(),
  };
  if (errors.length === 0) return { code: okCode, body };
  return { code: 207, body: { ...body, errors, numErrors: errors.length } };
}

/** HubSpot's batch endpoints take at most 100 inputs (associations batch read: 1,000). */
export function assertBatchSize(inputs: readonly unknown[], limit = BATCH_LIMIT): void {
  if (inputs.length > limit) {
    throw validationError(
      `Batch input size exceeds the limit: ${inputs.length} inputs given, at most ${limit} allowed.`,
      [{ message: `inputs must contain at most ${limit} items`, in: 'inputs', code: 'TOO_MANY_INPUTS' }],
    );
  }
}

export function assertNoDuplicates(ids: readonly string[]): void {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const id of ids) (seen.has(id) ? dups : seen).add(id);
  if (dups.size > 0)
    throw validationError(
      `Duplicate IDs found in batch input: [${[...dups].join(', ')}]. IDs must be unique`,
    );
}

export function notFoundError(verb: 'get' | 'update', errorName: string, ids: readonly string[]): BatchError {
  return {
    status: 'error',
    category: 'OBJECT_NOT_FOUND',
    message: `Could not ${verb} some ${errorName} objects, they may be deleted or not exist. Check that ids are valid.`,
    context: { ids: [...ids] },
  };
}

/** A thrown HubSpot error as one entry of a batch answer's `errors`, with extra context. */
export function asBatchError(e: HubSpotError, context: Record<string, readonly string[]>): BatchError {
  const body = e.body();
  return {
    status: body.status,
    category: body.category,
    message: body.message,
    ...(body.subCategory === undefined ? {} : { subCategory: body.subCategory }),
    ...(body.errors === undefined ? {} : { errors: body.errors }),
    context: { ...body.context, ...context },
  };
}
