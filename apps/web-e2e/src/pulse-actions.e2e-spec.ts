// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { horizontalOverflow } from './support/api';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
import { saveScreenshot } from './support/screenshot';
import { fill, TEXTS } from './support/texts';

// The pulse pages' own texts (a lazily loaded namespace, features/pulse/i18n).
const P = JSON.parse(
  readFileSync(resolve(__dirname, '../../web/src/features/pulse/i18n/nl.json'), 'utf8'),
) as typeof import('../../web/src/features/pulse/i18n/nl.json');
const A = P.actions;
const T = TEXTS.nl;

/** The demo survey and the action the seed published on its closed round (docs/pulse.md). */
const SURVEY = 'Kwaliteit van werk bij parkeerhandhaving';
const SEEDED_ACTION = 'Meer tijd per scanroute tijdens de pilot';

/** From the survey list to the closed round's results, as a person clicks. */
async function openClosedRoundResults(page: Page): Promise<string> {
  await gotoAndSettle(page, '/puls/beheer');
  const card = page.getByRole('listitem', { name: SURVEY });
  await card.getByRole('link', { name: SURVEY }).click();
  await page.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
  await page
    .getByRole('table', { name: P.survey.roundsTable })
    .getByRole('link', { name: new RegExp(`^${P.survey.results}`) })
    .first()
    .click();
  await page.waitForURL((u) => u.pathname.startsWith('/puls/resultaten/'));
  await page.getByRole('region', { name: A.heading, exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  return new URL(page.url()).pathname;
}

/**
 * Full-page screenshots of a scrolled page show the (hidden, fixed) skip link in the middle of
 * the page; start them at the top.
 */
async function screenshotFromTop(page: Page, name: string, width: number): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name, 'nl', width);
}

/** The titles of the listed actions, in order. */
async function actionTitles(page: Page): Promise<string[]> {
  const list = page
    .getByRole('region', { name: A.heading, exact: true })
    .getByRole('list', { name: A.listLabel });
  return list.locator('.ins-pulse-action__title').allInnerTexts();
}

describe('pulse actions: closing the loop on a round’s outcome', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the owner adds an action with the keyboard; the asked employee sees it with the results and on the board', async () => {
    const title = `Vaste planning per team ${Date.now() % 1_000_000}`;
    const description =
      'Jullie gaven aan dat de planning steeds verandert. Elk team krijgt vanaf de volgende maand een vaste planning voor vier weken vooruit.';

    // The demo moderator owns the survey (moderators may manage every trajectory's surveys).
    const page = await newPage(browser);
    await signIn(page, 'MODERATOR', '/puls/beheer');
    const resultsPath = await openClosedRoundResults(page);
    const roundId = resultsPath.split('/').pop()!;
    const region = page.getByRole('region', { name: A.heading, exact: true });
    expect(await actionTitles(page)).toEqual([SEEDED_ACTION]);
    const seeded = region.getByRole('listitem', { name: SEEDED_ACTION });
    expect(await seeded.locator('.ins-pulse-action__status').innerText()).toContain(
      T.feedback.statuses.PLANNED,
    );

    // Open the form with the keyboard: focus lands in the title field.
    const add = region.getByRole('button', { name: A.add, exact: true });
    await add.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: A.form.newTitle });
    await dialog.waitFor();
    const titleField = dialog.getByRole('textbox', { name: A.form.title, exact: true });
    expect(await titleField.evaluate((el) => el === document.activeElement)).toBe(true);

    // Too short, no description: the summary (focused) lists both, tied to the fields.
    await page.keyboard.type('Plan');
    await page.keyboard.press('Enter');
    const summary = dialog.getByRole('alert', {
      name: fill(P.form.errorSummary_other, { count: 2 }),
    });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.innerText()).toContain(`${A.form.title}: ${A.fieldErrors.TOO_SHORT}`);
    expect(await summary.innerText()).toContain(`${A.form.description}: ${A.fieldErrors.REQUIRED}`);
    expect(await titleField.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'pulse action form with errors');
    await saveScreenshot(page, 'pulse-action-form-errors', 'nl', 1280);

    // Follow the summary's first link back to the title, then fill in everything by keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await titleField.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.type(description);
    // Theme: the first theme of the round (quality of work); question: its first one.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    const theme = dialog.getByRole('combobox', { name: A.form.dimension, exact: true });
    expect(await theme.inputValue()).not.toBe('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    const question = dialog.getByRole('combobox', { name: A.form.question, exact: true });
    const questionLabel = await question.locator('option:checked').innerText();
    expect(await question.inputValue()).not.toBe('');
    // Status: from "planned" one down to "in progress".
    await page.keyboard.press('Tab');
    const status = dialog.getByRole('combobox', { name: A.form.status, exact: true });
    expect(await status.inputValue()).toBe('PLANNED');
    await page.keyboard.press('ArrowDown');
    expect(await status.inputValue()).toBe('IN_PROGRESS');
    await page.keyboard.press('Tab');
    const submit = dialog.getByRole('button', { name: A.form.submitCreate, exact: true });
    expect(await submit.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await dialog.waitFor({ state: 'detached' });
    await page.getByText(fill(A.form.created, { title })).waitFor();
    const added = region.getByRole('listitem', { name: title });
    await added.waitFor();
    expect(await actionTitles(page)).toEqual([SEEDED_ACTION, title]);
    const addedText = await added.innerText();
    expect(addedText).toContain(description);
    expect(addedText).toContain(fill(A.aboutQuestion, { text: questionLabel }));
    expect(addedText).toContain(fill(A.publishedBy, { name: 'Mo Moderator', date: '' }).trim());
    expect(await added.locator('.ins-pulse-action__status').innerText()).toContain(
      T.feedback.statuses.IN_PROGRESS,
    );
    await expectNoAxeViolations(page, 'pulse results with actions (owner)');
    await screenshotFromTop(page, 'pulse-actions-owner', 1280);
    await page.context().close();

    // The demo employee was asked by the round: both actions, with the results.
    const employee = await newPage(browser);
    await signIn(employee, 'EMPLOYEE', resultsPath);
    const employeeRegion = employee.getByRole('region', { name: A.heading, exact: true });
    await employeeRegion.getByRole('listitem', { name: title }).waitFor();
    expect(await actionTitles(employee)).toEqual([SEEDED_ACTION, title]);
    expect(await employeeRegion.getByRole('button', { name: A.add }).count()).toBe(0);
    expect(
      await employeeRegion.getByRole('button', { name: new RegExp(`^${A.edit}`) }).count(),
    ).toBe(0);

    // Following it: a toggle button, and the count goes up by one.
    const item = employeeRegion.getByRole('listitem', { name: title });
    const follow = item.getByRole('button', { name: new RegExp(`^${A.follow}`) });
    expect(await follow.getAttribute('aria-pressed')).toBe('false');
    const followers = item.locator('.ins-pulse-action__follow .ins-meta');
    const before = Number((await followers.innerText()).replace(/\D/g, ''));
    await follow.click();
    await item.locator('button.ins-follow-button[aria-pressed="true"]').waitFor();
    const after = before + 1;
    const expected = fill(after === 1 ? A.followers_one : A.followers_other, { count: after });
    await followers.filter({ hasText: new RegExp(`^${expected}$`) }).waitFor();
    await expectNoAxeViolations(employee, 'pulse results with actions (employee)');
    await screenshotFromTop(employee, 'pulse-actions-employee', 1280);

    // ... and on the organisation's board, as an action on a pulse survey, linking back.
    await gotoAndSettle(employee, '/jij-zei-wij-deden');
    const card = employee.getByRole('listitem', { name: title });
    await card.waitFor();
    const cardText = await card.innerText();
    expect(cardText).toContain(T.feedback.kinds.PULSE_ACTION);
    expect(cardText).toContain(T.feedback.statuses.IN_PROGRESS);
    const link = card.getByRole('link', { name: title });
    expect(await link.getAttribute('href')).toBe(`/puls/resultaten/${roundId}`);
    await screenshotFromTop(employee, 'pulse-action-board', 1280);
    await link.click();
    await employee.waitForURL((u) => u.pathname === `/puls/resultaten/${roundId}`);
    await employeeRegion.getByRole('listitem', { name: title }).waitFor();
    await employee.context().close();

    // Phones: the list and the form fit 375 px.
    const phone = await newPage(browser, { width: 375 });
    await signIn(phone, 'MODERATOR', resultsPath);
    const phoneRegion = phone.getByRole('region', { name: A.heading, exact: true });
    await phoneRegion.getByRole('listitem', { name: title }).waitFor();
    expect(await horizontalOverflow(phone)).toBe(0);
    await screenshotFromTop(phone, 'pulse-actions-owner', 375);
    await phoneRegion.getByRole('button', { name: A.add, exact: true }).click();
    const phoneDialog = phone.getByRole('dialog', { name: A.form.newTitle });
    await phoneDialog.getByRole('button', { name: A.form.submitCreate }).click();
    await phoneDialog
      .getByRole('alert', { name: fill(P.form.errorSummary_other, { count: 2 }) })
      .waitFor();
    expect(await horizontalOverflow(phone)).toBe(0);
    await saveScreenshot(phone, 'pulse-action-form-errors', 'nl', 375);
    await phone.context().close();

    const phoneEmployee = await newPage(browser, { width: 375 });
    await signIn(phoneEmployee, 'EMPLOYEE', resultsPath);
    await phoneEmployee
      .getByRole('region', { name: A.heading, exact: true })
      .getByRole('listitem', { name: title })
      .waitFor();
    expect(await horizontalOverflow(phoneEmployee)).toBe(0);
    await screenshotFromTop(phoneEmployee, 'pulse-actions-employee', 375);
    await phoneEmployee.context().close();
  });
});
