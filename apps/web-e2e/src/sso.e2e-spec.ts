import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { BASE_URL, gotoAndSettle, launchBrowser, newPage } from './support/browser';

// scripts/e2e.mjs starts a real OpenID provider (oidc-provider) next to the platform and
// configures the platform for it; its development login page accepts these account names.
const PROVIDER_NAME = 'Test-IdP';

async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').waitFor();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  // Consent screen of the provider.
  await page.locator('button[type="submit"]').waitFor();
  await page.locator('button[type="submit"]').click();
}

describe('single sign-on with the organisation account', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs an existing employee in through the OpenID provider and returns to the page asked for', async () => {
    const page = await newPage(browser);
    try {
      await gotoAndSettle(page, '/profiel');
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      const button = page.locator('main a[href*="/api/auth/oidc/start"]');
      expect(await button.innerText()).toContain(PROVIDER_NAME);
      await expectNoAxeViolations(page, '/inloggen with single sign-on');

      await button.click();
      await page.waitForURL((u) => u.origin !== BASE_URL);
      await signInAtProvider(page, 'eva.sso');

      await page.waitForURL((u) => u.origin === BASE_URL && u.pathname === '/profiel');
      await page.locator('.ins-user-menu__button').waitFor();
      expect(await page.locator('.ins-user-menu__button').innerText()).toContain('Eva Medewerker');
    } finally {
      await page.context().close();
    }
  });

  it('creates the account of a new colleague just in time', async () => {
    const page = await newPage(browser);
    try {
      await gotoAndSettle(page, '/inloggen');
      await page.locator('main a[href*="/api/auth/oidc/start"]').click();
      await page.waitForURL((u) => u.origin !== BASE_URL);
      await signInAtProvider(page, 'sam.sso');
      await page.waitForURL((u) => u.origin === BASE_URL && !u.pathname.startsWith('/inloggen'));
      await page.locator('.ins-user-menu__button').waitFor();
      expect(await page.locator('.ins-user-menu__button').innerText()).toContain('Sam Nieuw');
    } finally {
      await page.context().close();
    }
  });
});
