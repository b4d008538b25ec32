import fs from 'node:fs';
import { ParsedMail } from 'mailparser';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { ChallengeClient } from './challenge-helpers';
import { waitUntil } from './notification-helpers';
import { queueContents } from './queue-contents';
import { MailTestApi, startMailTestApi } from './test-mail-api';

const toOf = (m: ParsedMail) =>
  (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) =>
    a.value.map((v) => v.address!.toLowerCase()),
  );

const LIST = `{ notifications(first: 10) { edges { node { id type title body path read } } unreadCount } }`;
type List = {
  notifications: {
    edges: {
      node: { id: string; type: string; title: string; body: string | null; path: string };
    }[];
    unreadCount: number;
  };
};

/**
 * Notifications from the real feedback loop (the input source of libs/server/feedback): each
 * person once per event whatever their roles (author, supporter, commenter, follower); the
 * actor never; an anonymous author in-app and by mail with nothing stored, queued or logged that
 * links them to the idea.
 */
describe('notifications of the feedback loop', () => {
  let m: MailTestApi;
  const logs: string[] = [];
  const writeSync = fs.writeSync;
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  let owner: ChallengeClient;
  let author: ChallengeClient;
  let fan: ChallengeClient;
  let bystander: ChallengeClient;
  let challengeId: string;
  const emails = {
    owner: 'moderator@voorbeeld.nl',
    author: 'employee@voorbeeld.nl',
    fan: 'or-lid@voorbeeld.nl',
    bystander: 'manager@voorbeeld.nl',
  };

  beforeAll(async () => {
    (fs as { writeSync: unknown }).writeSync = (fd: number, data: unknown, ...rest: unknown[]) => {
      if (fd === 1 || fd === 2) logs.push(String(data));
      return (writeSync as (...a: unknown[]) => number)(fd, data, ...rest);
    };
    process.stdout.write = (chunk: unknown, ...rest: unknown[]) => {
      logs.push(String(chunk));
      return (stdoutWrite as (...a: unknown[]) => boolean)(chunk, ...rest);
    };
    m = await startMailTestApi({ env: { LOG_LEVEL: 'debug' } });
    owner = await ChallengeClient.as(m.api.url, emails.owner);
    author = await ChallengeClient.as(m.api.url, emails.author);
    fan = await ChallengeClient.as(m.api.url, emails.fan);
    bystander = await ChallengeClient.as(m.api.url, emails.bystander);
    const trajectoryId = (await owner.trajectory()).id;
    challengeId = await owner.challenge(trajectoryId);
  });
  afterAll(async () => {
    (fs as { writeSync: unknown }).writeSync = writeSync;
    process.stdout.write = stdoutWrite;
    await m.close();
  });

  const mailsTo = (email: string, about: string) =>
    m.smtp!.messages.filter((x) => toOf(x).includes(email) && (x.subject ?? '').includes(about));
  const eventsOf = (inputId: string) =>
    m.api.db.dataSource.query<{ id: string; fanout_state: string }[]>(
      'SELECT id, fanout_state FROM notification_event WHERE subject_id = $1',
      [inputId],
    );
  const fannedOut = (inputId: string, n = 1) =>
    waitUntil(
      async () => {
        const e = await eventsOf(inputId);
        return e.length >= n && e.every((x) => x.fanout_state === 'done');
      },
      30000,
      'fan-out',
    );

  it('reaches each person once, whatever their roles, and never the one who answered', async () => {
    const title = `Dubbel ${Date.now()}`;
    const idea = await author.submitOk(challengeId, { title });
    // The author comments on (and follows) their own idea; the fan supports, follows, comments.
    await author.mutateOk('addComment', { inputId: idea.id, body: 'Aanvulling van mij' });
    await author.byId('followIdea', idea.id);
    await fan.byId('supportIdea', idea.id);
    await fan.byId('followIdea', idea.id);
    await fan.mutateOk('addComment', { inputId: idea.id, body: 'Goed plan' });
    await owner.mutateOk('addComment', { inputId: idea.id, body: 'We kijken ernaar' });
    await owner.respondOk(idea.id, 'Past niet binnen het budget van dit jaar.', 'NOT_ADOPTED');
    await fannedOut(idea.id);

    await m.smtp!.waitForMail(emails.author);
    await m.smtp!.waitForMail(emails.fan);
    await new Promise((r) => setTimeout(r, 1500));
    const authorMails = mailsTo(emails.author, title);
    expect(authorMails).toHaveLength(1);
    expect(mailsTo(emails.fan, title)).toHaveLength(1);
    expect(mailsTo(emails.owner, title)).toHaveLength(0);
    expect(mailsTo(emails.bystander, title)).toHaveLength(0);
    expect(authorMails[0].subject).toMatch(/niet overgenomen/);
    expect(authorMails[0].text).toContain('Past niet binnen het budget van dit jaar.');

    const [event] = await eventsOf(idea.id);
    const rows = await m.api.db.dataSource.query<{ email: string; n: number }[]>(
      `SELECT u.email, count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.event_id = $1 GROUP BY u.email ORDER BY u.email`,
      [event.id],
    );
    expect(rows).toEqual([
      { email: emails.author, n: 1 },
      { email: emails.fan, n: 1 },
    ]);

    // In the centre of the author and the fan; not of the one who answered or a bystander.
    for (const [who, client] of [
      ['author', author],
      ['fan', fan],
    ] as const) {
      const list = (await client.ok<List>(LIST)).notifications.edges.filter((e) =>
        e.node.title.includes(title),
      );
      expect({ who, n: list.length }).toEqual({ who, n: 1 });
      expect(list[0].node).toMatchObject({
        type: 'INPUT_STATUS_CHANGED',
        body: 'Past niet binnen het budget van dit jaar.',
        path: expect.stringContaining(idea.id),
      });
    }
    for (const client of [owner, bystander]) {
      const list = (await client.ok<List>(LIST)).notifications.edges;
      expect(list.filter((e) => e.node.title.includes(title))).toEqual([]);
    }
  });

  it('notifies an anonymous author in-app and by mail; nothing stored, queued or logged links them', async () => {
    const title = `Anoniem ${Date.now()}`;
    const idea = await author.submitOk(challengeId, { title, anonymous: true });
    await fan.byId('supportIdea', idea.id);
    await fan.byId('followIdea', idea.id);
    await owner.respondOk(idea.id, 'We nemen het mee in de planning.', 'PLANNED');
    await fannedOut(idea.id);
    await m.smtp!.waitForMail(emails.author);
    await waitUntil(async () => mailsTo(emails.author, title).length > 0, 20000, 'mail');
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo(emails.author, title)).toHaveLength(1);
    expect(mailsTo(emails.fan, title)).toHaveLength(1);
    expect(mailsTo(emails.author, title)[0].text).toContain('We nemen het mee in de planning.');

    // The author sees it in the centre (the hash matched at read time); the fan too, by name.
    const mine = (await author.ok<List>(LIST)).notifications.edges.filter((e) =>
      e.node.title.includes(title),
    );
    expect(mine).toHaveLength(1);
    expect(
      (await bystander.ok<List>(LIST)).notifications.edges.filter((e) =>
        e.node.title.includes(title),
      ),
    ).toEqual([]);

    const ds = m.api.db.dataSource;
    const [me] = await ds.query<{ id: string; email: string; name: string }[]>(
      'SELECT id, email, name FROM app_user WHERE email = $1',
      [emails.author],
    );
    const secrets = [me.id, me.email, me.name];
    const reveals = (text: string) => secrets.filter((s) => text.includes(s));
    const [event] = await eventsOf(idea.id);
    const stored = JSON.stringify(
      await ds.query(
        `SELECT (SELECT json_agg(e) FROM notification_event e WHERE e.id = $1) AS event,
                (SELECT json_agg(n) FROM notification n WHERE n.event_id = $1) AS rows,
                (SELECT json_agg(d) FROM notification_digest_item d WHERE d.event_id = $1) AS digest,
                (SELECT json_agg(o) FROM mail_outbox o
                  WHERE o.resolver_ref = $1::text OR o.resolver_ref LIKE $1::text || ':%') AS outbox`,
        [event.id],
      ),
    );
    expect(reveals(stored)).toEqual([]);
    const rows = await ds.query<{ user_id: string | null; recipient_hash: string | null }[]>(
      'SELECT user_id, recipient_hash FROM notification WHERE event_id = $1',
      [event.id],
    );
    expect(rows.filter((r) => r.user_id === null)).toHaveLength(1);
    expect(rows.filter((r) => r.user_id === me.id)).toEqual([]);
    const deferred = await ds.query<{ recipient: string | null; text: string | null }[]>(
      `SELECT recipient, text FROM mail_outbox WHERE resolver_ref = $1`,
      [event.id],
    );
    expect(deferred).toEqual([{ recipient: null, text: null }]);

    // Job payloads: the database queue (embedded) or Redis (services).
    const config = m.api.app.get<AppConfig>(APP_CONFIG);
    const queued = await queueContents(ds, config.redisUrl, config.queuePrefix);
    expect(queued.length).toBeGreaterThan(0);
    for (const q of queued)
      expect({ ...q, revealed: reveals(q.text) }).toMatchObject({ revealed: [] });
    // Logs (debug level): nothing but sign-in lines, which carry the person by design.
    const lines = logs
      .join('')
      .split('\n')
      .filter((l) => !/auth\.sign_(in|out)/.test(l));
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines)
      expect({ line, revealed: reveals(line) }).toEqual({ line, revealed: [] });
  });
});
