// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import {
  apiSession,
  devMailbox,
  eventually,
  gql,
  horizontalOverflow,
  openChallengeWithIdeas,
} from './support/api';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
import { saveScreenshot } from './support/screenshot';
import { fill, TEXTS } from './support/texts';

const fb = TEXTS.nl.feedback;
const notif = TEXTS.nl.notifications;

const unique = () => `${Date.now() % 1_000_000}`;

/** The status of inputs as the API reports them to the moderator. */
async function statuses(page: Page, ids: readonly string[]) {
  const out: string[] = [];
  for (const id of ids) {
    const { input } = await gql<{ input: { feedback: { status: string } } }>(
      page,
      'query($id: ID!) { input(id: $id) { feedback { status } } }',
      { id },
    );
    out.push(input.feedback.status);
  }
  return out;
}

describe('the feedback loop ("jij zei, wij deden")', () => {
  let browser: Browser;
  /** The unsubscribe link of the mail the author got (the next test uses it). */
  let unsubscribePath: string | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a moderator answers "not adopted" with a reason; the author sees it in the notification centre, on the board and by mail', async () => {
    const title = `Fietsenstalling ${unique()}`;
    const reason =
      'Het budget voor dit jaar is op; we nemen het mee in de begroting van volgend jaar.';
    const { ideaIds, trajectoryId } = await openChallengeWithIdeas(browser, title, [title]);
    const ideaPath = `/ideeen/${ideaIds[0]}`;

    // The moderator answers on the idea page.
    const moderator = await newPage(browser);
    await signIn(moderator, 'MODERATOR', ideaPath);
    const section = moderator.getByRole('region', { name: fb.block.title });
    const form = section.getByRole('form', { name: fill(fb.respond.formLabel, { title }) });
    await form.waitFor();
    expect(await section.innerText()).toContain(fill(fb.block.due, { date: '' }).trim());
    await form.getByLabel(fb.respond.status, { exact: true }).selectOption('NOT_ADOPTED');
    // Not adopted without a reason is refused in the form.
    await form.getByRole('button', { name: fb.respond.publish, exact: true }).click();
    await form.getByText(fb.respond.textRequired).waitFor();
    await expectNoAxeViolations(moderator, 'idea page: answer form with an error');
    await form.getByLabel(fb.respond.text, { exact: true }).fill(reason);
    await form.getByRole('button', { name: fb.respond.publish, exact: true }).click();
    await moderator.getByText(fill(fb.respond.published, { title })).waitFor();
    // The response, and the same text as the newest entry of the history.
    await section.getByText(reason).first().waitFor();
    expect(await section.innerText()).toContain(fb.statuses.NOT_ADOPTED);
    await expectNoAxeViolations(moderator, 'idea page with feedback (moderator)');
    await saveScreenshot(moderator, 'idea-feedback', 'nl', 1280);
    await moderator.context().close();

    // The author hears it in the notification centre (the worker fans out after commit).
    const author = await newPage(browser);
    await signIn(author, 'EMPLOYEE');
    const unreadBell = author.getByRole('button', {
      name: new RegExp(`^${notif.bell_other.replace('{{count}}', '\\d+')}$`),
    });
    await eventually(async () => {
      if ((await unreadBell.count()) > 0) return true;
      await author.reload({ waitUntil: 'networkidle' });
      return false;
    }, 'the unread count on the bell');
    const bell = unreadBell;
    await bell.click();
    const panel = author.getByRole('region', { name: notif.title, exact: true });
    const item = panel.getByRole('link', { name: new RegExp(title) });
    await eventually(async () => (await item.count()) > 0, 'the notification in the panel');
    expect(await item.first().innerText()).toContain(notif.unreadMarker);
    await expectNoAxeViolations(author, 'notification panel open');
    await saveScreenshot(author, 'notification-panel', 'nl', 1280);
    await item.first().click();
    await author.waitForURL((u) => u.pathname === ideaPath);
    const authorSection = author.getByRole('region', { name: fb.block.title });
    await authorSection.getByText(reason).first().waitFor();
    expect(await authorSection.innerText()).toContain(fb.statuses.NOT_ADOPTED);
    // No answer form for the author.
    expect(await authorSection.getByRole('form').count()).toBe(0);

    // ... on the board, organisation-wide and in the trajectory.
    for (const path of ['/jij-zei-wij-deden', `/trajecten/${trajectoryId}/jij-zei-wij-deden`]) {
      await gotoAndSettle(author, `${path}?status=NOT_ADOPTED`);
      const card = author.getByRole('listitem', { name: title });
      await card.waitFor();
      const text = await card.innerText();
      expect(text).toContain(reason);
      expect(text).toContain(fb.statuses.NOT_ADOPTED);
      expect(text.toLowerCase()).toContain(fb.board.youSaid.toLowerCase());
    }
    await expectNoAxeViolations(author, 'trajectory board');
    await saveScreenshot(author, 'board-trajectory', 'nl', 1280);
    await author.context().close();

    // ... and by mail (the dev mailbox in embedded mode), with a per-type unsubscribe link.
    const admin = await apiSession(browser, 'admin@voorbeeld.nl');
    const mail = await eventually(async () => {
      const mails = await devMailbox(admin);
      return mails.find((m) => m.to.includes('employee@voorbeeld.nl') && m.subject.includes(title));
    }, 'the mail to the author');
    expect(mail.text).toContain(reason);
    expect(mail.text).toContain(ideaPath);
    const link = /\/afmelden\?token=[^\s)>\]]+/.exec(mail.text);
    expect(link).not.toBeNull();
    unsubscribePath = link?.[0] ?? null;
    await admin.context().close();
  });

  it('unsubscribes from one type of mail without signing in, and explains a bad link', async () => {
    expect(unsubscribePath).not.toBeNull();
    const page = await newPage(browser);
    await gotoAndSettle(page, unsubscribePath ?? '/afmelden');
    // Opening the page changes nothing yet.
    const employee = await apiSession(browser, 'employee@voorbeeld.nl');
    const preference = async () => {
      const { notificationPreferences } = await gql<{
        notificationPreferences: { type: string; email: string }[];
      }>(employee, '{ notificationPreferences { type email } }');
      return notificationPreferences.find((p) => p.type === 'INPUT_STATUS_CHANGED')?.email;
    };
    expect(await preference()).toBe('IMMEDIATE');
    await expectNoAxeViolations(page, 'unsubscribe page');
    await saveScreenshot(page, 'unsubscribe', 'nl', 1280);
    await page.getByRole('button', { name: notif.unsubscribe.confirm, exact: true }).click();
    await page
      .getByText(fill(notif.unsubscribe.done, { type: notif.types.INPUT_STATUS_CHANGED }))
      .waitFor();
    expect(await preference()).toBe('OFF');
    await expectNoAxeViolations(page, 'unsubscribe page, done');

    await page.setViewportSize({ width: 360, height: 800 });
    await gotoAndSettle(page, '/afmelden?token=kapot.link');
    await page.getByRole('button', { name: notif.unsubscribe.confirm, exact: true }).click();
    await page.getByText(notif.unsubscribe.problems.invalid).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'unsubscribe page with a bad link at 360 px');
    await saveScreenshot(page, 'unsubscribe-invalid', 'nl', 360);

    // Back to the default, so other tests get their mail.
    await gql(
      employee,
      'mutation($input: [NotificationPreferenceInput!]!) { updateNotificationPreferences(input: $input) { type } }',
      { input: [{ type: 'INPUT_STATUS_CHANGED', inApp: true, email: 'IMMEDIATE' }] },
    );
    await employee.context().close();
    await page.context().close();
  });

  it('answers several ideas at once from the inbox, with the keyboard', async () => {
    const label = `Bulk ${unique()}`;
    const titles = ['Koffieautomaat', 'Fietsplan', 'Thuiswerkdag'].map((t) => `${t} ${label}`);
    const { ideaIds, trajectoryId } = await openChallengeWithIdeas(browser, label, titles);
    const page = await newPage(browser);
    await signIn(page, 'MODERATOR', '/terugkoppeling');
    await gotoAndSettle(page, `/terugkoppeling?traject=${trajectoryId}`);
    const table = page.getByRole('table', { name: fb.inbox.tableLabel });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await page.locator('#feedback-inbox-count').innerText()).toContain(
      fill(fb.inbox.count_other, { count: 3 }),
    );
    await expectNoAxeViolations(page, 'feedback inbox');
    await saveScreenshot(page, 'feedback-inbox', 'nl', 1280);

    // Keyboard: select each row with Space, then answer the selection.
    for (const title of titles) {
      const box = table.getByRole('checkbox', { name: fill(fb.inbox.select, { title }) });
      await box.focus();
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
    }
    await page.getByText(fill(fb.inbox.selected_other, { count: 3 })).waitFor();
    await page.getByRole('button', { name: fb.inbox.answerSelected, exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: fill(fb.bulk.title_other, { count: 3 }) });
    await dialog.waitFor();
    await dialog.getByLabel(fb.respond.status, { exact: true }).selectOption('PLANNED');
    await dialog.getByLabel(fb.respond.text, { exact: true }).focus();
    await page.keyboard.type('Dit staat op de planning voor het voorjaar: {titel}.');
    await expectNoAxeViolations(page, 'bulk answer dialog');
    await dialog
      .getByRole('button', { name: fill(fb.bulk.submit_other, { count: 3 }), exact: true })
      .click();
    await dialog.getByText(fill(fb.bulk.finished, { done: 3, failed: 0, total: 3 })).waitFor();
    await dialog.getByRole('button', { name: fb.bulk.backToInbox, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    expect(await statuses(page, ideaIds)).toEqual(['PLANNED', 'PLANNED', 'PLANNED']);

    // The figures for this trajectory: 3 inputs, all answered.
    const metrics = page.getByRole('table', { name: new RegExp(fb.metrics.title) });
    await metrics.waitFor();
    expect(await metrics.locator('tbody tr').first().innerText()).toContain('100%');

    // At 360 px the table scrolls inside its region; the page does not.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'feedback inbox at 360 px');
    await saveScreenshot(page, 'feedback-inbox', 'nl', 360);
    await page.context().close();
  });

  it('answers a large selection as a job with a progress bar', async () => {
    const label = `Groot ${unique()}`;
    const titles = Array.from({ length: 27 }, (_, i) => `Idee ${i + 1} ${label}`);
    const { ideaIds, trajectoryId } = await openChallengeWithIdeas(browser, label, titles);
    const page = await newPage(browser);
    await signIn(page, 'MODERATOR', '/terugkoppeling');
    await gotoAndSettle(page, `/terugkoppeling?traject=${trajectoryId}`);
    await page.getByRole('table', { name: fb.inbox.tableLabel }).waitFor();
    await page
      .getByRole('button', { name: fill(fb.inbox.selectAll_other, { count: 27 }), exact: true })
      .click();
    await page.getByText(fill(fb.inbox.selected_other, { count: 27 })).waitFor();
    await page.getByRole('button', { name: fb.inbox.answerSelected, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel(fb.respond.text, { exact: true })
      .fill('We bekijken alle ideeën in mei.');
    await dialog
      .getByRole('button', { name: fill(fb.bulk.submit_other, { count: 27 }), exact: true })
      .click();
    await dialog.getByLabel(fb.bulk.progressLabel).waitFor();
    await dialog
      .getByText(fill(fb.bulk.finished, { done: 27, failed: 0, total: 27 }))
      .waitFor({ timeout: 60_000 });
    const progress = await dialog.getByLabel(fb.bulk.progressLabel).evaluate((el) => ({
      value: (el as HTMLProgressElement).value,
      max: (el as HTMLProgressElement).max,
    }));
    expect(progress).toEqual({ value: 27, max: 27 });
    expect(new Set(await statuses(page, ideaIds))).toEqual(new Set(['UNDER_CONSIDERATION']));
    await page.context().close();
  });

  it('manages response templates', async () => {
    const page = await newPage(browser);
    await signIn(page, 'MODERATOR', '/terugkoppeling/sjablonen');
    const name = `Bedankt ${unique()}`;
    await page.getByRole('button', { name: fb.templates.new, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: fb.templates.newTitle });
    await dialog.getByLabel(fb.templates.name, { exact: true }).fill(name);
    await dialog.getByLabel(fb.respond.status, { exact: true }).selectOption('UNDER_CONSIDERATION');
    await dialog
      .getByLabel(fb.respond.text, { exact: true })
      .fill('Dank voor ‘{titel}’. We bekijken het in het trajectteam.');
    await expectNoAxeViolations(page, 'template dialog');
    await dialog.getByRole('button', { name: TEXTS.nl.common.save, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2, name }).waitFor();
    await expectNoAxeViolations(page, 'templates page');
    await saveScreenshot(page, 'feedback-templates', 'nl', 1280);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'feedback-templates', 'nl', 360);
    await page.getByRole('button', { name: `${fb.templates.delete} ${name}`, exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: fb.templates.delete }).click();
    await page.getByText(fill(fb.templates.deleted, { title: name })).waitFor();
    await page.context().close();
  });

  it('shows the organisation board to everyone, at 360 px and in English', async () => {
    const page = await newPage(browser, { language: 'en', width: 360 });
    await signIn(page, 'EMPLOYEE', '/jij-zei-wij-deden');
    const en = TEXTS.en.feedback;
    await page.getByRole('heading', { level: 1, name: en.board.title }).waitFor();
    await page.locator('.ins-board-card').first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'board in English at 360 px');
    await saveScreenshot(page, 'board', 'en', 360);
    await page.setViewportSize({ width: 1280, height: 900 });
    await saveScreenshot(page, 'board', 'en', 1280);
    await page.context().close();

    const nl = await newPage(browser, { width: 1280 });
    await signIn(nl, 'EMPLOYEE', '/jij-zei-wij-deden');
    await nl.locator('.ins-board-card').first().waitFor();
    await expectNoAxeViolations(nl, 'board');
    await saveScreenshot(nl, 'board', 'nl', 1280);
    // Employees do not get the inbox: not in the menu, and "no access" on the page.
    expect(await nl.getByRole('link', { name: TEXTS.nl.nav.feedback, exact: true }).count()).toBe(
      0,
    );
    await gotoAndSettle(nl, '/terugkoppeling');
    await nl.getByRole('heading', { level: 1, name: fb.inbox.forbiddenTitle }).waitFor();
    await nl.context().close();
  });
});
