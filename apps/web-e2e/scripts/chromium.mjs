// Shared by the scripts in this folder; the Jest helpers in src/support mirror these settings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium with a throw-away profile (a test tool's own browser download cannot work here). */
export async function launchChromium() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'inspraak-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Canned API answers for working on the UI before the API runs (`--mock-api`). */
export const MOCK_GRAPHQL = {
  Organisation: {
    organisation: {
      __typename: 'Organisation',
      id: 'org-1',
      name: 'Gemeente Voorbeeld',
      logoUrl: null,
    },
  },
  SimPhases: {
    simPhases: [
      [
        'PREPARE',
        'Voorbereiden',
        'Prepare',
        'Team, doel en spelregels van het traject vastleggen.',
        'Set up the team, goal and ground rules of the trajectory.',
      ],
      [
        'GENERATE',
        'Genereren',
        'Generate',
        'Knelpunten ophalen en samen ideeën bedenken.',
        'Collect bottlenecks and come up with ideas together.',
      ],
      [
        'SELECT',
        'Selecteren',
        'Select',
        'De beste ideeën kiezen om uit te proberen.',
        'Choose the best ideas to try out.',
      ],
      [
        'TEST',
        'Testen',
        'Test',
        'Ideeën in de praktijk uitproberen en feedback verzamelen.',
        'Try ideas in practice and gather feedback.',
      ],
      [
        'IMPLEMENT_AND_EVALUATE',
        'Implementeren en evalueren',
        'Implement and evaluate',
        'Invoeren wat werkt en terugkijken op het resultaat.',
        'Introduce what works and look back on the result.',
      ],
    ].map(([phase, nl, en, snl, sen], index) => ({
      __typename: 'SimPhaseInfo',
      phase,
      number: index + 1,
      name: { __typename: 'LocalizedText', nl, en },
      summary: { __typename: 'LocalizedText', nl: snl, en: sen },
    })),
  },
  PlatformStatus: {
    platformStatus: {
      __typename: 'PlatformStatus',
      version: '0.1.0',
      runtimeMode: 'EMBEDDED',
      databaseDriver: 'pglite',
      jobDriver: 'in-process',
      workerLastSeenAt: new Date(Date.now() - 3 * 60_000).toISOString(),
    },
  },
};

export async function mockGraphql(page) {
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON();
    const data = MOCK_GRAPHQL[body?.operationName];
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify(data ? { data } : { errors: [{ message: 'Unknown operation' }] }),
    });
  });
}
