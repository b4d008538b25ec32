// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './auth';
import { newPage, url } from './browser';

/** GraphQL through a page's own session (the cookies of its browser context). */
export async function gql<T = Record<string, unknown>>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await page.request.post(url('/graphql'), {
    data: { query, variables },
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

/** A signed-in API session for a demo account (no UI). Close its context when done. */
export async function apiSession(browser: Browser, email: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(url('/status'), { waitUntil: 'domcontentloaded' });
  await gql(page, 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  return page;
}

/** Retries `check` until it returns a value (not undefined/false) or the time is up. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false | null>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export interface OpenChallenge {
  trajectoryId: string;
  challengeId: string;
  ideaIds: string[];
}

/**
 * A new trajectory (by the demo moderator) with an open challenge and ideas by `authorEmail`,
 * created through the API so the browser tests start from a known state.
 */
export async function openChallengeWithIdeas(
  browser: Browser,
  label: string,
  titles: readonly string[],
  authorEmail = 'employee@voorbeeld.nl',
): Promise<OpenChallenge> {
  const moderator = await apiSession(browser, 'moderator@voorbeeld.nl');
  const { createTrajectory } = await gql<{ createTrajectory: { id: string } }>(
    moderator,
    'mutation($input: CreateTrajectoryInput!) { createTrajectory(input: $input) { id } }',
    { input: { title: `Traject ${label}`, problemStatement: 'Samen iets verbeteren.' } },
  );
  const { createChallenge } = await gql<{ createChallenge: { id: string } }>(
    moderator,
    'mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
    {
      input: {
        trajectoryId: createTrajectory.id,
        title: `Uitdaging ${label}`,
        problemStatement: 'Wat kan beter?',
      },
    },
  );
  await gql(
    moderator,
    'mutation($input: ChangeChallengeStateInput!) { changeChallengeState(input: $input) { id } }',
    { input: { id: createChallenge.id, to: 'OPEN' } },
  );
  await moderator.context().close();
  const author = await apiSession(browser, authorEmail);
  const ideaIds: string[] = [];
  const run = Math.random().toString(36).slice(2, 12);
  for (const [index, title] of titles.entries()) {
    const { submitIdea } = await gql<{ submitIdea: { id: string } }>(
      author,
      'mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { id } }',
      {
        input: {
          challengeId: createChallenge.id,
          title,
          description: `Een voorstel: ${title}. Het scheelt tijd voor iedereen.`,
          idempotencyKey: `e2e-${run}-${index}`,
        },
      },
    );
    ideaIds.push(submitIdea.id);
  }
  await author.context().close();
  return { trajectoryId: createTrajectory.id, challengeId: createChallenge.id, ideaIds };
}

export interface DevMail {
  to: string;
  subject: string;
  text: string;
}

/** The newest mails of the dev mailbox (embedded mode), read by the demo administrator. */
export async function devMailbox(admin: Page, first = 100): Promise<DevMail[]> {
  const { devMailbox } = await gql<{ devMailbox: { edges: { node: DevMail }[] } }>(
    admin,
    'query($first: Int!) { devMailbox(first: $first) { edges { node { to subject text } } } }',
    { first },
  );
  return devMailbox.edges.map((edge) => edge.node);
}

/** Horizontal overflow of the page in px (0 when it fits the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
