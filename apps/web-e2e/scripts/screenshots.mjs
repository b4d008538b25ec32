#!/usr/bin/env node
// Screenshots of every page in Dutch and English at desktop and phone width.
//   node apps/web-e2e/scripts/screenshots.mjs [--base-url URL] [--out DIR] [--mock-api]
// Default out dir is the git-ignored artifacts folder; pass `--out docs/screenshots` for docs.
/* global window, URL */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, mockGraphql } from './chromium.mjs';

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string', default: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000' },
    out: { type: 'string', default: 'apps/web-e2e/artifacts/screenshots' },
    'mock-api': { type: 'boolean', default: false },
  },
});

const PAGES = [
  ['home', '/'],
  ['status', '/status'],
  ['privacy', '/privacy'],
  ['toegankelijkheid', '/toegankelijkheid'],
  ['not-found', '/bestaat-niet'],
];
const WIDTHS = [1280, 360];
const LANGUAGES = ['nl', 'en'];

const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
try {
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript(
        (lang) => window.localStorage.setItem('inspraak.language', lang),
        language,
      );
      if (values['mock-api']) await mockGraphql(page);
      for (const [name, path] of PAGES) {
        await page.goto(new URL(path, values['base-url']).href, { waitUntil: 'networkidle' });
        await page.locator('main h1').first().waitFor();
        const file = resolve(outDir, `${name}-${language}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
