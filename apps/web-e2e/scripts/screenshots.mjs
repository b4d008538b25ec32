#!/usr/bin/env node
// Screenshots in Dutch and English at desktop and phone width: the sign-in page, then signed in
// as the demo administrator the home page and the admin pages (viewport-sized, to keep the PNGs
// small for docs). Needs the platform in embedded mode (demo accounts).
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

const PUBLIC_PAGES = [['sign-in', '/inloggen']];
const SIGNED_IN_PAGES = [
  ['home', '/'],
  ['admin-users', '/beheer/gebruikers'],
  ['admin-org-units', '/beheer/eenheden'],
];
// The demo administrator seeded in embedded mode (libs/server/identity/src/lib/seed).
const ADMIN = { email: 'admin@voorbeeld.nl', password: 'Inspraak-demo-2026!' };
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
      const shoot = async (name, path) => {
        await page.goto(new URL(path, values['base-url']).href, { waitUntil: 'networkidle' });
        await page.locator('main h1').first().waitFor();
        const file = resolve(outDir, `${name}-${language}-${width}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      };
      for (const [name, path] of PUBLIC_PAGES) await shoot(name, path);
      if (!values['mock-api']) {
        await page.locator('input[name="email"]').fill(ADMIN.email);
        await page.locator('input[name="password"]').fill(ADMIN.password);
        await page.locator('main form button[type="submit"]').click();
        await page.waitForURL((url) => new URL(url).pathname === '/');
        for (const [name, path] of SIGNED_IN_PAGES) await shoot(name, path);
      }
      await page.context().clearCookies();
      await page.close();
    }
  }
} finally {
  await browser.close();
}
