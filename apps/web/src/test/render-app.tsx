import { ApolloClient, ApolloLink, Observable } from '@apollo/client';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';
import { createCache } from '../app/apollo-client';
import { AppProviders } from '../app/AppProviders';
import en from '../i18n/en.json';
import { createI18n, type BundledNamespaces, type Language } from '../i18n/i18n';

// Every feature namespace (features/<name>/i18n/<language>.json), bundled like the languages.
const FEATURE_TEXTS = import.meta.glob<{ default: Record<string, unknown> }>(
  '../features/*/i18n/*.json',
  { eager: true },
);
export const TEST_NAMESPACES: BundledNamespaces = {};
for (const [path, module] of Object.entries(FEATURE_TEXTS)) {
  const match = /features\/([^/]+)\/i18n\/(\w+)\.json$/.exec(path);
  if (!match) continue;
  const [, namespace, language] = match;
  TEST_NAMESPACES[namespace] = { ...TEST_NAMESPACES[namespace], [language]: module.default };
}

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

export const user = (role: string, name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'User',
  id: `user-${role.toLowerCase()}`,
  name,
  email: `${role.toLowerCase()}@voorbeeld.nl`,
  role,
  locale: 'NL',
  primaryOrgUnitId: 'unit-team',
  managedOrgUnitIds: [],
  deactivatedAt: null,
  erasedAt: null,
  ...extra,
});

export const EMPLOYEE = user('EMPLOYEE', 'Eva Medewerker');
export const ADMIN = user('ADMIN', 'Ahmed Beheerder');

const unit = (id: string, name: string, parentId: string | null) => ({
  __typename: 'OrgUnit',
  id,
  name,
  parentId,
  archivedAt: null,
});

export const ORG_UNITS = [
  unit('unit-dir', 'Directie Dienstverlening', null),
  unit('unit-dept', 'Afdeling Handhaving', 'unit-dir'),
  unit('unit-team', 'Team Parkeerhandhaving', 'unit-dept'),
  unit('unit-dir2', 'Directie Ruimte', null),
];

/** A GraphQL error answer as the API sends it (HTTP 200 with `errors`). */
export const apiError = (code: string, fields?: { field: string; code: string }[]) => ({
  errors: [
    {
      message: code,
      extensions: {
        code,
        ...(fields ? { fields: fields.map((f) => ({ ...f, message: '' })) } : {}),
      },
    },
  ],
});

type Data = Record<string, unknown>;
type Answer = Data | Error | ((variables: Record<string, unknown>) => Data | Error);
export type ApiAnswers = Record<string, Answer>;

const DEFAULT_ANSWERS: ApiAnswers = {
  Organisation: { organisation: ORGANISATION },
  SimPhases: { simPhases: SIM_PHASES },
  PlatformStatus: { platformStatus: PLATFORM_STATUS },
  RuntimeMode: {
    platformStatus: { __typename: 'PlatformStatus', runtimeMode: 'EMBEDDED' },
    signInOptions: { __typename: 'SignInOptions', singleSignOn: null },
  },
  Me: { me: EMPLOYEE },
  OrgUnits: { orgUnits: ORG_UNITS },
  // The header's bell asks for it on every page.
  UnreadNotificationCount: { unreadNotificationCount: 0 },
};

export interface ApiCall {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * A link that answers by operation name, so tests need not list every request in order. An
 * answer with `errors` is sent as a GraphQL error response.
 */
function answeringLink(answers: ApiAnswers, calls: ApiCall[]): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const name = operation.operationName ?? '';
        calls.push({ operationName: name, variables: operation.variables });
        const given = answers[name];
        const answer = typeof given === 'function' ? given(operation.variables) : given;
        if (answer instanceof Error || !answer) {
          observer.error(answer ?? new Error(`No answer for ${name}`));
          return;
        }
        observer.next('errors' in answer ? (answer as never) : { data: answer });
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
  const calls: ApiCall[] = [];
  const client = new ApolloClient({
    link: answeringLink({ ...DEFAULT_ANSWERS, ...answers }, calls),
    cache: createCache(),
  });
  // Tests bundle every language so rendering stays synchronous; the app loads English lazily.
  const i18n = createI18n(language, { en }, TEST_NAMESPACES);
  const wrap = (children: ReactNode) => (
    <AppProviders client={client} i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
    </AppProviders>
  );
  return { ...render(wrap(<App />)), i18n, client, calls };
}
