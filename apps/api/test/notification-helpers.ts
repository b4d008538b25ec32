import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NotificationEventInput, NotificationEvents } from '@inspraak/server-notifications';

/** A fresh e-mail prefix, so the users of one test are the recipients of its events. */
export const newPrefix = (label = 'fan') => `${label}-${randomBytes(4).toString('hex')}-`;

/**
 * Inserts `count` users `<prefix><n>@example.org` in one statement (SQL for speed), with the
 * demo users' password so they can sign in. Returns their ids in id order.
 */
export async function insertUsers(
  ds: DataSource,
  prefix: string,
  count: number,
  locale: 'nl' | 'en' = 'nl',
): Promise<{ id: string; email: string }[]> {
  return ds
    .query<{ id: string; email: string }[]>(
      `INSERT INTO app_user (name, email, locale, role, password_hash)
     SELECT 'Fan ' || n, $1 || n || '@example.org', $3, 'EMPLOYEE',
            (SELECT password_hash FROM app_user WHERE email = 'employee@voorbeeld.nl')
       FROM generate_series(1, $2::int) AS n
     RETURNING id, email`,
      [prefix, count, locale],
    )
    .then((rows) => rows.sort((a, b) => (a.id < b.id ? -1 : 1)));
}

/** Emits one event in its own transaction and dispatches it, as a producer does. */
export async function emitEvent(
  ds: DataSource,
  events: NotificationEvents,
  input: Partial<NotificationEventInput> & { data: Record<string, unknown> },
  dispatch = true,
): Promise<string> {
  const event: NotificationEventInput = {
    type: 'input.status-changed',
    key: `test:${randomBytes(8).toString('hex')}`,
    subjectKind: 'input',
    subjectId: randomBytes(16)
      .toString('hex')
      .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
    trajectoryId: null,
    actorId: null,
    ...input,
  };
  const id = await ds.transaction((m) => events.emit(m, event));
  if (dispatch) await events.dispatch([id]);
  return id;
}

export async function waitUntil(
  fn: () => Promise<boolean>,
  timeoutMs = 30000,
  what = 'condition',
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function fanoutState(ds: DataSource, eventId: string) {
  const [row] = await ds.query<
    { fanout_state: string; recipient_count: number; fanout_cursor: string | null }[]
  >('SELECT fanout_state, recipient_count, fanout_cursor FROM notification_event WHERE id = $1', [
    eventId,
  ]);
  return row;
}
