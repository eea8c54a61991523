import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { Client } from '@hubspot/api-client';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/index.js';
import { createSandbox } from '../../src/sandbox/index.js';

export const TOKEN = 'pat-na1-test-0000-0000-000000000001';
export const CLIENT_ID = 'client-id-0001';
export const CLIENT_SECRET = 'client-secret-0001';

export interface Running {
  readonly sandbox: Sandbox;
  readonly baseUrl: string;
  /** an SDK client without retries or client-side limiting, so every call reaches the sandbox once */
  client(token?: string): Client;
}

/** Starts a sandbox on a free port with known credentials. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Running> {
  const sandbox = await createSandbox({
    port: 0,
    ...options,
    hubspot: {
      privateAppTokens: [TOKEN],
      oauthClients: [{ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, appId: 4242 }],
      ...options.hubspot,
    },
  });
  const baseUrl = await sandbox.start();
  return {
    sandbox,
    baseUrl,
    client: (token = TOKEN) =>
      new Client({ accessToken: token, basePath: baseUrl, numberOfApiCallRetries: 0 }),
  };
}

/** The HTTP status and body of a rejected SDK call. */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ code: number; body: Record<string, unknown> }> {
  try {
    await promise;
  } catch (e) {
    const err = e as { code?: number; body?: unknown };
    if (typeof err.code !== 'number') throw e;
    const body = typeof err.body === 'string' ? (JSON.parse(err.body) as Record<string, unknown>) : err.body;
    return { code: err.code, body: (body ?? {}) as Record<string, unknown> };
  }
  throw new Error('expected the call to fail');
}

/**
 * One sandbox for a test file: started before its tests, reset before each, stopped after them.
 * Returns a getter (the sandbox exists only once `beforeAll` has run).
 */
export function sandboxPerFile(options: SandboxOptions = {}): () => Running {
  let running: Running | undefined;
  beforeAll(async () => {
    running = await startSandbox(options);
  });
  afterAll(async () => {
    await running?.sandbox.stop();
  });
  beforeEach(() => running!.sandbox.reset());
  return () => running!;
}
