/**
 * Headless chromium (Debian's, driven by playwright-core) for the workspace's browser suites, with
 * every console error and page error collected, and screenshots written as test artefacts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

const EXECUTABLE = process.env['KAM_CHROMIUM'] ?? '/usr/bin/chromium';

/** Where screenshots go: `artifacts/screenshots` (CI keeps it), or `KAM_SCREENSHOT_DIR` (docs/). */
export const SCREENSHOT_DIR = process.env['KAM_SCREENSHOT_DIR'] ?? join('artifacts', 'screenshots');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(EXECUTABLE))
    throw new Error(
      `chromium not found at ${EXECUTABLE}: apt-get install -y chromium (or set KAM_CHROMIUM to its path)`,
    );
  return chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors and uncaught page errors so far. */
  readonly errors: string[];
}

export async function watchedPage(
  browser: Browser,
  o: { width?: number; height?: number; locale?: string } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: o.width ?? 1280, height: o.height ?? 900 },
    locale: o.locale ?? 'en-GB',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
