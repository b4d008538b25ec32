import type { Page } from 'playwright-core';

const phase = (phase: string, number: number, nl: string, en: string) => ({
  __typename: 'SimPhaseInfo',
  phase,
  number,
  name: { __typename: 'LocalizedText', nl, en },
  summary: { __typename: 'LocalizedText', nl: `Samenvatting ${nl}`, en: `Summary ${en}` },
});

const ANSWERS: Record<string, unknown> = {
  Organisation: {
    organisation: {
      __typename: 'Organisation',
      id: '1',
      name: 'Gemeente Voorbeeld',
      logoUrl: null,
    },
  },
  SimPhases: {
    simPhases: [
      phase('PREPARE', 1, 'Voorbereiden', 'Prepare'),
      phase('GENERATE', 2, 'Genereren', 'Generate'),
      phase('SELECT', 3, 'Selecteren', 'Select'),
      phase('TEST', 4, 'Testen', 'Test'),
      phase('IMPLEMENT_AND_EVALUATE', 5, 'Implementeren en evalueren', 'Implement and evaluate'),
    ],
  },
  PlatformStatus: {
    platformStatus: {
      __typename: 'PlatformStatus',
      version: '0.0.0-mock',
      runtimeMode: 'EMBEDDED',
      databaseDriver: 'pglite',
      jobDriver: 'in-process',
      workerLastSeenAt: null,
    },
  },
};

/** Opt-in (E2E_MOCK_API=1) canned GraphQL answers for UI work before the API runs. */
export async function mockGraphql(page: Page): Promise<void> {
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    const data = ANSWERS[body?.operationName ?? ''];
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify(data ? { data } : { errors: [{ message: 'Unknown operation' }] }),
    });
  });
}
