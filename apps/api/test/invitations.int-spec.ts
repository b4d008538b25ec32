import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { MailTestApi, startMailTestApi, tokenFrom } from './test-mail-api';
import { errorCode, TestSession } from './test-session';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email locale } }`;
const ACCEPT = `mutation($input: TokenPasswordInput!) { acceptInvitation(input: $input) { id email } }`;
const ME = '{ me { id email } }';
const GOOD_PASSWORD = 'paars-fietsrek-onder-de-linde';

describe('invitations (one-time link by mail)', () => {
  let m: MailTestApi;
  let admin: TestSession;
  beforeAll(async () => {
    m = await startMailTestApi();
    admin = await new TestSession(m.api.url).signInOrFail('admin@voorbeeld.nl', DEMO_PASSWORD);
  });
  afterAll(() => m.close());

  async function invite(email: string, locale = 'NL', name = 'Sam de Vries') {
    const r = await admin.gql<{ inviteUser: { id: string } }>(INVITE, {
      input: { name, email, locale },
    });
    expect(r.body.errors).toBeUndefined();
    return r.body.data!.inviteUser.id;
  }

  async function mailTo(email: string, count = 1) {
    const mails = await m.smtp!.waitForMail(email, count);
    expect(mails).toHaveLength(count);
    return mails[count - 1];
  }

  it('creates the account without a password and mails a Dutch link that signs in once', async () => {
    const email = `${randomUUID()}@voorbeeld.nl`;
    const userId = await invite(email, 'NL', 'Sam <de> Vries');
    const mail = await mailTo(email);
    expect(mail.subject).toBe('Uitnodiging voor Inspraak van Gemeente Voorbeeld');
    expect(mail.text).toContain('Beste Sam <de> Vries,');
    expect(mail.text).toContain('Deze link is 7 dagen geldig');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('Beste Sam &lt;de&gt; Vries,');
    const token = tokenFrom(mail.text, 'uitnodiging');
    expect(mail.text).toContain(`https://inspraak.example.nl/uitnodiging/${token}`);
    expect(mail.html).toContain(`href="https://inspraak.example.nl/uitnodiging/${token}"`);

    // No password yet: nobody can sign in with anything.
    const guest = new TestSession(m.api.url);
    expect(errorCode((await guest.signIn(email, GOOD_PASSWORD)).body)).toBe('UNAUTHENTICATED');

    // The password policy applies and a refused password leaves the link usable.
    const weak = await guest.gql(ACCEPT, { input: { token, password: 'welkom123' } });
    expect(errorCode(weak.body)).toBe('BAD_USER_INPUT');

    const ok = await guest.gql<{ acceptInvitation: { id: string } }>(ACCEPT, {
      input: { token, password: GOOD_PASSWORD },
    });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.acceptInvitation.id).toBe(userId);
    expect((await guest.gql<{ me: { id: string } }>(ME)).body.data!.me.id).toBe(userId);
    await new TestSession(m.api.url).signInOrFail(email, GOOD_PASSWORD);

    // Single use.
    const again = await new TestSession(m.api.url).gql(ACCEPT, {
      input: { token, password: 'nog-een-ander-lang-wachtwoord' },
    });
    expect(errorCode(again.body)).toBe('TOKEN_USED');

    // Only the SHA-256 is stored; the audit log has both events and never the token.
    const rows = await m.api.db.dataSource.query<{ id: string }[]>(
      'SELECT id FROM account_token WHERE user_id = $1',
      [userId],
    );
    expect(rows.map((r) => r.id)).not.toContain(token);
    const audit = await m.api.db.dataSource.query<{ action: string; details: unknown }[]>(
      `SELECT action, details FROM audit_event WHERE object_id = $1 ORDER BY created_at`,
      [userId],
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['user.invitation_sent', 'user.invitation_accepted']),
    );
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('writes the mail in English for an English-speaking invitee', async () => {
    const email = `${randomUUID()}@voorbeeld.nl`;
    await invite(email, 'EN');
    const mail = await mailTo(email);
    expect(mail.subject).toBe('Your invitation to Inspraak at Gemeente Voorbeeld');
    expect(mail.text).toContain('This link is valid for 7 days and works once.');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.headers.get('content-language')).toBe('en');
  });

  it('refuses tampered, unknown and expired links with typed errors', async () => {
    const email = `${randomUUID()}@voorbeeld.nl`;
    const userId = await invite(email);
    const token = tokenFrom((await mailTo(email)).text, 'uitnodiging');
    const guest = new TestSession(m.api.url);
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [flipped, 'not-a-token', '']) {
      const r = await guest.gql(ACCEPT, { input: { token: bad, password: GOOD_PASSWORD } });
      expect(errorCode(r.body)).toBe('TOKEN_INVALID');
    }
    await m.api.db.dataSource.query(
      `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [userId],
    );
    const expired = await guest.gql(ACCEPT, { input: { token, password: GOOD_PASSWORD } });
    expect(errorCode(expired.body)).toBe('TOKEN_EXPIRED');
    expect((await guest.gql<{ me: null }>(ME)).body.data!.me).toBeNull();
  });

  it('replaces the previous link when inviting again, and refuses active accounts', async () => {
    const email = `${randomUUID()}@voorbeeld.nl`;
    const id1 = await invite(email);
    const first = tokenFrom((await mailTo(email, 1)).text, 'uitnodiging');
    const id2 = await invite(email);
    expect(id2).toBe(id1);
    const second = tokenFrom((await mailTo(email, 2)).text, 'uitnodiging');
    expect(second).not.toBe(first);
    const guest = new TestSession(m.api.url);
    const old = await guest.gql(ACCEPT, { input: { token: first, password: GOOD_PASSWORD } });
    expect(errorCode(old.body)).toBe('TOKEN_INVALID');
    const ok = await guest.gql(ACCEPT, { input: { token: second, password: GOOD_PASSWORD } });
    expect(ok.body.errors).toBeUndefined();

    const active = await admin.gql(INVITE, { input: { name: 'Sam', email } });
    expect(errorCode(active.body)).toBe('CONFLICT');
    const demo = await admin.gql(INVITE, { input: { name: 'X', email: 'employee@voorbeeld.nl' } });
    expect(errorCode(demo.body)).toBe('CONFLICT');
  });
});
