// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
import { apiSession, gql } from './support/api';
import { saveScreenshot } from './support/screenshot';
import { fill, TEXTS } from './support/texts';

const nl = TEXTS.nl;
const ca = nl.challengeAdmin;
const ev = nl.evaluation;

async function createTrajectory(api: Page, title: string): Promise<string> {
  const data = await gql<{ createTrajectory: { id: string } }>(
    api,
    'mutation($input: CreateTrajectoryInput!) { createTrajectory(input: $input) { id } }',
    { input: { title, problemStatement: 'Een probleem om samen op te lossen.' } },
  );
  return data.createTrajectory.id;
}

async function addJuror(api: Page, trajectoryId: string, search: string) {
  const found = await gql<{ trajectoryCandidates: { id: string }[] }>(
    api,
    'query($t: ID!, $s: String!) { trajectoryCandidates(trajectoryId: $t, search: $s) { id } }',
    { t: trajectoryId, s: search },
  );
  await gql(api, 'mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }', {
    input: { trajectoryId, userId: found.trajectoryCandidates[0]?.id, role: 'JURY_MEMBER' },
  });
}

async function createChallenge(api: Page, trajectoryId: string, title: string): Promise<string> {
  const data = await gql<{ createChallenge: { id: string } }>(
    api,
    'mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
    { input: { trajectoryId, title, problemStatement: 'Waar lopen we tegenaan?' } },
  );
  return data.createChallenge.id;
}

async function moveChallenge(api: Page, id: string, to: string) {
  await gql(
    api,
    'mutation($input: ChangeChallengeStateInput!) { changeChallengeState(input: $input) { id } }',
    { input: { id, to } },
  );
}

async function submitIdea(api: Page, challengeId: string, title: string): Promise<string> {
  const data = await gql<{ submitIdea: { id: string } }>(
    api,
    'mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { id } }',
    {
      input: {
        challengeId,
        title,
        description: `Uitwerking van het idee **${title}**.`,
        idempotencyKey: `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
      },
    },
  );
  return data.submitIdea.id;
}

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A challenge in review with two ideas and Eva Medewerker on the jury. */
async function challengeInReview(browser: Browser, label: string) {
  const manager = await apiSession(browser, 'moderator@voorbeeld.nl');
  const trajectoryId = await createTrajectory(manager, `Jurytraject ${label}`);
  await addJuror(manager, trajectoryId, 'employee@');
  const challengeId = await createChallenge(manager, trajectoryId, `Hoe versnellen we ${label}?`);
  await moveChallenge(manager, challengeId, 'OPEN');
  const author = await apiSession(browser, 'handhaver@voorbeeld.nl');
  const strong = await submitIdea(author, challengeId, `Sterk idee ${label}`);
  const weak = await submitIdea(author, challengeId, `Zwak idee ${label}`);
  await moveChallenge(manager, challengeId, 'REVIEW');
  await author.context().close();
  await manager.context().close();
  return { trajectoryId, challengeId, strong, weak };
}

describe('challenge management and jury', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the innovation manager create a challenge with adjusted criteria weights and open it', async () => {
    const api = await apiSession(browser, 'moderator@voorbeeld.nl');
    const trajectoryId = await createTrajectory(api, 'Sneller vergunningen verlenen');
    await api.context().close();

    const page = await newPage(browser);
    await signIn(page, 'MODERATOR', `/trajecten/${trajectoryId}/uitdagingen`);
    await page.getByText(ca.list.empty).waitFor();
    await expectNoAxeViolations(page, 'empty challenge list');
    await page.getByRole('link', { name: ca.list.new, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ca.form.createTitle }).waitFor();
    await page.waitForLoadState('networkidle');

    // The five standard criteria are prefilled with equal weights (20% each).
    const weight = (n: number) =>
      page.getByLabel(fill(ca.criteria.weight, { number: n }), { exact: true });
    expect(await weight(1).inputValue()).toBe('20');
    expect(await page.getByText(fill(ca.criteria.share, { share: 20 })).count()).toBe(5);
    await expectNoAxeViolations(page, 'new challenge form');

    await page
      .getByLabel(ca.form.title, { exact: true })
      .fill('Hoe maken we de vergunningaanvraag eenvoudiger?');
    await page
      .getByLabel(ca.form.problemStatement, { exact: true })
      .fill('Aanvragers haken af op het formulier.');
    // A weight out of range is refused next to its field, and focus goes there.
    await weight(3).fill('0');
    await page.getByRole('button', { name: ca.form.create, exact: true }).click();
    await page.getByText(fill(ca.criteria.problems.WEIGHT_RANGE, { min: 1, max: 100 })).waitFor();
    expect(await weight(3).evaluate((el) => el === document.activeElement)).toBe(true);
    // Feasibility counts double; cost is dropped; the shares follow (20+20+40+20 = 100).
    await weight(3).fill('40');
    await page.getByRole('button', { name: `${ca.criteria.remove} Kosten`, exact: true }).click();
    expect(await page.getByText(fill(ca.criteria.share, { share: 40 })).count()).toBe(1);
    await page.getByRole('button', { name: ca.form.create, exact: true }).click();

    await page.waitForURL(/\/uitdagingen\/[^/]+\/beheer$/);
    await page
      .getByRole('heading', { level: 1, name: 'Hoe maken we de vergunningaanvraag eenvoudiger?' })
      .waitFor();
    await page.waitForLoadState('networkidle');
    expect(await weight(3).inputValue()).toBe('40');
    expect(await page.getByRole('button', { name: `${ca.criteria.remove} Kosten` }).count()).toBe(
      0,
    );
    await expectNoAxeViolations(page, 'manage challenge (draft)');
    await saveScreenshot(page, 'challenge-manage-draft', 'nl', 1280);

    // Opening asks first, then the state is Open.
    await page.getByRole('button', { name: ca.state.steps.open, exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText(ca.state.confirm.open.title).waitFor();
    await expectNoAxeViolations(page, 'open challenge confirmation');
    await confirm.getByRole('button', { name: ca.state.steps.open, exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    await page.locator('.ins-challenge-state').getByText(ca.states.OPEN, { exact: true }).waitFor();
    expect(
      await page.getByRole('button', { name: ca.state.steps.review, exact: true }).count(),
    ).toBe(1);

    // What the API stored.
    const challengeId = /uitdagingen\/([^/]+)\/beheer/.exec(page.url())?.[1] ?? '';
    const stored = await gql<{
      challenge: { state: string; criteria: { nameNl: string; weight: number }[] };
    }>(page, 'query($id: ID!) { challenge(id: $id) { state criteria { nameNl weight } } }', {
      id: challengeId,
    });
    expect(stored.challenge.state).toBe('OPEN');
    expect(stored.challenge.criteria.map((c) => [c.nameNl, c.weight])).toEqual([
      ['Impact op de dienstverlening', 20],
      ['Impact op de kwaliteit van werk', 20],
      ['Haalbaarheid', 40],
      ['Draagvlak onder collega’s', 20],
    ]);

    // The list shows it, also at 360 px without sideways scrolling of the page.
    await page.setViewportSize({ width: 360, height: 800 });
    await gotoAndSettle(page, `/trajecten/${trajectoryId}/uitdagingen`);
    await page
      .getByRole('link', { name: 'Hoe maken we de vergunningaanvraag eenvoudiger?', exact: true })
      .waitFor();
    await noHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'challenge list at 360 px');
    await saveScreenshot(page, 'challenge-list', 'nl', 360);
  });

  it('lets a juror score ideas with the keyboard and the manager rank them, pick a winner and close', async () => {
    const { trajectoryId, challengeId } = await challengeInReview(
      browser,
      `de intake ${Date.now() % 100000}`,
    );

    // The juror (Eva Medewerker, jury member of this trajectory).
    const juror = await newPage(browser);
    await signIn(juror, 'EMPLOYEE', `/trajecten/${trajectoryId}/uitdagingen/${challengeId}/jury`);
    await juror.getByText(fill(ev.scoring.progress, { scored: 0, total: 2 })).waitFor();
    await expectNoAxeViolations(juror, 'jury screen (juror, nothing scored)');
    expect(await juror.getByRole('heading', { name: ev.decisions.rankingTitle }).count()).toBe(0);

    const scoreIdea = async (title: string, score: string) => {
      await juror.getByRole('button', { name: new RegExp(`^${title}`) }).click();
      await juror.getByRole('heading', { level: 2, name: title }).waitFor();
      await juror.waitForLoadState('networkidle');
      // Focus moves to the idea's heading, so keyboard users continue there.
      await juror.waitForFunction(() => document.activeElement?.id === 'jury-idea-title');
      const groups = juror.locator('.ins-jury-criterion');
      const count = await groups.count();
      expect(count).toBe(5);
      for (let i = 0; i < count; i++) {
        // Keyboard: focus the group's first option, then arrow keys move the choice.
        const first = groups.nth(i).locator('input[type="radio"]').first();
        await first.focus();
        await juror.keyboard.press('Space');
        for (let step = 1; step < Number(score); step++) await juror.keyboard.press('ArrowRight');
        expect(await groups.nth(i).locator(`input[value="${score}"]`).isChecked()).toBe(true);
      }
      await juror.getByLabel(ev.scoring.comment, { exact: true }).fill(`Toelichting bij ${title}`);
      await juror.getByRole('button', { name: ev.scoring.save, exact: true }).click();
      await juror.getByText(fill(ev.scoring.saved, { title })).waitFor();
      await juror.waitForLoadState('networkidle');
    };

    // Saving without every criterion says what is missing.
    const strongTitle =
      (await juror.getByRole('button', { name: /^Sterk idee/ }).innerText()).split('\n')[0] ?? '';
    await juror.getByRole('button', { name: /^Sterk idee/ }).click();
    await juror.getByRole('button', { name: ev.scoring.save, exact: true }).waitFor();
    await juror.waitForLoadState('networkidle');
    await juror.getByRole('button', { name: ev.scoring.save, exact: true }).click();
    await juror.locator('.ins-jury-form [role="alert"]').waitFor();
    await expectNoAxeViolations(juror, 'scoring form with missing scores');
    await saveScreenshot(juror, 'jury-scoring', 'nl', 1280);

    await scoreIdea(strongTitle, '5');
    await juror.getByText(fill(ev.scoring.progress, { scored: 1, total: 2 })).waitFor();
    await scoreIdea(
      (await juror.getByRole('button', { name: /^Zwak idee/ }).innerText()).split('\n')[0] ?? '',
      '2',
    );
    await juror.getByText(fill(ev.scoring.progress, { scored: 2, total: 2 })).waitFor();
    await juror.getByText(ev.scoring.allDone).waitFor();

    // At 360 px the list and the form stack; nothing scrolls sideways.
    await juror.setViewportSize({ width: 360, height: 800 });
    await juror.getByRole('button', { name: /^Zwak idee/ }).click();
    await juror.getByRole('button', { name: ev.scoring.save, exact: true }).waitFor();
    await juror.waitForLoadState('networkidle');
    expect(await juror.locator('.ins-jury-criterion input[value="2"]:checked').count()).toBe(5);
    await noHorizontalOverflow(juror);
    await expectNoAxeViolations(juror, 'jury screen at 360 px');
    await saveScreenshot(juror, 'jury-scoring', 'nl', 360);
    await juror.context().close();

    // The manager: progress per juror, the ranking, a winner and the invitation.
    const manager = await newPage(browser);
    await signIn(
      manager,
      'MODERATOR',
      `/trajecten/${trajectoryId}/uitdagingen/${challengeId}/jury`,
    );
    await manager.getByText(ev.decisions.juryComplete).waitFor();
    expect(await manager.locator('.ins-jury-progress__item').innerText()).toContain(
      'Eva Medewerker',
    );
    const ranking = manager.getByRole('table', { name: ev.decisions.rankingLabel });
    const rows = ranking.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain(strongTitle);
    expect(await rows.nth(0).innerText()).toContain('5,0');
    expect(await rows.nth(1).innerText()).toContain('2,0');
    await expectNoAxeViolations(manager, 'jury screen (manager)');

    await rows
      .nth(0)
      .getByRole('button', { name: `${ev.decisions.winner} ${strongTitle}` })
      .click();
    await manager.getByText(fill(ev.decisions.markedWinner, { title: strongTitle })).waitFor();
    await manager.waitForLoadState('networkidle');
    expect(await rows.nth(0).innerText()).toContain(ev.decisions.winnerBadge);
    expect(
      await rows
        .nth(0)
        .getByRole('button', { name: `${ev.decisions.winner} ${strongTitle}` })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await rows
      .nth(0)
      .getByRole('button', { name: `${ev.decisions.invite} ${strongTitle}` })
      .click();
    const invite = manager.getByRole('dialog');
    await invite.getByLabel(ev.decisions.inviteRole, { exact: true }).selectOption('KEY_USER');
    await expectNoAxeViolations(manager, 'invite winner dialog');
    await invite.getByRole('button', { name: ev.decisions.inviteSend, exact: true }).click();
    await invite.waitFor({ state: 'detached' });
    await manager.waitForLoadState('networkidle');
    expect(await rows.nth(0).innerText()).toContain(
      fill(ev.decisions.invitedAs, { role: nl.trajectories.team.roles.KEY_USER }),
    );
    await saveScreenshot(manager, 'jury-ranking', 'nl', 1280);

    // Closing waits until every idea has a response; the disabled button says why.
    await manager.getByRole('link', { name: ev.toManage, exact: true }).click();
    await manager.getByRole('heading', { name: ca.awaiting.title }).waitFor();
    await manager.waitForLoadState('networkidle');
    const close = manager.getByRole('button', { name: ca.state.steps.close, exact: true });
    expect(await close.isDisabled()).toBe(true);
    await manager.getByText(fill(ca.state.closeBlocked_other, { count: 2 })).waitFor();
    expect(await close.getAttribute('aria-describedby')).toBe('close-blocked-reason');
    await expectNoAxeViolations(manager, 'manage challenge in review');
    await saveScreenshot(manager, 'challenge-manage-review', 'nl', 1280);

    const respond = async (title: string) => {
      await manager
        .getByLabel(fill(ca.awaiting.responseLabel, { title }), { exact: true })
        .fill(`We nemen ${title} mee in de pilot.`);
      await manager
        .getByRole('button', { name: `${nl.feedback.respond.publish} ${title}`, exact: true })
        .click();
      await manager.getByText(fill(nl.feedback.respond.published, { title })).waitFor();
      await manager.waitForLoadState('networkidle');
    };
    await respond(strongTitle);
    await manager.getByText(fill(ca.state.closeBlocked_one, { count: 1 })).waitFor();
    expect(await close.isDisabled()).toBe(true);
    const weakTitle = strongTitle.replace('Sterk', 'Zwak');
    await respond(weakTitle);
    await manager.getByText(ca.awaiting.none).waitFor();
    expect(await close.isDisabled()).toBe(false);
    await close.click();
    const confirm = manager.getByRole('alertdialog');
    await confirm.getByRole('button', { name: ca.state.steps.close, exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await manager.waitForLoadState('networkidle');
    await manager
      .locator('.ins-challenge-state')
      .getByText(ca.states.CLOSED, { exact: true })
      .waitFor();
    expect(await manager.getByRole('button', { name: ca.state.steps.close }).count()).toBe(0);
    const winners = await gql<{ challengeWinners: { title: string }[] }>(
      manager,
      'query($id: ID!) { challengeWinners(challengeId: $id) { title } }',
      { id: challengeId },
    );
    expect(winners.challengeWinners.map((w) => w.title)).toEqual([strongTitle]);
    await manager.context().close();
  });

  it('tells people outside the jury and the team that the jury screen is not for them', async () => {
    const { trajectoryId, challengeId } = await challengeInReview(
      browser,
      `toegang ${Date.now() % 100000}`,
    );
    const page = await newPage(browser, { language: 'en' });
    await signIn(page, 'MANAGER', `/trajecten/${trajectoryId}/uitdagingen/${challengeId}/jury`);
    await page
      .getByRole('heading', { level: 1, name: TEXTS.en.challengeAdmin.pages.forbiddenTitle })
      .waitFor();
    await expectNoAxeViolations(page, 'jury screen for an outsider');
    await gotoAndSettle(page, `/trajecten/${trajectoryId}/uitdagingen/${challengeId}/beheer`);
    await page
      .getByRole('heading', { level: 1, name: TEXTS.en.challengeAdmin.pages.forbiddenTitle })
      .waitFor();
  });
});
