import jsforce from 'jsforce';
import type { Connection } from 'jsforce';
import { createSandbox } from '../../../src/sandbox/server.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { salesforceSide } from '../../../src/sandbox/salesforce/side.js';
import type { SalesforceOptionsInput } from '../../../src/sandbox/salesforce/options.js';

export const VERSION = '62.0';

/** A sandbox with only the Salesforce side on a free port, and a jsforce connection to it. */
export interface SalesforceHarness {
  readonly sandbox: Sandbox;
  readonly url: string;
  readonly accessToken: string;
  connect(accessToken?: string): Connection;
  stop(): Promise<void>;
}

export async function startSalesforce(options: SalesforceOptionsInput = {}): Promise<SalesforceHarness> {
  const sandbox = await createSandbox({ port: 0 }, [salesforceSide(options)]);
  const url = await sandbox.start();
  const accessToken = sandbox.credentials().find((c) => c.kind === 'access_token')!.value;
  return {
    sandbox,
    url,
    accessToken,
    connect: (token = accessToken) =>
      new jsforce.Connection({ instanceUrl: url, accessToken: token, version: VERSION }),
    stop: () => sandbox.stop(),
  };
}

/** The error jsforce throws for a failed call (its `errorCode` and `data`). */
export async function failure(
  promise: PromiseLike<unknown>,
): Promise<{ errorCode: string; message: string; data?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { errorCode: string; message: string };
  }
  throw new Error('expected the call to fail');
}
