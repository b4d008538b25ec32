import { DataSource, EntityManager } from 'typeorm';
import { GlobalRole } from '@inspraak/contracts';
import type { Principal } from '@inspraak/server-auth';
import { NotFoundError } from '@inspraak/server-errors';
import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { ModerationRegistry } from '@inspraak/server-moderation';
import type { TestApi } from './test-api';
import { TestSession } from './test-session';

/**
 * A content kind that exists only in the tests ('test-note'): a real table created in the test
 * database and a provider registered in the running API's ModerationRegistry, so the moderation
 * tests need no other capability's content.
 */
export async function registerTestNotes(api: TestApi) {
  const ds = api.app.get(DataSource);
  await ds.query(`CREATE TABLE IF NOT EXISTS test_note (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    trajectory_id uuid NOT NULL,
    author_id uuid NOT NULL,
    title text NOT NULL,
    audience uuid[],
    hidden boolean NOT NULL DEFAULT false,
    hidden_reason text)`);
  const registry = api.app.get(ModerationRegistry);
  if (!registry.has('test-note')) {
    registry.register({
      kind: 'test-note',
      // Visible to its audience (everyone when null); hidden notes only to the author,
      // moderators and admins.
      async assertVisible(viewer: Principal, id: string) {
        const [n] = await ds.query<
          { author_id: string; audience: string[] | null; hidden: boolean }[]
        >('SELECT author_id, audience, hidden FROM test_note WHERE id = $1', [id]);
        const moderator = viewer.role === GlobalRole.MODERATOR || viewer.role === GlobalRole.ADMIN;
        const inAudience = !n?.audience || n.audience.includes(viewer.userId);
        const ok =
          n &&
          (viewer.role === GlobalRole.ADMIN || inAudience) &&
          (!n.hidden || moderator || n.author_id === viewer.userId);
        if (!ok) throw new NotFoundError('Note');
      },
      async describe(ids: readonly string[]) {
        const rows = await ds.query<
          {
            id: string;
            trajectory_id: string;
            title: string;
            hidden: boolean;
            hidden_reason: string | null;
          }[]
        >('SELECT * FROM test_note WHERE id = ANY($1::uuid[])', [[...ids]]);
        return new Map(
          rows.map((r) => [
            r.id,
            {
              trajectoryId: r.trajectory_id,
              title: r.title,
              excerpt: r.title.slice(0, 20),
              hidden: r.hidden,
              hiddenReason: r.hidden_reason,
              path: `/notes/${r.id}`,
            },
          ]),
        );
      },
      async setHidden(m: EntityManager, id: string, hidden: boolean, reason: string | null) {
        await m.query('UPDATE test_note SET hidden = $2, hidden_reason = $3 WHERE id = $1', [
          id,
          hidden,
          hidden ? reason : null,
        ]);
      },
    });
  }
  return {
    async create(trajectoryId: string, authorId: string, title: string, audience?: string[]) {
      const [row] = await ds.query<{ id: string }[]>(
        'INSERT INTO test_note (trajectory_id, author_id, title, audience) VALUES ($1, $2, $3, $4) RETURNING id',
        [trajectoryId, authorId, title, audience ?? null],
      );
      return row.id;
    },
    async get(id: string) {
      const [row] = await ds.query<{ hidden: boolean; hidden_reason: string | null }[]>(
        'SELECT hidden, hidden_reason FROM test_note WHERE id = $1',
        [id],
      );
      return row;
    },
  };
}

export const MODERATION_ITEM = `id kind contentId trajectoryId title excerpt path hidden autoHidden
  hiddenReason openReportCount lastReportedAt moderatedAt reasonCounts { reason count }
  reports { reason text createdAt }`;

export interface ModerationItemView {
  id: string;
  kind: string;
  contentId: string;
  hidden: boolean;
  autoHidden: boolean;
  hiddenReason: string | null;
  openReportCount: number;
  reasonCounts: { reason: string; count: number }[];
  reports: { reason: string; text: string | null; createdAt: string }[];
}

/** GraphQL calls of the moderation tests; each returns the raw body for error checks. */
export class ModerationClient {
  constructor(readonly session: TestSession) {}

  static async as(url: string, email: string) {
    return new ModerationClient(await new TestSession(url).signInOrFail(email, DEMO_PASSWORD));
  }

  async report(kind: string, contentId: string, reason = 'SPAM', text?: string | null) {
    const { body } = await this.session.gql<{
      reportContent: { kind: string; contentId: string; reason: string; createdAt: string };
    }>(
      'mutation($input: ReportContentInput!) { reportContent(input: $input) { kind contentId reason createdAt } }',
      { input: { kind, contentId, reason, ...(text !== undefined ? { text } : {}) } },
    );
    return body;
  }

  async queue(args: { status?: string; kind?: string; first?: number; after?: string } = {}) {
    const { body } = await this.session.gql<{
      moderationQueue: {
        edges: { cursor: string; node: ModerationItemView }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(
      `query($status: ModerationQueueStatus, $kind: String, $first: Int, $after: String) {
        moderationQueue(status: $status, kind: $kind, first: $first, after: $after) {
          edges { cursor node { ${MODERATION_ITEM} } } pageInfo { hasNextPage endCursor } } }`,
      { first: 50, ...args },
    );
    return body;
  }

  async queueItems(args: { status?: string; kind?: string } = {}) {
    const body = await this.queue(args);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.moderationQueue.edges.map((e) => e.node);
  }

  async act(
    op: 'hideContent' | 'restoreContent' | 'dismissReports',
    input: Record<string, unknown>,
  ) {
    const type = op === 'hideContent' ? 'HideContentInput' : 'ModerationDecisionInput';
    const { body } = await this.session.gql<Record<string, ModerationItemView>>(
      `mutation($input: ${type}!) { ${op}(input: $input) { ${MODERATION_ITEM} } }`,
      { input },
    );
    return body;
  }
}
