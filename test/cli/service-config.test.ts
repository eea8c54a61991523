import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/cli/io.js';
import { SERVICE_VARIABLES, serviceConfig } from '../../src/service/config.js';
import { deployManifest } from '../../src/service/deploy-manifest.js';
import { LinkSigner } from '../../src/service/workspace/link-token.js';
import { generateEncryptionKey } from '../../src/store/index.js';
import { kam, NOW } from './crm-helpers.js';

const KEY = generateEncryptionKey();

describe('service configuration from the environment', () => {
  it('has a default for everything but the encryption key', () => {
    const c = serviceConfig({ KAM_ENCRYPTION_KEY: KEY }, 'en');
    expect(c.KAM_PORT).toBe(3000);
    expect(c.KAM_STORE_URL).toBe('sqlite:data/kam.db');
    expect(c.KAM_QUEUE_URL).toBe('sqlite:data/kam-queue.db');
    expect(c.KAM_LANG).toBe('de');
    expect(c.HUBSPOT_CLIENT_SECRET).toBeUndefined();
  });

  it('stops with one line naming the variable, in the reader’s language, never echoing a secret', () => {
    expect(() => serviceConfig({}, 'en')).toThrow(new InputError('KAM_ENCRYPTION_KEY is not set'));
    expect(() => serviceConfig({}, 'de')).toThrow(new InputError('KAM_ENCRYPTION_KEY ist nicht gesetzt'));
    const bad = 'my-secret-but-too-short';
    let message = '';
    try {
      serviceConfig({ KAM_ENCRYPTION_KEY: bad }, 'en');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^KAM_ENCRYPTION_KEY is invalid: expected 32 bytes/);
    expect(message).not.toContain(bad);
    expect(() => serviceConfig({ KAM_ENCRYPTION_KEY: KEY, KAM_PORT: '70000' }, 'en')).toThrow(
      /^KAM_PORT is invalid/,
    );
    expect(() => serviceConfig({ KAM_ENCRYPTION_KEY: KEY, KAM_QUEUE_URL: 'amqp://x' }, 'en')).toThrow(
      /^KAM_QUEUE_URL is invalid/,
    );
  });

  it('takes the add-ons’ DATABASE_URL and REDIS_URL when its own URLs are unset', () => {
    const c = serviceConfig(
      { KAM_ENCRYPTION_KEY: KEY, DATABASE_URL: 'postgres://u@db/kam', REDIS_URL: 'redis://cache:6379' },
      'en',
    );
    expect(c.KAM_STORE_URL).toBe('postgres://u@db/kam');
    expect(c.KAM_QUEUE_URL).toBe('redis://cache:6379');
    expect(
      serviceConfig(
        { KAM_ENCRYPTION_KEY: KEY, KAM_STORE_URL: 'sqlite:x.db', DATABASE_URL: 'postgres://u@db/kam' },
        'en',
      ).KAM_STORE_URL,
    ).toBe('sqlite:x.db');
  });

  it('app.json is the manifest the variables describe, with a generated key and both add-ons', () => {
    const committed = JSON.parse(readFileSync('app.json', 'utf8')) as Record<string, unknown>;
    expect(committed).toEqual(deployManifest());
    const env = committed.env as Record<
      string,
      { description: string; generator?: string; required: boolean }
    >;
    expect(Object.keys(env)).toEqual(Object.keys(SERVICE_VARIABLES));
    for (const v of Object.values(env)) expect(v.description.length).toBeGreaterThan(10);
    expect(env.KAM_ENCRYPTION_KEY).toMatchObject({ generator: 'secret', required: true });
    expect(committed.addons).toEqual([
      { plan: 'heroku-postgresql', as: 'DATABASE' },
      { plan: 'heroku-redis', as: 'REDIS' },
    ]);
    const procfile = readFileSync('Procfile', 'utf8');
    for (const process of Object.keys(committed.formation as object))
      expect(procfile).toMatch(new RegExp(`^${process}: `, 'm'));
  });
});

describe('kam tenant', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kam-tenant-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = {
    KAM_ENCRYPTION_KEY: KEY,
    KAM_STORE_URL: `sqlite:${join(dir, 'kam.db')}`,
    HUBSPOT_ACCESS_TOKEN: 'pat-na1-tenant-cli-secret',
  };

  it('adds, lists (without credentials) and removes a HubSpot private-app installation', async () => {
    const added = await kam(
      ['tenant', 'add', 'hubspot', '--portal-id', '4711', '--name', 'Muster GmbH'],
      env,
    );
    expect(added).toMatchObject({ code: 0, out: 'hubspot:4711  Muster GmbH' });
    const listed = await kam(['tenant', 'list'], env);
    expect(listed.out).toContain('hubspot:4711  hubspot-private-app');
    expect(listed.out).not.toContain(env.HUBSPOT_ACCESS_TOKEN);
    expect(readFileSync(join(dir, 'kam.db')).includes(env.HUBSPOT_ACCESS_TOKEN)).toBe(false);
    expect(await kam(['tenant', 'remove', 'hubspot:4711'], env)).toMatchObject({ code: 0 });
    expect((await kam(['tenant', 'list'], env)).out).toBe('');
    expect(await kam(['tenant', 'remove', 'hubspot:4711'], env)).toMatchObject({
      code: 2,
      err: 'kam: no installation hubspot:4711',
    });
  });

  it('refuses a bad portal id and a missing token with one line', async () => {
    expect(await kam(['tenant', 'add', 'hubspot', '--portal-id', 'abc'], env)).toMatchObject({
      code: 2,
      err: 'kam: --portal-id must be the portal (hub) id, digits only',
    });
    const noToken: Record<string, string> = { ...env };
    delete noToken.HUBSPOT_ACCESS_TOKEN;
    expect(await kam(['tenant', 'add', 'hubspot', '--portal-id', '1'], noToken)).toMatchObject({
      code: 2,
      err: 'kam: HUBSPOT_ACCESS_TOKEN is not set',
    });
  });

  it('prints a workspace link for an installation, valid for KAM_WORKSPACE_LINK_HOURS', async () => {
    await kam(['tenant', 'add', 'hubspot', '--portal-id', '4712'], env);
    const linkEnv = { ...env, KAM_PUBLIC_URL: 'https://kam.example.com', KAM_WORKSPACE_LINK_HOURS: '2' };
    const printed = await kam(
      ['tenant', 'link', 'hubspot:4712', '--account', '1001', '--lang', 'de'],
      linkEnv,
    );
    expect(printed.code).toBe(0);
    const url = new URL(printed.out);
    expect(`${url.origin}${url.pathname}`).toBe('https://kam.example.com/workspace/');
    const fragment = new URLSearchParams(url.hash.slice(1));
    expect(fragment.get('account')).toBe('1001');
    const now = NOW.getTime();
    const check = new LinkSigner(KEY).check(fragment.get('link')!, now);
    expect(check).toEqual({
      ok: true,
      claims: { tid: 'hubspot:4712', acc: '1001', exp: now + 2 * 3_600_000 },
    });
    expect(new LinkSigner(KEY).check(fragment.get('link')!, now + 2 * 3_600_000)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(await kam(['tenant', 'link', 'hubspot:9999'], env)).toMatchObject({
      code: 2,
      err: 'kam: no installation hubspot:9999',
    });
  });
});
