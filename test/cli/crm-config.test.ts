import { describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { chooseCrm, hubSpotSettings, salesforceSettings } from '../../src/cli/crm-config.js';
import type { CliIo } from '../../src/cli/io.js';
import { InputError } from '../../src/cli/io.js';
import { progressFor } from '../../src/cli/progress.js';
import { kam } from './crm-helpers.js';

const SECRET = 'pat-na1-very-secret-token';

describe('CRM connection settings from the environment', () => {
  it('defaults the HubSpot base URL and the Salesforce API version', () => {
    expect(hubSpotSettings({ HUBSPOT_ACCESS_TOKEN: SECRET }, 'en')).toEqual({
      accessToken: SECRET,
      baseUrl: 'https://api.hubapi.com',
    });
    expect(
      salesforceSettings(
        { SALESFORCE_INSTANCE_URL: 'https://acme.my.salesforce.com/', SALESFORCE_ACCESS_TOKEN: 'x!y' },
        'en',
      ),
    ).toEqual({ instanceUrl: 'https://acme.my.salesforce.com', accessToken: 'x!y', apiVersion: '62.0' });
  });

  it('uses the one CRM configured, and asks for --crm when both are', () => {
    expect(chooseCrm(undefined, { HUBSPOT_ACCESS_TOKEN: SECRET }, 'en')).toBe('hubspot');
    expect(chooseCrm(undefined, { SALESFORCE_INSTANCE_URL: 'https://x' }, 'en')).toBe('salesforce');
    expect(() =>
      chooseCrm(undefined, { HUBSPOT_ACCESS_TOKEN: SECRET, SALESFORCE_ACCESS_TOKEN: 'x' }, 'en'),
    ).toThrow('pass --crm hubspot or --crm salesforce');
    expect(chooseCrm('salesforce', { HUBSPOT_ACCESS_TOKEN: SECRET }, 'en')).toBe('salesforce');
    expect(() => chooseCrm(undefined, {}, 'en')).toThrow(InputError);
  });

  it('a missing variable stops with exit 2 and one line naming it', async () => {
    const r = await kam(['rescore', '--all', '--crm', 'salesforce', '--lang', 'en'], {
      SALESFORCE_INSTANCE_URL: 'https://acme.my.salesforce.com',
    });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('kam: SALESFORCE_ACCESS_TOKEN is not set (needed for Salesforce)');
    const setup = await kam(['setup', 'hubspot', '--lang', 'de'], {});
    expect(setup.code).toBe(2);
    expect(setup.err).toBe('kam: HUBSPOT_ACCESS_TOKEN ist nicht gesetzt (nötig für HubSpot)');
  });

  it('a bad value is named without printing it (secrets stay out of the output)', async () => {
    const badUrl = `https://user:${SECRET}@`;
    const r = await kam(['setup', 'hubspot', '--lang', 'en'], {
      HUBSPOT_ACCESS_TOKEN: SECRET,
      HUBSPOT_BASE_URL: badUrl,
    });
    expect(r.code).toBe(2);
    expect(r.err).toBe('kam: HUBSPOT_BASE_URL is invalid: expected an http(s) URL');
    const token = await kam(['setup', 'salesforce', '--lang', 'en'], {
      SALESFORCE_INSTANCE_URL: 'https://x.my.salesforce.com',
      SALESFORCE_ACCESS_TOKEN: `${SECRET} with spaces`,
      SALESFORCE_API_VERSION: '62',
    });
    expect(token.code).toBe(2);
    expect(token.err).toBe(
      'kam: SALESFORCE_ACCESS_TOKEN is invalid: the token is empty or contains whitespace',
    );
    expect(token.err).not.toContain(SECRET);
    const version = await kam(['setup', 'salesforce', '--lang', 'en'], {
      SALESFORCE_INSTANCE_URL: 'https://x.my.salesforce.com',
      SALESFORCE_ACCESS_TOKEN: SECRET,
      SALESFORCE_API_VERSION: 'latest',
    });
    expect(version.err).toBe('kam: SALESFORCE_API_VERSION is invalid: expected an API version such as 62.0');
  });

  it('rescore needs exactly one of --all and --account', async () => {
    const env = { HUBSPOT_ACCESS_TOKEN: SECRET };
    for (const args of [[], ['--all', '--account', '1']]) {
      const r = await kam(['rescore', ...args, '--lang', 'en'], env);
      expect(r.code).toBe(2);
      expect(r.err).toBe('kam: pass --all or --account ID (not both)');
    }
    const both = await kam(['rescore', '--all'], { ...env, SALESFORCE_ACCESS_TOKEN: 'x', KAM_LANG: 'en' });
    expect(both.code).toBe(2);
    expect(both.err).toBe(
      'kam: both HubSpot and Salesforce are configured: pass --crm hubspot or --crm salesforce',
    );
  });
});

describe('rescore progress', () => {
  const io = (stream?: NodeJS.WriteStream) => {
    const err: string[] = [];
    const value: CliIo = {
      out: () => undefined,
      err: (s) => err.push(s),
      readFile: async () => '',
      env: {},
      now: () => new Date(),
      ...(stream ? { progressStream: stream } : {}),
    };
    return { io: value, err };
  };

  it('draws a bar with accounts, calls and rate when stderr is a TTY', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    let drawn = '';
    stream.on('data', (chunk: Buffer) => (drawn += chunk.toString()));
    const t = io(stream as unknown as NodeJS.WriteStream);
    const progress = progressFor(t.io, 'en');
    progress.update(200, 400, 17);
    progress.update(400, 400, 30);
    progress.stop();
    expect(t.err).toEqual([]);
    expect(drawn).toMatch(/400\/400 accounts · 30 calls · [\d.]+ accounts\/s/);
  });

  it('writes plain lines otherwise', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: false });
    const t = io(stream as unknown as NodeJS.WriteStream);
    const progress = progressFor(t.io, 'de');
    progress.update(200, 1000, 17);
    progress.stop();
    expect(t.err).toEqual([
      expect.stringMatching(/^Neubewertung: 200\/1\.000 Accounts · 17 Aufrufe · [\d.,]+ Accounts\/s$/),
    ]);
  });
});
