import { ParsedMail } from 'mailparser';
import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { MailDelivery } from '@inspraak/server-mail';
import { JobQueue } from '@inspraak/server-queue';
import {
  NotificationDigests,
  NotificationEvents,
  NotificationFanout,
  NotificationRetention,
  NOTIFICATION_TYPES,
  NotificationSourceRegistry,
  UnsubscribeTokens,
} from '@inspraak/server-notifications';
import { emitEvent, fanoutState, insertUsers, newPrefix, waitUntil } from './notification-helpers';
import { installTestSource, TestNotificationSource } from './notification-test-source';
import { MailTestApi, startMailTestApi } from './test-mail-api';
import { errorCode, TestSession } from './test-session';

const header = (m: ParsedMail, name: string) =>
  m.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '') ?? null;
const toOf = (m: ParsedMail) =>
  (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) =>
    a.value.map((v) => v.address!.toLowerCase()),
  );

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges { cursor node { id type title body path createdAt read } }
    pageInfo { hasNextPage endCursor }
    unreadCount
  }
}`;
type ListData = {
  notifications: {
    edges: {
      node: {
        id: string;
        type: string;
        title: string;
        body: string | null;
        path: string;
        read: boolean;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    unreadCount: number;
  };
};

/**
 * Notifications with a test-only source (recipients: users by e-mail prefix): fan-out, the
 * in-app centre, preferences, unsubscribe, digest and the anonymous author. Mail goes to a real
 * SMTP server started in the test; jobs run in-process (embedded) or on BullMQ (REDIS_URL).
 */
describe('notifications', () => {
  let m: MailTestApi;
  let source: TestNotificationSource;
  let events: NotificationEvents;
  const ds = () => m.api.db.dataSource;

  beforeAll(async () => {
    m = await startMailTestApi();
    source = installTestSource(
      ds(),
      m.api.app.get(NotificationSourceRegistry),
      m.jobs.get(NotificationSourceRegistry),
    );
    events = m.api.app.get(NotificationEvents);
    // The tests drive the digest themselves.
    await m.api.app.get(JobQueue).removeSchedule('notifications-digest');
  });
  afterAll(() => m.close());

  const mailsTo = (email: string) => m.smtp!.messages.filter((x) => toOf(x).includes(email));
  const signIn = (email: string) => new TestSession(m.api.url).signInOrFail(email, DEMO_PASSWORD);
  const done = (eventId: string) =>
    waitUntil(
      async () => (await fanoutState(ds(), eventId))?.fanout_state === 'done',
      30000,
      'fan-out',
    );

  it('deletes events past retention with their notifications and digest items, keeps recent ones', async () => {
    const prefix = newPrefix('ret');
    const users = await insertUsers(ds(), prefix, 3);
    const oldEvent = await emitEvent(ds(), events, { data: { prefix, title: 'Oud' } });
    const recentEvent = await emitEvent(ds(), events, { data: { prefix, title: 'Nieuw' } });
    await done(oldEvent);
    await done(recentEvent);
    const count = async (table: string, eventId: string) =>
      (
        await ds().query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM ${table} WHERE event_id = $1`,
          [eventId],
        )
      )[0].n;
    expect(await count('notification', oldEvent)).toBe(3);
    // A digest item of the old event, and digest records a year old and from today.
    await ds().query(`INSERT INTO notification_digest_item (user_id, event_id) VALUES ($1, $2)`, [
      users[0].id,
      oldEvent,
    ]);
    await ds().query(
      `INSERT INTO notification_digest (user_id, day, created_at)
       VALUES ($1, '2025-01-01', now() - interval '400 days'), ($1, '2026-01-01', now())`,
      [users[1].id],
    );
    await ds().query(
      `UPDATE notification_event SET created_at = now() - interval '366 days' WHERE id = $1`,
      [oldEvent],
    );

    const purged = await m.jobs.get(NotificationRetention).purge();
    expect(purged.events).toBeGreaterThanOrEqual(1);
    expect(purged.digests).toBeGreaterThanOrEqual(1);
    expect(await fanoutState(ds(), oldEvent)).toBeUndefined();
    expect(await count('notification', oldEvent)).toBe(0);
    expect(await count('notification_digest_item', oldEvent)).toBe(0);
    expect(await count('notification', recentEvent)).toBe(3);
    const digests = await ds().query<{ day: string }[]>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM notification_digest WHERE user_id = $1`,
      [users[1].id],
    );
    expect(digests).toEqual([{ day: '2026-01-01' }]);
    // Nothing left to delete: a second run is a no-op.
    expect(await m.jobs.get(NotificationRetention).purge()).toEqual({ events: 0, digests: 0 });
  });

  it('reaches every recipient once — in-app and one mail — never the actor or a deactivated user', async () => {
    const prefix = newPrefix();
    const users = await insertUsers(ds(), prefix, 12);
    const [actor, deactivated, english] = [users[0], users[1], users[2]];
    await ds().query('UPDATE app_user SET deactivated_at = now() WHERE id = $1', [deactivated.id]);
    await ds().query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [english.id]);
    const eventId = await emitEvent(ds(), events, {
      actorId: actor.id,
      data: { prefix, title: 'Fietsstraat', body: 'Wordt uitgevoerd.' },
    });
    await done(eventId);
    const reached = users.slice(2);
    for (const u of reached) await m.smtp!.waitForMail(u.email);
    // Give a duplicate time to show up before counting.
    await new Promise((r) => setTimeout(r, 500));
    for (const u of reached) expect(mailsTo(u.email)).toHaveLength(1);
    expect(mailsTo(actor.email)).toHaveLength(0);
    expect(mailsTo(deactivated.email)).toHaveLength(0);

    const rows = await ds().query<{ user_id: string }[]>(
      'SELECT user_id FROM notification WHERE event_id = $1',
      [eventId],
    );
    expect(rows.map((r) => r.user_id).sort()).toEqual(reached.map((u) => u.id).sort());
    expect((await fanoutState(ds(), eventId)).recipient_count).toBe(10);

    const dutch = mailsTo(reached[1].email)[0];
    expect(dutch.subject).toBe('Nieuws over ‘Fietsstraat’');
    expect(dutch.text).toContain('Wordt uitgevoerd.');
    expect(dutch.text).toContain(`https://inspraak.example.nl/ideeen/`);
    expect(dutch.html).toContain('<html lang="nl">');
    expect(header(dutch, 'list-unsubscribe')).toMatch(
      /^<https:\/\/inspraak\.example\.nl\/api\/unsubscribe\?token=[A-Za-z0-9_%.-]+>$/,
    );
    expect(header(dutch, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(dutch.text).toMatch(
      /Afmelden voor deze e-mails: https:\/\/inspraak\.example\.nl\/afmelden\?token=/,
    );
    const en = mailsTo(english.email)[0];
    expect(en.subject).toBe('Update on ‘Fietsstraat’');
    expect(en.headers.get('content-language')).toBe('en');

    // The outbox holds one deferred mail per recipient: no address, no text — rendered when sent.
    await waitUntil(
      async () => {
        const r = await ds().query<{ status: string }[]>(
          `SELECT status FROM mail_outbox WHERE resolver = 'notifications.named'
              AND resolver_ref LIKE $1`,
          [`${eventId}:%`],
        );
        return r.length === 10 && r.every((x) => x.status === 'sent');
      },
      10000,
      'outbox sent',
    );
    const outbox = await ds().query<Record<string, unknown>[]>(
      `SELECT DISTINCT recipient, text, html, headers, template FROM mail_outbox
        WHERE resolver_ref LIKE $1`,
      [`${eventId}:%`],
    );
    expect(outbox).toEqual([
      { recipient: null, text: null, html: null, headers: null, template: 'notifications.event' },
    ]);
  });

  it('adds nothing when a fan-out is rerun, resumed after a crash, or fed repeated recipients', async () => {
    const prefix = newPrefix();
    const users = await insertUsers(ds(), prefix, 23);
    const fanout = m.jobs.get(NotificationFanout);
    // Not dispatched: this test drives the fan-out itself, with pages of 5.
    const eventId = await emitEvent(
      ds(),
      events,
      { data: { prefix, title: 'Herhaling', repeat: true } },
      false,
    );
    // A "crash" after the second page: the source fails on the third call.
    const original = source.recipients.bind(source);
    let calls = 0;
    source.recipients = async (...args) => {
      if (++calls === 3) throw new Error('worker died');
      return original(...args);
    };
    await expect(fanout.run(eventId, 5)).rejects.toThrow('worker died');
    source.recipients = original;
    const mid = await fanoutState(ds(), eventId);
    expect(mid.fanout_state).toBe('running');
    expect(mid.fanout_cursor).toBe(users[9].id);
    // The crashed run's lease blocks a second run until it expires; expire it as time would.
    await ds().query('UPDATE notification_event SET fanout_leased_until = NULL WHERE id = $1', [
      eventId,
    ]);
    const resumed = await fanout.run(eventId, 5);
    expect(resumed).toMatchObject({ state: 'done', pages: 3 });
    expect(await fanout.run(eventId, 5)).toMatchObject({ state: 'already-done' });
    // Once more from scratch (as if the cursor were lost): every write is keyed.
    await ds().query(
      `UPDATE notification_event SET fanout_state = 'pending', fanout_cursor = NULL,
              anonymous_done = false WHERE id = $1`,
      [eventId],
    );
    await fanout.run(eventId, 7);
    await events.dispatch([eventId]);

    for (const u of users) await m.smtp!.waitForMail(u.email);
    await new Promise((r) => setTimeout(r, 1000));
    for (const u of users)
      expect({ u: u.email, n: mailsTo(u.email).length }).toEqual({ u: u.email, n: 1 });
    const [{ n }] = await ds().query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM notification WHERE event_id = $1',
      [eventId],
    );
    expect(n).toBe(23);
  });

  it('respects each user’s preferences: in-app off, e-mail off, daily digest', async () => {
    const prefix = newPrefix();
    const [noInApp, noMail, digest, plain] = await insertUsers(ds(), prefix, 4);
    const set = (userId: string, inApp: boolean, email: string) =>
      ds().query(
        `INSERT INTO notification_preference (user_id, type, in_app, email)
         VALUES ($1, 'input.status-changed', $2, $3)`,
        [userId, inApp, email],
      );
    await set(noInApp.id, false, 'IMMEDIATE');
    await set(noMail.id, true, 'OFF');
    await set(digest.id, true, 'DAILY_DIGEST');
    const first = await emitEvent(ds(), events, { data: { prefix, title: 'Eerste' } });
    const second = await emitEvent(ds(), events, { data: { prefix, title: 'Tweede' } });
    // Another type keeps its defaults (mail at once) for the digest user.
    const merged = await emitEvent(ds(), events, {
      type: 'input.merged',
      data: { prefix, title: 'Samengevoegd' },
    });
    await Promise.all([first, second, merged].map(done));
    await m.smtp!.waitForMail(plain.email, 3);
    await m.smtp!.waitForMail(noInApp.email, 3);
    await m.smtp!.waitForMail(digest.email, 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(mailsTo(plain.email)).toHaveLength(3);
    expect(mailsTo(noInApp.email)).toHaveLength(3);
    expect(mailsTo(noMail.email)).toHaveLength(1); // the merge only
    expect(mailsTo(digest.email).map((x) => x.subject)).toEqual(['Nieuws over ‘Samengevoegd’']);

    const inApp = await ds().query<{ user_id: string; n: number }[]>(
      `SELECT user_id, count(*)::int AS n FROM notification WHERE event_id = ANY($1)
        GROUP BY user_id`,
      [[first, second, merged]],
    );
    const count = (id: string) => inApp.find((r) => r.user_id === id)?.n ?? 0;
    expect([count(noInApp.id), count(noMail.id), count(digest.id), count(plain.id)]).toEqual([
      1, 3, 3, 3,
    ]);

    // The digest: planned once, one job per page, one mail listing both status changes.
    // (A day of its own, so the schedule's run for today cannot interfere.)
    const digests = m.jobs.get(NotificationDigests);
    const at = new Date('2099-06-01T08:00:00Z');
    const plan = await digests.plan(at, true);
    expect(plan).toEqual({ day: '2099-06-01', pages: 1 });
    expect(await digests.plan(at, true)).toBeNull();
    await m.smtp!.waitForMail(digest.email, 2);
    const day = plan!.day;
    // The page job runs again (a retry): nothing new.
    const [{ user_id: from }] = await ds().query<{ user_id: string }[]>(
      'SELECT user_id FROM notification_digest WHERE user_id = $1 AND day = $2',
      [digest.id, day],
    );
    await digests.sendPage(day, from, from);
    await new Promise((r) => setTimeout(r, 1000));
    const got = mailsTo(digest.email);
    expect(got).toHaveLength(2);
    const summary = got.find((x) => x.subject !== 'Nieuws over ‘Samengevoegd’')!;
    expect(summary.subject).toMatch(/^Inspraak: 2 meldingen \(/);
    expect(summary.text).toContain('Nieuws over ‘Eerste’');
    expect(summary.text).toContain('Nieuws over ‘Tweede’');
    expect(header(summary, 'list-unsubscribe')).toMatch(/\/api\/unsubscribe\?token=/);
    const pending = await ds().query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification_digest_item
        WHERE user_id = $1 AND digest_id IS NULL`,
      [digest.id],
    );
    expect(pending[0].n).toBe(0);
  });

  it('shows each user their own notifications, newest first, paged, and marks them read', async () => {
    const prefix = newPrefix();
    const [a, b] = await insertUsers(ds(), prefix, 2);
    const ids: string[] = [];
    for (const title of ['een', 'twee', 'drie']) {
      ids.push(await emitEvent(ds(), events, { data: { prefix, title, body: `over ${title}` } }));
      await done(ids.at(-1)!);
    }
    const alice = await signIn(a.email);
    const bob = await signIn(b.email);
    const p1 = await alice.gql<ListData>(LIST, { first: 2 });
    expect(p1.body.errors).toBeUndefined();
    const list = p1.body.data!.notifications;
    expect(list.unreadCount).toBe(3);
    expect(list.edges.map((e) => e.node.title)).toEqual([
      'Nieuws over ‘drie’',
      'Nieuws over ‘twee’',
    ]);
    expect(list.edges[0].node).toMatchObject({
      type: 'INPUT_STATUS_CHANGED',
      body: 'over drie',
      read: false,
    });
    expect(list.edges[0].node.path).toMatch(/^\/ideeen\/[0-9a-f-]{36}$/);
    expect(list.pageInfo.hasNextPage).toBe(true);
    const p2 = await alice.gql<ListData>(LIST, { first: 2, after: list.pageInfo.endCursor });
    expect(p2.body.data!.notifications.edges.map((e) => e.node.title)).toEqual([
      'Nieuws over ‘een’',
    ]);
    expect(p2.body.data!.notifications.pageInfo.hasNextPage).toBe(false);

    // Marking: one's own only; others' ids change nothing.
    const mine = list.edges[0].node.id;
    const bobs = (await bob.gql<ListData>(LIST, { first: 5 })).body.data!.notifications.edges;
    const mark = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
    expect(
      (await bob.gql<{ markNotificationsRead: number }>(mark, { ids: [mine] })).body.data,
    ).toEqual({ markNotificationsRead: 0 });
    expect(
      (await alice.gql<{ markNotificationsRead: number }>(mark, { ids: [mine, bobs[0].node.id] }))
        .body.data,
    ).toEqual({ markNotificationsRead: 1 });
    expect(
      (await alice.gql<{ markNotificationsRead: number }>(mark, { ids: [mine] })).body.data,
    ).toEqual({ markNotificationsRead: 0 });
    const unread = await alice.gql<ListData>(LIST, { first: 10, unreadOnly: true });
    expect(unread.body.data!.notifications.edges.map((e) => e.node.title)).toEqual([
      'Nieuws over ‘twee’',
      'Nieuws over ‘een’',
    ]);
    const count = `{ unreadNotificationCount }`;
    expect((await alice.gql(count)).body.data).toEqual({ unreadNotificationCount: 2 });
    expect((await alice.gql(`mutation { markAllNotificationsRead }`)).body.data).toEqual({
      markAllNotificationsRead: 2,
    });
    expect((await alice.gql(count)).body.data).toEqual({ unreadNotificationCount: 0 });
    expect((await bob.gql(count)).body.data).toEqual({ unreadNotificationCount: 3 });

    // Bad input is a typed error.
    expect(errorCode((await alice.gql(mark, { ids: ['nope'] })).body)).toBe('BAD_USER_INPUT');
    expect(errorCode((await alice.gql(LIST, { first: 2, after: 'bm9wZQ' })).body)).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode((await new TestSession(m.api.url).gql(count)).body)).toBe('UNAUTHENTICATED');
  });

  it('keeps preferences per type with defaults, and refuses a type twice', async () => {
    const [u] = await insertUsers(ds(), newPrefix('pref'), 1);
    const s = await signIn(u.email);
    const q = `{ notificationPreferences { type inApp email } }`;
    type Prefs = { notificationPreferences: { type: string; inApp: boolean; email: string }[] };
    const initial = (await s.gql<Prefs>(q)).body.data!.notificationPreferences;
    expect(initial).toHaveLength(NOTIFICATION_TYPES.length);
    expect(initial.slice(0, 3)).toEqual([
      { type: 'INPUT_STATUS_CHANGED', inApp: true, email: 'IMMEDIATE' },
      { type: 'INPUT_MERGED', inApp: true, email: 'IMMEDIATE' },
      { type: 'FEEDBACK_OVERDUE', inApp: true, email: 'DAILY_DIGEST' },
    ]);
    const update = `mutation($input: [NotificationPreferenceInput!]!) {
      updateNotificationPreferences(input: $input) { type inApp email } }`;
    const r = await s.gql<{ updateNotificationPreferences: unknown[] }>(update, {
      input: [{ type: 'INPUT_MERGED', inApp: false, email: 'DAILY_DIGEST' }],
    });
    expect(r.body.data!.updateNotificationPreferences[1]).toEqual({
      type: 'INPUT_MERGED',
      inApp: false,
      email: 'DAILY_DIGEST',
    });
    const twice = await s.gql(update, {
      input: [
        { type: 'INPUT_MERGED', inApp: true, email: 'OFF' },
        { type: 'INPUT_MERGED', inApp: true, email: 'IMMEDIATE' },
      ],
    });
    expect(errorCode(twice.body)).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        (await s.gql(update, { input: [{ type: 'NOPE', inApp: true, email: 'OFF' }] })).body,
      ),
    ).toBe('BAD_USER_INPUT');
    const after = (await s.gql<Prefs>(q)).body.data!.notificationPreferences;
    expect(after.find((p) => p.type === 'INPUT_MERGED')).toEqual({
      type: 'INPUT_MERGED',
      inApp: false,
      email: 'DAILY_DIGEST',
    });
    expect(after.filter((p) => p.type !== 'INPUT_MERGED')).toEqual(
      initial.filter((p) => p.type !== 'INPUT_MERGED'),
    );
  });

  it('unsubscribes with the signed link: GET changes nothing, one-click POST and the mutation do', async () => {
    const prefix = newPrefix('unsub');
    const [u, v] = await insertUsers(ds(), prefix, 2);
    const eventId = await emitEvent(ds(), events, { data: { prefix, title: 'Afmelden' } });
    await done(eventId);
    const [mail] = await m.smtp!.waitForMail(u.email);
    const target = header(mail, 'list-unsubscribe')!.slice(1, -1);
    const token = new URL(target).searchParams.get('token')!;
    const pref = (id: string) =>
      ds().query<{ email: string }[]>(
        `SELECT email FROM notification_preference WHERE user_id = $1 AND type = 'input.status-changed'`,
        [id],
      );
    const local = target.replace('https://inspraak.example.nl', m.api.url);

    const get = await fetch(local, { redirect: 'manual' });
    expect(get.status).toBe(303);
    expect(get.headers.get('location')).toBe(
      `https://inspraak.example.nl/afmelden?token=${encodeURIComponent(token)}`,
    );
    expect(await pref(u.id)).toEqual([]);

    // What a mail client sends (RFC 8058): no cookie, no CSRF header, a form body.
    const post = await fetch(local, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(post.status).toBe(200);
    expect(await post.json()).toEqual({ unsubscribed: 'INPUT_STATUS_CHANGED' });
    expect(await pref(u.id)).toEqual([{ email: 'OFF' }]);

    // The web page's mutation, public; the same token again is fine (idempotent).
    const anon = new TestSession(m.api.url);
    const unsubscribe = `mutation($token: String!) { unsubscribe(token: $token) }`;
    expect((await anon.gql(unsubscribe, { token })).body.data).toEqual({
      unsubscribe: 'INPUT_STATUS_CHANGED',
    });
    const tokens = m.api.app.get(UnsubscribeTokens);
    const merged = tokens.sign(v.id, 'input.merged');
    expect((await anon.gql(unsubscribe, { token: merged })).body.data).toEqual({
      unsubscribe: 'INPUT_MERGED',
    });
    // Bad, tampered and expired tokens: typed errors, nothing changes.
    const [payload, mac] = token.split('.');
    const forged = `${Buffer.from(
      Buffer.from(payload, 'base64url').toString().replace('input.status-changed', 'input.merged'),
    ).toString('base64url')}.${mac}`;
    const expired = tokens.sign(v.id, 'input.status-changed', new Date(Date.now() - 400 * 86400e3));
    for (const bad of ['nope', forged, expired, `${token}x`]) {
      expect(errorCode((await anon.gql(unsubscribe, { token: bad })).body)).toBe('BAD_USER_INPUT');
      const r = await fetch(`${m.api.url}/api/unsubscribe?token=${encodeURIComponent(bad)}`, {
        method: 'POST',
      });
      expect(r.status).toBe(400);
    }
    expect(await pref(v.id)).toEqual([]);
    expect((await fetch(`${m.api.url}/api/unsubscribe`, { method: 'POST' })).status).toBe(400);

    // Unsubscribed: the next event reaches u in-app only.
    const next = await emitEvent(ds(), events, { data: { prefix, title: 'Daarna' } });
    await done(next);
    await m.smtp!.waitForMail(v.email, 2);
    await new Promise((r) => setTimeout(r, 500));
    expect(mailsTo(u.email)).toHaveLength(1);
    const rows = await ds().query(
      'SELECT 1 FROM notification WHERE event_id = $1 AND user_id = $2',
      [next, u.id],
    );
    expect(rows).toHaveLength(1);
  });

  it('notifies an anonymous author in-app and by mail without storing who they are', async () => {
    const prefix = newPrefix('anon');
    const [author, follower, other] = await insertUsers(ds(), prefix, 3);
    // The author is not among the named recipients (prefix of nobody).
    const hash = 'a'.repeat(64);
    const contentId = '11111111-2222-4333-8444-555555555555';
    source.anonymousAuthors.set(hash, { userId: author.id, contentId });
    // The follower is named by e-mail prefix; renamed so only they match.
    await ds().query(`UPDATE app_user SET email = $2 WHERE id = $1`, [
      follower.id,
      `${prefix}follower@example.org`,
    ]);
    const eventId = await emitEvent(ds(), events, {
      subjectId: contentId,
      data: { prefix: `${prefix}follower`, title: 'Anoniem idee', anonymousHash: hash },
    });
    await done(eventId);
    await m.smtp!.waitForMail(author.email);
    await m.smtp!.waitForMail(`${prefix}follower@example.org`);
    await new Promise((r) => setTimeout(r, 500));
    expect(mailsTo(author.email)).toHaveLength(1);
    expect(mailsTo(author.email)[0].subject).toBe('Nieuws over ‘Anoniem idee’');
    expect(mailsTo(other.email)).toHaveLength(0);

    // Stored: the hash only; the outbox row has no address, no text, and references the event.
    const rows = await ds().query<{ user_id: string | null; recipient_hash: string | null }[]>(
      'SELECT user_id, recipient_hash FROM notification WHERE event_id = $1 ORDER BY user_id',
      [eventId],
    );
    expect(rows).toEqual([
      { user_id: follower.id, recipient_hash: null },
      { user_id: null, recipient_hash: hash },
    ]);
    const outbox = await ds().query<Record<string, unknown>[]>(
      `SELECT recipient, subject, text, html, headers, resolver_ref, status FROM mail_outbox
        WHERE resolver = 'notifications.anonymous'`,
    );
    expect(outbox).toEqual([
      {
        recipient: null,
        subject: null,
        text: null,
        html: null,
        headers: null,
        resolver_ref: eventId,
        status: 'sent',
      },
    ]);
    const [{ name }] = await ds().query<{ name: string }[]>(
      'SELECT name FROM app_user WHERE id = $1',
      [author.id],
    );
    const secrets = [author.id, author.email, name];
    const everything = JSON.stringify(
      await ds().query(
        `SELECT (SELECT json_agg(o) FROM mail_outbox o WHERE resolver IS NOT NULL) AS outbox,
                (SELECT json_agg(n) FROM notification n WHERE event_id = $1) AS notifications,
                (SELECT json_agg(e) FROM notification_event e WHERE id = $1) AS event,
                (SELECT json_agg(d) FROM notification_digest_item d WHERE event_id = $1) AS digest`,
        [eventId],
      ),
    );
    for (const s of secrets) expect(everything).not.toContain(s);

    // The author sees it in the centre (through the hash); others do not.
    const a = await signIn(author.email);
    const list = (await a.gql<ListData>(LIST, { first: 5 })).body.data!.notifications;
    expect(list.edges.map((e) => e.node.title)).toEqual(['Nieuws over ‘Anoniem idee’']);
    expect(list.unreadCount).toBe(1);
    const o = await signIn(other.email);
    expect((await o.gql<ListData>(LIST, { first: 5 })).body.data!.notifications.edges).toEqual([]);
    expect(
      (
        await a.gql(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
          ids: [list.edges[0].node.id],
        })
      ).body.data,
    ).toEqual({ markNotificationsRead: 1 });

    // Delivering the deferred mail again sends nothing (it is sent); an author who turned mail
    // off gets none the next time.
    const [row] = await ds().query<{ id: string }[]>(
      `SELECT id FROM mail_outbox WHERE resolver_ref = $1`,
      [eventId],
    );
    expect(await m.jobs.get(MailDelivery).deliver(row.id)).toBe('already-sent');
    await ds().query(
      `INSERT INTO notification_preference (user_id, type, in_app, email)
       VALUES ($1, 'input.status-changed', true, 'OFF')`,
      [author.id],
    );
    const second = await emitEvent(ds(), events, {
      subjectId: contentId,
      data: { prefix: `${prefix}follower`, title: 'Nog eens', anonymousHash: hash },
    });
    await done(second);
    await m.smtp!.waitForMail(`${prefix}follower@example.org`, 2);
    await waitUntil(
      async () => {
        const r = await ds().query<{ status: string }[]>(
          'SELECT status FROM mail_outbox WHERE resolver_ref = $1',
          [second],
        );
        return r[0]?.status === 'skipped';
      },
      10000,
      'skipped',
    );
    expect(mailsTo(author.email)).toHaveLength(1);
  });
});
