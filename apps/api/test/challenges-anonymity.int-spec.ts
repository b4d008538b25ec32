import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { png } from '@inspraak/server-storage/testing';
import { startTestApi, TestApi } from './test-api';
import { ChallengeClient, errorCode } from './challenge-helpers';

const COMMENT_ALL = `id inputId parentId body anonymous deleted hidden hiddenReason editedAt createdAt
  author { id name anonymous } viewer { isAuthor canEdit canDelete }`;
// Every field of Feedback, FeedbackEntry, FeedbackLink and (nested) InputSummary.
const SUMMARY_SCALARS = `id kind title excerpt path phase containerTitle createdAt supportCount
  commentCount followerCount canRespond trajectory { id title } author { id name anonymous }`;
const FEEDBACK_ALL = `status response respondedAt firstRespondedAt dueAt overdue
  responder { id name anonymous } links { kind targetId title path url }
  mergedInto { ${SUMMARY_SCALARS} feedback { status response } }
  history { id status text createdAt responder { id name anonymous }
    links { kind targetId title path url } mergedInto { ${SUMMARY_SCALARS} } }`;
const INPUT_ALL = `${SUMMARY_SCALARS} feedback { ${FEEDBACK_ALL} }`;
const IDEA_ALL = `id challengeId trajectoryId phase title description tags anonymous status hidden
  hiddenReason supportCount commentCount followerCount createdAt editedAt withdrawnAt
  author { id name anonymous } feedback { ${FEEDBACK_ALL} }
  viewer { isAuthor supported following canEdit canWithdraw canRespond } challenge { id title }
  attachments { id url contentType width height bytes }
  comments { edges { node { id body author { id name anonymous } } } }`;
const COMMENTS_ALL = `edges { cursor node { ${COMMENT_ALL} replies { ${COMMENT_ALL} } } }
  pageInfo { hasNextPage endCursor }`;

/** Every field name a selection set mentions (to prove the queries cover every field). */
const mentioned = (selection: string) => new Set(selection.match(/[A-Za-z_]+/g));

/**
 * The "done when" of issue 6: for an anonymous idea and comment, nothing the platform shows,
 * exports, queues or logs reveals the author — for every role, admins and the author included —
 * while the author can still edit and withdraw.
 */
describe('anonymous ideas and comments reveal nobody', () => {
  let api: TestApi;
  const logs: string[] = [];
  const writeSync = fs.writeSync;
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  let author: ChallengeClient;
  let viewers: Record<string, ChallengeClient>;
  let secrets: string[];
  let ideaId: string;
  let otherIdeaId: string;
  let commentId: string;
  let replyId: string;
  let attachmentId: string;
  let mergedId: string;
  let trajectoryId: string;
  let challengeId: string;
  const prefix = `t${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    // Capture every log line of the API (pino writes synchronously to fd 1).
    (fs as { writeSync: unknown }).writeSync = (fd: number, data: unknown, ...rest: unknown[]) => {
      if (fd === 1 || fd === 2) logs.push(String(data));
      return (writeSync as (...a: unknown[]) => number)(fd, data, ...rest);
    };
    process.stdout.write = (chunk: unknown, ...rest: unknown[]) => {
      logs.push(String(chunk));
      return (stdoutWrite as (...a: unknown[]) => boolean)(chunk, ...rest);
    };
    api = await startTestApi({ SEED_DEMO: 'true', LOG_LEVEL: 'debug', QUEUE_PREFIX: prefix });
    const owner = await ChallengeClient.as(api.url, 'moderator@voorbeeld.nl');
    author = await ChallengeClient.as(api.url, 'employee@voorbeeld.nl');
    viewers = {
      employee: await ChallengeClient.as(api.url, 'or-lid@voorbeeld.nl'),
      moderator: owner,
      manager: await ChallengeClient.as(api.url, 'manager@voorbeeld.nl'),
      admin: await ChallengeClient.as(api.url, 'admin@voorbeeld.nl'),
      author,
    };
    const [me] = await api.db.dataSource.query<{ id: string; email: string; name: string }[]>(
      `SELECT id, email, name FROM app_user WHERE email = 'employee@voorbeeld.nl'`,
    );
    secrets = [me.id, me.email, me.name];
    trajectoryId = (await owner.trajectory()).id;
    challengeId = await owner.challenge(trajectoryId);
    otherIdeaId = (await viewers.employee.submitOk(challengeId, { title: 'Een gewoon idee' })).id;
    // An image uploaded by the author, attached to the anonymous idea.
    const upload = await fetch(`${api.url}/api/uploads/images`, {
      method: 'POST',
      headers: {
        'content-type': 'image/png',
        cookie: author.session.cookieHeader,
        'apollo-require-preflight': 'true',
      },
      body: new Uint8Array(await png(40, 20)),
    });
    attachmentId = ((await upload.json()) as { id: string }).id;
    ideaId = (
      await author.submitOk(challengeId, {
        title: 'Anoniem idee over werkdruk',
        description: 'Niemand mag weten dat dit van mij komt.',
        tags: ['werkdruk'],
        anonymous: true,
        attachmentIds: [attachmentId],
      })
    ).id;
    commentId = (
      await author.mutateOk('addComment', {
        inputId: otherIdeaId,
        body: 'Anonieme kritiek',
        anonymous: true,
      })
    ).id;
    const top = await viewers.employee.mutateOk('addComment', { inputId: ideaId, body: 'Wie?' });
    replyId = (
      await author.mutateOk('addComment', {
        inputId: ideaId,
        parentId: top.id,
        body: 'Dat blijft geheim',
        anonymous: true,
      })
    ).id;
    await owner.respondOk(ideaId, 'Bedankt, we kijken ernaar.', 'UNDER_CONSIDERATION');
    // A second anonymous idea of the author, merged into the first (the author hears it).
    mergedId = (
      await author.submitOk(challengeId, {
        title: 'Nog een anoniem idee over werkdruk',
        anonymous: true,
      })
    ).id;
    await owner.mutateOk('mergeInput', {
      inputId: mergedId,
      intoId: ideaId,
      text: 'Zelfde voorstel: samengevoegd.',
    });
  }, 180_000); // start-up with the demo seed on a shared, busy machine

  afterAll(async () => {
    (fs as { writeSync: unknown }).writeSync = writeSync;
    process.stdout.write = stdoutWrite;
    await api.close();
  });

  const reveals = (text: string) => secrets.filter((s) => text.includes(s));

  it('queries cover every field of Idea, Comment, InputAuthor and the viewer types', async () => {
    const { __schema } = await author.ok<{
      __schema: { types: { name: string; fields: { name: string }[] | null }[] };
    }>('{ __schema { types { name fields { name } } } }');
    const names = mentioned(IDEA_ALL + COMMENTS_ALL + INPUT_ALL);
    for (const type of [
      'Idea',
      'Comment',
      'InputAuthor',
      'IdeaViewer',
      'CommentViewer',
      'Feedback',
      'FeedbackEntry',
      'FeedbackLink',
      'InputSummary',
      'TrajectoryRef',
    ]) {
      const fields = __schema.types.find((t) => t.name === type)!.fields!.map((f) => f.name);
      expect({ type, missing: fields.filter((f) => !names.has(f)) }).toEqual({ type, missing: [] });
    }
  });

  it.each(['employee', 'moderator', 'manager', 'admin', 'author'])(
    'shows "Anoniem" and no trace of the author to the %s',
    async (role) => {
      const client = viewers[role];
      const idea = await client.gql<{ idea: { author: unknown; viewer: { isAuthor: boolean } } }>(
        `query($id: ID!) { idea(id: $id) { ${IDEA_ALL} } }`,
        { id: ideaId },
      );
      expect(idea.errors).toBeUndefined();
      expect(idea.data!.idea.author).toEqual({ id: null, name: 'Anoniem', anonymous: true });
      expect(JSON.stringify(idea.data)).toContain(attachmentId);
      expect(idea.data!.idea.viewer.isAuthor).toBe(role === 'author');
      const other = await client.gql(`query($id: ID!) { idea(id: $id) { ${IDEA_ALL} } }`, {
        id: otherIdeaId,
      });
      const list = await client.gql(
        `query($c: ID!) { ideas(challengeId: $c, first: 5) { edges { node { id title anonymous
           author { id name anonymous } viewer { isAuthor } } } } }`,
        {
          c: (
            await client.ok<{ idea: { challengeId: string } }>(
              'query($id: ID!) { idea(id: $id) { challengeId } }',
              { id: ideaId },
            )
          ).idea.challengeId,
        },
      );
      const threads = await Promise.all(
        [ideaId, otherIdeaId].map((id) =>
          client.gql(`query($id: ID!) { ideaComments(ideaId: $id) { ${COMMENTS_ALL} } }`, {
            id,
          }),
        ),
      );
      // The feedback loop's reads: the generic input, the board, and (for those who answer)
      // the inbox; the merged idea points at the first, both anonymous.
      const generic = await Promise.all(
        [ideaId, mergedId].map((id) =>
          client.gql<{ input: { author: unknown; feedback: { mergedInto: { author: unknown } } } }>(
            `query($id: ID!) { input(id: $id) { ${INPUT_ALL} } }`,
            { id },
          ),
        ),
      );
      expect(generic[0].data!.input.author).toEqual({ id: null, name: 'Anoniem', anonymous: true });
      expect(generic[1].data!.input.feedback.mergedInto.author).toEqual({
        id: null,
        name: 'Anoniem',
        anonymous: true,
      });
      const onBoard = await client.gql<{ feedbackBoard: { edges: unknown[] } }>(
        `query($t: ID) { feedbackBoard(trajectoryId: $t) { edges { node { ${INPUT_ALL} } } } }`,
        { t: trajectoryId },
      );
      expect(onBoard.data!.feedbackBoard.edges).toHaveLength(2);
      const answers = ['moderator', 'admin'].includes(role);
      const inboxBody = await client.gql(
        `query($t: ID) { feedbackInbox(filter: { trajectoryId: $t }) { edges { node { ${INPUT_ALL} } } } }`,
        { t: trajectoryId },
      );
      expect(inboxBody.errors?.[0]?.extensions?.code).toBe(answers ? undefined : 'FORBIDDEN');
      const bodies = [...generic, onBoard, ...(answers ? [inboxBody] : [])];
      for (const body of [idea, other, list, ...threads, ...bodies]) {
        expect(body.errors).toBeUndefined();
        expect(reveals(JSON.stringify(body))).toEqual([]);
      }
      const comments = JSON.stringify(threads);
      expect(comments).toContain('"anonymous":true');
      expect(comments).toContain('Anoniem');
    },
  );

  it('lets the author find, edit and withdraw, and nobody else', async () => {
    const challengeId = (
      await author.ok<{ idea: { challengeId: string } }>(
        'query($id: ID!) { idea(id: $id) { challengeId } }',
        { id: ideaId },
      )
    ).idea.challengeId;
    const mine = await author.ideas(challengeId, ', mine: true');
    expect(mine.edges.map((e) => e.node.id).sort()).toEqual([ideaId, mergedId].sort());
    expect((await viewers.admin.ideas(challengeId, ', mine: true')).edges).toEqual([]);
    expect(
      errorCode(await viewers.admin.mutate('updateIdea', { id: ideaId, title: 'Admin wijzigt' })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await viewers.admin.mutate('updateComment', { id: commentId, body: 'x' })),
    ).toBe('FORBIDDEN');
    expect(
      await author.mutateOk(
        'updateIdea',
        { id: ideaId, title: 'Anoniem idee, aangevuld' },
        'title anonymous',
      ),
    ).toEqual({ title: 'Anoniem idee, aangevuld', anonymous: true });
    await author.mutateOk('updateComment', {
      id: commentId,
      body: 'Anonieme kritiek, verduidelijkt',
    });
    expect((await author.byId('deleteComment', replyId, '')).data).toEqual({ deleteComment: true });
    const withdrawn = await author.byId<{ status: string }>('withdrawIdea', ideaId, 'status');
    expect(withdrawn.data!.withdrawIdea.status).toBe('WITHDRAWN');
  });

  it('stores no identity with the anonymous rows, and the audit export names nobody', async () => {
    const rows = await api.db.dataSource.query<{ row: string }[]>(
      `SELECT row_to_json(x)::text AS row FROM (
         SELECT * FROM input WHERE id = $1) x
       UNION ALL SELECT row_to_json(c)::text FROM input_comment c WHERE c.id = ANY($2::uuid[])
       UNION ALL SELECT row_to_json(d)::text FROM idea d WHERE d.input_id = $1
       UNION ALL SELECT row_to_json(a)::text FROM attachment a WHERE a.id = $3`,
      [ideaId, [commentId, replyId], attachmentId],
    );
    expect(rows).toHaveLength(5);
    // The feedback history and the notification events of both anonymous ideas name nobody.
    const feedbackRows = await api.db.dataSource.query<{ row: string }[]>(
      `SELECT row_to_json(f)::text AS row FROM input_feedback f WHERE f.input_id = ANY($1::uuid[])
       UNION ALL SELECT row_to_json(e)::text FROM notification_event e
         WHERE e.subject_id = ANY($2::text[])
       UNION ALL SELECT row_to_json(i)::text FROM input i WHERE i.id = $3`,
      [[ideaId, mergedId], [ideaId, mergedId], mergedId],
    );
    expect(feedbackRows.length).toBeGreaterThanOrEqual(5);
    expect(feedbackRows.some((r) => r.row.includes('input.merged'))).toBe(true);
    for (const { row } of feedbackRows) expect(reveals(row)).toEqual([]);
    // No org unit is kept with an anonymous input (metrics by unit would point at the author).
    expect(JSON.parse(feedbackRows.at(-1)!.row)).toMatchObject({ org_unit_id: null });
    expect(rows[4].row).toContain(ideaId);
    expect(JSON.parse(rows[4].row)).toMatchObject({ uploader_hash: null });
    for (const { row } of rows) expect(reveals(row)).toEqual([]);
    const csv = (
      await viewers.admin.ok<{ exportAuditEventsCsv: string }>('{ exportAuditEventsCsv }')
    ).exportAuditEventsCsv;
    const lines = csv.split('\n');
    const about = lines.filter((l) => [ideaId, commentId, replyId].some((id) => l.includes(id)));
    // Submit, response, withdraw of the idea; deletion of the reply.
    expect(about.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      // Sign-in and sign-out carry the person by design; they say nothing about content.
      if (/,auth\.sign_(in|out),/.test(line)) continue;
      expect({ line, revealed: reveals(line) }).toEqual({ line, revealed: [] });
    }
  });

  it('puts no trace of the author in job payloads or log lines', async () => {
    const jobs = await api.db.dataSource.query<{ payload: string }[]>(
      `SELECT payload::text AS payload FROM queue_job`,
    );
    for (const j of jobs) expect(reveals(j.payload)).toEqual([]);
    if (process.env.REDIS_URL) {
      const redis = new Redis(process.env.REDIS_URL);
      try {
        const keys = await redis.keys(`${prefix}*`);
        for (const key of keys) {
          const type = await redis.type(key);
          const value =
            type === 'hash'
              ? JSON.stringify(await redis.hgetall(key))
              : type === 'list'
                ? JSON.stringify(await redis.lrange(key, 0, -1))
                : type === 'string'
                  ? ((await redis.get(key)) ?? '')
                  : type === 'zset'
                    ? JSON.stringify(await redis.zrange(key, 0, -1))
                    : '';
          expect({ key, revealed: reveals(value) }).toEqual({ key, revealed: [] });
        }
      } finally {
        redis.disconnect();
      }
    }
    const all = logs.join('');
    expect(all.length).toBeGreaterThan(1000);
    expect(all).toContain('"url":"/graphql"');
    expect(reveals(all)).toEqual([]);
  });
});
