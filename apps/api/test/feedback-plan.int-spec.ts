import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeedbackMetricsGroup } from '@inspraak/contracts';
import { IDEA_FEEDBACK_KIND } from '@inspraak/server-challenges';
import { createTestDatabase, TestDatabase } from '@inspraak/server-database/testing';
import { FeedbackKindRegistry, FeedbackListRepository } from '@inspraak/server-feedback';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';

const INPUTS = 100_000;
const TRAJECTORIES = 300;
const BIG = 10_000;

/**
 * The feedback lists at the scale of quality.md: 100,000 inputs over 300 trajectories, one with
 * 10,000. The inbox (per trajectory and across the moderator's scope) and the board must be one
 * index range read in their order (no sort of the rows, no sequential scan of the inputs); the
 * metrics one grouped query over the covering index. Real PostgreSQL only.
 */
(process.env.DATABASE_URL ? describe : describe.skip)(
  'feedback list plans at 100,000 inputs',
  () => {
    let db: TestDatabase;
    let repo: FeedbackListRepository;
    let big: string;
    let moderator: string;
    let all: string[];
    const plans: string[] = [];
    const timings: string[] = [];

    beforeAll(async () => {
      db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
      const q = (sql: string, p: unknown[] = []) => db.dataSource.query(sql, p);
      await q(`INSERT INTO org_unit (name, path, depth) VALUES ('Gemeente', '/g/', 0)`);
      await q(`INSERT INTO app_user (name, email, primary_org_unit_id, role)
             SELECT 'Medewerker ' || n, 'm' || n || '@voorbeeld.nl', (SELECT id FROM org_unit),
               CASE WHEN n = 1 THEN 'MODERATOR' ELSE 'EMPLOYEE' END
             FROM generate_series(1, 200) n`);
      [{ id: moderator }] = (await q(
        `SELECT id FROM app_user WHERE email = 'm1@voorbeeld.nl'`,
      )) as {
        id: string;
      }[];
      await q(
        `INSERT INTO trajectory (title, problem_statement, owner_id, visibility, phase)
             SELECT 'Traject ' || n, 'Probleem', (SELECT id FROM app_user WHERE email = 'm2@voorbeeld.nl'),
               'ORGANISATION', 'GENERATE'
             FROM generate_series(1, $1) n`,
        [TRAJECTORIES],
      );
      await q(`INSERT INTO challenge (trajectory_id, phase, title, problem_statement, state, created_by_id)
             SELECT t.id, 'GENERATE', 'Challenge', 'Probleem', 'OPEN', t.owner_id FROM trajectory t`);
      all = ((await q('SELECT id FROM trajectory ORDER BY title')) as { id: string }[]).map(
        (r) => r.id,
      );
      big = all[0];
      // 10,000 inputs in the first trajectory, the rest spread; 40% answered; due 14 days later.
      await q(
        `WITH users AS (SELECT array_agg(id ORDER BY email) AS u FROM app_user),
            ts AS (SELECT array_agg(t.id ORDER BY t.title) AS t, array_agg(c.id ORDER BY t.title) AS c
                   FROM trajectory t JOIN challenge c ON c.trajectory_id = t.id)
       INSERT INTO input (id, kind, trajectory_id, phase, container_id, title, body, author_id,
         org_unit_id, status, hidden, random_key, created_at, updated_at, feedback_due_at,
         feedback_status, feedback_text, first_responded_at, last_responded_at)
       SELECT gen_random_uuid(), 'idea', t[k], 'GENERATE', c[k], 'Idee ' || n, 'Tekst ' || n,
         u[1 + n % 200], (SELECT id FROM org_unit),
         CASE WHEN n % 50 = 0 THEN 'WITHDRAWN' ELSE 'ACTIVE' END, n % 97 = 0,
         (random() * 2147483646)::int, at, at,
         at + interval '14 days',
         CASE WHEN n % 5 < 2 THEN 'PLANNED' ELSE 'RECEIVED' END,
         CASE WHEN n % 5 < 2 THEN 'Gepland' END,
         CASE WHEN n % 5 < 2 THEN at + (n % 300) * interval '1 hour' END,
         CASE WHEN n % 5 < 2 THEN at + (n % 300) * interval '1 hour' END
       FROM (SELECT n, CASE WHEN n <= $1 THEN 1 ELSE 2 + n % ($2 - 1) END AS k,
               now() - (n || ' minutes')::interval AS at
             FROM generate_series(1, $3) n) g, users, ts`,
        [BIG, TRAJECTORIES, INPUTS],
      );
      await q('VACUUM ANALYZE input');
      await q('ANALYZE');
      const kinds = new FeedbackKindRegistry();
      kinds.define(IDEA_FEEDBACK_KIND);
      repo = new FeedbackListRepository(db.dataSource, kinds);
    }, 300_000);

    afterAll(async () => {
      const dir = join(__dirname, '../../../tmp');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'feedback-plans.txt'), plans.join('\n\n'));
      writeFileSync(join(dir, 'feedback-timings.txt'), timings.join('\n'));
      await db?.close();
    });

    const scopes = () => ({
      // A moderator who sees every trajectory (organisation-wide), not on any team.
      moderator: {
        all: false,
        userId: moderator,
        trajectoryIds: all,
        everyTrajectory: true,
        teamIds: [] as string[],
      },
      // One who sees 299 of them (the big one and all but one other).
      partial: {
        all: false,
        userId: moderator,
        trajectoryIds: all.slice(0, -1),
        teamIds: [] as string[],
      },
      admin: { all: true, userId: moderator, trajectoryIds: [], teamIds: [] },
    });
    const inbox = (extra: object = {}) => ({
      scope: scopes().moderator,
      trajectoryId: null,
      statuses: null,
      kind: null,
      phase: null,
      overdueOnly: false,
      unansweredOnly: false,
      after: null,
      limit: 26,
      ...extra,
    });
    const board = (extra: object = {}) => ({
      scope: scopes().moderator,
      trajectoryId: null,
      statuses: null,
      kind: null,
      phase: null,
      search: null,
      after: null,
      limit: 21,
      ...extra,
    });

    const executionMs = (plan: string) => Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]);

    it.each([
      ['inbox of the big trajectory', () => inbox({ trajectoryId: big }), 'ix_input_inbox'],
      [
        'inbox of the big trajectory, unanswered only',
        () => inbox({ trajectoryId: big, unansweredOnly: true }),
        'ix_input_inbox',
      ],
      [
        'inbox of the big trajectory, page 30',
        () =>
          inbox({
            trajectoryId: big,
            after: { dueAt: new Date(Date.now() + 10 * 86_400_000).toISOString(), id: big },
          }),
        'ix_input_inbox',
      ],
      ['inbox across a moderator’s 300 trajectories', () => inbox(), 'ix_input_due'],
      [
        'inbox across 299 of 300 trajectories',
        () => inbox({ scope: scopes().partial }),
        'ix_input_due',
      ],
      ['inbox of an admin (everything)', () => inbox({ scope: scopes().admin }), 'ix_input_due'],
      [
        'overdue inbox of an admin',
        () => inbox({ scope: scopes().admin, overdueOnly: true }),
        'ix_input_due',
      ],
    ] as const)('reads the %s from one index range in due order', async (label, query, index) => {
      const { sql, params } = repo.inboxSql(query());
      const plan = await repo.explain(sql, params);
      plans.push(`-- ${label}\n${plan}`);
      timings.push(`${label}: ${executionMs(plan)} ms`);
      expect(plan).toContain(index);
      expect(plan).toMatch(/Index Scan/);
      expect(plan).not.toMatch(/Seq Scan on input |Sort Method|Bitmap Heap Scan on input /);
      expect((await repo.inbox(query())).length).toBe(26);
    });

    it('counts the inbox of one trajectory from its index', async () => {
      const { sql, params } = repo.inboxCountsSql(inbox({ trajectoryId: big }));
      const plan = await repo.explain(sql, params);
      plans.push(`-- inbox counts of the big trajectory\n${plan}`);
      timings.push(`inbox counts of the big trajectory: ${executionMs(plan)} ms`);
      expect(plan).toMatch(/Index (Only )?Scan|Bitmap Index Scan/);
      expect(plan).not.toMatch(/Seq Scan on input /);
      expect((await repo.inboxCounts(inbox({ trajectoryId: big }))).total).toBeGreaterThan(
        BIG * 0.9,
      );
    });

    it.each([
      ['of an admin (everything)', () => inbox({ scope: scopes().admin })],
      ['across a moderator’s 300 trajectories', () => inbox()],
      ['across 299 of 300 trajectories', () => inbox({ scope: scopes().partial })],
    ] as const)('counts the inbox %s in one aggregate pass (no sort)', async (label, query) => {
      const { sql, params } = repo.inboxCountsSql(query());
      const plan = await repo.explain(sql, params);
      plans.push(`-- inbox counts ${label}\n${plan}`);
      timings.push(`inbox counts ${label}: ${executionMs(plan)} ms`);
      expect(plan).toMatch(/^Aggregate/);
      expect(plan).not.toContain('Sort Method');
      const counts = await repo.inboxCounts(query());
      expect(counts.total).toBeGreaterThan(INPUTS * 0.9);
      expect(counts.overdue).toBeGreaterThan(0);
    });

    it.each([
      ['board of the big trajectory', () => board({ trajectoryId: big }), 'ix_input_board'],
      ['board of the organisation', () => board(), 'ix_input_board_all'],
      [
        'board of the organisation (admin)',
        () => board({ scope: scopes().admin }),
        'ix_input_board_all',
      ],
    ] as const)(
      'reads the %s newest response first from one index range',
      async (label, query, index) => {
        const { sql, params } = repo.boardSql(query());
        const plan = await repo.explain(sql, params);
        plans.push(`-- ${label}\n${plan}`);
        timings.push(`${label}: ${executionMs(plan)} ms`);
        expect(plan).toContain(index);
        expect(plan).not.toMatch(/Seq Scan on input |Sort Method/);
        expect((await repo.board(query())).length).toBe(21);
      },
    );

    it.each([
      ['by trajectory, one trajectory', FeedbackMetricsGroup.TRAJECTORY, true],
      ['by phase, one trajectory', FeedbackMetricsGroup.PHASE, true],
      ['by org unit, one trajectory', FeedbackMetricsGroup.ORG_UNIT, true],
      ['by trajectory, all of them', FeedbackMetricsGroup.TRAJECTORY, false],
    ] as const)(
      'computes metrics %s in one grouped query over the covering index',
      async (label, group, one) => {
        const scope = one ? { all: false, trajectoryIds: [big] } : { all: true, trajectoryIds: [] };
        const { sql, params } = repo.metricsSql(scope, group);
        const plan = await repo.explain(sql, params);
        plans.push(`-- metrics ${label}\n${plan}`);
        timings.push(`metrics ${label}: ${executionMs(plan)} ms`);
        // An index-only scan of the covering index once VACUUM marked the pages all-visible (a
        // long transaction elsewhere in the cluster can hold that back: then an index scan).
        expect(plan).toMatch(
          /Index Only Scan using ix_input_feedback_metrics|Index Scan using ix_input_\w+|Bitmap Index Scan on ix_input_\w+/,
        );
        expect(plan).toMatch(/^GroupAggregate/);
        expect(plan).not.toMatch(/Seq Scan on input |external merge/);
        // All trajectories grouped by trajectory: the index order is the group order, no sort.
        if (!one) expect(plan).not.toContain('Sort Method');
        const rows = await repo.metrics(scope, group);
        const total = rows.reduce((n, r) => n + r.total, 0);
        // Withdrawn (every 50th) and hidden (every 97th) inputs are not counted.
        expect(total).toBeLessThan(one ? BIG : INPUTS);
        expect(total).toBeGreaterThan(one ? BIG * 0.95 : INPUTS * 0.95);
      },
    );

    it.each([
      ['by org unit, all of them', FeedbackMetricsGroup.ORG_UNIT],
      ['by phase, all of them', FeedbackMetricsGroup.PHASE],
    ] as const)(
      'computes metrics %s in one grouped query, sorting in memory (no index orders them)',
      async (label, group) => {
        const scope = { all: true, trajectoryIds: [] };
        const { sql, params } = repo.metricsSql(scope, group);
        const plan = await repo.explain(sql, params);
        plans.push(`-- metrics ${label}\n${plan}`);
        timings.push(`metrics ${label}: ${executionMs(plan)} ms`);
        expect(plan).toMatch(/^GroupAggregate/);
        expect(plan).toContain('Sort Method: quicksort');
        expect(plan).not.toContain('external merge');
        const rows = await repo.metrics(scope, group);
        expect(rows.reduce((n, r) => n + r.total, 0)).toBeGreaterThan(INPUTS * 0.95);
      },
    );
  },
);
