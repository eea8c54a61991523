/**
 * The workspace in headless chromium against the demo (sandbox CRM + service, as `npm start` runs
 * it): the portfolio and an account page render without console errors, an edit round-trips through
 * the card API into the CRM and the displayed score changes, the language switch works, and the
 * compact layout of a HubSpot modal opens from a card's link. Screenshots are saved as artefacts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { formatNumber } from '../../src/core/i18n/index.js';
import type { AccountAnswer, DemoSessionsAnswer, PortfolioAnswer } from '../../src/workspace/contract.js';
import type { TestDemo } from '../service/harness.js';
import { startTestDemo } from '../service/harness.js';
import { DEMO_PORTAL_ID, settle, signedFetch } from '../service/hubspot-helpers.js';
import { launchChromium, screenshot, watchedPage } from './browser.js';

describe('workspace in chromium', () => {
  let d: TestDemo;
  let browser: Browser;
  let portfolio: PortfolioAnswer;
  let token: string;

  beforeAll(async () => {
    [d, browser] = await Promise.all([startTestDemo({}, { history: true }), launchChromium()]);
    await settle(d);
    const sessions = (await (await fetch(`${d.serviceUrl}/api/demo/sessions`)).json()) as DemoSessionsAnswer;
    token = sessions.sessions.find((s) => s.tenant.crm === 'hubspot')!.token;
    portfolio = (await (
      await fetch(`${d.serviceUrl}/api/portfolio`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as PortfolioAnswer;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await d?.stop();
  }, 30_000);

  const api = async (path: string) =>
    (await fetch(`${d.serviceUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })).json();

  it('renders the portfolio: a row and a bubble per key account, no console errors', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(`${d.serviceUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/workspace/');
    const rows = page.locator('[data-testid="portfolio-table"] [data-account-id]');
    await rows.first().waitFor({ timeout: 30_000 });
    expect(await rows.count()).toBe(portfolio.accounts.length);
    const bubbles = page.locator('[data-testid="portfolio-matrix"] svg [data-id]');
    expect(await bubbles.count()).toBeGreaterThanOrEqual(portfolio.accounts.length);
    // movement arrows from the demo's score history
    expect(await page.locator('[data-testid="portfolio-matrix"] .kam-movement').count()).toBeGreaterThan(0);
    await screenshot(page, 'workspace-portfolio');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('filters the portfolio by tier, and the filter lives in the URL', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(`${d.serviceUrl}/workspace/#/portfolio?tier=A`);
    const rows = page.locator('[data-testid="portfolio-table"] [data-account-id]');
    await rows.first().waitFor({ timeout: 30_000 });
    const tierA = portfolio.accounts.filter((a) => a.tier === 'A').map((a) => a.id);
    expect(tierA.length).toBeGreaterThan(0);
    const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-account-id')));
    expect(shown.sort()).toEqual([...tierA].sort());
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('opens an account with every view, and an edit changes the displayed score', async () => {
    const { page, errors } = await watchedPage(browser);
    // the account with an overdue action: marking it done moves its score
    const row = portfolio.accounts.find((a) => a.overdueActions > 0)!;
    const before = (await api(`/api/accounts/${row.id}`)) as AccountAnswer;
    await page.goto(`${d.serviceUrl}/workspace/#/accounts/${row.id}`);
    await page.locator('[data-testid="account-title"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="account-title"]').textContent()).toContain(row.name);
    const shownScore = async () => (await page.locator('[data-testid="score-value"]').textContent()) ?? '';
    expect((await shownScore()).trim()).toBe(formatNumber(before.view.score.score, 'en'));
    for (const view of [
      'view-sociogram',
      'view-org-chart',
      'view-buying-center',
      'view-value-chain',
      'view-horizons',
      'view-timeline',
    ]) {
      const svg = page.locator(`[data-testid="${view}"] svg`).first();
      await svg.waitFor({ timeout: 10_000 });
      expect(await svg.locator('*').count()).toBeGreaterThan(3);
    }
    await screenshot(page, 'workspace-account');

    const overdue = before.view.plan.actions.overdue[0]!;
    // chosen by keyboard, as the timeline offers it to everyone
    const bar = page.locator(`[data-testid="view-timeline"] [data-id="${overdue.actionId}"]`).first();
    await bar.focus();
    await bar.press('Enter');
    const form = page.locator('[data-testid="edit-action"]');
    await form.waitFor({ timeout: 10_000 });
    await form.locator('select').first().selectOption('done');
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-testid="score-change"]').waitFor({ timeout: 30_000 });

    const after = (await api(`/api/accounts/${row.id}`)) as AccountAnswer;
    expect(after.snapshot.actions.find((a) => a.id === overdue.actionId)!.status).toBe('done');
    expect(after.view.score.score).not.toBe(before.view.score.score);
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="score-value"]')?.textContent?.trim() === expected,
      formatNumber(after.view.score.score, 'en'),
      { timeout: 10_000 },
    );
    await screenshot(page, 'workspace-account-after-edit');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('switches between German and English', async () => {
    const { page, errors } = await watchedPage(browser, { locale: 'en-GB' });
    await page.goto(`${d.serviceUrl}/workspace/#/accounts/${portfolio.accounts[0]!.id}`);
    await page.locator('[data-testid="account-title"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('body').textContent()).toContain('Buying center');
    await page.locator('[data-testid="lang-switch"]').first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'de', undefined, { timeout: 10_000 });
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Soziogramm');
    expect(text).toContain('Maßnahmenplan');
    await screenshot(page, 'workspace-account-de');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("opens a HubSpot card's link in the compact layout of a modal", async () => {
    const accountId = portfolio.accounts[1]!.id;
    const answer = await signedFetch(
      d,
      'POST',
      `/api/workspace/link?portalId=${DEMO_PORTAL_ID}&userId=7001&userEmail=kam%40example.com`,
      { body: JSON.stringify({ accountId, lang: 'de' }) },
    );
    const { url } = (await answer.json()) as { url: string };
    const { page, errors } = await watchedPage(browser, { width: 640, height: 800 });
    await page.goto(url);
    await page.locator('[data-testid="account-title"]').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.body.classList.contains('compact'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    // the token does not stay in the address bar
    expect(page.url()).not.toContain('link=');
    await screenshot(page, 'workspace-compact');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
