import { DEMO_PASSWORD } from '@inspraak/server-identity';
import {
  CookieJar,
  freePort,
  signInAtProvider,
  startTestProvider,
  TestProvider,
} from './oidc-test-provider';
import { startTestApi, TestApi } from './test-api';
import { TestSession } from './test-session';

const ACCOUNTS = {
  eva: { email: 'Employee@voorbeeld.nl', email_verified: true, name: 'Eva (IdP)' },
  nina: {
    email: 'nina.nieuw@voorbeeld.nl',
    email_verified: true,
    name: 'Nina Nieuw',
    org_unit: 'Directie Ruimte > Afdeling Vergunningen',
    roles: ['MANAGER', 'ADMIN'],
  },
  lost: { email: 'zonder.eenheid@voorbeeld.nl', email_verified: true, org_unit: 'Nergens' },
  unverified: { email: 'manager@voorbeeld.nl', email_verified: false, name: 'Not Verified' },
  mo: { email: 'moderator@voorbeeld.nl', email_verified: true },
};

describe('single sign-on with OpenID Connect (real provider)', () => {
  let api: TestApi;
  let idp: TestProvider;
  let callbackUrl: string;

  beforeAll(async () => {
    const [apiPort, idpPort] = await Promise.all([freePort(), freePort()]);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    callbackUrl = `${apiUrl}/api/auth/oidc/callback`;
    idp = await startTestProvider({ port: idpPort, redirectUri: callbackUrl, accounts: ACCOUNTS });
    api = await startTestApi({
      SEED_DEMO: 'true',
      PORT: String(apiPort),
      PUBLIC_URL: apiUrl,
      OIDC_ISSUER_URL: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_CLAIM_ORG_UNIT: 'org_unit',
      OIDC_CLAIM_ROLE: 'roles',
      OIDC_DISPLAY_NAME: 'Gemeente Voorbeeld-account',
    });
  });
  afterAll(async () => {
    await api?.close();
    await idp?.close();
  });
  beforeEach(() => idp.configure({ codeTtl: 60, tamperIdToken: false }));

  /** Start at the API, sign in at the provider; returns the jar and the callback URL. */
  async function toCallback(login: string, returnTo = '/ideeen?tab=mijn') {
    const jar = new CookieJar();
    const start = await jar.fetch(
      new URL(`${api.url}/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`),
    );
    expect(start.status).toBe(302);
    const callback = await signInAtProvider(
      jar,
      start.headers.get('location')!,
      login,
      callbackUrl,
    );
    return { jar, callback };
  }

  async function whoAmI(jar: CookieJar) {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: jar.header(new URL(api.url)) },
      body: JSON.stringify({ query: '{ me { email name role primaryOrgUnitId } }' }),
    });
    const body = (await res.json()) as {
      data: { me: { email: string; name: string; role: string; primaryOrgUnitId: string } | null };
    };
    return body.data.me;
  }

  const sessionCount = async () =>
    (await api.db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM session'))[0].n;

  it('tells the web app that single sign-on is configured, with its name', async () => {
    const { body } = await api.gql<{
      signInOptions: { password: boolean; singleSignOn: { displayName: string; startUrl: string } };
    }>('{ signInOptions { password singleSignOn { displayName startUrl } } }');
    expect(body.data?.signInOptions).toEqual({
      password: true,
      singleSignOn: { displayName: 'Gemeente Voorbeeld-account', startUrl: '/api/auth/oidc/start' },
    });
  });

  it('signs an existing account in by verified e-mail with the same session cookie as a password sign-in', async () => {
    const { jar, callback } = await toCallback('eva');
    const state = jar.get(new URL(api.url).origin, 'inspraak_oidc');
    expect(callback.searchParams.get('state')).toBe(state);
    const res = await jar.fetch(callback);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/ideeen?tab=mijn');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('inspraak_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // Linked, not duplicated: the demo account keeps its own name.
    expect(await whoAmI(jar)).toMatchObject({
      email: 'employee@voorbeeld.nl',
      name: 'Eva Medewerker',
    });
    const [event] = await api.db.dataSource.query<
      { result: string; details: { method: string } }[]
    >(
      `SELECT result, details FROM audit_event WHERE action = 'auth.sign_in'
        ORDER BY created_at DESC LIMIT 1`,
    );
    expect(event).toEqual({ result: 'SUCCESS', details: { method: 'oidc' } });
  });

  it('creates an unknown user just in time, mapping unit and role but never to ADMIN', async () => {
    const { jar, callback } = await toCallback('nina', '/');
    const res = await jar.fetch(callback);
    expect(res.headers.get('location')).toBe('/');
    const me = await whoAmI(jar);
    const [unit] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM org_unit WHERE name = 'Afdeling Vergunningen'`,
    );
    expect(me).toEqual({
      email: 'nina.nieuw@voorbeeld.nl',
      name: 'Nina Nieuw',
      role: 'MANAGER',
      primaryOrgUnitId: unit.id,
    });
    const [user] = await api.db.dataSource.query<{ password_hash: string | null }[]>(
      `SELECT password_hash FROM app_user WHERE email = 'nina.nieuw@voorbeeld.nl'`,
    );
    expect(user.password_hash).toBeNull();
    // A second sign-in links to the same account.
    const again = await toCallback('nina', '/');
    await again.jar.fetch(again.callback);
    const [{ n }] = await api.db.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM app_user WHERE email = 'nina.nieuw@voorbeeld.nl'`,
    );
    expect(n).toBe(1);
  });

  it('leaves the primary unit empty for a unit it does not know', async () => {
    const { jar, callback } = await toCallback('lost');
    await jar.fetch(callback);
    expect(await whoAmI(jar)).toMatchObject({
      email: 'zonder.eenheid@voorbeeld.nl',
      role: 'EMPLOYEE',
      primaryOrgUnitId: null,
    });
  });

  it('refuses a wrong state, and a callback without the browser that started it', async () => {
    const before = await sessionCount();
    const { jar, callback } = await toCallback('eva');
    const wrong = new URL(callback);
    wrong.searchParams.set('state', 'x'.repeat(43));
    const res = await jar.fetch(wrong);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/inloggen?sso=state');
    // The right state from another browser (no state cookie): login CSRF is refused too.
    const other = await new CookieJar().fetch(callback);
    expect(other.headers.get('location')).toBe('/inloggen?sso=state');
    expect(await sessionCount()).toBe(before);
    const failures = await api.db.dataSource.query<{ details: { reason: string } }[]>(
      `SELECT details FROM audit_event WHERE action = 'auth.sign_in' AND result = 'FAILURE'
        AND details->>'method' = 'oidc'`,
    );
    expect(failures.map((f) => f.details.reason)).toContain('state');
  });

  it('refuses a reused code and a replayed callback', async () => {
    const first = await toCallback('eva');
    expect((await first.jar.fetch(first.callback)).headers.get('location')).toBe(
      '/ideeen?tab=mijn',
    );
    const before = await sessionCount();
    // Replaying the callback: its state was single use.
    const replay = new CookieJar();
    replay.store(
      new URL(api.url),
      new Response(null, {
        headers: { 'set-cookie': `inspraak_oidc=${first.callback.searchParams.get('state')}` },
      }),
    );
    expect((await replay.fetch(first.callback)).headers.get('location')).toBe(
      '/inloggen?sso=state',
    );
    // The used code with a fresh, valid state of a new attempt: the provider refuses the code.
    const jar = new CookieJar();
    const start = await jar.fetch(new URL(`${api.url}/api/auth/oidc/start`));
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const reuse = new URL(first.callback);
    reuse.searchParams.set('state', state);
    expect((await jar.fetch(reuse)).headers.get('location')).toBe('/inloggen?sso=token');
    expect(await sessionCount()).toBe(before);
  });

  it('refuses an expired code', async () => {
    await idp.configure({ codeTtl: 1 });
    const { jar, callback } = await toCallback('eva');
    await new Promise((r) => setTimeout(r, 2100));
    const res = await jar.fetch(callback);
    expect(res.headers.get('location')).toBe('/inloggen?sso=token');
    expect(await whoAmI(jar)).toBeNull();
  });

  it('refuses a tampered ID token', async () => {
    await idp.configure({ tamperIdToken: true });
    const { jar, callback } = await toCallback('eva');
    const res = await jar.fetch(callback);
    expect(res.headers.get('location')).toBe('/inloggen?sso=token');
    expect(await whoAmI(jar)).toBeNull();
  });

  it('refuses an e-mail address the provider has not verified', async () => {
    const { jar, callback } = await toCallback('unverified');
    const res = await jar.fetch(callback);
    expect(res.headers.get('location')).toBe('/inloggen?sso=email_unverified');
    expect(await whoAmI(jar)).toBeNull();
  });

  it('refuses a deactivated account', async () => {
    const admin = await new TestSession(api.url).signInOrFail('admin@voorbeeld.nl', DEMO_PASSWORD);
    const [mo] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email = 'moderator@voorbeeld.nl'`,
    );
    const { body } = await admin.gql('mutation($id: ID!) { deactivateUser(id: $id) { id } }', {
      id: mo.id,
    });
    expect(body.errors).toBeUndefined();
    const { jar, callback } = await toCallback('mo');
    const res = await jar.fetch(callback);
    expect(res.headers.get('location')).toBe('/inloggen?sso=deactivated');
    expect(await whoAmI(jar)).toBeNull();
  });

  it('only returns to same-origin relative paths', async () => {
    const { jar, callback } = await toCallback('eva', '//evil.example/steal');
    const res = await jar.fetch(callback);
    expect(res.headers.get('location')).toBe('/');
  });
});
