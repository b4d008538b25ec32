// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { signIn, ROLES, type Role } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, LANGUAGES, launchBrowser, newPage, WIDTHS } from './support/browser';
import { saveScreenshot } from './support/screenshot';
import { TEXTS } from './support/texts';

type Texts = (typeof TEXTS)['nl'];

const texts = TEXTS;

interface PageCase {
  name: string;
  path: string;
  heading: (t: Texts) => string;
}

/** Pages anyone may open, with the start of their main heading. */
const PUBLIC_PAGES: PageCase[] = [
  { name: 'sign-in', path: '/inloggen', heading: (t) => t.signIn.title },
  { name: 'status', path: '/status', heading: (t) => t.status.title },
  { name: 'privacy', path: '/privacy', heading: (t) => t.privacy.title },
  { name: 'toegankelijkheid', path: '/toegankelijkheid', heading: (t) => t.accessibility.title },
  { name: 'not-found', path: '/deze-pagina-bestaat-niet', heading: (t) => t.notFound.title },
  { name: 'forgot-password', path: '/wachtwoord-vergeten', heading: (t) => t.forgotPassword.title },
  {
    name: 'reset-password',
    path: '/wachtwoord-herstellen/voorbeeld',
    heading: (t) => t.resetPassword.title,
  },
  { name: 'invitation', path: '/uitnodiging/voorbeeld', heading: (t) => t.invitation.title },
  {
    name: 'unsubscribe',
    path: '/afmelden?token=voorbeeld',
    heading: (t) => t.notifications.unsubscribe.title,
  },
];

const SIGNED_IN_PAGES: PageCase[] = [
  { name: 'home', path: '/', heading: (t) => t.home.welcome.split('{{')[0] },
  { name: 'profile', path: '/profiel', heading: (t) => t.profile.title },
  { name: 'trajectories', path: '/trajecten', heading: (t) => t.trajectories.title },
  { name: 'notifications', path: '/meldingen', heading: (t) => t.notifications.title },
  {
    name: 'notification-settings',
    path: '/profiel/meldingen',
    heading: (t) => t.notifications.preferences.title,
  },
  { name: 'board', path: '/jij-zei-wij-deden', heading: (t) => t.feedback.board.title },
];

/** The feedback inbox and its templates (moderators; trajectory teams through their trajectory). */
const FEEDBACK_PAGES: PageCase[] = [
  { name: 'feedback-inbox', path: '/terugkoppeling', heading: (t) => t.feedback.inbox.title },
  {
    name: 'feedback-templates',
    path: '/terugkoppeling/sjablonen',
    heading: (t) => t.feedback.templates.title,
  },
];

const ADMIN_PAGES: PageCase[] = [
  { name: 'admin-users', path: '/beheer/gebruikers', heading: (t) => t.users.title },
  { name: 'admin-org-units', path: '/beheer/eenheden', heading: (t) => t.orgUnits.title },
  { name: 'admin-audit', path: '/beheer/auditlog', heading: (t) => t.audit.title },
  { name: 'admin-import', path: '/beheer/import', heading: (t) => t.userImport.title },
  { name: 'admin-mailbox', path: '/beheer/mailbox', heading: (t) => t.mailbox.title },
];

/** What each role may see; the rest answers "not found". */
const PAGES_BY_ROLE: Record<Role, PageCase[]> = {
  EMPLOYEE: SIGNED_IN_PAGES,
  MODERATOR: [...SIGNED_IN_PAGES, ...FEEDBACK_PAGES],
  MANAGER: SIGNED_IN_PAGES,
  ADMIN: [...SIGNED_IN_PAGES, ...FEEDBACK_PAGES, ...ADMIN_PAGES],
};

async function checkPage(
  page: Page,
  { name, path, heading }: PageCase,
  language: 'nl' | 'en',
  width: number,
  shotName = name,
) {
  const t = texts[language];
  expect(await page.locator('html').getAttribute('lang')).toBe(language);
  expect(await page.locator('main h1').first().innerText()).toContain(heading(t).trim());
  await expect(page.title()).resolves.toContain('Inspraak');
  expect(await page.locator('header').count()).toBe(1);
  expect(await page.locator('footer').count()).toBe(1);
  expect((await page.locator('.ins-brand__title').innerText()).trim()).not.toBe('');
  // No load errors shown (the API answered).
  expect(await page.locator('main [role="alert"]').count()).toBe(0);
  if (name === 'home') expect(await page.locator('main ol > li').count()).toBe(5);
  // Nothing wider than the viewport (works at 360 px; tables scroll inside their container).
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, shotName, language, width);
  await expectNoAxeViolations(page, `${path} (${language}, ${width}px)`);
}

describe('every page in every language and width', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const publicCases = LANGUAGES.flatMap((language) =>
    WIDTHS.flatMap((width) => PUBLIC_PAGES.map((page) => ({ ...page, language, width }))),
  );

  it.each(publicCases)('public $name in $language at $width px', async (pageCase) => {
    const page = await newPage(browser, pageCase);
    try {
      await gotoAndSettle(page, pageCase.path);
      await checkPage(page, pageCase, pageCase.language, pageCase.width);
    } finally {
      await page.context().close();
    }
  });

  // A role's case signs in once and checks all its pages (each with axe and a screenshot):
  // about 3 s a page on a quiet 2-vCPU machine. The timeout only catches a hang, so it grows
  // with the number of pages instead of cutting off the administrator's 13 on a busy machine.
  const roleCaseTimeout =
    20_000 + Math.max(...ROLES.map((role) => PAGES_BY_ROLE[role].length)) * 8_000;

  const roleCases = ROLES.flatMap((role) =>
    LANGUAGES.flatMap((language) => WIDTHS.map((width) => ({ role, language, width }))),
  );

  it.each(roleCases)(
    '$role sees their pages in $language at $width px',
    async ({ role, language, width }) => {
      const page = await newPage(browser, { language, width });
      try {
        await signIn(page, role);
        for (const pageCase of PAGES_BY_ROLE[role]) {
          await gotoAndSettle(page, pageCase.path);
          const shot =
            pageCase.name === 'home' || pageCase.name === 'profile'
              ? `${pageCase.name}-${role.toLowerCase()}`
              : pageCase.name;
          await checkPage(page, pageCase, language, width, shot);
        }
        // The navigation offers exactly what the role may use.
        const t = texts[language];
        const everyone = [
          t.nav.home,
          t.nav.trajectories,
          t.nav.challenges,
          t.nav.pulse,
          t.nav.board,
        ];
        const expected =
          role === 'ADMIN'
            ? [...everyone, t.nav.feedback, t.nav.moderation, t.nav.admin]
            : role === 'MODERATOR'
              ? [...everyone, t.nav.feedback, t.nav.moderation]
              : everyone;
        if (width >= 768) {
          expect(await page.locator('nav[aria-label] .ins-nav-link').allInnerTexts()).toEqual(
            expected,
          );
        }
        if (role !== 'ADMIN') {
          await gotoAndSettle(page, '/beheer/gebruikers');
          expect(await page.locator('main h1').innerText()).toBe(t.notFound.title);
        }
      } finally {
        await page.context().close();
      }
    },
    roleCaseTimeout,
  );
});
