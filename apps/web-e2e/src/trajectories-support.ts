// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { TEXTS } from './support/texts';

export { fill } from './support/texts';

const tr = TEXTS.nl.trajectories;
type TrajectoryTexts = typeof tr;

/** Opens a workspace tab by its link in the tab navigation and waits for the section. */
export async function openTab(page: Page, name: string, texts: TrajectoryTexts = tr) {
  await page
    .getByRole('navigation', { name: texts.workspace.tabsLabel })
    .getByRole('link', { name, exact: true })
    .click();
  await page.locator(`section.ins-trajectory-section[aria-label="${name}"]`).waitFor();
  await page.waitForLoadState('networkidle');
}

/** Fills the open dialog's fields by label (selects, text, dates as YYYY-MM-DD). */
export async function fillFields(page: Page, fields: Record<string, string>) {
  const dialog = page.getByRole('dialog');
  for (const [label, value] of Object.entries(fields)) {
    const field = dialog.getByLabel(label, { exact: true });
    const tag = await field.evaluate((element) => element.tagName.toLowerCase());
    if (tag === 'select') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Fills the open dialog and submits it; waits until it has closed and the page settled. */
export async function fillDialog(page: Page, fields: Record<string, string>, submit: string) {
  await fillFields(page, fields);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
}

/** Searches a person in the open dialog's person picker and picks them. */
export async function pickPerson(page: Page, label: string, search: string, name: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label, { exact: true }).fill(search);
  await dialog.getByRole('button', { name: tr.people.search, exact: true }).click();
  await dialog.getByRole('radio', { name: new RegExp(`^${name} \\(`) }).check();
}

/** Creates an organisation-wide trajectory as the signed-in user and opens its workspace. */
export async function createTrajectory(page: Page, title: string, texts: TrajectoryTexts = tr) {
  await page.goto(new URL('/trajecten/nieuw', page.url()).href, { waitUntil: 'networkidle' });
  await page.getByLabel(texts.form.title, { exact: true }).fill(title);
  await page
    .getByLabel(texts.form.problemStatement, { exact: true })
    .fill('Een probleem om op te lossen.');
  await page.getByRole('button', { name: texts.form.submit, exact: true }).click();
  await page.waitForURL(/\/trajecten\/[^/]+$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForLoadState('networkidle');
  return page.url();
}

/** Opens a trajectory from the list by (part of) its title. */
export async function openTrajectory(page: Page, title: string) {
  await page.getByRole('table', { name: tr.tableLabel }).getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForLoadState('networkidle');
}
