import { randomUUID } from 'node:crypto';

/** One entry of HubSpot's `errors` array. */
export interface ErrorDetail {
  readonly message: string;
  readonly in?: string;
  readonly code?: string;
  readonly subCategory?: string;
  readonly context?: Record<string, unknown>;
}

/** The JSON body HubSpot answers errors with. */
export interface HubSpotErrorBody {
  readonly status: 'error';
  readonly message: string;
  readonly correlationId: string;
  readonly category: string;
  readonly subCategory?: string;
  readonly errors?: readonly ErrorDetail[];
  readonly context?: Record<string, readonly string[]>;
}

/** An error answered in HubSpot's shape; thrown by routes and stores, rendered by the error handler. */
export class HubSpotError extends Error {
  override readonly name = 'HubSpotError';
  constructor(
    readonly statusCode: number,
    readonly category: string,
    message: string,
    readonly extra: {
      readonly errors?: readonly ErrorDetail[];
      readonly context?: Record<string, readonly string[]>;
      readonly subCategory?: string;
    } = {},
  ) {
    super(message);
  }

  body(): HubSpotErrorBody {
    return errorBody(this.category, this.message, this.extra);
  }
}

export function errorBody(
  category: string,
  message: string,
  extra: HubSpotError['extra'] = {},
): HubSpotErrorBody {
  return { status: 'error', message, correlationId: randomUUID(), category, ...extra };
}

export const validationError = (message: string, errors?: readonly ErrorDetail[]) =>
  new HubSpotError(400, 'VALIDATION_ERROR', message, errors ? { errors } : {});

export const notFound = (message = 'resource not found') =>
  new HubSpotError(404, 'OBJECT_NOT_FOUND', message);

export const conflict = (message: string) => new HubSpotError(409, 'CONFLICT', message);

/** HubSpot's answer to writes naming properties that fail validation (unknown, read-only, bad value). */
export interface PropertyProblem {
  readonly name: string;
  readonly error: string;
  readonly message: string;
}

export function propertyValuesError(problems: readonly PropertyProblem[], portalId: number): HubSpotError {
  const details = problems.map((p) => ({
    isValid: false,
    message: p.message,
    error: p.error,
    name: p.name,
    localizedErrorMessage: p.message,
    portalId,
  }));
  return new HubSpotError(
    400,
    'VALIDATION_ERROR',
    `Property values were not valid: ${JSON.stringify(details)}`,
    {
      errors: problems.map((p) => ({
        message: p.message,
        code: p.error,
        context: { propertyName: [p.name] },
      })),
    },
  );
}
