// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import { chromium, type Browser, type Page } from 'playwright-core';
import { mockGraphql } from './mock-api';

export const BASE_URL = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3000';
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const WIDTHS = [1280, 360] as const;

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Debian's Chromium (a test tool's own browser download cannot work here). Playwright gives
 * every launch a fresh temporary profile (--user-data-dir) and removes it on close.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface NewPageOptions {
  language?: Language;
  width?: number;
}

/** A page in its own context, with the app's language chosen before any script runs. */
export async function newPage(
  browser: Browser,
  { language = 'nl', width = 1280 }: NewPageOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale: LOCALES[language],
    timezoneId: 'Europe/Amsterdam',
    viewport: { width, height: 900 },
  });
  // Only when nothing is chosen yet, so a switch in the test survives reloads.
  await context.addInitScript((lang) => {
    if (!window.localStorage.getItem('inspraak.language')) {
      window.localStorage.setItem('inspraak.language', lang);
    }
  }, language);
  const page = await context.newPage();
  // Only for working on the UI without the API; CI runs against the real platform.
  if (process.env['E2E_MOCK_API'] === '1') await mockGraphql(page);
  return page;
}

export function url(path: string): string {
  return new URL(path, BASE_URL).href;
}

/** Waits until the page has its heading and no request is pending (GraphQL answered). */
export async function gotoAndSettle(page: Page, path: string): Promise<void> {
  await page.goto(url(path), { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
}
