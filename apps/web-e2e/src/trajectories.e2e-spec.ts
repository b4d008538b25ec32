// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
import { TEXTS } from './support/texts';
import { fillDialog, openTab } from './trajectories-support';

const nl = TEXTS.nl;
const tr = nl.trajectories;

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function changePhase(page: Page, to: string) {
  await openTab(page, tr.workspace.tabs.overview);
  await page.getByRole('button', { name: tr.changePhase.open, exact: true }).click();
  await fillDialog(page, { [tr.changePhase.to]: to }, tr.changePhase.submit);
}

describe('trajectories', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('walks an innovation manager from a new trajectory in phase 1 to phase 3', async () => {
    const page = await newPage(browser, { language: 'nl' });
    await signIn(page, 'MODERATOR', '/trajecten');
    await expectNoAxeViolations(page, '/trajecten');

    await page.getByRole('link', { name: tr.create, exact: true }).click();
    await page.getByLabel(tr.form.title, { exact: true }).fill('Slim plannen van routes');
    await page
      .getByLabel(tr.form.problemStatement, { exact: true })
      .fill('Routes beginnen altijd op dezelfde plek.');
    await page.getByLabel(tr.form.goals, { exact: true }).fill('Meer gebied, minder agressie.');
    await page.getByRole('button', { name: tr.form.submit, exact: true }).click();
    await page.waitForURL(/\/trajecten\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Slim plannen van routes' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[aria-current="step"]').innerText()).toContain(tr.phases.PREPARE);
    await expectNoAxeViolations(page, 'workspace overview');

    // Leaving phase 1 needs a mandate and a decision rule.
    await openTab(page, tr.workspace.tabs.mandate);
    await page.getByRole('button', { name: tr.mandate.record, exact: true }).click();
    await fillDialog(
      page,
      {
        [tr.mandate.budget]: '25000',
        [tr.mandate.deadline]: '2027-06-30',
        [tr.mandate.decisionSpace]: 'Keuze van de routeplanner en de pilotopzet.',
      },
      nl.common.save,
    );
    expect(await page.getByText('Keuze van de routeplanner en de pilotopzet.').count()).toBe(1);
    await expectNoAxeViolations(page, 'workspace mandate');

    await openTab(page, tr.workspace.tabs.rules);
    await page.getByRole('button', { name: tr.rules.add, exact: true }).click();
    await fillDialog(
      page,
      {
        [tr.rules.topic]: 'Keuze van de oplossing',
        [tr.rules.decidedBy]: 'Stuurgroep',
        [tr.rules.level]: 'CO_DECIDE',
      },
      tr.rules.add,
    );
    await page.getByRole('rowheader', { name: 'Keuze van de oplossing' }).waitFor();
    await expectNoAxeViolations(page, 'workspace rules');

    await changePhase(page, 'GENERATE');
    expect(await page.locator('[aria-current="step"]').innerText()).toContain(tr.phases.GENERATE);
    await changePhase(page, 'SELECT');
    expect(await page.locator('[aria-current="step"]').innerText()).toContain(tr.phases.SELECT);
    // The history lists the start and both moves.
    expect(
      await page.getByRole('table', { name: tr.overview.historyLabel }).locator('tbody tr').count(),
    ).toBe(3);

    await openTab(page, tr.workspace.tabs.stakeholders);
    await page.getByRole('button', { name: tr.stakeholders.add, exact: true }).click();
    await fillDialog(
      page,
      {
        [tr.stakeholders.name]: 'Handhavers',
        [tr.stakeholders.influence]: '4',
        [tr.stakeholders.stance]: '-1',
      },
      tr.stakeholders.add,
    );
    await page
      .getByRole('table', { name: tr.stakeholders.tableLabel, exact: true })
      .getByRole('rowheader', { name: 'Handhavers' })
      .waitFor();
    await expectNoAxeViolations(page, 'workspace stakeholders');

    await openTab(page, tr.workspace.tabs.impact);
    await page.getByRole('button', { name: tr.impact.addOption, exact: true }).click();
    await fillDialog(page, { [tr.impact.optionTitle]: 'Routeplanner' }, tr.impact.addOption);
    await page.getByRole('heading', { name: 'Routeplanner' }).waitFor();
    await page
      .getByRole('button', { name: tr.impact.setEffectFor.replace('{{title}}', 'Routeplanner') })
      .click();
    await fillDialog(
      page,
      {
        [tr.impact.aspect]: 'WORKING_CONDITIONS',
        [tr.impact.rating]: '2',
        [tr.impact.explanation]: 'Minder confrontaties op straat.',
      },
      tr.impact.setEffect,
    );
    await page.getByText('Minder confrontaties op straat.').waitFor();
    expect(await page.getByText(tr.impact.ratings['2']).count()).toBe(1);
    await expectNoAxeViolations(page, 'workspace impact');

    await openTab(page, tr.workspace.tabs.health);
    await expectNoAxeViolations(page, 'workspace SIM health');
    await page.context().close();
  });

  it('lets an employee read a seeded trajectory on its public page, also at 360 px', async () => {
    const page = await newPage(browser, { language: 'nl', width: 360 });
    await signIn(page, 'EMPLOYEE', '/trajecten');
    await noHorizontalOverflow(page);
    await expectNoAxeViolations(page, '/trajecten (360px)');

    // A seeded trajectory aimed at her department that she is not on the team of.
    await page
      .getByRole('table', { name: tr.tableLabel })
      .getByRole('link', { name: 'Informatiegestuurde handhaving bij ondergrondse containers' })
      .click();
    await page.getByText(tr.workspace.readOnly).waitFor();
    await page.waitForLoadState('networkidle');
    const tabs = page.getByRole('navigation', { name: tr.workspace.tabsLabel });
    expect(await tabs.getByRole('link').allInnerTexts()).toEqual([
      tr.workspace.tabs.overview,
      tr.workspace.tabs.team,
      tr.workspace.tabs.rules,
      tr.workspace.tabs.criteria,
      tr.workspace.tabs.challenges,
      tr.workspace.tabs.board,
    ]);
    expect(await page.getByRole('button', { name: tr.changePhase.open }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: tr.overview.goals }).count()).toBe(1);
    await noHorizontalOverflow(page);
    await expectNoAxeViolations(page, 'public overview (360px)');

    for (const tab of [
      tr.workspace.tabs.team,
      tr.workspace.tabs.rules,
      tr.workspace.tabs.criteria,
    ]) {
      await openTab(page, tab);
      await noHorizontalOverflow(page);
      await expectNoAxeViolations(page, `public ${tab} (360px)`);
    }
    await page.context().close();
  });

  it('answers a trajectory id that does not exist with "not found"', async () => {
    const page = await newPage(browser, { language: 'nl' });
    await signIn(page, 'EMPLOYEE');
    await gotoAndSettle(page, '/trajecten/00000000-0000-4000-8000-000000000000');
    expect(await page.getByText(tr.workspace.notFound).count()).toBe(1);
    await page.context().close();
  });
});
