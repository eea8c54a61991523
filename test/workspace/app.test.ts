import { afterEach, describe, expect, it } from '@jest/globals';
import type { FetchLike } from '../../src/workspace/api.js';
import type { Workspace } from '../../src/workspace/app.js';
import { startWorkspace } from '../../src/workspace/app.js';
import type { DemoSessionsAnswer } from '../../src/workspace/contract.js';
import { STORE_KEYS } from '../../src/workspace/storage.js';
import {
  accountAnswer,
  demoSnapshot,
  errorResponse,
  fakeViews,
  jsonResponse,
  makeDom,
  NOW,
  portfolioAnswer,
  settle,
  TENANT,
} from './fixtures.js';

interface Call {
  readonly url: string;
  readonly headers: Record<string, string>;
}

type Handler = (url: string, headers: Record<string, string>) => Response | Promise<Response>;

/** A service answering by path; every call is recorded with its headers. */
function service(handler: Handler): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      calls.push({ url, headers });
      return handler(url, headers);
    },
  };
}

const standard: Handler = (url) => {
  if (url === '/api/session') return jsonResponse(200, { tenant: TENANT });
  if (url === '/api/portfolio') return jsonResponse(200, portfolioAnswer());
  const account = /^\/api\/accounts\/([^/]+)$/.exec(url);
  if (account) return jsonResponse(200, accountAnswer(demoSnapshot(decodeURIComponent(account[1]!))));
  return errorResponse(404, 'NOT_FOUND', `nicht gefunden: ${url}`);
};

const started: Workspace[] = [];
async function start(hash: string, fetch: FetchLike, prepare?: (win: Window) => void) {
  const dom = makeDom(hash);
  const win = dom.window as unknown as Window;
  prepare?.(win);
  const workspace = await startWorkspace({
    window: win,
    root: dom.window.document.getElementById('app')!,
    fetch,
    views: fakeViews(),
    now: () => NOW,
    randomId: () => 'id',
  });
  started.push(workspace);
  await settle();
  return { dom, win, doc: dom.window.document };
}

afterEach(() => {
  for (const w of started.splice(0)) w.dispose();
});

describe('starting from a link', () => {
  it('uses the link’s token and language for every call and takes the token out of the address bar', async () => {
    const { fetch, calls } = service(standard);
    const { win, doc } = await start('#link=tok-1&account=acc-classic&lang=en', fetch);
    expect(win.location.hash).toBe('#/accounts/acc-classic');
    expect(win.location.href).not.toContain('tok-1');
    expect(calls.map((c) => c.url)).toEqual(['/api/session', '/api/accounts/acc-classic']);
    expect(calls[1]!.headers).toMatchObject({ authorization: 'Bearer tok-1', 'accept-language': 'en' });
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('[data-testid="account-title"]')!.textContent).toBe(
      demoSnapshot('acc-classic').account.name,
    );
    expect(doc.title).toContain(TENANT.name);
  });

  it('lays the page out compact when the link asks for it', async () => {
    const { doc } = await start('#link=t&compact=1', service(standard).fetch);
    expect(doc.body.classList.contains('compact')).toBe(true);
    expect(doc.querySelector('.app-header--compact')).not.toBeNull();
    expect(doc.querySelector('.brand')).toBeNull();
    expect(doc.querySelector('[data-testid="lang-switch"]')).not.toBeNull();
  });

  it('follows the address bar to another page', async () => {
    const { fetch, calls } = service(standard);
    const { win, doc } = await start('#link=t', fetch);
    expect(doc.querySelector('[data-testid="portfolio-table"]')).not.toBeNull();
    win.location.hash = '#/accounts/acc-event';
    await settle();
    expect(calls.at(-1)!.url).toBe('/api/accounts/acc-event');
    expect(doc.querySelector('[data-testid="account-title"]')!.textContent).toBe(
      demoSnapshot('acc-event').account.name,
    );
  });
});

describe('a link issued for one account', () => {
  const scoped: Handler = (url, headers) =>
    url === '/api/session'
      ? jsonResponse(200, { tenant: TENANT, accountId: 'acc-event' })
      : standard(url, headers);

  it('opens that account, offers no portfolio, and keeps to it when the address asks for more', async () => {
    const { fetch, calls } = service(scoped);
    const { win, doc } = await start('#link=tok&account=acc-event', fetch);
    expect(win.location.hash).toBe('#/accounts/acc-event');
    expect(doc.querySelector('[data-testid="account-title"]')!.textContent).toBe(
      demoSnapshot('acc-event').account.name,
    );
    expect(doc.querySelector('a[href="#/portfolio"]')).toBeNull();
    win.location.hash = '#/portfolio';
    await settle();
    expect(win.location.hash).toBe('#/accounts/acc-event');
    expect(calls.map((c) => c.url)).not.toContain('/api/portfolio');
  });
});

describe('a refused link', () => {
  it.each([
    ['LINK_EXPIRED', 'de', 'Ihr Link ist abgelaufen.', 'erneut über die KAM-Karte'],
    ['LINK_EXPIRED', 'en', 'Your link has expired.', 'again from the KAM card'],
    ['BAD_LINK', 'en', 'This link is not valid.', 'to get a new link'],
  ])('%s says what happened and what to do (%s)', async (code, lang, title, help) => {
    const { fetch } = service(() => errorResponse(401, code, 'server text'));
    const { doc, win } = await start(`#link=old&lang=${lang}`, fetch);
    const main = doc.querySelector('main')!;
    expect(main.querySelector('h1')!.textContent).toBe(title);
    expect(main.textContent).toContain(help);
    expect(doc.querySelector('[data-testid="banner-error"]')).toBeNull();
    expect(win.sessionStorage.getItem(STORE_KEYS.token)).toBeNull();
  });

  it('switches language on the message page too', async () => {
    const { doc } = await start(
      '#link=old&lang=de',
      service(() => errorResponse(401, 'LINK_EXPIRED', 'x')).fetch,
    );
    doc.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]')!.click();
    expect(doc.querySelector('main h1')!.textContent).toBe('Your link has expired.');
    expect(doc.documentElement.lang).toBe('en');
  });
});

describe('without a link', () => {
  const demo: DemoSessionsAnswer = {
    sessions: [
      { tenant: { id: 'hs', name: 'Muster-Portal', crm: 'hubspot', lang: 'de' }, token: 'tok-hs' },
      { tenant: { id: 'sf', name: 'Demo Salesforce', crm: 'salesforce', lang: 'en' }, token: 'tok-sf' },
    ],
  };

  it('takes the demo’s first session and offers to switch tenants', async () => {
    const { fetch, calls } = service((url, headers) =>
      url === '/api/demo/sessions' ? jsonResponse(200, demo) : standard(url, headers),
    );
    const { doc } = await start('', fetch);
    expect(calls[0]!.url).toBe('/api/demo/sessions');
    expect(calls[1]).toMatchObject({ url: '/api/portfolio', headers: { authorization: 'Bearer tok-hs' } });
    const switcher = doc.querySelector<HTMLSelectElement>('[data-testid="demo-tenant"]')!;
    expect([...switcher.options].map((o) => o.textContent)).toEqual([
      'Muster-Portal (HubSpot)',
      'Demo Salesforce',
    ]);
    switcher.value = 'sf';
    switcher.dispatchEvent(new doc.defaultView!.Event('change'));
    await settle();
    expect(calls.at(-1)).toMatchObject({
      url: '/api/portfolio',
      headers: { authorization: 'Bearer tok-sf' },
    });
  });

  it('asks to open the workspace from the CRM when the service is no demo', async () => {
    const { fetch, calls } = service(() => errorResponse(404, 'NOT_FOUND', 'nicht gefunden'));
    const { doc } = await start('', fetch, (win) => win.localStorage.setItem(STORE_KEYS.chosenLang, 'de'));
    expect(calls).toHaveLength(1);
    expect(doc.querySelector('main')!.textContent).toContain(
      'Öffnen Sie den Arbeitsbereich über die KAM-Karte in HubSpot',
    );
    doc.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]')!.click();
    expect(doc.querySelector('main')!.textContent).toContain(
      'Open the workspace from the KAM card in HubSpot',
    );
  });

  it('continues a stored session without asking the demo', async () => {
    const { fetch, calls } = service(standard);
    await start('#/portfolio', fetch, (win) => win.sessionStorage.setItem(STORE_KEYS.token, 'kept'));
    expect(calls.map((c) => c.url)).toEqual(['/api/session', '/api/portfolio']);
    expect(calls[1]!.headers.authorization).toBe('Bearer kept');
  });
});

describe('errors and language', () => {
  it('offers to try again after a network failure and never leaves the page blank', async () => {
    let online = false;
    const { fetch } = service((url, headers) => {
      if (!online) throw new TypeError('Failed to fetch');
      return standard(url, headers);
    });
    const { doc } = await start('#link=t&lang=de', fetch);
    const banner = doc.querySelector('[data-testid="banner-error"]')!;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('Keine Verbindung zum Server');
    expect(doc.querySelector('main')!.textContent).toContain('Die Daten konnten nicht geladen werden.');
    online = true;
    [...banner.querySelectorAll('button')].find((b) => b.textContent === 'Erneut versuchen')!.click();
    await settle();
    expect(doc.querySelector('[data-testid="banner-error"]')).toBeNull();
    expect(doc.querySelector('[data-testid="portfolio-table"]')).not.toBeNull();
  });

  it('shows the service’s message in a banner that can be dismissed', async () => {
    const { fetch } = service(() => errorResponse(400, 'BAD_REQUEST', 'ungültige Anfrage: limit'));
    const { doc } = await start('#link=t&lang=de', fetch);
    const banner = doc.querySelector('[data-testid="banner-error"]')!;
    expect(banner.textContent).toContain('ungültige Anfrage: limit');
    expect([...banner.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['×']);
    banner.querySelector<HTMLButtonElement>('button[aria-label="Hinweis schließen"]')!.click();
    expect(doc.querySelector('[data-testid="banner-error"]')).toBeNull();
  });

  it('switches the language of everything and remembers the choice', async () => {
    const { doc, win } = await start('#link=t&lang=de', service(standard).fetch);
    expect(doc.querySelector('main h1')!.textContent).toBe('Key-Account-Portfolio');
    const toggle = doc.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]')!;
    expect(toggle.getAttribute('aria-label')).toBe('Switch to English');
    toggle.click();
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('main h1')!.textContent).toBe('Key-account portfolio');
    expect(doc.querySelector('[data-testid="portfolio-table"] thead')!.textContent).toContain('Owner');
    expect(win.localStorage.getItem(STORE_KEYS.chosenLang)).toBe('en');
    expect(
      doc.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]')!.getAttribute('aria-label'),
    ).toBe('Auf Deutsch umschalten');
  });
});
