// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, LANGUAGES, launchBrowser, newPage, WIDTHS } from './support/browser';
import { saveScreenshot } from './support/screenshot';
import { TEXTS } from './support/texts';

type Texts = (typeof TEXTS)['nl'];

const texts = TEXTS;

/** Every page with the start of its main heading, per language. */
const PAGES = [
  { name: 'home', path: '/', heading: (t: Texts) => t.home.welcome.split('{{')[0] },
  { name: 'status', path: '/status', heading: (t: Texts) => t.status.title },
  { name: 'privacy', path: '/privacy', heading: (t: Texts) => t.privacy.title },
  {
    name: 'toegankelijkheid',
    path: '/toegankelijkheid',
    heading: (t: Texts) => t.accessibility.title,
  },
  {
    name: 'not-found',
    path: '/deze-pagina-bestaat-niet',
    heading: (t: Texts) => t.notFound.title,
  },
];

const cases = LANGUAGES.flatMap((language) =>
  WIDTHS.flatMap((width) => PAGES.map((page) => ({ ...page, language, width }))),
);

describe('every page in every language and width', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases)(
    '$name in $language at $width px',
    async ({ name, path, heading, language, width }) => {
      const page = await newPage(browser, { language, width });
      try {
        await gotoAndSettle(page, path);
        const t = texts[language];

        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        expect(await page.locator('main h1').first().innerText()).toContain(heading(t).trim());
        await expect(page.title()).resolves.toContain('Inspraak');
        // Landmarks and the organisation name from the API.
        expect(await page.locator('header').count()).toBe(1);
        expect(await page.locator('footer').count()).toBe(1);
        expect((await page.locator('.ins-brand__title').innerText()).trim()).not.toBe('');
        // No load errors shown (the API answered).
        expect(await page.locator('main [role="alert"]').count()).toBe(0);
        if (name === 'home') expect(await page.locator('main ol > li').count()).toBe(5);

        // Nothing wider than the viewport (works at 360 px).
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);

        await saveScreenshot(page, name, language, width);
        await expectNoAxeViolations(page, `${path} (${language}, ${width}px)`);
      } finally {
        await page.context().close();
      }
    },
  );
});
