import { describe, expect, it } from '@jest/globals';
import { classifyHubSpotFailure } from '../../../../src/crm/hubspot/adapter/index.js';

const apiError = (code: number, body: unknown = {}, headers: Record<string, string> = {}) => ({
  code,
  body,
  headers,
});

describe('classifyHubSpotFailure', () => {
  it('waits what Retry-After says, else the window interval when none are left', () => {
    expect(classifyHubSpotFailure(apiError(429, {}, { 'retry-after': '3' }))).toEqual({
      kind: 'rateLimited',
      retryAfterMs: 3000,
    });
    expect(
      classifyHubSpotFailure(
        apiError(
          429,
          { policyName: 'TEN_SECONDLY_ROLLING' },
          {
            'x-hubspot-ratelimit-remaining': '0',
            'x-hubspot-ratelimit-interval-milliseconds': '10000',
          },
        ),
      ),
    ).toEqual({ kind: 'rateLimited', retryAfterMs: 10_000 });
    expect(classifyHubSpotFailure(apiError(429))).toEqual({ kind: 'rateLimited' });
  });

  it('never retries the daily limit or a client error; retries 5xx and network errors', () => {
    expect(classifyHubSpotFailure(apiError(429, JSON.stringify({ policyName: 'DAILY' })))).toEqual({
      kind: 'fatal',
    });
    expect(classifyHubSpotFailure(apiError(400))).toEqual({ kind: 'fatal' });
    expect(classifyHubSpotFailure(apiError(404))).toEqual({ kind: 'fatal' });
    expect(classifyHubSpotFailure(apiError(502))).toEqual({ kind: 'transient' });
    expect(classifyHubSpotFailure(new Error('ECONNRESET'))).toEqual({ kind: 'transient' });
  });
});
