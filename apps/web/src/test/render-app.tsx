import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';
import { AppProviders } from '../app/AppProviders';
import { createI18n, type Language } from '../i18n/i18n';

export const ORGANISATION = {
  __typename: 'Organisation',
  id: 'org-1',
  name: 'Gemeente Voorbeeld',
  logoUrl: null,
};

const phase = (phase: string, number: number, nl: string, en: string) => ({
  __typename: 'SimPhaseInfo',
  phase,
  number,
  name: { __typename: 'LocalizedText', nl, en },
  summary: { __typename: 'LocalizedText', nl: `Over ${nl}`, en: `About ${en}` },
});

export const SIM_PHASES = [
  phase('PREPARE', 1, 'Voorbereiden', 'Prepare'),
  phase('GENERATE', 2, 'Genereren', 'Generate'),
  phase('SELECT', 3, 'Selecteren', 'Select'),
  phase('TEST', 4, 'Testen', 'Test'),
  phase('IMPLEMENT_AND_EVALUATE', 5, 'Implementeren en evalueren', 'Implement and evaluate'),
];

export const PLATFORM_STATUS = {
  __typename: 'PlatformStatus',
  version: '1.2.3',
  runtimeMode: 'EMBEDDED',
  databaseDriver: 'pglite',
  jobDriver: 'in-process',
  workerLastSeenAt: '2025-03-14T09:30:00.000Z',
};

export type ApiAnswers = Record<string, Record<string, unknown> | Error>;

const DEFAULT_ANSWERS: ApiAnswers = {
  Organisation: { organisation: ORGANISATION },
  SimPhases: { simPhases: SIM_PHASES },
  PlatformStatus: { platformStatus: PLATFORM_STATUS },
};

/** A link that answers by operation name, so tests need not list every request in order. */
function answeringLink(answers: ApiAnswers): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const answer = answers[operation.operationName ?? ''];
        if (answer instanceof Error || !answer) {
          observer.error(answer ?? new Error(`No answer for ${operation.operationName}`));
          return;
        }
        observer.next({ data: answer });
        observer.complete();
      }),
  );
}

export interface RenderAppOptions {
  path?: string;
  language?: Language;
  answers?: ApiAnswers;
}

export function renderApp({ path = '/', language = 'nl', answers = {} }: RenderAppOptions = {}) {
  const client = new ApolloClient({
    link: answeringLink({ ...DEFAULT_ANSWERS, ...answers }),
    cache: new InMemoryCache({
      typePolicies: { SimPhaseInfo: { keyFields: ['phase'] }, PlatformStatus: { keyFields: [] } },
    }),
  });
  const i18n = createI18n(language);
  const wrap = (children: ReactNode) => (
    <AppProviders client={client} i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
    </AppProviders>
  );
  return { ...render(wrap(<App />)), i18n, client };
}
