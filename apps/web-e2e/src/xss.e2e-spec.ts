import type { Browser } from 'playwright-core';
import { signIn } from './support/auth';
import { launchBrowser, newPage } from './support/browser';
import { saveScreenshot } from './support/screenshot';

const PAYLOAD = '<img src=x onerror=alert(1)>';

describe('user-written text', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows an org unit named like markup literally, and runs no script', async () => {
    const page = await newPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await signIn(page, 'ADMIN', '/beheer/eenheden');
      await page.getByRole('button', { name: 'Nieuwe eenheid op bovenste niveau' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Naam').fill(PAYLOAD);
      await dialog.getByRole('button', { name: 'Aanmaken' }).click();
      const item = page.getByRole('treeitem', { name: PAYLOAD }).first();
      await item.waitFor();
      expect(await item.locator('.ins-tree__label').first().innerText()).toBe(PAYLOAD);
      // Reload: the stored name comes back from the API and still renders as text.
      await page.reload({ waitUntil: 'networkidle' });
      await page.getByRole('treeitem', { name: PAYLOAD }).first().waitFor();
      // The audit log shows it too (as a detail of the create event).
      await page.goto(page.url().replace('/beheer/eenheden', '/beheer/auditlog'), {
        waitUntil: 'networkidle',
      });
      await page.locator('main table').waitFor();
      expect(await page.locator('main table').innerText()).toContain(PAYLOAD);
      expect(await page.locator('main img').count()).toBe(0);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      await saveScreenshot(page, 'xss-audit', 'nl', 1280);
    } finally {
      await page.context().close();
    }
  });
});
