/**
 * The fan-out target (quality.md): "you said, we did" to 10,000 followers — enqueued ≤ 2 s
 * (bulk), all mails accepted by a real SMTP server ≤ 60 s, none twice.
 *
 * Services mode only (DATABASE_URL and REDIS_URL): the built API and one worker process
 * (NODE_ENV=production), a real SMTP server in this process (smtp-server, counting every
 * accepted message per envelope recipient, no deduplication). A moderator's challenge gets an
 * idea with BENCH_FOLLOWERS (default 10,000) followers (inserted with SQL); the moderator then
 * answers it through GraphQL (`respondToInput`, the real producer path) and the clock runs:
 * - enqueued: from the answer until the fan-out finished (every in-app row and outbox mail
 *   stored, every mail.send job enqueued with addBulk);
 * - delivered: from the answer until the SMTP server accepted a mail for every follower.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase } from '@inspraak/server-database/testing';
import { startCountingSmtp } from '@inspraak/server-mail/testing';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import { PRODUCTION_SESSION_COOKIE } from './lib/bench-sessions';
import { cpuMeter, machine, report, sampleRss } from './lib/bench-env';
import { gql, startPlatform } from './lib/bench-platform';

const FOLLOWERS = Number(process.env.BENCH_FOLLOWERS ?? 10_000);
const ENQUEUE_TARGET_MS = 2_000;
const DELIVERY_TARGET_MS = 60_000;

/** A signed-in session for one user, written the way sign-in writes it. */
async function session(client: Client, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await client.query(
    `INSERT INTO session (id, user_id, last_seen_at, expires_at, ip, user_agent)
     VALUES ($1, $2, now(), now() + interval '1 day', '127.0.0.1', 'bench')`,
    [createHash('sha256').update(token).digest('hex'), userId],
  );
  return `${PRODUCTION_SESSION_COOKIE}=${token}`;
}

async function main() {
  if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
    throw new Error('fanout needs DATABASE_URL and REDIS_URL (services mode)');
  }
  const smtp = await startCountingSmtp();
  const db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
  const client = new Client({ connectionString: db.url });
  await client.connect();
  if (db.schema) await client.query(`SET search_path TO "${db.schema}"`);
  const children: { stop(): Promise<void> }[] = [];
  try {
    const [moderator, author] = (
      await client.query<{ id: string }>(
        `INSERT INTO app_user (name, email, locale, role) VALUES
           ('Bench Moderator', 'moderator@bench.nl', 'nl', 'MODERATOR'),
           ('Bench Author', 'author@bench.nl', 'nl', 'EMPLOYEE')
         RETURNING id`,
      )
    ).rows;
    const platform = await startPlatform(db.env, 'fo', {
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://inspraak.bench.nl',
    });
    children.push(platform);
    const { url, worker, sender } = platform;
    const mod = await session(client, moderator.id);
    const auth = await session(client, author.id);

    const { createTrajectory } = await gql<{ createTrajectory: { id: string } }>(
      url,
      mod,
      'mutation($i: CreateTrajectoryInput!) { createTrajectory(input: $i) { id } }',
      { i: { title: 'Bench traject', problemStatement: 'Meldingen blijven liggen' } },
    );
    const { createChallenge } = await gql<{ createChallenge: { id: string } }>(
      url,
      mod,
      'mutation($i: CreateChallengeInput!) { createChallenge(input: $i) { id } }',
      {
        i: {
          trajectoryId: createTrajectory.id,
          title: 'Hoe maken we handhaving slimmer?',
          problemStatement: 'Handhavers missen informatie op straat.',
        },
      },
    );
    await gql(
      url,
      mod,
      'mutation($i: ChangeChallengeStateInput!) { changeChallengeState(input: $i) { id } }',
      {
        i: { id: createChallenge.id, to: 'OPEN' },
      },
    );
    const { submitIdea } = await gql<{ submitIdea: { id: string } }>(
      url,
      auth,
      'mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { id } }',
      {
        i: {
          challengeId: createChallenge.id,
          title: 'Foto’s van bijplaatsingen delen',
          description: 'Handhavers maken foto’s die het team data kan gebruiken.',
          idempotencyKey: randomUUID(),
        },
      },
    );
    const t0 = Date.now();
    await client.query(
      `WITH u AS (
         INSERT INTO app_user (name, email, locale, role)
         SELECT 'Volger ' || n, 'volger' || n || '@bench.nl',
                CASE WHEN n % 5 = 0 THEN 'en' ELSE 'nl' END, 'EMPLOYEE'
           FROM generate_series(1, $1::int) AS n
         RETURNING id)
       INSERT INTO input_follow (input_id, user_id) SELECT $2, id FROM u`,
      [FOLLOWERS, submitIdea.id],
    );
    const generated = Date.now() - t0;

    const workerRss = sampleRss(worker.pid!);
    const workerCpu = cpuMeter(worker.pid!);
    workerCpu.start();
    const senderRss = sender ? sampleRss(sender.pid!) : null;
    const senderCpu = sender ? cpuMeter(sender.pid!) : null;
    senderCpu?.start();
    const started = Date.now();
    await gql(url, mod, 'mutation($i: RespondToInputInput!) { respondToInput(input: $i) { id } }', {
      i: {
        inputId: submitIdea.id,
        status: 'NOT_ADOPTED',
        text: 'Dit past niet binnen het budget van dit jaar; we nemen het mee in de begroting.',
      },
    });
    const answered = Date.now() - started;
    let enqueued = 0;
    let delivered = 0;
    const followers = () =>
      [...smtp.perRecipient.keys()].filter((k) => k.startsWith('volger')).length;
    const until = started + 300_000;
    while (Date.now() < until) {
      if (!enqueued) {
        const { rows } = await client.query<{ fanout_state: string }>(
          `SELECT fanout_state FROM notification_event WHERE subject_id = $1`,
          [submitIdea.id],
        );
        if (rows[0]?.fanout_state === 'done') enqueued = Date.now() - started;
      }
      if (followers() >= FOLLOWERS) {
        delivered = Date.now() - started;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    // Room for a late duplicate before counting.
    await new Promise((r) => setTimeout(r, 3000));
    workerCpu.stop();
    const peakWorker = workerRss.stop();
    senderCpu?.stop();
    const peakSender = senderRss?.stop();
    const { rows: ev } = await client.query<{ fanout_ms: number; recipients: number }>(
      `SELECT (extract(epoch FROM fanout_done_at - created_at) * 1000)::int AS fanout_ms,
              recipient_count AS recipients
         FROM notification_event WHERE subject_id = $1`,
      [submitIdea.id],
    );
    const twice = [...smtp.perRecipient.values()].filter((n) => n > 1).length;
    const reached = followers();
    const pass =
      enqueued > 0 &&
      enqueued <= ENQUEUE_TARGET_MS &&
      delivered > 0 &&
      delivered <= DELIVERY_TARGET_MS &&
      reached === FOLLOWERS &&
      twice === 0;
    report({
      name: `fan-out to ${FOLLOWERS} followers`,
      target: `enqueued ≤ ${ENQUEUE_TARGET_MS} ms (bulk); all mails accepted ≤ ${DELIVERY_TARGET_MS} ms; none twice`,
      figures: {
        machine: machine(),
        'followers generated (SQL) ms': generated,
        'respondToInput ms': answered,
        'enqueued (answer → fan-out done) ms': enqueued || 'not within 300 s',
        'fan-out in the worker (event created → done) ms': ev[0]?.fanout_ms ?? 'n/a',
        'delivered (answer → last follower mail accepted) ms': delivered || 'not within 300 s',
        'mails per second': delivered ? Math.round((FOLLOWERS * 1000) / delivered) : 0,
        'followers reached': reached,
        'recipients (incl. the author)': ev[0]?.recipients ?? 0,
        'messages accepted': smtp.accepted(),
        'recipients with more than one mail': twice,
        'worker CPU ms': workerCpu.ms(),
        'worker peak RSS MB': peakWorker,
        'mail sender (MAIL_SENDER_URL)': sender ? 'yes' : 'no (BENCH_MAIL_SENDER=off)',
        ...(sender
          ? { 'mail sender CPU ms': senderCpu!.ms(), 'mail sender peak RSS MB': peakSender! }
          : {}),
      },
      pass,
    });
  } finally {
    for (const c of children.reverse()) await c.stop();
    await client.end();
    await db.close();
    await smtp.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
