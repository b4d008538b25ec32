import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { JobQueue } from '@inspraak/server-queue';
import { MailTestApi, startMailTestApi, tokenFrom } from './test-mail-api';
import { errorCode, TestSession } from './test-session';

const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: TokenPasswordInput!) { resetPassword(input: $input) { id email } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;
const ACCEPT = `mutation($input: TokenPasswordInput!) { acceptInvitation(input: $input) { id } }`;
const ME = '{ me { id } }';
let ip = 0;
const from = (m: MailTestApi) => new TestSession(m.api.url, `10.1.0.${++ip}`);

/** A fresh account with a password, made through the invitation flow. */
async function newAccount(m: MailTestApi, admin: TestSession, locale = 'NL') {
  const email = `${randomUUID()}@voorbeeld.nl`;
  const password = `eerste-${randomUUID()}`;
  const r = await admin.gql<{ inviteUser: { id: string } }>(INVITE, {
    input: { name: 'Robin Jansen', email, locale },
  });
  const [mail] = await m.smtp!.waitForMail(email);
  const token = tokenFrom(mail.text, 'uitnodiging');
  await new TestSession(m.api.url).gql(ACCEPT, { input: { token, password } });
  return { id: r.body.data!.inviteUser.id, email, password };
}

describe('password reset by mail', () => {
  let m: MailTestApi;
  let admin: TestSession;
  beforeAll(async () => {
    m = await startMailTestApi({
      env: {
        TRUST_PROXY: 'true',
        PASSWORD_RESET_MAX_PER_EMAIL: '3',
        PASSWORD_RESET_MAX_PER_IP: '5',
      },
    });
    admin = await new TestSession(m.api.url, '10.9.9.9').signInOrFail(
      'admin@voorbeeld.nl',
      DEMO_PASSWORD,
    );
  });
  afterAll(() => m.close());

  it('mails a one-hour link; the reset signs in and ends every other session', async () => {
    const user = await newAccount(m, admin, 'EN');
    const phone = await from(m).signInOrFail(user.email, user.password);
    const laptop = await from(m).signInOrFail(user.email, user.password);

    const guest = from(m);
    const ask = await guest.gql<{ requestPasswordReset: boolean }>(REQUEST, {
      input: { email: user.email.toUpperCase() },
    });
    expect(ask.body).toEqual({ data: { requestPasswordReset: true } });
    // The first mail to this address was the invitation.
    const resetMail = (await m.smtp!.waitForMail(user.email, 2))[1];
    expect(resetMail.subject).toBe('Reset your Inspraak password');
    expect(resetMail.text).toContain('valid for 60 minutes');
    expect(resetMail.html).toContain('<html lang="en">');
    const token = tokenFrom(resetMail.text, 'wachtwoord-herstellen');
    expect(resetMail.html).toContain(`https://inspraak.example.nl/wachtwoord-herstellen/${token}`);

    const weak = await guest.gql(RESET, { input: { token, password: 'short' } });
    expect(errorCode(weak.body)).toBe('BAD_USER_INPUT');

    const newPassword = `nieuw-${randomUUID()}`;
    const done = await guest.gql<{ resetPassword: { id: string } }>(RESET, {
      input: { token, password: newPassword },
    });
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data!.resetPassword.id).toBe(user.id);
    expect((await guest.gql<{ me: { id: string } }>(ME)).body.data!.me.id).toBe(user.id);
    for (const other of [phone, laptop]) {
      expect((await other.gql<{ me: null }>(ME)).body.data!.me).toBeNull();
    }
    expect(errorCode((await from(m).signIn(user.email, user.password)).body)).toBe(
      'UNAUTHENTICATED',
    );
    await from(m).signInOrFail(user.email, newPassword);

    const reused = await from(m).gql(RESET, { input: { token, password: `x-${randomUUID()}` } });
    expect(errorCode(reused.body)).toBe('TOKEN_USED');

    const audit = await m.api.db.dataSource.query<{ action: string; result: string }[]>(
      `SELECT action, result FROM audit_event WHERE object_id = $1`,
      [user.id],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'user.password_reset_requested', result: 'SUCCESS' },
        { action: 'user.password_reset_completed', result: 'SUCCESS' },
      ]),
    );
    const all = await m.api.db.dataSource.query('SELECT details FROM audit_event');
    expect(JSON.stringify(all)).not.toContain(token);
  });

  it('refuses tampered and expired links with typed errors', async () => {
    const user = await newAccount(m, admin);
    await from(m).gql(REQUEST, { input: { email: user.email } });
    const mails = await m.smtp!.waitForMail(user.email, 2);
    const token = tokenFrom(mails[1].text, 'wachtwoord-herstellen');
    expect(mails[1].subject).toBe('Nieuw wachtwoord voor Inspraak');
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const tampered = await from(m).gql(RESET, {
      input: { token: flipped, password: `p-${randomUUID()}` },
    });
    expect(errorCode(tampered.body)).toBe('TOKEN_INVALID');
    await m.api.db.dataSource.query(
      `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'password_reset'`,
      [user.id],
    );
    const expired = await from(m).gql(RESET, { input: { token, password: `p-${randomUUID()}` } });
    expect(errorCode(expired.body)).toBe('TOKEN_EXPIRED');
    await from(m).signInOrFail(user.email, user.password);
  });

  it('sends nothing for unknown or deactivated accounts but answers the same', async () => {
    const unknown = `${randomUUID()}@voorbeeld.nl`;
    const r = await from(m).gql(REQUEST, { input: { email: unknown } });
    expect(r.body).toEqual({ data: { requestPasswordReset: true } });
    await new Promise((res) => setTimeout(res, 500));
    expect(await m.smtp!.waitForMail(unknown, 1, 100)).toHaveLength(0);
  });

  it('limits requests per e-mail address and per IP address', async () => {
    const email = `${randomUUID()}@voorbeeld.nl`;
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++)
      answers.push(errorCode((await from(m).gql(REQUEST, { input: { email } })).body));
    expect(answers).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);

    const oneIp = from(m);
    const perIp: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      perIp.push(
        errorCode((await oneIp.gql(REQUEST, { input: { email: `${randomUUID()}@x.nl` } })).body),
      );
    }
    expect(perIp).toEqual([undefined, undefined, undefined, undefined, undefined, 'RATE_LIMITED']);
  });

  it('cleans up expired sessions, spent tokens and old throttle rows on schedule', async () => {
    const ds = m.api.db.dataSource;
    const user = await newAccount(m, admin);
    await ds.query(
      `INSERT INTO session (id, user_id, last_seen_at, expires_at) VALUES ($1, $2, now(), now() - interval '1 minute')`,
      ['a'.repeat(64), user.id],
    );
    await ds.query(
      `INSERT INTO account_token (id, user_id, purpose, expires_at, used_at) VALUES
         ($1, $3, 'invitation', now() - interval '30 days', NULL),
         ($2, $3, 'password_reset', now() + interval '1 hour', NULL)`,
      ['b'.repeat(64), 'c'.repeat(64), user.id],
    );
    await ds.query(
      `INSERT INTO login_throttle (scope_key, failures, window_started_at, locked_until)
       VALUES ('ip:old', 3, now() - interval '1 day', NULL)`,
    );
    await m.api.app.get(JobQueue).add('identity.cleanup', {}, { jobId: `cleanup-${randomUUID()}` });
    const until = Date.now() + 20000;
    let left: { n: number }[] = [];
    while (Date.now() < until) {
      left = await ds.query<{ n: number }[]>(
        `SELECT (SELECT count(*) FROM session WHERE id = $1)::int
              + (SELECT count(*) FROM account_token WHERE id = $2)::int
              + (SELECT count(*) FROM login_throttle WHERE scope_key = 'ip:old')::int AS n`,
        ['a'.repeat(64), 'b'.repeat(64)],
      );
      if (left[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(left[0].n).toBe(0);
    // A live token stays.
    expect(
      await ds.query('SELECT id FROM account_token WHERE id = $1', ['c'.repeat(64)]),
    ).toHaveLength(1);
  });
});

describe('password reset answer reveals nothing', () => {
  let m: MailTestApi;
  let existing: string[];
  beforeAll(async () => {
    m = await startMailTestApi({
      env: { PASSWORD_RESET_MAX_PER_EMAIL: '1000', PASSWORD_RESET_MAX_PER_IP: '100000' },
    });
    existing = [
      'employee@voorbeeld.nl',
      'moderator@voorbeeld.nl',
      'manager@voorbeeld.nl',
      'admin@voorbeeld.nl',
    ];
  });
  afterAll(() => m.close());

  it('answers identically for existing and unknown accounts (property)', async () => {
    const ask = async (email: string) => {
      const res = await fetch(`${m.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REQUEST, variables: { input: { email } } }),
      });
      return {
        status: res.status,
        body: (await res.text()).trim(),
        cookie: res.headers.get('set-cookie'),
      };
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...existing),
        fc.emailAddress(),
        fc.boolean(),
        async (known, unknown, upper) => {
          const a = await ask(upper ? known.toUpperCase() : known);
          const b = await ask(unknown);
          expect(b).toEqual(a);
          expect(a.body).toBe('{"data":{"requestPasswordReset":true}}');
        },
      ),
      { numRuns: 25 },
    );
  });
});
