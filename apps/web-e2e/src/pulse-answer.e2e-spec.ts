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

// The answer pages' own text namespace, read from disk like support/texts.ts reads the app's.
type PulseTexts = typeof import('../../web/src/features/pulse-answer/i18n/nl.json');
const pulse = JSON.parse(
  readFileSync(resolve(__dirname, '../../web/src/features/pulse-answer/i18n/nl.json'), 'utf8'),
) as PulseTexts;

/** The seeded survey (libs/server/pulse/src/lib/seed): an open round the demo employee may answer. */
const SURVEY = 'Kwaliteit van werk bij parkeerhandhaving';
const PHONE = 375;
const DESKTOP = 1280;

async function focusedControl(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      name: el?.getAttribute('name') ?? '',
      text: el?.innerText?.trim() ?? '',
    };
  });
}

/**
 * Answers the whole form with the keyboard only: Tab to each question, arrow keys within a
 * scale (the first arrow press from an empty group picks its second value), typing in the open
 * question, and Enter on the send button. Returns how many questions were answered.
 */
async function answerWithKeyboard(page: Page, comment: string): Promise<number> {
  const answered = new Set<string>();
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const f = await focusedControl(page);
    if (f.tag === 'input' && f.type === 'radio' && !answered.has(f.name)) {
      answered.add(f.name);
      // Space picks the focused value; two arrows move it up to the 3rd (a middle answer).
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    } else if (f.tag === 'textarea' && !answered.has('textarea')) {
      answered.add('textarea');
      await page.keyboard.type(comment);
    } else if (f.tag === 'button' && f.text === pulse.form.submit) {
      await page.keyboard.press('Enter');
      return answered.size;
    }
  }
  throw new Error('The send button was not reached with the keyboard');
}

describe('answering a pulse survey (employee)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('answers the open round with the keyboard, sees the thanks, then "already answered", and reaches the privacy section', async () => {
    const page = await newPage(browser, { width: PHONE });
    await signIn(page, 'EMPLOYEE', '/puls');

    // The list: the seeded open round first, not answered yet.
    const open = page.getByRole('region', { name: pulse.list.openTitle });
    const item = open.getByRole('listitem').filter({ hasText: SURVEY });
    await item.waitFor();
    expect(await item.innerText()).toContain(pulse.list.notAnswered);
    expect(await horizontalOverflow(page)).toBe(0);
    await expectNoAxeViolations(page, 'my pulse rounds');
    await saveScreenshot(page, 'pulse-rounds', 'nl', PHONE);
    await page.setViewportSize({ width: DESKTOP, height: 900 });
    await saveScreenshot(page, 'pulse-rounds', 'nl', DESKTOP);
    await page.setViewportSize({ width: PHONE, height: 900 });

    // Open it with the keyboard.
    const answerLink = item.getByRole('link', { name: new RegExp(`^${pulse.list.answer}`) });
    const href = (await answerLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/puls\/[0-9a-f-]{36}$/);
    await answerLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === href);
    await page.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    const promise = page.getByRole('complementary', { name: pulse.form.promiseTitle });
    await promise.waitFor();
    expect(await promise.innerText()).toContain('anoniem');
    expect(await horizontalOverflow(page)).toBe(0);
    await expectNoAxeViolations(page, 'pulse answer form');
    await saveScreenshot(page, 'pulse-answer-form', 'nl', PHONE);
    await page.setViewportSize({ width: DESKTOP, height: 900 });
    await saveScreenshot(page, 'pulse-answer-form', 'nl', DESKTOP);
    await page.setViewportSize({ width: PHONE, height: 900 });

    // Sending nothing: the error summary takes focus and names the required questions.
    await page.getByRole('button', { name: pulse.form.submit }).press('Enter');
    const summary = page.locator('.ins-pulse-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain(pulse.form.errorSummaryTitle);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const missing = await summary.getByRole('listitem').count();
    expect(missing).toBe(7); // six quality-of-work statements and the eNPS question
    expect(await horizontalOverflow(page)).toBe(0);
    await expectNoAxeViolations(page, 'pulse answer form with errors');
    await saveScreenshot(page, 'pulse-answer-errors', 'nl', PHONE);

    // Answer everything with the keyboard (Tab from the summary) and send.
    const answered = await answerWithKeyboard(page, 'Meer tijd voor overleg in het team.');
    expect(answered).toBe(8);
    const thanks = page.getByRole('heading', { name: pulse.states.thanksTitle });
    await thanks.waitFor();
    expect(await thanks.evaluate((el) => el === document.activeElement)).toBe(true);
    const panel = page.locator('.ins-pulse-state');
    expect(await panel.innerText()).toContain(pulse.states.thanksNext);
    await expectNoAxeViolations(page, 'pulse answer: thank you');
    await saveScreenshot(page, 'pulse-answer-thanks', 'nl', PHONE);

    // A second visit: already answered, no form.
    await gotoAndSettle(page, href);
    await page.getByRole('heading', { name: pulse.states.answeredTitle }).waitFor();
    expect(await page.getByRole('button', { name: pulse.form.submit }).count()).toBe(0);
    expect(await page.locator('input[type="radio"]').count()).toBe(0);
    await saveScreenshot(page, 'pulse-answer-answered', 'nl', PHONE);

    // The list says so too.
    await gotoAndSettle(page, '/puls');
    const again = page
      .getByRole('region', { name: pulse.list.openTitle })
      .getByRole('listitem')
      .filter({ hasText: SURVEY });
    await again.getByText(pulse.list.answered, { exact: true }).waitFor();

    // The privacy link leads to the section on pulse surveys.
    await gotoAndSettle(page, href);
    await page.getByRole('link', { name: pulse.form.promiseLink }).click();
    await page.waitForURL((u) => u.pathname === '/privacy' && u.hash === '#pulsmetingen');
    const section = page.locator('#pulsmetingen');
    await section.getByRole('heading', { name: pulse.privacy.title }).waitFor();
    await page.waitForFunction(() => {
      const top = document.getElementById('pulsmetingen')?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight / 2;
    });
    expect(await section.innerText()).toContain(pulse.privacy.items.nobody.title);
    await expectNoAxeViolations(page, 'privacy page, pulse section');
    await saveScreenshot(page, 'privacy-pulse', 'nl', PHONE);
    await page.context().close();
  }, 240_000);

  it('shows survey owners who were not asked a preview without a send button', async () => {
    // The admin (Team ICT-beheer) is outside the seeded survey's audience but may manage it.
    const employee = await newPage(browser, { width: DESKTOP });
    await signIn(employee, 'EMPLOYEE', '/puls');
    const item = employee
      .getByRole('region', { name: pulse.list.openTitle })
      .getByRole('listitem')
      .filter({ hasText: SURVEY });
    await item.waitFor();
    const href = (await item.getByRole('link').first().getAttribute('href')) ?? '';
    await employee.context().close();

    const admin = await newPage(browser, { width: DESKTOP });
    await signIn(admin, 'ADMIN', href);
    await admin.getByText(pulse.preview.text).waitFor();
    expect(await admin.locator('input[type="radio"]').count()).toBeGreaterThan(0);
    expect(await admin.getByRole('button', { name: pulse.form.submit }).count()).toBe(0);
    await expectNoAxeViolations(admin, 'pulse answer preview');
    await saveScreenshot(admin, 'pulse-answer-preview', 'nl', DESKTOP);
    await admin.context().close();
  }, 120_000);
});
