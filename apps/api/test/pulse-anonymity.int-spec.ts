import fs from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { VoterKeys } from '@inspraak/server-pulse';
import { MailTestApi, startMailTestApi } from './test-mail-api';
import { TestApi } from './test-api';
import { TestSession } from './test-session';
import { queueContents } from './queue-contents';
import {
  plantTree,
  PulseClient,
  RESULT_FIELDS,
  ROUND_FIELDS,
  SURVEY_FIELDS,
} from './pulse-helpers';

/** Participants of the attacked round (known to the attacker, with their answers). */
const N = 40;
const SCALES = [
  'qow.autonomy',
  'qow.variety',
  'qow.workload',
  'qow.learning',
  'qow.development',
  'qow.enjoyment',
];

interface Participant {
  userId: string;
  /** Position in which they submitted (the attacker knows when each person answered). */
  order: number;
  answers: Record<string, number>;
  comment: string;
}

/** Spearman's rank correlation of two orderings of the same people. */
function spearman(a: number[], b: number[]): number {
  const n = a.length;
  const d2 = a.reduce((s, x, i) => s + (x - b[i]) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/** Positions of items in an order given as a list. */
const positions = (list: string[]) => new Map(list.map((x, i) => [x, i]));

/**
 * The attack suite of issue 8 ("done when"): after a round closes, a full dump of the database
 * (every table, with xmin, ctid and every timestamp), the queue (queue_job or Redis) and the
 * captured logs link no participant to a response. The attacker knows who took part, in which
 * order they answered and what each of them answered, and tries every order the storage has.
 */
describe('a closed pulse round links nobody to an answer (attack suite)', () => {
  let platform: MailTestApi;
  let api: TestApi;
  const logs: string[] = [];
  const writeSync = fs.writeSync;
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const prefix = `t${randomBytes(4).toString('hex')}`;
  let roundId: string;
  let surveyId: string;
  let participants: Participant[];
  let everyone: string[];
  let clients: Record<string, PulseClient>;

  beforeAll(async () => {
    (fs as { writeSync: unknown }).writeSync = (fd: number, data: unknown, ...rest: unknown[]) => {
      if (fd === 1 || fd === 2) logs.push(String(data));
      return (writeSync as (...a: unknown[]) => number)(fd, data, ...rest);
    };
    process.stdout.write = (chunk: unknown, ...rest: unknown[]) => {
      logs.push(String(chunk));
      return (stdoutWrite as (...a: unknown[]) => boolean)(chunk, ...rest);
    };
    platform = await startMailTestApi({
      smtp: false,
      // Real move jobs (every second) while people answer; the schedule stays out of the way.
      env: {
        LOG_LEVEL: 'debug',
        QUEUE_PREFIX: prefix,
        PULSE_MOVE_DELAY_SECONDS: '1',
        PULSE_TICK_SECONDS: '3600',
      },
    });
    api = platform.api;
    const db = api.db.dataSource;
    const moderator = await PulseClient.as(api.url, 'moderator@voorbeeld.nl');
    const tree = await plantTree(db, `A${randomUUID().slice(0, 4)}`, [
      { name: 'Dir', parent: null, people: 2 },
      { name: 'A', parent: 'Dir', people: 16 },
      { name: 'B', parent: 'Dir', people: 16 },
      { name: 'C', parent: 'Dir', people: 3 },
      { name: 'D', parent: 'B', people: 8 },
    ]);
    everyone = [...tree.people.values()].flat();
    // The people can sign in (the demo password), so they answer over HTTP like anyone.
    await db.query(
      `UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user
         WHERE email = 'employee@voorbeeld.nl') WHERE id = ANY($1::uuid[])`,
      [everyone],
    );
    surveyId = await moderator.createSurvey({
      title: 'Aanvalsronde',
      orgUnitIds: [tree.units.get('Dir')],
      templates: ['QUALITY_OF_WORK'],
    });
    roundId = await moderator.openRound(surveyId);
    // 40 of 45 answer, in a known order, each with a distinct answer and comment.
    const order = [...everyone].sort().slice(0, N);
    participants = order.map((userId, i) => ({
      userId,
      order: i,
      answers: Object.fromEntries(SCALES.map((q, j) => [q, (Math.floor(i / 5 ** j) % 5) + 1])),
      comment: `GEHEIM-${i}-${randomBytes(3).toString('hex')}`,
    }));
    const emailOf = new Map<string, string>();
    for (const row of await db.query<{ id: string; email: string }[]>(
      'SELECT id, email FROM app_user WHERE id = ANY($1::uuid[])',
      [everyone],
    )) {
      emailOf.set(row.id, row.email);
    }
    for (const [i, p] of participants.entries()) {
      const s = await new TestSession(api.url).signInOrFail(emailOf.get(p.userId)!, DEMO_PASSWORD);
      const { body } = await s.gql(
        `mutation($input: SubmitPulseResponseInput!) { submitPulseResponse(input: $input) { round { id } } }`,
        {
          input: {
            roundId,
            idempotencyKey: randomUUID(),
            answers: [
              ...SCALES.map((q) => ({ questionKey: q, value: p.answers[q] })),
              { questionKey: 'qow.comment', text: p.comment },
            ],
          },
        },
      );
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      // Waves: let move jobs run between groups of answers, as in real life.
      if (i % 8 === 7) await new Promise((r) => setTimeout(r, 1500));
    }
    clients = {
      moderator,
      admin: await PulseClient.as(api.url, 'admin@voorbeeld.nl'),
      manager: await PulseClient.as(api.url, 'manager@voorbeeld.nl'),
      employee: await PulseClient.as(api.url, 'employee@voorbeeld.nl'),
      participant: new PulseClient(
        await new TestSession(api.url).signInOrFail(
          emailOf.get(participants[0].userId)!,
          DEMO_PASSWORD,
        ),
      ),
    };
    // Batches were moved while people answered (the storage had xmin groups before the close).
    const [{ moved }] = await db.query<{ moved: number }[]>(
      'SELECT count(*)::int AS moved FROM pulse_participation WHERE round_id = $1',
      [roundId],
    );
    expect(moved).toBeGreaterThan(0);
    const closed = await moderator.gql(`mutation($id: ID!) { closePulseRound(id: $id) { id } }`, {
      id: roundId,
    });
    if (closed.errors) throw new Error(JSON.stringify(closed.errors));
  }, 300_000);

  afterAll(async () => {
    (fs as { writeSync: unknown }).writeSync = writeSync;
    process.stdout.write = stdoutWrite;
    await platform?.close();
  });

  /** Every row of every table: `SELECT xmin, ctid, *`, as JSON text per table. */
  async function dump(): Promise<
    Map<string, { xmin: string; ctid: string; row: Record<string, unknown> }[]>
  > {
    const db = api.db.dataSource;
    const tables = await db.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    const out = new Map<string, { xmin: string; ctid: string; row: Record<string, unknown> }[]>();
    for (const { table_name } of tables) {
      const rows = await db.query<{ x: string; c: string; r: Record<string, unknown> }[]>(
        `SELECT xmin::text AS x, ctid::text AS c, to_jsonb(t) AS r FROM "${table_name}" t`,
      );
      out.set(
        table_name,
        rows.map((r) => ({ xmin: r.x, ctid: r.c, row: r.r })),
      );
    }
    return out;
  }

  const ctidOrder = <T extends { ctid: string }>(rows: T[]): T[] =>
    [...rows].sort((a, b) => {
      const [pa, ia] = a.ctid.slice(1, -1).split(',').map(Number);
      const [pb, ib] = b.ctid.slice(1, -1).split(',').map(Number);
      return pa - pb || ia - ib;
    });

  it('stores no identity, no time and no hash with responses, comments or participation', async () => {
    const db = api.db.dataSource;
    const columns = await db.query<
      { table_name: string; column_name: string; data_type: string }[]
    >(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = current_schema()
          AND table_name IN ('pulse_response', 'pulse_comment', 'pulse_participation', 'pulse_pending')`,
    );
    const of = (t: string) =>
      columns
        .filter((c) => c.table_name === t)
        .map((c) => c.column_name)
        .sort();
    expect(of('pulse_response')).toEqual(['answers', 'id', 'reporting_unit_id', 'round_id']);
    expect(of('pulse_comment')).toEqual([
      'id',
      'question_key',
      'reporting_unit_id',
      'round_id',
      'text',
    ]);
    expect(of('pulse_participation')).toEqual(['key_hash', 'round_id', 'user_id']);
    expect(of('pulse_pending')).not.toContain('user_id');
    expect(columns.filter((c) => /time|date/.test(c.data_type))).toEqual([]);
    // Foreign keys from the anonymous tables: the round and org units, nothing else.
    const fks = await db.query<{ t: string; target: string }[]>(
      `SELECT c.conrelid::regclass::text AS t, c.confrelid::regclass::text AS target
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.conrelid::regclass::text IN ('pulse_response', 'pulse_comment')`,
    );
    expect([...new Set(fks.map((f) => f.target.replace(/^.*\./, '')))].sort()).toEqual([
      'org_unit',
      'pulse_round',
    ]);
    const d = await dump();
    expect(d.get('pulse_pending')!.filter((r) => r.row['round_id'] === roundId)).toEqual([]);
    expect(d.get('pulse_response')!.filter((r) => r.row['round_id'] === roundId)).toHaveLength(N);
    expect(d.get('pulse_participation')!.filter((r) => r.row['round_id'] === roundId)).toHaveLength(
      N,
    );
  });

  it('shares one transaction id across the whole round: no batch is left to match', async () => {
    const d = await dump();
    const mine = (t: string) => d.get(t)!.filter((r) => r.row['round_id'] === roundId);
    const xmins = new Set(
      ['pulse_response', 'pulse_comment', 'pulse_participation'].flatMap((t) =>
        mine(t).map((r) => r.xmin),
      ),
    );
    expect(xmins.size).toBe(1);
    const [sealed] = [...xmins];
    // Besides them, only the round's own row was written by that transaction.
    const others = [...d]
      .filter(([t]) => !['pulse_response', 'pulse_comment', 'pulse_participation'].includes(t))
      .flatMap(([t, rows]) => rows.filter((r) => r.xmin === sealed).map(() => t));
    expect([...new Set(others)]).toEqual(['pulse_round']);
  });

  it('no order in storage (physical position, id, comment order) tells who gave which answer', async () => {
    const d = await dump();
    const responses = d.get('pulse_response')!.filter((r) => r.row['round_id'] === roundId);
    const comments = d.get('pulse_comment')!.filter((r) => r.row['round_id'] === roundId);
    const participation = d
      .get('pulse_participation')!
      .filter((r) => r.row['round_id'] === roundId);
    // The attacker identifies each response by its (known, distinct) answers.
    const byAnswers = new Map(
      participants.map((p) => [JSON.stringify(SCALES.map((q) => p.answers[q])), p]),
    );
    const whoseResponse = (r: { row: Record<string, unknown> }) => {
      const a = r.row['answers'] as Record<string, number>;
      return byAnswers.get(JSON.stringify(SCALES.map((q) => a[q])))!.userId;
    };
    const byComment = new Map(participants.map((p) => [p.comment, p.userId]));
    const whoseComment = (r: { row: Record<string, unknown> }) =>
      byComment.get(r.row['text'] as string)!;
    expect(new Set(responses.map(whoseResponse)).size).toBe(N);
    expect(new Set(comments.map(whoseComment)).size).toBe(N);

    const submitted = participants.map((p) => p.userId);
    const orders: Record<string, string[]> = {
      'responses by ctid': ctidOrder(responses).map(whoseResponse),
      'responses by id': [...responses]
        .sort((a, b) => (String(a.row['id']) < String(b.row['id']) ? -1 : 1))
        .map(whoseResponse),
      'comments by ctid': ctidOrder(comments).map(whoseComment),
      'comments by id': [...comments]
        .sort((a, b) => (String(a.row['id']) < String(b.row['id']) ? -1 : 1))
        .map(whoseComment),
    };
    const participationOrder = ctidOrder(participation).map((r) => String(r.row['user_id']));
    // Participation lies in user-id order: nothing to do with when or what anyone answered.
    expect(participationOrder).toEqual([...participationOrder].sort());
    const references: Record<string, string[]> = {
      'submit order': submitted,
      'participation order': participationOrder,
    };
    for (const [refName, ref] of Object.entries(references)) {
      const refPos = positions(ref);
      for (const [name, order] of Object.entries(orders)) {
        const pos = positions(order);
        const rho = spearman(
          ref.map((u) => refPos.get(u)!),
          ref.map((u) => pos.get(u)!),
        );
        // Same position in both orders: about 1 by chance; 8 or more has p < 0.0001.
        const same = ref.filter((u) => refPos.get(u) === pos.get(u)).length;
        // |rho| ≥ 0.7 with 40 people has p < 0.0001 for unrelated orders (a batch order gives ~0.9).
        expect({ refName, name, correlated: Math.abs(rho) >= 0.7, same: same >= 8 }).toEqual({
          refName,
          name,
          correlated: false,
          same: false,
        });
      }
    }
    // Comments and responses are not stored in the same order either (a comment is not tied to
    // its writer's scores by position).
    const rPos = positions(orders['responses by ctid']);
    const cOrder = orders['comments by ctid'];
    expect(
      Math.abs(
        spearman(
          cOrder.map((_, i) => i),
          cOrder.map((u) => rPos.get(u)!),
        ),
      ),
    ).toBeLessThan(0.7);
  });

  it('keeps voter hashes, answers and participants out of the queue and every other table', async () => {
    const keys = api.app.get(VoterKeys);
    const hashes = participants.map((p) => keys.voterHash(roundId, p.userId));
    const d = await dump();
    const elsewhere = [...d]
      .filter(([t]) => !['pulse_response', 'pulse_comment'].includes(t))
      .map(([t, rows]) => [t, JSON.stringify(rows)] as const);
    for (const [t, text] of elsewhere) {
      expect({ t, hash: hashes.some((h) => text.includes(h)) }).toEqual({ t, hash: false });
      expect({ t, comment: participants.some((p) => text.includes(p.comment)) }).toEqual({
        t,
        comment: false,
      });
    }
    // Job payloads: ids only; the pulse jobs carry the round and nothing else.
    for (const j of d.get('queue_job')!) {
      const payload = j.row['payload'] as Record<string, unknown>;
      for (const v of Object.values(payload))
        expect(typeof v === 'string' ? v.length <= 64 : true).toBe(true);
      if (String(j.row['name']).startsWith('pulse.')) {
        expect(Object.keys(payload).filter((k) => k !== 'roundId')).toEqual([]);
      }
      expect(participants.some((p) => JSON.stringify(payload).includes(p.userId))).toBe(false);
    }
    // Notifications about a round carry the survey title and dates (invitations, reminders) or
    // an action's public text (actions on the outcome) — no answers or people.
    const allowedData: Record<string, string[]> = {
      'pulse.invitation': ['closesAt', 'roundNumber', 'surveyId', 'surveyTitle'],
      'pulse.reminder': ['closesAt', 'roundNumber', 'surveyId', 'surveyTitle'],
      'pulse.action-published': [
        'actionId',
        'actionTitle',
        'description',
        'roundNumber',
        'status',
        'surveyId',
        'surveyTitle',
      ],
    };
    for (const e of d
      .get('notification_event')!
      .filter((r) => String(r.row['type']).startsWith('pulse.'))) {
      const type = String(e.row['type']);
      expect({ type, keys: Object.keys(e.row['data'] as object).sort() }).toEqual({
        type,
        keys: allowedData[type],
      });
      expect(participants.some((p) => JSON.stringify(e.row).includes(p.userId))).toBe(false);
    }
    // The audit log says nothing about who answered: the round appears only in its owner's
    // management of it (scheduled, closed), with no participant anywhere in those rows.
    const roundAudit = d.get('audit_event')!.filter((r) => JSON.stringify(r.row).includes(roundId));
    expect(roundAudit.map((r) => r.row['action']).sort()).toEqual([
      'pulse.round_close',
      'pulse.round_schedule',
    ]);
    for (const r of roundAudit) {
      const text = JSON.stringify(r.row);
      expect(participants.some((p) => text.includes(p.userId) || text.includes(p.comment))).toBe(
        false,
      );
    }
    if (process.env.REDIS_URL) {
      const all = (await queueContents(api.db.dataSource, process.env.REDIS_URL, prefix)).filter(
        (q) => !q.where.startsWith('queue_job '),
      );
      expect(all.length).toBeGreaterThan(0);
      for (const { where: key, text: value } of all) {
        const leaks = [
          ...participants.filter((p) => value.includes(p.userId) || value.includes(p.comment)),
          ...hashes.filter((h) => value.includes(h)),
        ];
        expect({ key, leaks }).toEqual({ key, leaks: [] });
      }
    }
  });

  it('logs no answers, no participants and no hashes', () => {
    const all = logs.join('');
    expect(all.length).toBeGreaterThan(1000);
    expect(all).toContain('"url":"/graphql"');
    // The mover did log its batches, by count only.
    expect(all).toMatch(/moved a batch of \d+/);
    const keys = api.app.get(VoterKeys);
    for (const p of participants) {
      expect(all.includes(p.comment)).toBe(false);
      expect(all.includes(p.userId)).toBe(false);
      expect(all.includes(keys.voterHash(roundId, p.userId))).toBe(false);
    }
  });

  it('shows no role more than the UI: every pulse field asked, no participant or answer in any answer', async () => {
    const { __schema } = await clients.admin.ok<{
      __schema: { types: { name: string; fields: { name: string }[] | null }[] };
    }>('{ __schema { types { name fields { name } } } }');
    const TREND = `surveyId orgUnitId points { roundId number phase closesAt shown responses enps
      dimensions { key score favourableShare } } phases { phase rounds responses enps
      dimensions { key score favourableShare } }`;
    const SURVEY_ALL = `${SURVEY_FIELDS} description templates { key version } dimensions { key name { nl en } }
      nextRoundAt createdAt questions { key type dimension required enps text { nl en }
        lowLabel { nl en } highLabel { nl en } options { key favourable label { nl en } } }
      rounds { ${ROUND_FIELDS} surveyDescription dimensions { key name { nl en } } }`;
    const RESULTS_ALL = `${RESULT_FIELDS} questions { key } dimensions { key name { nl en } }
      actions { id surveyId roundId roundNumber trajectoryId phase title description dimension
        questionKey createdBy { id name anonymous } createdAt updatedAt followerCount path
        feedback { status response } viewer { canManage following } }`;
    const SUBMIT = `round { ${ROUND_FIELDS} }`;
    const mentioned = new Set(
      (SURVEY_ALL + RESULTS_ALL + TREND + ROUND_FIELDS + SUBMIT).match(/[A-Za-z_]+/g),
    );
    for (const type of __schema.types.filter((t) => t.name.startsWith('Pulse') && t.fields)) {
      const missing = type.fields!.map((f) => f.name).filter((f) => !mentioned.has(f));
      expect({ type: type.name, missing }).toEqual({ type: type.name, missing: [] });
    }
    const secrets = [
      ...participants.map((p) => p.userId),
      ...participants.map((p) => api.app.get(VoterKeys).voterHash(roundId, p.userId)),
    ];
    for (const [role, client] of Object.entries(clients)) {
      const bodies = [
        await client.gql(`query($id: ID!) { pulseSurvey(id: $id) { ${SURVEY_ALL} } }`, {
          id: surveyId,
        }),
        await client.gql(`{ pulseSurveys { id } myPulseRounds { ${ROUND_FIELDS} } }`),
        await client.gql(`query($id: ID!) { pulseRound(id: $id) { ${ROUND_FIELDS} } }`, {
          id: roundId,
        }),
        await client.gql(`query($r: ID!) { pulseResults(roundId: $r) { ${RESULTS_ALL} } }`, {
          r: roundId,
        }),
        await client.gql(`query($r: ID!) { pulseResultsCsv(roundId: $r) }`, { r: roundId }),
        await client.gql(`query($s: ID!) { pulseTrend(surveyId: $s) { ${TREND} } }`, {
          s: surveyId,
        }),
        // A (late) answer: refused for everyone, and the refusal names nobody.
        await client.gql(
          `mutation($input: SubmitPulseResponseInput!) { submitPulseResponse(input: $input) { ${SUBMIT} } }`,
          {
            input: {
              roundId,
              idempotencyKey: randomUUID(),
              answers: [{ questionKey: 'qow.autonomy', value: 3 }],
            },
          },
        ),
      ];
      const text = JSON.stringify(bodies);
      expect({ role, leaks: secrets.filter((s) => text.includes(s)) }).toEqual({ role, leaks: [] });
      // Comments only to the owners: the round's results, and nowhere else.
      const comments = participants.filter((p) => text.includes(p.comment)).length;
      if (role === 'moderator' || role === 'admin') expect(comments).toBeGreaterThanOrEqual(10);
      else expect({ role, comments }).toEqual({ role, comments: 0 });
      // Those the round did not ask and who do not own it: NOT_FOUND, like a random id.
      if (role === 'employee' || role === 'manager') {
        expect(bodies[0].errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(bodies[3].errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    }
  });
});
