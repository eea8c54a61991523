/**
 * The workspace's API on the demo: sessions per demo tenant, link tokens as bearer credentials on
 * the card API, the manager's portfolio (with the demo's score history), links issued for signed
 * card requests, and refusals in the reader's language.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PortfolioRow } from '../../src/core/portfolio.js';
import { serviceConfig } from '../../src/service/config.js';
import { startService } from '../../src/service/runtime.js';
import { LinkSigner } from '../../src/service/workspace/link-token.js';
import type {
  AccountAnswer,
  DemoSessionsAnswer,
  ErrorAnswer,
  LinkAnswer,
  PortfolioAnswer,
  SessionAnswer,
} from '../../src/workspace/contract.js';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import { DEMO_PORTAL_ID, settle, signedFetch } from './hubspot-helpers.js';

const KEY = randomBytes(32).toString('base64');

describe('workspace API (demo)', () => {
  let d: TestDemo;
  let tokens: Record<'hubspot' | 'salesforce', string>;
  const get = (path: string, token: string, headers: Record<string, string> = {}) =>
    fetch(`${d.serviceUrl}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });

  beforeAll(async () => {
    d = await startTestDemo({ KAM_ENCRYPTION_KEY: KEY }, { history: true });
    await settle(d);
    const sessions = (await (await fetch(`${d.serviceUrl}/api/demo/sessions`)).json()) as DemoSessionsAnswer;
    tokens = {
      hubspot: sessions.sessions.find((s) => s.tenant.crm === 'hubspot')!.token,
      salesforce: sessions.sessions.find((s) => s.tenant.crm === 'salesforce')!.token,
    };
  }, 90_000);
  afterAll(() => d?.stop(), 30_000);

  it('opens the workspace at / in the demo', async () => {
    const answer = await fetch(`${d.serviceUrl}/`, { redirect: 'manual' });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/workspace/');
  });

  it('hands out one session per demo tenant, each speaking for its own tenant', async () => {
    for (const crm of ['hubspot', 'salesforce'] as const) {
      const session = (await (await get('/api/session', tokens[crm])).json()) as SessionAnswer;
      expect(session.tenant).toEqual({
        id: d.tenants[crm],
        name: expect.any(String),
        crm,
        lang: 'en',
      });
      expect(Date.parse(session.expiresAt!)).toBeGreaterThan(Date.now() + 7 * 3_600_000);
      expect(session.accountId).toBeUndefined();
    }
  });

  it("lists every key account in the portfolio with the demo's quarterly history as its trend", async () => {
    const answer = await get('/api/portfolio', tokens.hubspot);
    expect(answer.status).toBe(200);
    const portfolio = (await answer.json()) as PortfolioAnswer;
    expect(portfolio.tenant.id).toBe(d.tenants.hubspot);
    expect(portfolio.truncated).toBe(false);
    expect(portfolio.failures).toEqual([]);
    expect(portfolio.accounts).toHaveLength(36);
    expect(portfolio.model.quadrants.invest.label.de.length).toBeGreaterThan(0);
    const scores = portfolio.accounts.map((a) => a.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // up to three backfilled quarters and the first real score, oldest first, all before "now"; the
    // history keeps changes only, so a score equal to the one before is not listed again
    for (const row of portfolio.accounts) {
      expect(row.trend.length).toBeGreaterThanOrEqual(1);
      expect(row.trend.length).toBeLessThanOrEqual(4);
      expect(Date.now() - Date.parse(row.trend[0]!.scoredAt)).toBeLessThan(300 * 86_400_000);
      const times = row.trend.map((p) => Date.parse(p.scoredAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(row.scoreChange).toBeCloseTo(row.score - row.trend[0]!.score, 6);
    }
    // the guide's classic account is there with its revenue of 25,000 EUR
    const classic = portfolio.accounts.find((a) => a.name.startsWith('Brenner Hydraulik')) as PortfolioRow;
    expect(classic.revenue).toBe(25_000);
    // most accounts moved over the year: the matrix has arrows to draw
    expect(portfolio.accounts.filter((a) => a.trend.length >= 2).length).toBeGreaterThan(18);
    expect(portfolio.accounts.some((a) => a.scoreChange !== 0)).toBe(true);
  });

  it('answers the account view to a link token, as to a signed card request', async () => {
    const portfolio = (await (await get('/api/portfolio', tokens.salesforce)).json()) as PortfolioAnswer;
    const id = portfolio.accounts[0]!.id;
    const answer = await get(`/api/accounts/${id}`, tokens.salesforce);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as AccountAnswer;
    expect(body.tenant.crm).toBe('salesforce');
    expect(body.snapshot.account.id).toBe(id);
    expect(body.view.score.score).toBeCloseTo(portfolio.accounts[0]!.score, 6);
    // the other tenant's token cannot see it: HubSpot has no such company
    expect((await get(`/api/accounts/${id}`, tokens.hubspot)).status).toBe(404);
  });

  it('refuses an expired link in the reader’s language, and a forged one', async () => {
    const expired = new LinkSigner(KEY).issue({ tid: d.tenants.hubspot, exp: Date.now() - 1 });
    const late = await get('/api/portfolio', expired, { 'accept-language': 'de-DE' });
    expect(late.status).toBe(401);
    const lateBody = (await late.json()) as ErrorAnswer;
    expect(lateBody.code).toBe('LINK_EXPIRED');
    expect(lateBody.message).toMatch(/abgelaufen.*KAM-Karte/);

    // a token signed with another key is a bad link
    const forged = new LinkSigner(randomBytes(32).toString('base64')).issue({
      tid: d.tenants.hubspot,
      exp: Date.now() + 60_000,
    });
    const bad = await get('/api/portfolio', forged, { 'accept-language': 'de-DE' });
    expect(bad.status).toBe(401);
    const badBody = (await bad.json()) as ErrorAnswer;
    expect(badBody.code).toBe('BAD_LINK');
    expect(badBody.message).toMatch(/ungültig.*KAM-Karte/);

    const none = await fetch(`${d.serviceUrl}/api/portfolio`);
    expect(none.status).toBe(401);

    // well signed, but for an installation that is gone
    const orphan = new LinkSigner(KEY).issue({ tid: 'hubspot:99999', exp: Date.now() + 60_000 });
    const gone = await get('/api/session', orphan);
    expect(gone.status).toBe(401);
    expect(((await gone.json()) as ErrorAnswer).code).toBe('BAD_LINK');
  });

  it('issues a workspace link for a signed card request, which then opens the account', async () => {
    const portfolio = (await (await get('/api/portfolio', tokens.hubspot)).json()) as PortfolioAnswer;
    const accountId = portfolio.accounts[3]!.id;
    const query = `?portalId=${DEMO_PORTAL_ID}&userId=7001&userEmail=kam%40example.com`;
    const answer = await signedFetch(d, 'POST', `/api/workspace/link${query}`, {
      body: JSON.stringify({ accountId, lang: 'de' }),
    });
    expect(answer.status).toBe(200);
    const link = (await answer.json()) as LinkAnswer;
    const url = new URL(link.url);
    expect(`${url.origin}`).toBe(d.serviceUrl);
    const fragment = new URLSearchParams(url.hash.slice(1));
    expect(fragment.get('account')).toBe(accountId);
    expect(fragment.get('compact')).toBe('1');
    const scoped = fragment.get('link')!;
    const opened = await get(`/api/accounts/${accountId}`, scoped);
    expect(opened.status).toBe(200);
    const session = (await (await get('/api/session', scoped)).json()) as SessionAnswer;
    expect(session.accountId).toBe(accountId);

    // the link reaches that account only: not another one, not the portfolio
    const other = portfolio.accounts[4]!.id;
    for (const path of [`/api/accounts/${other}`, `/api/accounts/${other}/history`, '/api/portfolio']) {
      const refused = await get(path, scoped, { 'accept-language': 'de' });
      expect(refused.status).toBe(403);
      const body = (await refused.json()) as ErrorAnswer;
      expect(body.code).toBe('LINK_SCOPE');
      expect(body.message).toContain(`nur den Key Account ${accountId}`);
    }
    const edit = await fetch(`${d.serviceUrl}/api/accounts/${other}/records/relationship`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${scoped}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'new-1', fromId: 'a', toId: 'b', kind: 'trusts' }),
    });
    expect(edit.status).toBe(403);

    // a link cannot issue links: it would renew itself for ever
    const renewed = await fetch(`${d.serviceUrl}/api/workspace/link${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.hubspot}`, 'content-type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(renewed.status).toBe(401);
    expect(((await renewed.json()) as ErrorAnswer).code).toBe('BAD_SIGNATURE');

    const unsigned = await fetch(`${d.serviceUrl}/api/workspace/link${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accountId }),
    });
    expect(unsigned.status).toBe(401);
    const badBody = await signedFetch(d, 'POST', `/api/workspace/link${query}`, {
      body: JSON.stringify({ accountId: '../etc' }),
    });
    expect(badBody.status).toBe(400);

    // a card's "open the sociogram": the link names the view
    const withView = await signedFetch(d, 'POST', `/api/workspace/link${query}`, {
      body: JSON.stringify({ accountId, view: 'sociogram' }),
    });
    const viewLink = new URL(((await withView.json()) as LinkAnswer).url);
    expect(new URLSearchParams(viewLink.hash.slice(1)).get('view')).toBe('sociogram');
    for (const body of [{ view: 'sociogram' }, { accountId, view: 'nonsense' }]) {
      const refused = await signedFetch(d, 'POST', `/api/workspace/link${query}`, {
        body: JSON.stringify(body),
      });
      expect(refused.status).toBe(400);
    }
  });

  it('shows an edit in the next portfolio (the cached answer is dropped)', async () => {
    const before = (await (await get('/api/portfolio', tokens.hubspot)).json()) as PortfolioAnswer;
    const row = before.accounts.find((a) => a.overdueActions > 0)!;
    const account = (await (await get(`/api/accounts/${row.id}`, tokens.hubspot)).json()) as AccountAnswer;
    const overdue = account.view.plan.actions.overdue[0]!;
    const action = account.snapshot.actions.find((a) => a.id === overdue.actionId)!;
    const saved = await fetch(`${d.serviceUrl}/api/accounts/${row.id}/records/action`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokens.hubspot}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...action, status: 'done', completedOn: new Date().toISOString().slice(0, 10) }),
    });
    expect(saved.status).toBe(200);
    const after = (await (await get('/api/portfolio', tokens.hubspot)).json()) as PortfolioAnswer;
    expect(after.accounts.find((a) => a.id === row.id)!.overdueActions).toBe(row.overdueActions - 1);
  }, 60_000);
});

describe('workspace API outside the demo', () => {
  it('hands out no sessions and keeps the service page at /', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kam-nodemo-'));
    const env = {
      KAM_ENCRYPTION_KEY: KEY,
      KAM_PORT: '0',
      KAM_STORE_URL: `sqlite:${join(dir, 'kam.db')}`,
      KAM_QUEUE_URL: `sqlite:${join(dir, 'queue.db')}`,
      KAM_LOG_LEVEL: 'silent',
    };
    const service = await startService({ config: serviceConfig(env, 'en'), env, role: 'web' });
    try {
      expect((await fetch(`${service.url}/api/demo/sessions`)).status).toBe(404);
      const home = await fetch(`${service.url}/`, { redirect: 'manual' });
      expect(home.status).toBe(200);
      const page = await home.text();
      expect(page).toContain('KAM-Service');
      expect(page).toContain('href="/workspace/"');
    } finally {
      await service.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
