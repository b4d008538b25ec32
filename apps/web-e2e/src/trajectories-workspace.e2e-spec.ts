// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
import { TEXTS } from './support/texts';
import {
  createTrajectory,
  fill,
  fillDialog,
  fillFields,
  openTab,
  openTrajectory,
  pickPerson,
} from './trajectories-support';

const nl = TEXTS.nl;
const tr = nl.trajectories;
const SCANAUTO = 'Scanauto en deskcontrole bij parkeerhandhaving';

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

const teamTable = (page: Page) =>
  page.getByRole('table', { name: tr.team.tableLabel, exact: true });

describe('trajectory workspace: team, editing, results, valuation and SIM health', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the innovation manager add and remove team members and hand over ownership', async () => {
    const page = await newPage(browser, { language: 'nl' });
    await signIn(page, 'MODERATOR', '/trajecten');
    await createTrajectory(page, 'Teamwerk aan de balie');
    await openTab(page, tr.workspace.tabs.team);

    await page.getByRole('button', { name: tr.team.add, exact: true }).click();
    await pickPerson(page, tr.people.person, 'handhaver', 'Hanna Handhaver');
    await fillFields(page, { [tr.team.columns.role]: 'EXPERT' });
    await expectNoAxeViolations(page, 'add team member dialog');
    await page.getByRole('dialog').getByRole('button', { name: tr.team.add, exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const hanna = teamTable(page).getByRole('row', { name: /Hanna Handhaver/ });
    await hanna.waitFor();
    expect(await hanna.innerText()).toContain(tr.team.roles.EXPERT);
    await expectNoAxeViolations(page, 'team tab with actions');

    // Removing asks first, then the row is gone.
    await hanna.getByRole('button', { name: new RegExp(`^${tr.team.remove}`) }).click();
    const confirm = page.getByRole('alertdialog');
    expect(await confirm.innerText()).toContain(
      fill(tr.team.removeConfirm, { name: 'Hanna Handhaver', role: tr.team.roles.EXPERT }),
    );
    await confirm.getByRole('button', { name: tr.team.remove, exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    expect(
      await teamTable(page)
        .getByRole('row', { name: /Hanna Handhaver/ })
        .count(),
    ).toBe(0);

    // Handing over: without a choice the dialog says what is missing.
    await page.getByRole('button', { name: tr.team.changeOwner, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: tr.team.changeOwner, exact: true }).click();
    await dialog.getByText(tr.fieldErrors.PERSON_REQUIRED).waitFor();
    await pickPerson(page, tr.team.newOwner, 'Priya', 'Priya Projectleider');
    await dialog.getByRole('button', { name: tr.team.changeOwner, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    const owner = teamTable(page).getByRole('row', { name: /Priya Projectleider/ });
    expect(await owner.innerText()).toContain(tr.team.roles.OWNER);
    expect(
      await teamTable(page)
        .getByRole('row', { name: /Mo Moderator/ })
        .count(),
    ).toBe(0);
    // The former owner has no team role left: the trajectory is read-only for them now.
    expect(await page.getByRole('button', { name: tr.team.add }).count()).toBe(0);
    await page.getByText(tr.workspace.readOnly).waitFor();
    await page.context().close();
  });

  it('edits a decision rule with the keyboard, corrects and deletes a decision, and deletes rules', async () => {
    const page = await newPage(browser, { language: 'nl' });
    await signIn(page, 'MODERATOR', '/trajecten');
    await createTrajectory(page, 'Afspraken over roosters');
    await openTab(page, tr.workspace.tabs.rules);
    for (const topic of ['Keuze van de oplossing', 'Keuze van de pilotlocatie']) {
      await page.getByRole('button', { name: tr.rules.add, exact: true }).click();
      await fillDialog(
        page,
        { [tr.rules.topic]: topic, [tr.rules.decidedBy]: 'Stuurgroep' },
        tr.rules.add,
      );
    }

    // Keyboard only: open, change the first field, submit with Enter; focus returns.
    const edit = page.getByRole('button', {
      name: `${tr.common.edit} Keuze van de oplossing`,
      exact: true,
    });
    await edit.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: tr.rules.edit });
    await dialog.waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'Keuze van de oplossing',
    );
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Keuze van de werkwijze');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    await page.getByRole('rowheader', { name: 'Keuze van de werkwijze', exact: true }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Keuze van de oplossing' }).count()).toBe(0);

    // A decision by the first rule: the date is a real date field with its own message.
    await page.getByRole('button', { name: tr.rules.recordDecision, exact: true }).click();
    await fillFields(page, {
      [tr.rules.outcome]: 'Werkwijze B',
      [tr.rules.rationale]: 'Beste uit de waardering.',
      [tr.rules.decidedOn]: '',
    });
    const decision = page.getByRole('dialog');
    expect(
      await decision.getByLabel(tr.rules.decidedOn, { exact: true }).getAttribute('type'),
    ).toBe('date');
    await decision.getByRole('button', { name: tr.rules.recordDecision, exact: true }).click();
    await decision.getByText(nl.fieldErrors.REQUIRED).waitFor();
    await fillDialog(page, { [tr.rules.decidedOn]: '2026-11-20' }, tr.rules.recordDecision);
    await page.getByRole('cell', { name: '20 november 2026' }).waitFor();

    const rows = page.getByRole('table', { name: tr.rules.tableLabel, exact: true });
    await rows
      .getByRole('button', { name: `${tr.common.delete} Keuze van de werkwijze`, exact: true })
      .click();
    const refuse = page.getByRole('alertdialog');
    await refuse.getByRole('button', { name: tr.common.delete, exact: true }).click();
    await refuse.getByText(tr.errors.RULE_HAS_DECISIONS).waitFor();
    await refuse.getByRole('button', { name: nl.common.cancel, exact: true }).click();

    await rows
      .getByRole('button', { name: `${tr.common.delete} Keuze van de pilotlocatie`, exact: true })
      .click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: tr.common.delete, exact: true })
      .click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    expect(await rows.getByRole('rowheader').allInnerTexts()).toEqual(['Keuze van de werkwijze']);
    await expectNoAxeViolations(page, 'rules tab after edits');

    // A decision recorded by mistake is corrected, then removed; then its rule may go too.
    const decisions = page.getByRole('table', { name: tr.rules.decisionsLabel, exact: true });
    await decisions
      .getByRole('button', { name: `${tr.common.edit} Werkwijze B`, exact: true })
      .click();
    await fillDialog(page, { [tr.rules.outcome]: 'Werkwijze C' }, nl.common.save);
    await decisions.getByRole('rowheader', { name: 'Werkwijze C', exact: true }).waitFor();
    await decisions
      .getByRole('button', { name: `${tr.common.delete} Werkwijze C`, exact: true })
      .click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: tr.common.delete, exact: true })
      .click();
    await page.getByText(tr.rules.decisionsEmpty).waitFor();
    await rows
      .getByRole('button', { name: `${tr.common.delete} Keuze van de werkwijze`, exact: true })
      .click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: tr.common.delete, exact: true })
      .click();
    await page.getByText(tr.rules.empty).waitFor();
    await page.context().close();
  });

  it('records a criterion result with a verdict in phase 4, shown on the public page', async () => {
    const page = await newPage(browser, { language: 'nl' });
    await signIn(page, 'MODERATOR', '/trajecten');
    await openTrajectory(page, SCANAUTO);
    await openTab(page, tr.workspace.tabs.criteria);
    const metric = 'Gecontroleerd gebied met dezelfde bezetting';
    await page.getByRole('button', { name: `${tr.criteria.recordResult} ${metric}` }).click();
    await fillFields(page, {
      [tr.criteria.value]: '46% groter',
      [tr.criteria.verdict]: 'MET',
      [tr.criteria.measuredOn]: '2026-11-20',
      [tr.criteria.note]: 'Gemeten over vier weken.',
    });
    await expectNoAxeViolations(page, 'record result dialog');
    await fillDialog(page, {}, tr.criteria.recordResult);
    const card = page.locator('li', { has: page.getByRole('heading', { name: metric }) });
    expect(await card.innerText()).toContain('46% groter op 20 november 2026');
    expect(await card.innerText()).toContain(tr.criteria.verdicts.MET);
    await expectNoAxeViolations(page, 'criteria tab in phase 4');

    // The manager is no longer on the team: she reads the public page with the result.
    await openTab(page, tr.workspace.tabs.team);
    await teamTable(page)
      .getByRole('row', { name: /Marieke Manager/ })
      .getByRole('button', { name: new RegExp(`^${tr.team.remove}`) })
      .click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: tr.team.remove, exact: true })
      .click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await page.context().close();

    const reader = await newPage(browser, { language: 'nl', width: 360 });
    await signIn(reader, 'MANAGER', '/trajecten');
    await openTrajectory(reader, SCANAUTO);
    await reader.getByText(tr.workspace.readOnly).waitFor();
    await openTab(reader, tr.workspace.tabs.criteria);
    const publicCard = reader.locator('li', { has: reader.getByRole('heading', { name: metric }) });
    expect(await publicCard.innerText()).toContain('46% groter op 20 november 2026');
    expect(
      await reader.getByRole('button', { name: new RegExp(tr.criteria.recordResult) }).count(),
    ).toBe(0);
    await noHorizontalOverflow(reader);
    await expectNoAxeViolations(reader, 'public criteria (360px)');
    await reader.context().close();
  });

  it('invites a rater who rates every option; results side by side per stakeholder', async () => {
    const page = await newPage(browser, { language: 'nl' });
    await signIn(page, 'MODERATOR', '/trajecten');
    const workspace = await createTrajectory(page, 'Samen kiezen voor de balie');
    await openTab(page, tr.workspace.tabs.stakeholders);
    await page.getByRole('button', { name: tr.stakeholders.add, exact: true }).click();
    await fillDialog(page, { [tr.stakeholders.name]: 'Baliemedewerkers' }, tr.stakeholders.add);
    await openTab(page, tr.workspace.tabs.impact);
    for (const title of ['Afsprakenbalie', 'Vrije inloop']) {
      await page.getByRole('button', { name: tr.impact.addOption, exact: true }).click();
      await fillDialog(page, { [tr.impact.optionTitle]: title }, tr.impact.addOption);
    }
    await openTab(page, tr.workspace.tabs.valuation);
    await page.getByRole('button', { name: tr.valuation.invite, exact: true }).click();
    await pickPerson(page, tr.people.person, 'Eva', 'Eva Medewerker');
    await expectNoAxeViolations(page, 'invite rater dialog');
    await fillDialog(
      page,
      { [tr.valuation.stakeholder]: await stakeholderValue(page) },
      tr.valuation.invite,
    );
    const raters = page.getByRole('table', { name: tr.valuation.raters, exact: true });
    expect(await raters.getByRole('row', { name: /Eva Medewerker/ }).innerText()).toContain(
      'Baliemedewerkers',
    );
    await expectNoAxeViolations(page, 'valuation tab (editor)');
    await page.context().close();

    const rater = await newPage(browser, { language: 'nl' });
    await signIn(rater, 'EMPLOYEE', '/trajecten');
    await gotoAndSettle(rater, new URL(workspace).pathname);
    const tabs = rater.getByRole('navigation', { name: tr.workspace.tabsLabel });
    expect(await tabs.getByRole('link').allInnerTexts()).toEqual([
      tr.workspace.tabs.overview,
      tr.workspace.tabs.team,
      tr.workspace.tabs.rules,
      tr.workspace.tabs.criteria,
      tr.workspace.tabs.valuation,
      tr.workspace.tabs.challenges,
      tr.workspace.tabs.board,
    ]);
    await openTab(rater, tr.workspace.tabs.valuation);
    for (const [title, score] of [
      ['Afsprakenbalie', '4'],
      ['Vrije inloop', '2'],
    ] as const) {
      await rater
        .getByRole('button', { name: `${tr.valuation.rate} ${title}`, exact: true })
        .click();
      await fillDialog(
        rater,
        { [tr.valuation.score]: score, [tr.valuation.comment]: `Mijn oordeel over ${title}` },
        nl.common.save,
      );
    }
    const results = rater.getByRole('table', { name: tr.valuation.resultsLabel });
    expect(await results.getByRole('columnheader').allInnerTexts()).toEqual([
      tr.valuation.option,
      'Baliemedewerkers',
    ]);
    expect(await results.getByRole('row', { name: /Afsprakenbalie/ }).innerText()).toContain(
      fill(tr.valuation.average_one, { average: '4', count: 1 }),
    );
    expect(await results.getByRole('row', { name: /Vrije inloop/ }).innerText()).toContain(
      fill(tr.valuation.average_one, { average: '2', count: 1 }),
    );
    // The rater sees and can change their own ratings.
    const mine = rater.getByRole('table', {
      name: fill(tr.valuation.yoursFor, { name: 'Baliemedewerkers' }),
    });
    expect(await mine.getByRole('row', { name: /Vrije inloop/ }).innerText()).toContain(
      tr.valuation.scores['2'],
    );
    await expectNoAxeViolations(rater, 'valuation tab (rater)');
    await rater.context().close();
  });

  it('validates the trajectory and mandate forms in English and saves the changes', async () => {
    const en = TEXTS.en;
    const page = await newPage(browser, { language: 'en' });
    await signIn(page, 'MODERATOR', '/trajecten');
    await createTrajectory(page, 'Rosters made together', en.trajectories);

    await page.getByRole('button', { name: en.trajectories.edit.open, exact: true }).click();
    const edit = page.getByRole('dialog', { name: en.trajectories.edit.title });
    await edit.getByLabel(en.trajectories.form.title, { exact: true }).fill(' ');
    await edit.getByRole('radio', { name: en.trajectories.visibility.ORG_UNITS }).check();
    await edit.getByRole('button', { name: en.common.save, exact: true }).click();
    await edit.getByText(en.fieldErrors.REQUIRED).waitFor();
    await edit.getByText(en.trajectories.form.orgUnitsRequired).waitFor();
    expect(
      await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value),
    ).toBe(' ');
    await expectNoAxeViolations(page, 'edit trajectory dialog with errors (en)');
    await edit.getByRole('radio', { name: en.trajectories.visibility.ORGANISATION }).check();
    await fillDialog(
      page,
      {
        [en.trajectories.form.title]: 'Rosters we make together',
        [en.trajectories.form.goals]: 'Fewer last-minute changes.',
      },
      en.common.save,
    );
    await page.getByRole('heading', { level: 1, name: 'Rosters we make together' }).waitFor();
    await page.getByText('Fewer last-minute changes.').waitFor();

    await openTab(page, en.trajectories.workspace.tabs.mandate, en.trajectories);
    await page.getByRole('button', { name: en.trajectories.mandate.record, exact: true }).click();
    await fillFields(page, {
      [en.trajectories.mandate.budget]: 'a lot',
      [en.trajectories.mandate.decisionSpace]: 'The roster rules.',
    });
    const mandate = page.getByRole('dialog');
    await mandate.getByRole('button', { name: en.common.save, exact: true }).click();
    await mandate.getByText(en.trajectories.fieldErrors.INVALID_NUMBER).waitFor();
    await fillDialog(
      page,
      {
        [en.trajectories.mandate.budget]: '12,500.50',
        [en.trajectories.mandate.deadline]: '2027-03-31',
      },
      en.common.save,
    );
    await page.getByText('31 March 2027').waitFor();
    expect(await page.getByText('€12,501').count()).toBe(1);
    await page.context().close();
  });

  it('links each SIM health check to the section (and item) where one can act on it', async () => {
    const page = await newPage(browser, { language: 'nl' });
    await signIn(page, 'MODERATOR', '/trajecten');
    await openTrajectory(page, SCANAUTO);
    await openTab(page, tr.workspace.tabs.health);
    await page
      .getByRole('heading', { name: fill(tr.guidelines.title, { phase: 'Fase 4: Testen' }) })
      .waitFor();
    await expectNoAxeViolations(page, 'SIM health with guidelines');

    const toRules = page
      .getByRole('link', {
        name: new RegExp(
          `^${fill(tr.health.goTo, { section: tr.health.sections.DECISION_RULES })}`,
        ),
      })
      .first();
    await toRules.click();
    await page
      .locator(`section.ins-trajectory-section[aria-label="${tr.workspace.tabs.rules}"]`)
      .waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/besluitregels$/);

    // A check about one item lands on that item and gives it focus.
    await page.goBack();
    await page.waitForLoadState('networkidle');
    const itemLink = page.locator('a[href*="#item-"]').first();
    const href = (await itemLink.getAttribute('href')) ?? '';
    expect(href).toContain('#item-');
    await itemLink.click();
    await page.waitForFunction(
      (id) => document.activeElement?.id === id,
      decodeURIComponent(href.split('#')[1] ?? ''),
    );
    await page.context().close();
  });
});

/** The value of the stakeholder choice in the open invite dialog (its first option). */
async function stakeholderValue(page: Page) {
  return (
    (await page
      .getByRole('dialog')
      .getByLabel(tr.valuation.stakeholder, { exact: true })
      .locator('option')
      .first()
      .getAttribute('value')) ?? ''
  );
}
