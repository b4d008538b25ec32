// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
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
      text: element?.innerText.trim().replace(/\s+/g, ' ') ?? '',
      pressed: element?.getAttribute('aria-pressed') ?? null,
      expanded: element?.getAttribute('aria-expanded') ?? null,
      outlineVisible:
        !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      top: element?.getBoundingClientRect().top ?? -1,
    };
  });
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
      await gotoAndSettle(page, '/');
      await page.keyboard.press('Tab');
      const skip = await focused(page);
      expect(skip).toMatchObject({ tag: 'a', text: nl.skipLink, outlineVisible: true });
      expect(skip.top).toBeGreaterThanOrEqual(0); // shown on focus, not off screen
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main' });
      expect(new URL(page.url()).pathname).toBe('/');
    } finally {
      await page.context().close();
    }
  });

  it('tabs through the header and navigation, and follows a link', async () => {
    const page = await newPage(browser, { language: 'nl' });
    try {
      await gotoAndSettle(page, '/');
      const stops: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        await page.keyboard.press('Tab');
        const current = await focused(page);
        expect(current.outlineVisible).toBe(true);
        stops.push(current.text);
      }
      expect(stops[0]).toBe(nl.skipLink);
      expect(stops.slice(2)).toEqual([
        `NL ${nl.language.nl}`,
        `EN ${nl.language.en}`,
        nl.nav.home,
        nl.nav.status,
      ]);

      await page.keyboard.press('Enter');
      await page.waitForURL('**/status');
      await page.locator('main h1', { hasText: nl.status.title }).waitFor();
      expect((await focused(page)).tag).toBe('main');
    } finally {
      await page.context().close();
    }
  });

  it('switches the language with the keyboard', async () => {
    const page = await newPage(browser, { language: 'nl' });
    try {
      await gotoAndSettle(page, '/');
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ text: `EN ${nl.language.en}`, pressed: 'false' });
      await page.keyboard.press('Enter');

      await page.locator('main h1', { hasText: en.home.welcome.split('{{')[0].trim() }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('nav a').allInnerTexts()).toEqual([en.nav.home, en.nav.status]);
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
      await gotoAndSettle(page, '/');
      expect(await page.locator('nav a').first().isVisible()).toBe(false);
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'button', expanded: 'false' });
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ expanded: 'true' });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: nl.nav.home });
      await expectNoAxeViolations(page, '/ with the mobile menu open');

      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.locator('main h1', { hasText: nl.status.title }).waitFor();
      // Choosing a page closes the menu again.
      expect(await page.locator('nav a').first().isVisible()).toBe(false);
    } finally {
      await page.context().close();
    }
  });
});
