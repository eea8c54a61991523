import { Client } from '@hubspot/api-client';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyV3 } from '../../../src/crm/hubspot/signature.js';
import type { Running } from '../helpers.js';
import { CLIENT_SECRET } from '../helpers.js';

/** The app id `startSandbox` configures. */
export const APP_ID = 4242;

/** One request the receiver got, with the raw body and the full URL it was sent to. */
export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  readonly json: unknown;
}

/** How the receiver answers the n-th request (0-based): a status, or 'hang' (no answer). */
export type Answer = (request: Received, n: number) => number | 'hang' | { status: number; body: unknown };

/** A local HTTP server standing in for the app's webhook target / action URL. */
export interface Receiver {
  /** the target URL (with a query string, so "full URL" signing is exercised) */
  readonly url: string;
  readonly received: Received[];
  answer: Answer;
  /** requests being answered right now, and the most there ever were at once */
  readonly concurrency: { now: number; peak: number };
  delayMs: number;
  /** resolves once `predicate` holds (checked as requests arrive), or rejects after `timeoutMs` */
  until(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startReceiver(path = '/hubspot/webhooks?tenant=demo%3Aone'): Promise<Receiver> {
  const waiters = new Set<() => void>();
  const hung = new Set<() => void>();
  const receiver: Receiver = {
    url: '',
    received: [],
    answer: () => 200,
    concurrency: { now: 0, peak: 0 },
    delayMs: 0,
    until(predicate, timeoutMs = 5_000) {
      if (predicate()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate()) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`receiver: condition not met within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    async close() {
      for (const release of hung) release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const request: Received = {
        method: req.method ?? '',
        url: `http://${req.headers.host}${req.url}`,
        headers: req.headers,
        rawBody,
        json: rawBody ? JSON.parse(rawBody) : undefined,
      };
      const n = receiver.received.length;
      receiver.received.push(request);
      receiver.concurrency.now++;
      receiver.concurrency.peak = Math.max(receiver.concurrency.peak, receiver.concurrency.now);
      const finish = () => {
        receiver.concurrency.now--;
        for (const check of [...waiters]) check();
      };
      const answer = receiver.answer(request, n);
      if (answer === 'hang') {
        hung.add(() => res.destroy());
        res.on('close', finish);
        return;
      }
      const { status, body } = typeof answer === 'number' ? { status: answer, body: '' } : answer;
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(typeof body === 'string' ? body : JSON.stringify(body));
        finish();
      }, receiver.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  (receiver as { url: string }).url = `http://127.0.0.1:${port}${path}`;
  return receiver;
}

/** Checks a request's v3 signature as the service will: raw body, full URL, the app's secret. */
export function verifies(r: Received, secret = CLIENT_SECRET): boolean {
  const header = (name: string) => {
    const v = r.headers[name];
    return typeof v === 'string' ? v : undefined;
  };
  return verifyV3(
    secret,
    { method: r.method, uri: r.url, body: r.rawBody },
    header('x-hubspot-signature-v3'),
    header('x-hubspot-request-timestamp'),
    Date.now(),
  ).valid;
}

/** An SDK client with the developer API key (`hapikey`) of the sandbox. */
export function developerClient(env: Running): Client {
  const key = env.sandbox.credentials().find((c) => c.kind === 'developer-api-key')!.value;
  return new Client({ developerApiKey: key, basePath: env.baseUrl, numberOfApiCallRetries: 0 });
}

/** Admin calls (not part of HubSpot's API): plain HTTP. */
export async function admin(env: Running, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${env.baseUrl}/__sandbox/hubspot${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Millisecond delivery timings for tests. */
export const FAST = { batchWindowMs: 10, timeoutMs: 1_000, retryDelaysMs: [20, 40, 60], jitter: 0 };

/** The events of every request received, flattened. */
export function eventsOf(received: readonly Received[]): Record<string, unknown>[] {
  return received.flatMap((r) => r.json as Record<string, unknown>[]);
}
