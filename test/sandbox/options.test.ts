import { describe, expect, it } from '@jest/globals';
import { parseSandboxOptions } from '../../src/sandbox/options-parse.js';
import { createSandbox } from '../../src/sandbox/index.js';

describe('sandbox options', () => {
  it('hold the Salesforce side, developer API keys, webhook timings and the seed, with defaults', () => {
    const options = parseSandboxOptions({});
    expect(options.salesforce.orgId).toBe('00D5g000004KamX');
    expect(options.salesforce.outbound.batchDelayMs).toBe(50);
    expect(options.hubspot.developerApiKeys).toEqual([]);
    expect(options.hubspot.webhooks.timeoutMs).toBe(5000);
    expect(options.seed).toBeUndefined();
    const seeded = parseSandboxOptions({ seed: 'demo', seedNow: '2026-11-27T09:00:00Z' });
    expect(seeded.seedNow).toEqual(new Date('2026-11-27T09:00:00Z'));
  });

  it('name the first bad option in one line', () => {
    expect(() => parseSandboxOptions({ salesforce: { orgId: 'nope' } })).toThrow(
      /^invalid sandbox option salesforce\.orgId: /,
    );
    expect(() => parseSandboxOptions({ hubspot: { webhooks: { timeoutMs: 0 } } })).toThrow(
      /^invalid sandbox option hubspot\.webhooks\.timeoutMs: /,
    );
    expect(() => parseSandboxOptions({ seed: 'big' })).toThrow(/^invalid sandbox option seed: /);
  });

  it('are what the sides use: fixed developer key, webhook timings, Salesforce token', async () => {
    const sandbox = await createSandbox({
      port: 0,
      hubspot: {
        developerApiKeys: ['dev-fixed-key-0001'],
        webhooks: { batchWindowMs: 7, retryDelaysMs: [1] },
      },
      salesforce: { accessTokens: ['00D5g000004KamX!fixed-token-for-tests'] },
    });
    try {
      const url = await sandbox.start();
      const kinds = sandbox.credentials().map((c) => `${c.side} ${c.kind} ${c.value}`);
      expect(kinds).toContain('hubspot developer-api-key dev-fixed-key-0001');
      expect(kinds).toContain('salesforce access_token 00D5g000004KamX!fixed-token-for-tests');
      const timings = (await (await fetch(`${url}/__sandbox/hubspot/webhooks/config`)).json()) as Record<
        string,
        unknown
      >;
      expect(timings).toMatchObject({ batchWindowMs: 7, retryDelaysMs: [1] });
      const limits = await fetch(`${url}/services/data/v62.0/limits`, {
        headers: { authorization: 'Bearer 00D5g000004KamX!fixed-token-for-tests' },
      });
      expect(limits.status).toBe(200);
    } finally {
      await sandbox.stop();
    }
  });
});
