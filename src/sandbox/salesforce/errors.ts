/** One error as Salesforce reports it for a single-resource call: `[{message, errorCode, fields}]`. */
export interface ApiErrorItem {
  readonly message: string;
  readonly errorCode: string;
  readonly fields?: readonly string[];
}

/** An error answered with Salesforce's status and body; thrown by stores and routes. */
export class SalesforceError extends Error {
  override readonly name = 'SalesforceError';
  constructor(
    readonly statusCode: number,
    readonly errorCode: string,
    message: string,
    readonly fields?: readonly string[],
  ) {
    super(message);
  }

  body(): ApiErrorItem[] {
    const item = { message: this.message, errorCode: this.errorCode };
    return [this.fields ? { ...item, fields: this.fields } : item];
  }

  /** The same error as one entry of a SaveResult's `errors` (collections use `statusCode`). */
  saveError(): SaveError {
    return { statusCode: this.errorCode, message: this.message, fields: [...(this.fields ?? [])] };
  }
}

export interface SaveError {
  readonly statusCode: string;
  readonly message: string;
  readonly fields: string[];
}

/** A record-level failure (validation, required field, bad reference): 400 on single calls. */
export const recordError = (errorCode: string, message: string, fields: readonly string[] = []) =>
  new SalesforceError(400, errorCode, message, fields);

export const notFound = () => new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');

export const malformedQuery = (message: string) => new SalesforceError(400, 'MALFORMED_QUERY', message);

export const invalidField = (message: string) => new SalesforceError(400, 'INVALID_FIELD', message);

export const invalidType = (type: string) =>
  new SalesforceError(
    400,
    'INVALID_TYPE',
    `sObject type '${type}' is not supported. If you are attempting to use a custom object, be sure to ` +
      `append the '__c' after the entity name. Please reference your WSDL or the describe call for the ` +
      `appropriate names.`,
  );

export const jsonParserError = (message: string) => new SalesforceError(400, 'JSON_PARSER_ERROR', message);

export const invalidSession = () =>
  new SalesforceError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
