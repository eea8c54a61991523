/** A seed that would mix a portfolio into records already there: answered 409 by the admin API. */
export class SeedConflict extends Error {
  readonly statusCode = 409;
  constructor(side: string, what: string) {
    super(`the ${side} side already holds ${what}: reset it first (POST /__sandbox/reset)`);
  }
}
