import { createHash } from 'node:crypto';
import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { startTestApi, TestApi } from './test-api';
import { errorCode, TestSession } from './test-session';

const ME = '{ me { id email role } }';
let ipCounter = 0;
/** Each test signs in from its own address, so per-IP counters do not leak between tests. */
const session = (api: TestApi) => new TestSession(api.url, `10.0.0.${++ipCounter}`);

describe('local sign-in and sessions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      SEED_DEMO: 'true',
      TRUST_PROXY: 'true',
      LOGIN_MAX_ACCOUNT_FAILURES: '3',
      LOGIN_MAX_IP_FAILURES: '5',
      LOGIN_LOCKOUT_MINUTES: '15',
    });
  });
  afterAll(() => api.close());

  it('signs in with a case-insensitive e-mail, sets a safe cookie and knows the user', async () => {
    const s = session(api);
    expect((await s.gql<{ me: null }>(ME)).body.data!.me).toBeNull();
    const { body } = await s.signIn('Employee@Voorbeeld.NL', DEMO_PASSWORD);
    expect(body.errors).toBeUndefined();
    expect(body.data!.signIn.role).toBe('EMPLOYEE');
    const cookie = s.lastSetCookie.find((c) => c.startsWith('inspraak_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i); // plain http outside production
    const me = await s.gql<{ me: { email: string; role: string } }>(ME);
    expect(me.body.data!.me).toMatchObject({ email: 'employee@voorbeeld.nl', role: 'EMPLOYEE' });
  });

  it('stores only a SHA-256 of the session token, with IP and user agent', async () => {
    const s = session(api);
    await s.signInOrFail('moderator@voorbeeld.nl', DEMO_PASSWORD);
    const token = s.cookies.get('inspraak_session')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await api.db.dataSource.query<{ id: string; ip: string; user_agent: string }[]>(
      'SELECT id, ip, user_agent FROM session',
    );
    expect(rows.some((r) => r.id === token)).toBe(false);
    const mine = rows.find((r) => r.id === createHash('sha256').update(token).digest('hex'));
    expect(mine).toMatchObject({ ip: `10.0.0.${ipCounter}` });
    expect(mine!.user_agent).toBeTruthy();
  });

  it('replaces the session when signing in again in the same browser', async () => {
    const s = session(api);
    await s.signInOrFail('employee@voorbeeld.nl', DEMO_PASSWORD);
    const old = new TestSession(api.url);
    old.cookies = new Map(s.cookies);
    await s.signInOrFail('employee@voorbeeld.nl', DEMO_PASSWORD);
    expect(s.cookies.get('inspraak_session')).not.toBe(old.cookies.get('inspraak_session'));
    expect((await old.gql<{ me: null }>(ME)).body.data!.me).toBeNull();
    expect((await s.gql<{ me: { id: string } | null }>(ME)).body.data!.me).not.toBeNull();
  });

  it('signs out: the old cookie no longer works, even if replayed', async () => {
    const s = session(api);
    await s.signInOrFail('manager@voorbeeld.nl', DEMO_PASSWORD);
    const replay = new TestSession(api.url);
    replay.cookies = new Map(s.cookies);
    expect((await s.gql<boolean>('mutation { signOut }')).body.data).toEqual({ signOut: true });
    expect(s.cookies.size).toBe(0);
    expect((await replay.gql<{ me: null }>(ME)).body.data!.me).toBeNull();
    expect(errorCode((await replay.gql('{ orgUnits { id } }')).body)).toBe('UNAUTHENTICATED');
  });

  it('ends every session of a user at once when an admin deactivates the account', async () => {
    const admin = await session(api).signInOrFail('admin@voorbeeld.nl', DEMO_PASSWORD);
    const created = await admin.gql<{ createUser: { id: string } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          name: 'Tijdelijk',
          email: 'tijdelijk@voorbeeld.nl',
          password: 'lange zin voor de test',
        },
      },
    );
    expect(created.body.errors).toBeUndefined();
    const a = await session(api).signInOrFail('tijdelijk@voorbeeld.nl', 'lange zin voor de test');
    const b = await session(api).signInOrFail('tijdelijk@voorbeeld.nl', 'lange zin voor de test');
    expect(
      (await a.gql<{ orgUnits: unknown[] }>('{ orgUnits { id } }')).body.errors,
    ).toBeUndefined();
    const res = await admin.gql(
      'mutation($id: ID!) { deactivateUser(id: $id) { deactivatedAt } }',
      {
        id: created.body.data!.createUser.id,
      },
    );
    expect(res.body.errors).toBeUndefined();
    for (const s of [a, b]) {
      expect(errorCode((await s.gql('{ orgUnits { id } }')).body)).toBe('UNAUTHENTICATED');
    }
    const again = await session(api).signIn('tijdelijk@voorbeeld.nl', 'lange zin voor de test');
    expect(errorCode(again.body)).toBe('UNAUTHENTICATED');
  });

  it('gives the same answer for an unknown account and a wrong password', async () => {
    const unknown = await session(api).signIn('nobody@voorbeeld.nl', 'whatever whatever');
    const wrong = await session(api).signIn('moderator@voorbeeld.nl', 'whatever whatever');
    expect(errorCode(unknown.body)).toBe('UNAUTHENTICATED');
    expect(unknown.body.errors![0].message).toBe(wrong.body.errors![0].message);
  });

  it('locks an account after repeated failures, from any address, with a clear message', async () => {
    const attacker = session(api);
    for (let i = 0; i < 2; i++) {
      expect(
        errorCode((await attacker.signIn('manager@voorbeeld.nl', 'wrong password!')).body),
      ).toBe('UNAUTHENTICATED');
    }
    const third = await attacker.signIn('manager@voorbeeld.nl', 'wrong password!');
    expect(errorCode(third.body)).toBe('RATE_LIMITED');
    expect(third.body.errors![0].message).toMatch(/Try again in 15 minutes/);
    // Even the right password from another address is refused while locked.
    const owner = await session(api).signIn('manager@voorbeeld.nl', DEMO_PASSWORD);
    expect(errorCode(owner.body)).toBe('RATE_LIMITED');
    // The lock is in the database: it holds for every replica and after a restart.
    const rows = await api.db.dataSource.query<{ locked_until: Date }[]>(
      "SELECT locked_until FROM login_throttle WHERE scope_key = 'account:manager@voorbeeld.nl'",
    );
    expect(rows[0].locked_until.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    // Other accounts are not affected.
    await session(api).signInOrFail('moderator@voorbeeld.nl', DEMO_PASSWORD);
  });

  it('locks an IP address that tries many accounts', async () => {
    const sprayer = session(api);
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push(
        String(errorCode((await sprayer.signIn(`user${i}@voorbeeld.nl`, 'Welkom01welkom')).body)),
      );
    }
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('UNAUTHENTICATED'));
    expect(codes.slice(4)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    const right = await sprayer.signIn('moderator@voorbeeld.nl', DEMO_PASSWORD);
    expect(errorCode(right.body)).toBe('RATE_LIMITED');
    await session(api).signInOrFail('moderator@voorbeeld.nl', DEMO_PASSWORD);
  });

  it('audits sign-in success and failure without the password', async () => {
    const rows = await api.db.dataSource.query<{ result: string; details: unknown }[]>(
      "SELECT result, details FROM audit_event WHERE action = 'auth.sign_in'",
    );
    expect(rows.map((r) => r.result)).toEqual(
      expect.arrayContaining(['SUCCESS', 'FAILURE', 'DENIED']),
    );
    expect(JSON.stringify(rows)).not.toContain(DEMO_PASSWORD);
    expect(JSON.stringify(rows)).not.toContain('wrong password!');
  });

  it('refuses state-changing requests a cross-site form could send (CSRF)', async () => {
    const s = session(api);
    await s.signInOrFail('employee@voorbeeld.nl', DEMO_PASSWORD);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, cookie: s.cookieHeader },
        body: JSON.stringify({ query: 'mutation { signOut }' }),
      });
      expect(res.status).toBe(400);
    }
    expect((await s.gql<{ me: { id: string } | null }>(ME)).body.data!.me).not.toBeNull();
  });

  it('ignores a malformed or unknown session cookie', async () => {
    for (const value of ['x', 'A'.repeat(43)]) {
      const s = new TestSession(api.url);
      s.cookies.set('inspraak_session', value);
      expect((await s.gql<{ me: null }>(ME)).body.data!.me).toBeNull();
    }
  });

  it('validates the sign-in input with typed field errors', async () => {
    const { body } = await session(api).signIn('', 'x'.repeat(300));
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    const fields = (body.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.email', 'input.password']));
  });
});
