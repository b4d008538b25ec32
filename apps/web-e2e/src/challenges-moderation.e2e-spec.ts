// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
import { apiSession, gql } from './support/api';
import { saveScreenshot } from './support/screenshot';
import { fill, TEXTS } from './support/texts';

const mo = TEXTS.nl.moderation;

/** An open challenge with one idea by Hanna Handhaver, reported by two colleagues. */
async function reportedIdea(browser: Browser, title: string) {
  const manager = await apiSession(browser, 'moderator@voorbeeld.nl');
  const { createTrajectory } = await gql<{ createTrajectory: { id: string } }>(
    manager,
    'mutation($input: CreateTrajectoryInput!) { createTrajectory(input: $input) { id } }',
    { input: { title: `Moderatietraject ${title}`, problemStatement: 'Samen iets oplossen.' } },
  );
  const { createChallenge } = await gql<{ createChallenge: { id: string } }>(
    manager,
    'mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
    {
      input: {
        trajectoryId: createTrajectory.id,
        title: `Vraag bij ${title}`,
        problemStatement: 'Wat kan beter?',
      },
    },
  );
  await gql(
    manager,
    'mutation($input: ChangeChallengeStateInput!) { changeChallengeState(input: $input) { id } }',
    { input: { id: createChallenge.id, to: 'OPEN' } },
  );
  await manager.context().close();
  const author = await apiSession(browser, 'handhaver@voorbeeld.nl');
  const { submitIdea } = await gql<{ submitIdea: { id: string } }>(
    author,
    'mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { id } }',
    {
      input: {
        challengeId: createChallenge.id,
        title,
        description: 'Koop goedkope horloges op example.test — nu met korting!',
        idempotencyKey: `e2e-mod-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
      },
    },
  );
  const report = `mutation($input: ReportContentInput!) { reportContent(input: $input) { contentId } }`;
  for (const [email, reason, text] of [
    ['employee@voorbeeld.nl', 'SPAM', null],
    ['analist@voorbeeld.nl', 'OTHER', 'Reclame voor een webwinkel'],
  ] as const) {
    const reporter = await apiSession(browser, email);
    await gql(reporter, report, {
      input: { kind: 'idea', contentId: submitIdea.id, reason, text },
    });
    await reporter.context().close();
  }
  return { ideaId: submitIdea.id, author };
}

describe('moderator queue', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a moderator hide a reported idea with a reason the author sees, and restore it', async () => {
    const title = `Horlogeaanbieding ${Date.now() % 100000}`;
    const { ideaId, author } = await reportedIdea(browser, title);
    const ideaState = () =>
      gql<{ idea: { hidden: boolean; hiddenReason: string | null } }>(
        author,
        'query($id: ID!) { idea(id: $id) { hidden hiddenReason } }',
        { id: ideaId },
      );

    const page = await newPage(browser);
    await signIn(page, 'MODERATOR', '/moderatie');
    const card = page.locator('.ins-moderation-item').filter({ hasText: title });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain(fill(mo.item.openReports_other, { count: 2 }));
    expect(text).toContain(fill(mo.item.reasonCount_one, { reason: mo.reasons.SPAM, count: 1 }));
    expect(text).toContain(fill(mo.item.reasonCount_one, { reason: mo.reasons.OTHER, count: 1 }));
    expect(text).toContain('Koop goedkope horloges');
    expect(await card.getByRole('link', { name: title }).getAttribute('href')).toContain(ideaId);
    await card.locator('summary').click();
    await card.getByText('Reclame voor een webwinkel', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'moderator queue (open reports)');
    await saveScreenshot(page, 'moderation-queue', 'nl', 1280);

    // Hiding needs a reason; the author sees it.
    await card.getByRole('button', { name: `${mo.actions.hide} ${title}`, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: mo.actions.hide, exact: true }).click();
    await dialog.getByText(TEXTS.nl.fieldErrors.REQUIRED).waitFor();
    await expectNoAxeViolations(page, 'hide dialog with a missing reason');
    const reason = 'Dit is reclame en hoort niet bij deze uitdaging.';
    await dialog.getByLabel(mo.confirm.hide.reason, { exact: true }).fill(reason);
    await dialog.getByRole('button', { name: mo.actions.hide, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(fill(mo.done.hide, { title })).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await card.count()).toBe(0);
    expect(await ideaState()).toEqual({ idea: { hidden: true, hiddenReason: reason } });

    // Handled: under hidden content, with the reason; restoring shows it again.
    // The filter is a radio controlled by the URL: click, then wait for the URL and for the radio
    // to be rendered as checked (React re-renders after the URL changed, so a single look at
    // isChecked() right after the URL can still see the old state). By role: the queue's region
    // carries the same name once the filter applies.
    const hiddenFilter = page.getByRole('radio', { name: mo.filter.HIDDEN, exact: true });
    await hiddenFilter.click();
    await page.waitForURL(/status=verborgen/);
    await page
      .getByRole('radio', { name: mo.filter.HIDDEN, exact: true, checked: true })
      .waitFor({ timeout: 10_000 });
    expect(await hiddenFilter.isChecked()).toBe(true);
    await card.waitFor();
    expect(await card.innerText()).toContain(reason);
    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'hidden content at 360 px');
    await saveScreenshot(page, 'moderation-hidden', 'nl', 360);
    await card.getByRole('button', { name: `${mo.actions.restore} ${title}`, exact: true }).click();
    const restore = page.getByRole('dialog');
    await restore.getByRole('button', { name: mo.actions.restore, exact: true }).click();
    await restore.waitFor({ state: 'detached' });
    await page.getByText(fill(mo.done.restore, { title })).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await card.count()).toBe(0);
    expect((await ideaState()).idea.hidden).toBe(false);
    await author.context().close();
  });

  it('keeps the queue for moderators: an employee gets "not found"', async () => {
    const page = await newPage(browser);
    await signIn(page, 'EMPLOYEE');
    await gotoAndSettle(page, '/moderatie');
    await page.getByRole('heading', { level: 1, name: TEXTS.nl.notFound.title }).waitFor();
    expect(await page.getByRole('link', { name: TEXTS.nl.nav.moderation }).count()).toBe(0);
  });
});
