import type { TestApi } from './test-api';
import { ChallengeClient } from './challenge-helpers';

/** Every scalar of InputSummary and Feedback, for the feedback tests. */
export const FEEDBACK_FIELDS = `status response respondedAt firstRespondedAt dueAt overdue
  responder { id name anonymous }
  links { kind targetId title path url }
  mergedInto { id title }
  history { id status text createdAt responder { name } links { kind title } mergedInto { id } }`;

export const SUMMARY_FIELDS = `id kind title excerpt path phase containerTitle createdAt
  supportCount commentCount followerCount canRespond
  trajectory { id title } author { id name anonymous }
  feedback { ${FEEDBACK_FIELDS} }`;

export interface Summary {
  id: string;
  title: string;
  excerpt: string;
  canRespond: boolean;
  supportCount: number;
  followerCount: number;
  author: { id: string | null; name: string; anonymous: boolean };
  feedback: {
    status: string;
    response: string | null;
    dueAt: string;
    overdue: boolean;
    respondedAt: string | null;
    firstRespondedAt: string | null;
    responder: { name: string } | null;
    links: { kind: string; targetId: string | null; title: string; path: string | null }[];
    mergedInto: { id: string; title: string } | null;
    history: { status: string; text: string | null; responder: { name: string } | null }[];
  };
}

export interface Page {
  edges: { cursor: string; node: Summary }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
  overdueCount?: number;
}

export async function inputOf(client: ChallengeClient, id: string): Promise<Summary> {
  return (
    await client.ok<{ input: Summary }>(
      `query($id: ID!) { input(id: $id) { ${SUMMARY_FIELDS} } }`,
      {
        id,
      },
    )
  ).input;
}

export function inbox(client: ChallengeClient, filter: Record<string, unknown> = {}, args = '') {
  return client.gql<{ feedbackInbox: Page }>(
    `query($f: FeedbackInboxFilter) { feedbackInbox(filter: $f${args}) {
       totalCount overdueCount pageInfo { hasNextPage endCursor }
       edges { cursor node { id title canRespond feedback { status dueAt overdue } } } } }`,
    { f: filter },
  );
}

export function board(
  client: ChallengeClient,
  trajectoryId: string | null,
  filter: Record<string, unknown> = {},
  args = '',
) {
  return client.gql<{ feedbackBoard: Page }>(
    `query($t: ID, $f: FeedbackBoardFilter) { feedbackBoard(trajectoryId: $t, filter: $f${args}) {
       pageInfo { hasNextPage endCursor }
       edges { cursor node { id title author { id name anonymous }
         feedback { status response respondedAt } } } } }`,
    { t: trajectoryId, f: filter },
  );
}

export async function userIdOf(api: TestApi, email: string): Promise<string> {
  const [row] = await api.db.dataSource.query<{ id: string }[]>(
    'SELECT id FROM app_user WHERE email = $1',
    [email],
  );
  return row.id;
}

/** Gives `n` directory people (no password) the demo password and signs them in. */
export async function directoryPeople(api: TestApi, n: number): Promise<ChallengeClient[]> {
  const rows = await api.db.dataSource.query<{ email: string }[]>(
    `UPDATE app_user SET password_hash =
       (SELECT password_hash FROM app_user WHERE email = 'employee@voorbeeld.nl')
     WHERE id IN (SELECT id FROM app_user WHERE password_hash IS NULL ORDER BY email LIMIT $1)
     RETURNING email`,
    [n],
  );
  const emails = (rows as unknown as [{ email: string }[], number])[0] ?? rows;
  const people: ChallengeClient[] = [];
  for (const { email } of emails) people.push(await ChallengeClient.as(api.url, email));
  return people;
}

export const ids = (page: Page) => page.edges.map((e) => e.node.id);
