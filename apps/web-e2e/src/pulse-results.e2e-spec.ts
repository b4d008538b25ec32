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
import { TEXTS } from './support/texts';

// The pulse pages' own texts (a lazily loaded namespace, features/pulse/i18n).
const P = JSON.parse(
  readFileSync(resolve(__dirname, '../../web/src/features/pulse/i18n/nl.json'), 'utf8'),
) as typeof import('../../web/src/features/pulse/i18n/nl.json');

/** The demo survey (libs/server/pulse/src/lib/seed): owned by the parking trajectory's owner. */
const SURVEY = 'Kwaliteit van werk bij parkeerhandhaving';
const SHOWN_TEAM = 'Team Data en Informatie';
const HIDDEN_TEAMS = ['Team Toezicht Openbare Ruimte', 'Team Parkeerhandhaving'];

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/{{\s*(\w+)\s*}}/g, (_, key: string) => String(values[key] ?? ''));

/** From the survey list to the closed round's results, as a person clicks. */
async function openClosedRoundResults(page: Page): Promise<string> {
  await gotoAndSettle(page, '/puls/beheer');
  const list = page.getByRole('list', { name: P.surveys.title });
  const card = list.getByRole('listitem', { name: SURVEY });
  await card.waitFor();
  await card.getByRole('link', { name: SURVEY }).click();
  await page.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
  const rounds = page.getByRole('table', { name: P.survey.roundsTable });
  await rounds.waitFor();
  await rounds
    .getByRole('link', { name: new RegExp(`^${P.survey.results}`) })
    .first()
    .click();
  await page.waitForURL((u) => u.pathname.startsWith('/puls/resultaten/'));
  await page.getByRole('region', { name: P.results.wholeAudience, exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  return new URL(page.url()).pathname;
}

describe('pulse survey results (demo moderator)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the seeded survey and its closed round: some units shown, some hidden, CSV export', async () => {
    const page = await newPage(browser);
    await signIn(page, 'MODERATOR', '/puls/beheer');
    await page.getByRole('listitem', { name: SURVEY }).waitFor();
    await expectNoAxeViolations(page, 'pulse survey list');
    await saveScreenshot(page, 'pulse-surveys', 'nl', 1280);

    const resultsPath = await openClosedRoundResults(page);
    const units = page.getByRole('region', { name: P.results.perUnit, exact: true });
    await units.waitFor();

    // Hidden teams: the words and the reason, no numbers, nothing to open.
    expect(await units.getByText(P.results.hidden, { exact: true }).count()).toBeGreaterThanOrEqual(
      HIDDEN_TEAMS.length,
    );
    for (const team of HIDDEN_TEAMS) {
      const unit = units.locator('.ins-pulse-tree__unit', {
        has: page.getByRole('heading', { name: team, exact: true }),
      });
      const text = await unit.innerText();
      expect(text).toContain(P.results.hidden);
      expect(text.replace(/\d+ mensen/, '')).not.toMatch(/\d/);
      expect(await unit.getByRole('button').count()).toBe(0);
    }

    // A shown team opens to its numbers.
    const toggle = units.getByRole('button', { name: SHOWN_TEAM, exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const table = units.getByRole('table', {
      name: fill(P.results.questionsTable, { group: SHOWN_TEAM }),
    });
    await table.waitFor();
    expect(await table.getByRole('img').count()).toBeGreaterThan(0);
    const bar = await table.getByRole('img').first().getAttribute('aria-label');
    expect(bar).toMatch(/^Verdeling: 1: \d+/);
    await expectNoAxeViolations(page, 'pulse results with a unit open');
    await saveScreenshot(page, 'pulse-results', 'nl', 1280);

    // The whole audience shows comments (released at that level in the demo).
    const whole = page.getByRole('region', { name: P.results.wholeAudience, exact: true });
    expect(await whole.innerText()).toContain(P.results.commentsNote);

    // CSV: exactly the shown groups; hidden ones without numbers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: P.results.exportCsv }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^kwaliteit-van-werk-bij-parkeerhandhaving-ronde-1\.csv$/,
    );
    const file = await download.path();
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.startsWith('\uFEFF\uFEFF')).toBe(false);
    expect(csv).toContain(SHOWN_TEAM);
    expect(csv.split(/\r?\n/).length).toBeGreaterThan(5);
    await page.context().close();

    // A phone: the same page fits 375 px.
    const phone = await newPage(browser, { width: 375 });
    await signIn(phone, 'MODERATOR', resultsPath);
    await phone.getByRole('region', { name: P.results.perUnit, exact: true }).waitFor();
    await phone
      .getByRole('region', { name: P.results.perUnit, exact: true })
      .getByRole('button', { name: SHOWN_TEAM, exact: true })
      .click();
    expect(await horizontalOverflow(phone)).toBe(0);
    await saveScreenshot(phone, 'pulse-results', 'nl', 375);
    await gotoAndSettle(phone, '/puls/beheer');
    expect(await horizontalOverflow(phone)).toBe(0);
    await saveScreenshot(phone, 'pulse-surveys', 'nl', 375);
    await phone.context().close();
  });

  it('shows the survey with rounds and trend, and creates a new survey from the quality-of-work template', async () => {
    const page = await newPage(browser);
    await signIn(page, 'MODERATOR', '/puls/beheer');
    await page.getByRole('listitem', { name: SURVEY }).getByRole('link', { name: SURVEY }).click();
    await page.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    await page.getByRole('table', { name: P.trend.perRoundTable }).waitFor();
    expect(
      await page
        .getByRole('table', { name: P.survey.roundsTable })
        .getByText(P.roundStates.OPEN, { exact: true })
        .count(),
    ).toBe(1);
    await expectNoAxeViolations(page, 'pulse survey page');
    await saveScreenshot(page, 'pulse-survey', 'nl', 1280);

    // The trajectory's workspace links back to its surveys (the list narrowed to it).
    await page
      .getByRole('region', { name: P.survey.settings, exact: true })
      .getByRole('link', { name: 'Scanauto en deskcontrole bij parkeerhandhaving' })
      .click();
    await page.waitForURL((u) => /^\/trajecten\/[^/]+$/.test(u.pathname));
    const trajectoryId = new URL(page.url()).pathname.split('/')[2];
    await page
      .getByRole('navigation', { name: TEXTS.nl.trajectories.workspace.tabsLabel })
      .getByRole('link', { name: TEXTS.nl.nav.pulse, exact: true })
      .click();
    await page.waitForURL((u) => u.pathname === '/puls/beheer');
    expect(new URL(page.url()).searchParams.get('traject')).toBe(trajectoryId);
    await page.getByRole('listitem', { name: SURVEY }).waitFor();
    expect(await page.getByLabel(P.surveys.filter, { exact: true }).inputValue()).toBe(
      trajectoryId,
    );

    await gotoAndSettle(page, '/puls/beheer');
    await page.getByRole('link', { name: P.surveys.new }).click();
    await page.getByRole('heading', { level: 1, name: P.form.createTitle }).waitFor();
    await page.waitForLoadState('networkidle');

    // Nothing filled in: the summary lists the problems and links to the fields.
    await page.getByRole('button', { name: P.form.submitCreate }).click();
    const summary = page.getByRole('alert', {
      name: fill(P.form.errorSummary_other, { count: 2 }),
    });
    await summary.waitFor();
    await expectNoAxeViolations(page, 'new pulse survey with errors');
    await saveScreenshot(page, 'pulse-new-errors', 'nl', 1280);

    const title = `Werkdruk scanauto ${Date.now() % 1_000_000}`;
    await page.getByRole('textbox', { name: P.form.title, exact: true }).fill(title);
    const template = page.getByRole('checkbox', { name: 'Kwaliteit van werk', exact: true });
    await template.check();
    // Its questions, in Dutch, behind a disclosure.
    await page
      .getByText(/^Bekijk de \d+ vragen$/)
      .first()
      .click();
    await page
      .getByText('Ik kan zelf bepalen hoe ik mijn werk aanpak.', { exact: false })
      .first()
      .waitFor();
    // Rounds by hand and none yet: no invitations go out from this test.
    await page.getByRole('radio', { name: P.form.rhythmManual }).check();
    await page.getByRole('button', { name: P.form.submitCreate }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(fill(P.form.created, { title })).waitFor();
    const settings = page.getByRole('region', { name: P.survey.settings, exact: true });
    expect(await settings.innerText()).toContain(P.surveys.byHand);
    await page.getByText(/^\d+ vragen$/).click();
    expect(await settings.innerText()).toContain('Ik kan zelf bepalen hoe ik mijn werk aanpak.');
    await saveScreenshot(page, 'pulse-survey-new', 'nl', 1280);

    // And it is in the list.
    await gotoAndSettle(page, '/puls/beheer');
    await page.getByRole('listitem', { name: title }).waitFor();
    await page.context().close();

    // The form on a phone.
    const phone = await newPage(browser, { width: 375 });
    await signIn(phone, 'MODERATOR', '/puls/beheer/nieuw');
    await phone.getByRole('button', { name: P.form.submitCreate }).click();
    await phone
      .getByRole('alert', { name: fill(P.form.errorSummary_other, { count: 2 }) })
      .waitFor();
    expect(await horizontalOverflow(phone)).toBe(0);
    await saveScreenshot(phone, 'pulse-new-errors', 'nl', 375);
    await phone.context().close();
  });
});
