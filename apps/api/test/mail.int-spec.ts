import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { composeMail, MailBusyError, MailDelivery, MailOutbox } from '@inspraak/server-mail';
import { JobQueue } from '@inspraak/server-queue';
import { MailTestApi, startMailTestApi } from './test-mail-api';
import { errorCode, TestSession } from './test-session';

const mail = (to: string, locale = 'nl') => ({
  ...composeMail({
    locale,
    subject: locale === 'en' ? 'Hello <there>' : 'Hallo <daar>',
    greeting: locale === 'en' ? 'Dear Sam,' : 'Beste Sam,',
    paragraphs: ['<b>not bold</b> & friends'],
    action: { label: 'Open', url: 'https://inspraak.example.nl/x?a=1&b=2' },
    signature: 'Inspraak',
  }),
  to,
  locale,
  template: 'test.mail',
});

const outboxRow = (m: MailTestApi, id: string) =>
  m.api.db.dataSource
    .query<{ status: string; attempts: number; text: string | null; html: string | null }[]>(
      'SELECT status, attempts, text, html FROM mail_outbox WHERE id = $1',
      [id],
    )
    .then((r) => r[0]);

describe('mail over SMTP (real SMTP server in the test)', () => {
  let m: MailTestApi;
  beforeAll(async () => {
    m = await startMailTestApi();
  });
  afterAll(() => m.close());

  it('delivers an outbox mail with a text and an HTML part, then forgets the bodies', async () => {
    const to = `${randomUUID()}@example.org`;
    const id = await m.api.app.get(MailOutbox).send(mail(to, 'en'));
    const [received] = await m.smtp!.waitForMail(to);
    expect(received).toBeDefined();
    expect(received.subject).toBe('Hello <there>');
    expect(received.from?.text).toContain('no-reply@inspraak.local');
    expect(received.text).toContain('<b>not bold</b> & friends');
    expect(received.text).toContain('https://inspraak.example.nl/x?a=1&b=2');
    expect(received.html).toContain('&lt;b&gt;not bold&lt;/b&gt; &amp; friends');
    expect(received.html).toContain('<html lang="en">');
    expect(received.messageId).toBe(`<${id}@inspraak.example.nl>`);
    expect(received.headers.get('content-language')).toBe('en');
    await waitUntil(async () => (await outboxRow(m, id)).status === 'sent');
    expect(await outboxRow(m, id)).toMatchObject({ status: 'sent', text: null, html: null });
  });

  it('retries a refused mail and never sends it twice, even when the job runs again', async () => {
    const to = `${randomUUID()}@example.org`;
    m.smtp!.refuseNext(1, to);
    const id = await m.api.app.get(MailOutbox).send(mail(to));
    expect(await m.smtp!.waitForMail(to)).toHaveLength(1);
    await waitUntil(async () => (await outboxRow(m, id)).status === 'sent');
    expect((await outboxRow(m, id)).attempts).toBe(2);

    // The job delivered again (a retry after a lost acknowledgement, or a duplicate job).
    expect(await m.jobs.get(MailDelivery).deliver(id)).toBe('already-sent');
    await m.api.app.get(JobQueue).add('mail.send', { outboxId: id }, { jobId: `mail-again-${id}` });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await m.smtp!.waitForMail(to, 2, 500)).toHaveLength(1);
    expect((await outboxRow(m, id)).attempts).toBe(2);
  });

  it('does not let two deliveries of the same mail run at once', async () => {
    const to = `${randomUUID()}@example.org`;
    const outbox = m.api.app.get(MailOutbox);
    const id = await outbox.store(mail(to)); // stored, not dispatched
    const delivery = m.jobs.get(MailDelivery);
    const results = await Promise.allSettled([delivery.deliver(id), delivery.deliver(id)]);
    // One sends; the other finds the lease held (MailBusyError) or, if it looked only after
    // the commit (the embedded database runs one statement at a time), the mail sent.
    expect(results.filter((r) => r.status === 'fulfilled' && r.value === 'sent')).toHaveLength(1);
    const other = results.find((r) => !(r.status === 'fulfilled' && r.value === 'sent'))!;
    expect(
      other.status === 'rejected'
        ? (other.reason as Error).constructor.name
        : (other as PromiseFulfilledResult<string>).value,
    ).toMatch(/^(MailBusyError|already-sent)$/);
    expect(await m.smtp!.waitForMail(to, 2, 500)).toHaveLength(1);

    // A lease held by another attempt (say a worker that died mid-send) blocks delivery until
    // it expires; the job then looks again when the lease ends instead of spending attempts.
    const held = await outbox.store(mail(`${randomUUID()}@example.org`));
    await m.api.db.dataSource.query(
      `UPDATE mail_outbox SET attempts = 1, leased_until = now() + interval '2 seconds' WHERE id = $1`,
      [held],
    );
    await expect(delivery.deliver(held)).rejects.toThrow(MailBusyError);
    await outbox.dispatch([held]);
    await waitUntil(async () => (await outboxRow(m, held)).status === 'sent', 30000);
    expect((await outboxRow(m, held)).attempts).toBe(2);
  });
});

describe('dev mailbox (no SMTP_URL)', () => {
  let m: MailTestApi;
  beforeAll(async () => {
    m = await startMailTestApi({ smtp: false });
  });
  afterAll(() => m.close());

  const DEV_MAILBOX = `query($first: Int, $after: String) {
    devMailbox(first: $first, after: $after) {
      edges { node { id to subject text html createdAt } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  type Page = {
    devMailbox: {
      edges: { node: { id: string; to: string; subject: string; text: string; html: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  it('keeps mail in the database, readable by admins, page by page, once per outbox id', async () => {
    const outbox = m.api.app.get(MailOutbox);
    const delivered = async (n: number) => {
      const r = await m.api.db.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM dev_mail',
      );
      return r[0].n >= n;
    };
    // One after the other, so the newest-first order is known.
    const first = await outbox.send(mail('first@example.org'));
    await waitUntil(() => delivered(1));
    await outbox.send(mail('second@example.org', 'en'));
    await waitUntil(() => delivered(2));
    // Delivering again writes nothing new (the dev mailbox is keyed by the outbox id).
    expect(await m.jobs.get(MailDelivery).deliver(first)).toBe('already-sent');

    const admin = await new TestSession(m.api.url).signInOrFail(
      'admin@voorbeeld.nl',
      DEMO_PASSWORD,
    );
    const p1 = await admin.gql<Page>(DEV_MAILBOX, { first: 1 });
    expect(p1.body.errors).toBeUndefined();
    expect(p1.body.data!.devMailbox.edges[0].node).toMatchObject({
      to: 'second@example.org',
      subject: 'Hello <there>',
    });
    expect(p1.body.data!.devMailbox.edges[0].node.html).toContain('&lt;b&gt;not bold');
    expect(p1.body.data!.devMailbox.pageInfo.hasNextPage).toBe(true);
    const p2 = await admin.gql<Page>(DEV_MAILBOX, {
      first: 5,
      after: p1.body.data!.devMailbox.pageInfo.endCursor,
    });
    expect(p2.body.data!.devMailbox.edges.map((e) => e.node.id)).toEqual([first]);
    expect(p2.body.data!.devMailbox.edges[0].node.text).toContain('Beste Sam,');
  });

  it('is for admins only', async () => {
    const employee = await new TestSession(m.api.url).signInOrFail(
      'employee@voorbeeld.nl',
      DEMO_PASSWORD,
    );
    expect(errorCode((await employee.gql(DEV_MAILBOX, { first: 1 })).body)).toBe('FORBIDDEN');
    expect(errorCode((await new TestSession(m.api.url).gql(DEV_MAILBOX)).body)).toBe(
      'UNAUTHENTICATED',
    );
  });
});

async function waitUntil(fn: () => Promise<boolean>, timeoutMs = 20000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
