import { signV2, signV3 } from '../../../crm/hubspot/signature.js';

/** What came back from a POST: a status and body, or an error (connection failed, timeout). */
export interface PostResult {
  readonly statusCode: number | null;
  readonly body: string | null;
  readonly error: string | null;
  readonly durationMs: number;
}

export interface SignedPost {
  /** the target URL; it is sent and signed in its normalised form (`new URL(url).href`) */
  readonly url: string;
  readonly body: string;
  /** the app's client secret */
  readonly secret: string;
  /** signing clock, epoch ms */
  readonly timestamp: number;
  readonly timeoutMs: number;
  /** also sign with v2 (`X-HubSpot-Signature`), as HubSpot does for workflow actions */
  readonly withV2?: boolean;
  readonly signal?: AbortSignal;
}

const USER_AGENT = 'HubSpot Connect 2.0 (http://dev.hubspot.com/) - KAM sandbox';

/**
 * POSTs JSON to an app as HubSpot does: `X-HubSpot-Signature-v3` over method + URL + raw body +
 * timestamp with the client secret, `X-HubSpot-Request-Timestamp` in milliseconds. Never throws.
 */
export async function signedPost(p: SignedPost): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: string;
  try {
    url = new URL(p.url).href;
  } catch {
    return { statusCode: null, body: null, error: 'invalid target URL', durationMs: 0 };
  }
  const timestamp = String(p.timestamp);
  const request = { method: 'POST', uri: url, body: p.body };
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': USER_AGENT,
    'X-HubSpot-Request-Timestamp': timestamp,
    'X-HubSpot-Signature-v3': signV3(p.secret, request, timestamp),
    'X-HubSpot-Timeout-Millis': String(p.timeoutMs),
  };
  if (p.withV2) {
    headers['X-HubSpot-Signature'] = signV2(p.secret, request);
    headers['X-HubSpot-Signature-Version'] = 'v2';
  } else {
    headers['X-HubSpot-Signature-Version'] = 'v3';
  }
  const timeout = AbortSignal.timeout(p.timeoutMs);
  const signal = p.signal ? AbortSignal.any([timeout, p.signal]) : timeout;
  try {
    const response = await fetch(url, { method: 'POST', headers, body: p.body, signal, redirect: 'manual' });
    const body = await response.text();
    return { statusCode: response.status, body, error: null, durationMs: elapsed() };
  } catch (e) {
    const error = timeout.aborted
      ? `timeout after ${p.timeoutMs} ms`
      : p.signal?.aborted
        ? 'aborted'
        : describe(e);
    return { statusCode: null, body: null, error, durationMs: elapsed() };
  }
}

function describe(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `connection failed: ${cause.code}`;
  return `connection failed: ${cause?.message ?? (e instanceof Error ? e.message : String(e))}`;
}
