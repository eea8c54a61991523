import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import type { FetchLike } from './api.js';
import { ApiError, createApi, demoSessions } from './api.js';
import { appHeader } from './components/app-header.js';
import { showErrorBanner } from './components/banner.js';
import type { Page, PageContext } from './context.js';
import type { DemoSessionsAnswer, TenantInfo } from './contract.js';
import { button, h, replaceChildren } from './dom.js';
import { errorText, isRetryable, linkRefusedText } from './errors.js';
import { chooseLang } from './i18n.js';
import { parseLink } from './link.js';
import { mountAccountPage } from './pages/account.js';
import { showNoticePage } from './pages/notice.js';
import { mountPortfolioPage } from './pages/portfolio.js';
import { accountHash, parseRoute, PORTFOLIO_HASH } from './router.js';
import { forgetToken, replaceHash, takeSession } from './session.js';
import { safeStore, STORE_KEYS } from './storage.js';
import type { WorkspaceViews } from './view-types.js';

/** What the workspace runs on: the browser's window and services, or fakes in tests. */
export interface WorkspaceEnv {
  readonly window: Window;
  /** The element the workspace draws into. */
  readonly root: HTMLElement;
  readonly fetch: FetchLike;
  readonly views: WorkspaceViews;
  now(): Date;
  randomId(): string;
}

export interface Workspace {
  /** Stops listening to the address bar and disposes the page. */
  dispose(): void;
}

type Screen = { readonly kind: 'page' } | { readonly kind: 'notice'; render(container: HTMLElement): void };

function isFramed(win: Window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    return true; // A cross-origin parent that refuses to be compared is a frame too.
  }
}

/** `YYYY-MM-DD` of the person's own calendar. */
function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Starts the workspace: takes the link's token out of the address bar (or, in the demo, a demo
 * session), chooses the language, draws the header and routes `#/portfolio` and `#/accounts/<id>`.
 */
export async function startWorkspace(env: WorkspaceEnv): Promise<Workspace> {
  const win = env.window;
  const doc = env.root.ownerDocument;
  const session = safeStore(() => win.sessionStorage);
  const local = safeStore(() => win.localStorage);
  const start = takeSession(win, session);

  let lang: Lang = chooseLang({
    link: start.linkLang,
    stored: local.get(STORE_KEYS.chosenLang),
    browser: win.navigator.language,
  });
  const compact = start.compact || isFramed(win);
  let token = start.token;
  let tenant: TenantInfo | undefined;
  /** The one account a link issued for an account reaches; undefined for a portfolio link. */
  let scope: string | undefined;
  let demo: DemoSessionsAnswer['sessions'] = [];
  let demoTenantId: string | undefined;
  let page: Page | undefined;
  let screen: Screen = { kind: 'page' };

  const headerHost = h(doc, 'div', { class: 'header-host' });
  const bannerHost = h(doc, 'div', { class: 'banners' });
  const main = h(doc, 'main', { id: 'main', tabindex: -1 });
  replaceChildren(env.root, headerHost, bannerHost, main);
  doc.body.classList.toggle('compact', compact);

  const api = createApi(env.fetch, { token: () => token ?? '', lang: () => lang });

  const ctx: PageContext = {
    api,
    views: env.views,
    lang: () => lang,
    // the person's own calendar day, not UTC's: "done today" just after midnight in Berlin is today
    today: () => localDay(env.now()),
    randomId: env.randomId,
    navigate: (hash) => {
      win.location.hash = hash;
    },
    replaceHash: (hash) => replaceHash(win, hash),
    reportError,
    scopedTo: () => scope,
    showTenant(next) {
      if (tenant?.id === next.id && tenant.name === next.name) return;
      tenant = next;
      renderHeader();
    },
  };

  function renderHeader() {
    doc.documentElement.lang = lang;
    doc.title = tenant ? `${t('workspace.title', lang)} · ${tenant.name}` : t('workspace.title', lang);
    replaceChildren(
      headerHost,
      appHeader(
        doc,
        {
          lang,
          compact,
          tenant,
          demoTenants: demo.map((d) => d.tenant),
          demoTenantId,
          portfolio: scope === undefined,
        },
        { switchLang, switchDemoTenant },
      ),
    );
  }

  function showScreen(next: Screen) {
    page?.dispose();
    page = undefined;
    screen = next;
    if (next.kind === 'notice') {
      replaceChildren(bannerHost);
      next.render(main);
    }
  }

  function reportError(error: unknown, retry?: () => void) {
    if (error instanceof ApiError && error.linkRefused) {
      forgetToken(session);
      token = undefined;
      const code = error.code;
      showScreen({
        kind: 'notice',
        render: (container) => {
          const text = linkRefusedText(code, lang);
          showNoticePage(container, text.title, [text.help]);
        },
      });
      return;
    }
    showErrorBanner(bannerHost, errorText(error, lang), lang, isRetryable(error) ? retry : undefined);
  }

  function route() {
    const link = parseLink(win.location.hash);
    if (link) {
      // A new link opened in this tab: it replaces the session.
      const next = takeSession(win, session);
      token = next.token;
      if (next.linkLang && next.linkLang !== lang) lang = next.linkLang;
      // its reach may differ from the old link's
      void begin();
      return;
    }
    if (!token) return;
    let target = parseRoute(win.location.hash);
    if (scope !== undefined && (target?.page !== 'account' || target.accountId !== scope)) {
      replaceHash(win, accountHash(scope));
      target = parseRoute(win.location.hash);
    }
    if (!target) {
      replaceHash(win, PORTFOLIO_HASH);
      return route();
    }
    showScreen({ kind: 'page' });
    replaceChildren(bannerHost);
    page =
      target.page === 'account'
        ? mountAccountPage(main, ctx, target.accountId, target.view)
        : mountPortfolioPage(main, ctx, target.query);
  }

  function switchLang(next: Lang) {
    lang = next;
    local.set(STORE_KEYS.chosenLang, next);
    session.set(STORE_KEYS.sessionLang, next);
    renderHeader();
    replaceChildren(bannerHost);
    if (screen.kind === 'notice') screen.render(main);
    else page?.rerender();
    headerHost.querySelector<HTMLElement>('[data-testid="lang-switch"]')?.focus();
  }

  function switchDemoTenant(tenantId: string) {
    const chosen = demo.find((d) => d.tenant.id === tenantId);
    if (!chosen) return;
    demoTenantId = tenantId;
    token = chosen.token;
    tenant = chosen.tenant;
    session.set(STORE_KEYS.demoTenant, tenantId);
    renderHeader();
    // Another tenant has other accounts: start at its portfolio.
    replaceHash(win, PORTFOLIO_HASH);
    route();
  }

  /** Without a link: the demo's first session (or the one chosen before), else how to get a link. */
  async function openDemo(): Promise<boolean> {
    let answer: DemoSessionsAnswer | undefined;
    try {
      answer = await demoSessions(env.fetch, lang);
    } catch (error) {
      showScreen({
        kind: 'notice',
        render: (container) =>
          showNoticePage(
            container,
            t('workspace.start.failed', lang),
            [errorText(error, lang)],
            button(doc, t('workspace.action.retry', lang), () => void begin(), { class: 'button' }),
          ),
      });
      return false;
    }
    if (!answer || answer.sessions.length === 0) {
      showScreen({
        kind: 'notice',
        render: (container) =>
          showNoticePage(container, t('workspace.start.noLink', lang), [
            t('workspace.start.openFromCrm', lang),
          ]),
      });
      return false;
    }
    demo = answer.sessions;
    const stored = session.get(STORE_KEYS.demoTenant);
    const chosen = demo.find((d) => d.tenant.id === stored) ?? demo[0]!;
    demoTenantId = chosen.tenant.id;
    token = chosen.token;
    tenant = chosen.tenant;
    return true;
  }

  async function begin() {
    if (!token && !(await openDemo())) {
      renderHeader();
      return;
    }
    if (demo.length === 0) {
      // a link: learn its reach (one account, or the portfolio) before showing anything
      try {
        const answer = await api.session();
        scope = answer.accountId;
        tenant = answer.tenant;
      } catch (error) {
        // a refused link ends here; anything else shows on the page's own load (the service
        // enforces the link's reach either way: this only spares the person a dead end)
        if (error instanceof ApiError && error.linkRefused) {
          renderHeader();
          reportError(error);
          return;
        }
      }
    }
    renderHeader();
    route();
  }

  const onHashChange = () => route();
  win.addEventListener('hashchange', onHashChange);
  renderHeader();
  await begin();
  return {
    dispose() {
      win.removeEventListener('hashchange', onHashChange);
      page?.dispose();
    },
  };
}
