import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { gql } from './support/api';
import { DEMO_ACCOUNTS, signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
import { saveScreenshot } from './support/screenshot';
import { fill, TEXTS } from './support/texts';

const { nl } = TEXTS;

/**
 * Personal data (C11) in the browser: an employee downloads their own data from the profile
 * page; an administrator erases a person from the users page after typing their address.
 */
describe('personal data: download and erasure', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets an employee download everything held about them from the profile page', async () => {
    const page = await newPage(browser);
    try {
      await signIn(page, 'EMPLOYEE', '/profiel');
      const button = page.getByRole('button', { name: nl.profile.dataDownload });
      await button.waitFor();
      await expectNoAxeViolations(page, '/profiel with my data');
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/^inspraak-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
      const doc = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
        format: string;
        requestedBy: string;
        sections: { account: { email: string }; inputs: Record<string, unknown> };
      };
      expect(doc.format).toBe('inspraak.personal-data/v1');
      expect(doc.requestedBy).toBe('self');
      expect(doc.sections.account.email).toBe(DEMO_ACCOUNTS.EMPLOYEE.email);
      expect(doc.sections.inputs).toHaveProperty('writtenAnonymously');
      await page
        .getByText(fill(nl.profile.dataDone, { fileName: download.suggestedFilename() }))
        .waitFor();
    } finally {
      await page.context().close();
    }
  });

  it('lets an administrator erase a person once they typed the address', async () => {
    const admin: Page = await newPage(browser);
    try {
      await signIn(admin, 'ADMIN', '/beheer/gebruikers');
      const name = `Wis Persoon ${Date.now()}`;
      const email = `wis-${Date.now()}@voorbeeld.nl`;
      await gql(admin, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: { name, email },
      });
      await gotoAndSettle(admin, '/beheer/gebruikers');
      await admin.getByLabel(nl.users.searchLabel).fill(email);
      await admin.getByLabel(nl.users.searchLabel).press('Enter');
      const row = admin.getByRole('row').filter({ hasText: name });
      await row.getByRole('button', { name: `${nl.users.erase.action} ${name}` }).click();

      const dialog = admin.getByRole('dialog');
      await dialog.getByRole('heading', { name: fill(nl.users.erase.title, { name }) }).waitFor();
      await expectNoAxeViolations(admin, 'erase dialog');
      await saveScreenshot(admin, 'erase-user-dialog', 'nl', 1280);

      // A wrong address is refused by the server and said at the field.
      const confirm = dialog.getByLabel(nl.users.erase.confirmEmail);
      await confirm.fill('iemand-anders@voorbeeld.nl');
      await dialog.getByRole('button', { name: nl.users.erase.submit }).click();
      await dialog.getByText(nl.users.erase.errors.CONFIRMATION_MISMATCH).waitFor();
      expect(await confirm.getAttribute('aria-invalid')).toBe('true');

      await confirm.fill(email);
      await dialog.getByRole('button', { name: nl.users.erase.submit }).click();
      await dialog.waitFor({ state: 'detached' });
      await admin
        .getByText(fill(nl.users.erase.done, { name }).replace(/\.$/, ''))
        .first()
        .waitFor();

      // The list shows the account as erased, with no name or address left.
      const erased = admin.getByRole('row').filter({ hasText: nl.users.status.erased });
      await admin.getByLabel(nl.users.searchLabel).fill('Verwijderd account');
      await admin.getByLabel(nl.users.searchLabel).press('Enter');
      await erased.first().waitFor();
      expect(await admin.getByRole('row').filter({ hasText: email }).count()).toBe(0);
      expect(await admin.getByRole('row').filter({ hasText: name }).count()).toBe(0);
    } finally {
      await admin.context().close();
    }
  });
});
