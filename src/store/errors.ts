/** Stable codes of the store's own failures, so callers can branch without parsing messages. */
export type StoreErrorCode =
  /** The tenant id names no tenant (never installed, or uninstalled). */
  | 'STORE_UNKNOWN_TENANT'
  /** A value handed to the store breaks the port's contract (e.g. a score that is not a number). */
  | 'STORE_BAD_INPUT'
  /** A stored row no longer matches what the store writes (edited by hand, or a newer schema). */
  | 'STORE_BAD_DATA';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export const unknownTenant = (tenantId: string): StoreError =>
  new StoreError('STORE_UNKNOWN_TENANT', `unknown tenant ${tenantId}`);
