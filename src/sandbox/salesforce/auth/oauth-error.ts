/** An OAuth failure answered as Salesforce does: `{error, error_description}` (400 unless told). */
export class OAuthError extends Error {
  override readonly name = 'OAuthError';
  constructor(
    readonly error: string,
    readonly description: string,
    readonly statusCode = 400,
  ) {
    super(description);
  }

  body() {
    return { error: this.error, error_description: this.description };
  }
}
