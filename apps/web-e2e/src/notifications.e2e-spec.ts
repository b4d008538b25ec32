// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import {
  apiSession,
  eventually,
  gql,
  horizontalOverflow,
  openChallengeWithIdeas,
} from './support/api';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
import { saveScreenshot } from './support/screenshot';
import { TEXTS } from './support/texts';

const notif = TEXTS.nl.notifications;

/** What the focused element is: its tag, text and expanded state. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: element?.innerText?.trim().replace(/\s+/g, ' ') ?? '',
      expanded: element?.getAttribute('aria-expanded') ?? null,
    };
  });
}

/** An idea by the demo employee, answered by the moderator: one notification for her. */
async function answeredIdea(browser: Browser, title: string) {
  const { ideaIds } = await openChallengeWithIdeas(browser, title, [title]);
  const moderator = await apiSession(browser, 'moderator@voorbeeld.nl');
  await gql(
    moderator,
    'mutation($input: RespondToInputInput!) { respondToInput(input: $input) { id } }',
    {
      input: {
        inputId: ideaIds[0],
        status: 'PLANNED',
        text: 'We voeren het in juni in.',
        idempotencyKey: `e2e-${Math.random().toString(36).slice(2, 12)}`,
      },
    },
  );
  await moderator.context().close();
  return ideaIds[0];
}

describe('notifications', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists notifications on their page, filters the unread ones and marks all read', async () => {
    const title = `Parkeerapp ${Date.now() % 1_000_000}`;
    await answeredIdea(browser, title);
    const page = await newPage(browser);
    await signIn(page, 'EMPLOYEE', '/meldingen');
    const link = page.getByRole('link', { name: new RegExp(title) });
    await eventually(async () => {
      if ((await link.count()) > 0) return true;
      await page.reload({ waitUntil: 'networkidle' });
      return false;
    }, 'the notification on /meldingen');
    expect(await link.first().innerText()).toContain(notif.unreadMarker);
    await expectNoAxeViolations(page, '/meldingen');
    await saveScreenshot(page, 'notifications', 'nl', 1280);

    const unreadOnly = page.getByRole('radio', { name: notif.filter.unread, exact: true });
    await unreadOnly.click();
    await page.waitForURL(/filter=ongelezen/);
    await link.first().waitFor();
    await page.getByRole('button', { name: notif.markAllRead, exact: true }).click();
    await page.getByText(notif.allMarkedRead).waitFor();
    await page.getByText(notif.emptyUnread).waitFor();
    await page.getByRole('button', { name: TEXTS.nl.header.notifications, exact: true }).waitFor();

    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('radio', { name: notif.filter.all, exact: true }).click();
    await link.first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, '/meldingen at 360 px');
    await saveScreenshot(page, 'notifications', 'nl', 360);
    await page.context().close();
  });

  it('opens the bell panel with the keyboard and closes it with Escape', async () => {
    const title = `Sleutelkluis ${Date.now() % 1_000_000}`;
    await answeredIdea(browser, title);
    const page = await newPage(browser);
    await signIn(page, 'EMPLOYEE');
    const bell = page.locator('.ins-notification-bell');
    await eventually(async () => {
      if (
        (await bell.innerText()).includes(notif.bell_one.split(',')[0]) &&
        /\d/.test(await bell.innerText())
      )
        return true;
      await page.reload({ waitUntil: 'networkidle' });
      return false;
    }, 'an unread count on the bell');
    await bell.focus();
    await page.keyboard.press('Enter');
    expect((await focused(page)).expanded).toBe('true');
    const panel = page.getByRole('region', { name: notif.title, exact: true });
    await panel
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .waitFor();
    // Tab goes into the panel: "mark all read", then the first notification.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: notif.markAllRead });
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.tag).toBe('a');
    await page.keyboard.press('Escape');
    expect((await focused(page)).expanded).toBe('false');
    expect(await panel.isHidden()).toBe(true);

    // At 360 px the bell sits in the menu with its text.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('button', { name: TEXTS.nl.nav.openMenu }).click();
    await bell.click();
    await panel
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'notification panel in the phone menu');
    await saveScreenshot(page, 'notification-panel', 'nl', 360);
    await page.context().close();
  });

  it('changes the notification settings and keeps them', async () => {
    const page = await newPage(browser);
    await signIn(page, 'EMPLOYEE', '/profiel');
    await page.getByRole('link', { name: TEXTS.nl.profile.notificationsLink, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: notif.preferences.title }).waitFor();
    const merged = page.getByRole('group', { name: notif.types.INPUT_MERGED, exact: true });
    await merged.getByRole('radio', { name: notif.frequencies.DAILY_DIGEST, exact: true }).check();
    await merged.getByRole('checkbox', { name: notif.preferences.inApp, exact: true }).uncheck();
    await expectNoAxeViolations(page, 'notification settings');
    await saveScreenshot(page, 'notification-settings', 'nl', 1280);
    await page.getByRole('button', { name: TEXTS.nl.common.save, exact: true }).click();
    await page.getByText(notif.preferences.saved).waitFor();

    await gotoAndSettle(page, '/profiel/meldingen');
    const again = page.getByRole('group', { name: notif.types.INPUT_MERGED, exact: true });
    expect(
      await again
        .getByRole('radio', { name: notif.frequencies.DAILY_DIGEST, exact: true })
        .isChecked(),
    ).toBe(true);
    expect(
      await again.getByRole('checkbox', { name: notif.preferences.inApp, exact: true }).isChecked(),
    ).toBe(false);

    await page.setViewportSize({ width: 360, height: 800 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'notification settings at 360 px');
    await saveScreenshot(page, 'notification-settings', 'nl', 360);

    // English, then back to the defaults for other tests.
    const employee = await apiSession(browser, 'employee@voorbeeld.nl');
    await gql(
      employee,
      'mutation($input: [NotificationPreferenceInput!]!) { updateNotificationPreferences(input: $input) { type } }',
      { input: [{ type: 'INPUT_MERGED', inApp: true, email: 'IMMEDIATE' }] },
    );
    await employee.context().close();
    await page.context().close();

    const en = await newPage(browser, { language: 'en' });
    await signIn(en, 'EMPLOYEE', '/profiel/meldingen');
    await en
      .getByRole('heading', { level: 1, name: TEXTS.en.notifications.preferences.title })
      .waitFor();
    await expectNoAxeViolations(en, 'notification settings in English');
    await saveScreenshot(en, 'notification-settings', 'en', 1280);
    await en.context().close();
  });
});
