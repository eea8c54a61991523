import { describe, expect, it } from '@jest/globals';
import { parseRoute } from '../../src/workspace/router.js';
import { parseLink } from '../../src/workspace/link.js';
import { takeSession } from '../../src/workspace/session.js';
import type { KeyValueStore } from '../../src/workspace/storage.js';
import { safeStore, STORE_KEYS } from '../../src/workspace/storage.js';
import { makeDom } from './fixtures.js';

describe('parseLink', () => {
  it('reads token, account, language and compact from the fragment', () => {
    expect(parseLink('#link=abc.def-1&account=12345&lang=en&compact=1')).toEqual({
      token: 'abc.def-1',
      accountId: '12345',
      lang: 'en',
      compact: true,
    });
  });

  it('keeps a plus sign of a token and decodes escapes', () => {
    expect(parseLink('#link=a+b%2Fc%3D&account=acc%2D1')?.token).toBe('a+b/c=');
    expect(parseLink('#link=a+b%2Fc%3D&account=acc%2D1')?.accountId).toBe('acc-1');
  });

  it('leaves out what the link does not say or says wrongly', () => {
    expect(parseLink('#link=tok&lang=fr&compact=0')).toEqual({ token: 'tok', compact: false });
    expect(parseLink('#link=tok&lang=de-AT')?.lang).toBe('de');
  });

  it('is no link without a token', () => {
    expect(parseLink('')).toBeUndefined();
    expect(parseLink('#/portfolio')).toBeUndefined();
    expect(parseLink('#account=1&lang=de')).toBeUndefined();
    expect(parseLink('#link=&account=1')).toBeUndefined();
  });
});

describe('takeSession', () => {
  it('moves the token from the address bar into the session and routes to the account', () => {
    const dom = makeDom('#link=secret-token&account=4711&lang=en&compact=1');
    const win = dom.window;
    const store = safeStore(() => win.sessionStorage);
    const lengthBefore = win.history.length;

    const started = takeSession(win as unknown as Window, store);

    expect(started).toEqual({
      token: 'secret-token',
      linkLang: 'en',
      compact: true,
      hash: '#/accounts/4711',
    });
    expect(win.location.hash).toBe('#/accounts/4711');
    expect(win.location.href).not.toContain('secret-token');
    expect(win.location.pathname).toBe('/workspace/');
    expect(win.history.length).toBe(lengthBefore);
    expect(win.sessionStorage.getItem(STORE_KEYS.token)).toBe('secret-token');
  });

  it('routes a link with a view to that view of the account; an unknown view is left out', () => {
    const win = makeDom('#link=t&account=4711&view=sociogram').window;
    expect(
      takeSession(
        win as unknown as Window,
        safeStore(() => win.sessionStorage),
      ).hash,
    ).toBe('#/accounts/4711?view=sociogram');
    expect(parseRoute(win.location.hash)).toEqual({ page: 'account', accountId: '4711', view: 'sociogram' });
    expect(parseRoute('#/accounts/4711?view=nonsense')).toEqual({ page: 'account', accountId: '4711' });
  });

  it('routes a link without an account to the portfolio', () => {
    const win = makeDom('#link=t1').window;
    const started = takeSession(
      win as unknown as Window,
      safeStore(() => win.sessionStorage),
    );
    expect(started.hash).toBe('#/portfolio');
    expect(win.location.hash).toBe('#/portfolio');
    expect(started.compact).toBe(false);
  });

  it('continues the stored session after a reload, on the route in the address bar', () => {
    const win = makeDom('#/accounts/99').window;
    win.sessionStorage.setItem(STORE_KEYS.token, 'stored');
    win.sessionStorage.setItem(STORE_KEYS.sessionLang, 'de');
    win.sessionStorage.setItem(STORE_KEYS.compact, '1');
    const started = takeSession(
      win as unknown as Window,
      safeStore(() => win.sessionStorage),
    );
    expect(started).toEqual({ token: 'stored', linkLang: 'de', compact: true, hash: '#/accounts/99' });
  });

  it('turns an unknown fragment into the portfolio and has no token without a link', () => {
    const win = makeDom('#/nowhere').window;
    const started = takeSession(
      win as unknown as Window,
      safeStore(() => win.sessionStorage),
    );
    expect(started.token).toBeUndefined();
    expect(win.location.hash).toBe('#/portfolio');
  });

  it('keeps the token in memory when the browser blocks storage', () => {
    const win = makeDom('#link=only-in-memory').window;
    const blocked: KeyValueStore = safeStore(() => {
      throw new Error('SecurityError: storage is blocked in this frame');
    });
    const started = takeSession(win as unknown as Window, blocked);
    expect(started.token).toBe('only-in-memory');
    expect(win.location.hash).toBe('#/portfolio');
    expect(blocked.get(STORE_KEYS.token)).toBeUndefined();
  });
});
