import type { Browser } from 'playwright-core';
import { DEMO_ACCOUNTS, signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
import { saveScreenshot } from './support/screenshot';
import { TEXTS } from './support/texts';

const { nl } = TEXTS;

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends a signed-out visitor to sign-in and back to the page they asked for', async () => {
    const page = await newPage(browser);
    try {
      await gotoAndSettle(page, '/profiel');
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      expect(new URL(page.url()).searchParams.get('terug')).toBe('/profiel');
      // Embedded mode: the demo logins are listed.
      expect(await page.locator('main').innerText()).toContain(DEMO_ACCOUNTS.ADMIN.email);
      await signIn(page, 'MANAGER', '/profiel');
      expect(await page.locator('main h1').innerText()).toBe(nl.profile.title);
    } finally {
      await page.context().close();
    }
  });

  it('explains wrong credentials and a lockout, with the messages announced', async () => {
    const page = await newPage(browser);
    try {
      await gotoAndSettle(page, '/inloggen');
      // An address of its own, so the lockout does not touch the demo accounts.
      await page.locator('input[name="email"]').fill('niemand@voorbeeld.nl');
      await page.locator('input[name="password"]').fill('fout-wachtwoord');
      await page.locator('main form button[type="submit"]').click();
      const alert = page.locator('main [role="alert"]');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(nl.signIn.problems.wrongCredentials.title);
      await saveScreenshot(page, 'sign-in-wrong-credentials', 'nl', 1280);
      await expectNoAxeViolations(page, '/inloggen with an error');

      for (let attempt = 0; attempt < 6; attempt += 1) {
        await page.locator('main form button[type="submit"]').click();
        await page.waitForLoadState('networkidle');
        if ((await alert.innerText()).includes(nl.signIn.problems.lockedOut.title)) break;
      }
      expect(await alert.innerText()).toContain(nl.signIn.problems.lockedOut.title);
    } finally {
      await page.context().close();
    }
  });

  it('shows field errors next to empty fields', async () => {
    const page = await newPage(browser, { width: 360 });
    try {
      await gotoAndSettle(page, '/inloggen');
      await page.locator('main form button[type="submit"]').click();
      const email = page.locator('input[name="email"]');
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('main .utrecht-form-field-error-message').count()).toBe(2);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
      await saveScreenshot(page, 'sign-in-field-errors', 'nl', 360);
      await expectNoAxeViolations(page, '/inloggen with field errors');
    } finally {
      await page.context().close();
    }
  });
});
