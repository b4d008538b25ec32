// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
import { saveScreenshot } from './support/screenshot';
import { TEXTS } from './support/texts';

const { nl, en } = TEXTS;

/** What the focused element is, as a user would describe it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      name: element?.getAttribute('name') ?? '',
      text: element?.innerText?.trim().replace(/\s+/g, ' ') ?? '',
      role: element?.getAttribute('role') ?? '',
      pressed: element?.getAttribute('aria-pressed') ?? null,
      expanded: element?.getAttribute('aria-expanded') ?? null,
      outlineVisible:
        !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      top: element?.getBoundingClientRect().top ?? -1,
    };
  });
}

type Focused = Awaited<ReturnType<typeof focused>>;

/** Presses Tab (or Shift+Tab) until `match` holds; every stop on the way must show focus. */
async function tabUntil(page: Page, match: (f: Focused) => boolean, reverse = false) {
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press(reverse ? 'Shift+Tab' : 'Tab');
    const current = await focused(page);
    // Past the last element focus leaves the page (body) and the next Tab starts at the top.
    if (current.tag !== 'main' && current.tag !== 'body') {
      expect({ ...current, outlineVisible: current.outlineVisible || current.tag }).toMatchObject({
        outlineVisible: true,
      });
    }
    if (match(current)) return current;
  }
  throw new Error('The element was not reached with the keyboard');
}

describe('keyboard use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches the skip link first and moves focus to the main content with Enter', async () => {
    const page = await newPage(browser, { language: 'nl' });
    try {
      await gotoAndSettle(page, '/inloggen');
      await page.keyboard.press('Tab');
      const skip = await focused(page);
      expect(skip).toMatchObject({ tag: 'a', text: nl.skipLink, outlineVisible: true });
      expect(skip.top).toBeGreaterThanOrEqual(0); // shown on focus, not off screen
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main' });
      expect(new URL(page.url()).pathname).toBe('/inloggen');
    } finally {
      await page.context().close();
    }
  });

  it('switches the language with the keyboard', async () => {
    const page = await newPage(browser, { language: 'nl' });
    try {
      await gotoAndSettle(page, '/inloggen');
      const stops: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        await page.keyboard.press('Tab');
        const current = await focused(page);
        expect(current.outlineVisible).toBe(true);
        stops.push(current.name || current.text);
      }
      expect(stops[0]).toBe(nl.skipLink);
      // The browser tests run with single sign-on configured (Test-IdP): its link comes first.
      expect(stops.slice(2)).toEqual([
        `NL ${nl.language.nl}`,
        `EN ${nl.language.en}`,
        nl.signIn.sso.replace('{{name}}', 'Test-IdP'),
      ]);

      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toMatchObject({ text: `EN ${nl.language.en}`, pressed: 'false' });
      await page.keyboard.press('Enter');
      await page.locator('main h1', { hasText: en.signIn.title }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await focused(page)).toMatchObject({ text: `EN ${en.language.en}`, pressed: 'true' });
      // The choice survives a reload.
      await gotoAndSettle(page, '/status');
      expect(await page.locator('main h1').innerText()).toBe(en.status.title);
    } finally {
      await page.context().close();
    }
  });

  it('opens the mobile menu with the keyboard at 360 px', async () => {
    const page = await newPage(browser, { language: 'nl', width: 360 });
    try {
      await signIn(page, 'EMPLOYEE');
      expect(await page.locator('.ins-nav-link').first().isVisible()).toBe(false);
      const button = await tabUntil(page, (f) => f.expanded !== null);
      expect(button).toMatchObject({ tag: 'button', expanded: 'false' });
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ expanded: 'true' });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: nl.nav.home });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: nl.nav.trajectories });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: nl.nav.challenges });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: nl.nav.pulse });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: nl.nav.board });
      await page.keyboard.press('Tab');
      // The bell: "Meldingen", or "Meldingen, 2 ongelezen" with the count before it.
      expect((await focused(page)).text).toContain(nl.header.notifications);
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toContain(DEMO_ACCOUNTS.EMPLOYEE.name);
      await page.keyboard.press('Enter');
      await saveScreenshot(page, 'mobile-menu-open', 'nl', 360);
      await expectNoAxeViolations(page, '/ with the mobile menu and user menu open');

      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: nl.header.profile });
      await page.keyboard.press('Enter');
      await page.locator('main h1', { hasText: nl.profile.title }).waitFor();
      // Choosing a page closes the menu again.
      expect(await page.locator('.ins-nav-link').first().isVisible()).toBe(false);
    } finally {
      await page.context().close();
    }
  });

  it('walks through the main admin task with the keyboard only', async () => {
    const page = await newPage(browser, { language: 'nl' });
    try {
      // Sign in.
      await gotoAndSettle(page, '/inloggen');
      await tabUntil(page, (f) => f.name === 'email');
      await page.keyboard.type(DEMO_ACCOUNTS.ADMIN.email);
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('password');
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/');
      await page.locator('main h1').waitFor();

      // Open the user menu, then close it with Escape.
      const menu = await tabUntil(
        page,
        (f) => f.tag === 'button' && f.text.includes(DEMO_ACCOUNTS.ADMIN.name),
      );
      expect(menu.expanded).toBe('false');
      await page.keyboard.press('Enter');
      expect((await focused(page)).expanded).toBe('true');
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe(nl.header.profile);
      await page.keyboard.press('Escape');
      expect(await focused(page)).toMatchObject({ expanded: 'false' });

      // Go to the admin pages: the users section opens first.
      await tabUntil(page, (f) => f.text === nl.nav.admin, true);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/beheer/gebruikers');
      await page.locator('main h1', { hasText: nl.users.title }).waitFor();
      await page.locator('main table').waitFor();
      expect((await focused(page)).tag).toBe('main');

      // Create a user in the dialog.
      await tabUntil(page, (f) => f.text === nl.users.create);
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      expect((await focused(page)).tag).toBe('input');
      await page.keyboard.type('Kim Toetsenbord');
      await page.keyboard.press('Tab');
      // Unique per run, so the suite can run again against the same database.
      await page.keyboard.type(`kim.toetsenbord.${Date.now()}@voorbeeld.nl`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown'); // role: the next one after Medewerker
      await expectNoAxeViolations(page, '/beheer/gebruikers with the create dialog');
      await saveScreenshot(page, 'admin-users-create-dialog', 'nl', 1280);
      await tabUntil(page, (f) => f.text === nl.users.form.create);
      await page.keyboard.press('Enter');
      await page.getByText(nl.users.created.replace('{{name}}', 'Kim Toetsenbord')).waitFor();
      // Focus is back on the button that opened the dialog.
      expect((await focused(page)).text).toBe(nl.users.create);

      // Sign out through the user menu.
      await tabUntil(
        page,
        (f) => f.tag === 'button' && f.text.includes(DEMO_ACCOUNTS.ADMIN.name),
        true,
      );
      await page.keyboard.press('Enter');
      await tabUntil(page, (f) => f.text === nl.header.signOut);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/inloggen');
      await page.getByText(nl.auth.signedOut).waitFor();
      expect(await page.locator('.ins-user-menu__button').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});
