import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

// Git-ignored; CI keeps the folder as a build artifact.
export const SCREENSHOT_DIR = resolve(__dirname, '../../artifacts/screenshots');

export async function saveScreenshot(
  page: Page,
  name: string,
  language: string,
  width: number,
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}-${language}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
