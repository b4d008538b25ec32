import type { Page, Response } from 'playwright-core';
import { gotoAndSettle } from './browser';

export const ROLES = ['EMPLOYEE', 'MODERATOR', 'MANAGER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** The demo logins seeded in embedded mode (libs/server/identity/src/lib/seed, README). */
export const DEMO_PASSWORD = 'Inspraak-demo-2026!';
export const DEMO_ACCOUNTS: Record<Role, { email: string; name: string }> = {
  EMPLOYEE: { email: 'employee@voorbeeld.nl', name: 'Eva Medewerker' },
  MODERATOR: { email: 'moderator@voorbeeld.nl', name: 'Mo Moderator' },
  MANAGER: { email: 'manager@voorbeeld.nl', name: 'Marieke Manager' },
  ADMIN: { email: 'admin@voorbeeld.nl', name: 'Ahmed Beheerder' },
};

/** Signs in through the sign-in page as the demo user of `role` and waits for `returnTo`. */
export async function signIn(page: Page, role: Role, returnTo = '/'): Promise<void> {
  const path = returnTo === '/' ? '/inloggen' : `/inloggen?terug=${encodeURIComponent(returnTo)}`;
  await gotoAndSettle(page, path);
  // Operations that answer "sign in first" after the sign-in would send the user back to the
  // sign-in page (the web app forgets the user); collected to name them if that happens.
  const unauthenticated: string[] = [];
  const onResponse = (response: Response) => {
    if (!response.url().endsWith('/graphql')) return;
    void response
      .text()
      .then((body) => {
        if (body.includes('UNAUTHENTICATED')) {
          const request = response.request().postDataJSON() as { operationName?: string } | null;
          const operation = request?.operationName ?? '?';
          unauthenticated.push(`${operation} (${response.status()})`);
        }
      })
      .catch(() => undefined);
  };
  page.on('response', onResponse);
  try {
    await page.locator('input[name="email"]').fill(DEMO_ACCOUNTS[role].email);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === returnTo.split('?')[0]);
    // The router changes the address first and renders the next page in a transition: while
    // that page (or its texts, e.g. English ones loaded on first use) is still loading, the
    // sign-in page stays on screen. Wait until it has gone.
    await page.locator('.ins-sign-in').waitFor({ state: 'detached' });
    await page.locator('.ins-user-menu__button').waitFor({ state: 'attached' });
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
  }
  const landed = new URL(page.url()).pathname;
  if (landed !== returnTo.split('?')[0]) {
    throw new Error(
      `Signed in as ${role} but ended on ${page.url()}; operations that answered UNAUTHENTICATED: ${
        unauthenticated.join(', ') || 'none'
      }`,
    );
  }
}
