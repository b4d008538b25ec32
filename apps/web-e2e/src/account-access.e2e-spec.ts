import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { gotoAndSettle, launchBrowser, newPage } from './support/browser';
import { TEXTS } from './support/texts';

const { nl } = TEXTS;
const PASSWORD = 'Een lange zin voor de browsertest 1';
const NEW_PASSWORD = 'Nog een langere zin voor de browsertest 2';

/**
 * Reads the newest link to `path` (e.g. "uitnodiging") in the mail to `to` from the dev mailbox
 * page; mail is sent by a job, so the page is reloaded until it has arrived.
 */
async function linkFromMailbox(admin: Page, to: string, path: string): Promise<string> {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await gotoAndSettle(admin, '/beheer/mailbox');
    const texts = await admin
      .locator('main .ins-mailbox__item')
      .filter({ hasText: to })
      .locator('pre')
      .allTextContents();
    for (const text of texts) {
      const match = new RegExp(`https?://\\S+?/${path}/[A-Za-z0-9_-]+`).exec(text);
      if (match) return new URL(match[0]).pathname;
    }
    await admin.waitForTimeout(500);
  }
  throw new Error(`No ${path} mail to ${to} in the dev mailbox`);
}

async function setPassword(page: Page, path: string, password: string, submit: string) {
  await gotoAndSettle(page, path);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('input[name="confirmation"]').fill(password);
  await page.getByRole('button', { name: submit }).click();
}

describe('invitations, password reset and import', () => {
  let browser: Browser;
  let admin: Page;
  const email = `uitgenodigd-${Date.now()}@voorbeeld.nl`;
  const name = 'Ilse Uitgenodigd';

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser);
    await signIn(admin, 'ADMIN', '/beheer/gebruikers');
  });
  afterAll(async () => {
    await admin?.context().close();
    await browser?.close();
  });

  it('invites a user, who accepts the link from the mail and is signed in', async () => {
    await gotoAndSettle(admin, '/beheer/gebruikers');
    await admin.getByRole('button', { name: nl.users.invite.action, exact: true }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel(nl.users.form.name).fill(name);
    await dialog.getByLabel(nl.users.form.email).fill(email);
    await dialog.getByRole('button', { name: nl.users.invite.submit }).click();
    await admin.getByText(nl.users.invite.done.replace('{{name}}', name)).waitFor();

    const link = await linkFromMailbox(admin, email, 'uitnodiging');
    await expectNoAxeViolations(admin, '/beheer/mailbox with mail');

    const invited = await newPage(browser, { width: 360 });
    try {
      await gotoAndSettle(invited, link);
      expect(await invited.locator('main h1').innerText()).toBe(nl.invitation.title);
      await expectNoAxeViolations(invited, '/uitnodiging/:token');
      await setPassword(invited, link, PASSWORD, nl.invitation.submit);
      await invited.waitForURL((url) => url.pathname === '/');
      await invited.locator('.ins-user-menu__button').waitFor({ state: 'attached' });

      // The link works once.
      await setPassword(invited, link, PASSWORD, nl.invitation.submit);
      const alert = invited.locator('main [role="alert"]');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(nl.accountAccess.tokenProblems.TOKEN_USED.title);
      await expectNoAxeViolations(invited, '/uitnodiging/:token used');
    } finally {
      await invited.context().close();
    }
  });

  it('resets a forgotten password through the link in the mail', async () => {
    const page = await newPage(browser);
    try {
      await gotoAndSettle(page, '/inloggen');
      await page.getByRole('link', { name: nl.signIn.forgotPassword }).click();
      await page.waitForURL((url) => url.pathname === '/wachtwoord-vergeten');
      await page.locator('main h1').waitFor();
      await page.locator('input[name="email"]').fill(email);
      await page.getByRole('button', { name: nl.forgotPassword.submit }).click();
      await page.getByText(nl.forgotPassword.sent.title).waitFor();
      await expectNoAxeViolations(page, '/wachtwoord-vergeten sent');

      const link = await linkFromMailbox(admin, email, 'wachtwoord-herstellen');
      await gotoAndSettle(page, link);
      await expectNoAxeViolations(page, '/wachtwoord-herstellen/:token');
      await page.locator('input[name="password"]').fill(NEW_PASSWORD);
      await page.locator('input[name="confirmation"]').fill('iets anders');
      await page.getByRole('button', { name: nl.resetPassword.submit }).click();
      await page.getByText(nl.fieldErrors.PASSWORD_MISMATCH).first().waitFor();
      await expectNoAxeViolations(page, '/wachtwoord-herstellen/:token with errors');
      await setPassword(page, link, NEW_PASSWORD, nl.resetPassword.submit);
      await page.waitForURL((url) => url.pathname === '/');
      await page.locator('.ins-user-menu__button').waitFor({ state: 'attached' });
    } finally {
      await page.context().close();
    }

    // The new password signs in.
    const again = await newPage(browser);
    try {
      await gotoAndSettle(again, '/inloggen');
      await again.locator('input[name="email"]').fill(email);
      await again.locator('input[name="password"]').fill(NEW_PASSWORD);
      await again.locator('main form button[type="submit"]').click();
      await again.waitForURL((url) => url.pathname === '/');
      await again.locator('.ins-user-menu__button').waitFor({ state: 'attached' });
    } finally {
      await again.context().close();
    }
  });

  it('checks an import file and shows the problem with its line', async () => {
    await gotoAndSettle(admin, '/beheer/import');
    const stamp = Date.now();
    const csv = [
      'email;name;unit',
      `import-ok-${stamp}@voorbeeld.nl;Ok Persoon;`,
      `import-fout-${stamp}@voorbeeld.nl;Fout Persoon;Bestaat Niet Eenheid`,
    ].join('\n');
    await admin.locator('input[type="file"]').setInputFiles({
      name: 'gebruikers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await admin.getByRole('button', { name: nl.userImport.check }).click();
    const table = admin.getByRole('table', { name: nl.userImport.report.tableLabel });
    await table.waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.some((row) => row.startsWith('3'))).toBe(true);
    expect(await admin.locator('main').innerText()).toContain(nl.userImport.outcome.INVALID);
    expect(
      await admin.getByRole('button', { name: nl.userImport.apply, exact: true }).count(),
    ).toBe(0);
    await expectNoAxeViolations(admin, '/beheer/import with a report');
  });

  it('imports a valid file after the check, with its progress and result', async () => {
    await gotoAndSettle(admin, '/beheer/import');
    const stamp = Date.now();
    const csv = `email;name;unit\nimport-${stamp}@voorbeeld.nl;Imke Import;\n`;
    await admin.locator('input[type="file"]').setInputFiles({
      name: 'gebruikers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await admin.getByRole('button', { name: nl.userImport.check }).click();
    await admin.getByText(nl.userImport.outcome.VALIDATED).waitFor();
    await admin.getByRole('button', { name: nl.userImport.apply, exact: true }).click();
    await admin.getByText(nl.userImport.outcome.COMPLETED).waitFor();
    expect(await admin.locator('main').innerText()).toContain(nl.userImport.report.title);
    await expectNoAxeViolations(admin, '/beheer/import completed');

    await gotoAndSettle(admin, '/beheer/gebruikers');
    await admin.locator('input[name="search"]').fill(`import-${stamp}`);
    await admin.getByRole('button', { name: nl.common.search }).click();
    await admin.locator('main table strong', { hasText: 'Imke Import' }).waitFor();
  });
});
