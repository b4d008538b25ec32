import { BulkProcessor, OverdueReminders, overdueKey } from '@inspraak/server-feedback';
import { AnonymousAuthorService } from '@inspraak/server-inputs';
import {
  NotificationSourceRegistry,
  StoredNotificationEvent,
} from '@inspraak/server-notifications';
import { ChallengeClient } from './challenge-helpers';
import { inputOf, userIdOf } from './feedback-helpers';
import { startTestApi, TestApi } from './test-api';

const EVENT_COLUMNS = `id, type, key, subject_kind AS "subjectKind", subject_id AS "subjectId",
  trajectory_id AS "trajectoryId", data, actor_id AS "actorId", created_at AS "createdAt"`;

/**
 * The worker side of the feedback loop, driven directly: a bulk job that is cut off part-way
 * and run again (twice at once, too) answers every input exactly once; the daily reminder emits
 * once per trajectory and day; an anonymous author is reached only through the hash.
 */
describe('feedback: bulk job resumption, overdue reminders, anonymous recipients', () => {
  let api: TestApi;
  let mod: ChallengeClient;
  let eva: ChallengeClient;
  let trajectoryId: string;
  let challengeId: string;
  const q = <T = unknown>(sql: string, p: unknown[] = []) => api.db.dataSource.query<T>(sql, p);

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    mod = await ChallengeClient.as(api.url, 'moderator@voorbeeld.nl');
    eva = await ChallengeClient.as(api.url, 'employee@voorbeeld.nl');
    trajectoryId = (await mod.trajectory({ title: 'Traject Herinneringen' })).id;
    await mod.mutateOk('addTeamMember', {
      trajectoryId,
      userId: await userIdOf(api, 'projectleider@voorbeeld.nl'),
      role: 'PROJECT_LEAD',
    });
    challengeId = await mod.challenge(trajectoryId);
  }, 180_000); // start-up with the demo seed on a shared, busy machine
  afterAll(() => api.close());

  const submit = async (title: string, extra = {}) =>
    (await eva.submitOk(challengeId, { title, ...extra })).id;

  it('resumes a bulk job cut off part-way; reruns, also concurrent ones, answer nothing twice', async () => {
    const inputs: string[] = [];
    for (let i = 0; i < 40; i++) inputs.push(await submit(`Hervat ${i + 1}`));
    const actor = await userIdOf(api, 'moderator@voorbeeld.nl');
    // A job as bulkRespond stores it, not enqueued: the test is the worker.
    const [{ id: jobId }] = await q<{ id: string }[]>(
      `INSERT INTO feedback_bulk_job (actor_id, state, status, text, total)
       VALUES ($1, 'QUEUED', 'PLANNED', 'Ingepland: {titel}', 40) RETURNING id`,
      [actor],
    );
    await q(
      `INSERT INTO feedback_bulk_item (job_id, input_id, position)
       SELECT $1, id, ord FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`,
      [jobId, inputs],
    );
    const processor = api.app.get(BulkProcessor);
    const state = async () =>
      (
        await q<
          { state: string; done: number; failed: number; entries: number; pending: number }[]
        >(
          `SELECT j.state, j.done, j.failed,
             (SELECT count(*)::int FROM input_feedback f WHERE f.idempotency_key = 'bulk:' || j.id)
               AS entries,
             (SELECT count(*)::int FROM feedback_bulk_item i
               WHERE i.job_id = j.id AND i.state = 'PENDING') AS pending
           FROM feedback_bulk_job j WHERE j.id = $1`,
          [jobId],
        )
      )[0];
    // The "crash": the run stops after 15 inputs.
    await processor.run(jobId, 15);
    expect(await state()).toEqual({
      state: 'RUNNING',
      done: 15,
      failed: 0,
      entries: 15,
      pending: 25,
    });
    // A retried job and a second worker pick it up at the same time.
    await Promise.all([processor.run(jobId), processor.run(jobId)]);
    expect(await state()).toEqual({ state: 'DONE', done: 40, failed: 0, entries: 40, pending: 0 });
    await processor.run(jobId);
    await processor.giveUp(jobId);
    expect(await state()).toEqual({ state: 'DONE', done: 40, failed: 0, entries: 40, pending: 0 });
    const perInput = await q<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM input_feedback WHERE input_id = ANY($1::uuid[]) GROUP BY input_id`,
      [inputs],
    );
    expect(perInput.every((r) => r.n === 1)).toBe(true);
    expect(perInput).toHaveLength(40);
    expect((await inputOf(eva, inputs[39])).feedback).toMatchObject({
      status: 'PLANNED',
      response: 'Ingepland: Hervat 40',
    });
    // One notification event per answered input.
    const [{ n }] = await q<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification_event
       WHERE type = 'input.status-changed' AND subject_id = ANY($1::text[])`,
      [inputs],
    );
    expect(n).toBe(40);
  }, 120_000);

  it('reminds the owner and project leads once a day per trajectory with overdue input', async () => {
    const late = [await submit('Te laat 1'), await submit('Te laat 2')];
    await submit('Op tijd');
    await q(
      `UPDATE input SET feedback_due_at = now() - interval '2 days' WHERE id = ANY($1::uuid[])`,
      [late],
    );
    const reminders = api.app.get(OverdueReminders);
    const count = async () =>
      (
        await q<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM notification_event
           WHERE type = 'feedback.overdue' AND subject_id = $1`,
          [trajectoryId],
        )
      )[0].n;
    const now = new Date();
    const first = await reminders.run(now);
    expect(await count()).toBe(1);
    const [event] = await q<StoredNotificationEvent[]>(
      `SELECT ${EVENT_COLUMNS} FROM notification_event WHERE type = 'feedback.overdue'
         AND subject_id = $1`,
      [trajectoryId],
    );
    expect(first).toContain(event.id);
    expect(event.data).toMatchObject({ count: 2, trajectoryTitle: 'Traject Herinneringen' });
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
    expect(event.key).toBe(overdueKey(trajectoryId, day));
    // Again the same day: nothing new. The next day: a new reminder.
    await reminders.run(new Date(now.getTime() + 60_000));
    expect(await count()).toBe(1);
    await reminders.run(new Date(now.getTime() + 86_400_000));
    expect(await count()).toBe(2);
    const source = api.app.get(NotificationSourceRegistry).forType('feedback.overdue');
    const page = await source.recipients(event, null, 10);
    expect(page).toEqual({
      userIds: [
        await userIdOf(api, 'moderator@voorbeeld.nl'),
        await userIdOf(api, 'projectleider@voorbeeld.nl'),
      ].sort(),
      next: null,
    });
    expect(source.render(event, 'nl').title).toBe(
      '2 inbrengen wachten langer dan de reactietermijn in ‘Traject Herinneringen’',
    );
    expect(source.render(event, 'en').path).toBe(
      `/terugkoppeling?traject=${trajectoryId}&telaat=1`,
    );
    // Answering one lowers tomorrow's count.
    await mod.respondOk(late[0], 'Sorry voor het wachten: we pakken het op.');
    const overdue = await api.app
      .get(OverdueReminders)
      .run(new Date(now.getTime() + 2 * 86_400_000));
    const [next] = await q<{ data: { count: number } }[]>(
      'SELECT data FROM notification_event WHERE id = ANY($1::uuid[]) AND subject_id = $2',
      [overdue, trajectoryId],
    );
    expect(next.data.count).toBe(1);
  });

  it('reaches an anonymous author only through the hash, resolved at send time', async () => {
    const id = await submit('Anoniem voorstel over roosters', { anonymous: true });
    await mod.respondOk(id, 'We bekijken de roosters opnieuw.', 'UNDER_CONSIDERATION');
    const [event] = await q<StoredNotificationEvent[]>(
      `SELECT ${EVENT_COLUMNS} FROM notification_event WHERE subject_id = $1`,
      [id],
    );
    const evaId = await userIdOf(api, 'employee@voorbeeld.nl');
    // Nothing in the event names her.
    expect(JSON.stringify(event)).not.toContain(evaId);
    const source = api.app.get(NotificationSourceRegistry).forType('input.status-changed');
    const [row] = await q<{ author_hash: string }[]>(
      'SELECT author_hash FROM input WHERE id = $1',
      [id],
    );
    const recipient = await source.anonymousRecipient(event);
    expect(recipient).toEqual({ contentId: id, authorHash: row.author_hash });
    expect((await source.recipients(event, null, 100)).userIds).not.toContain(evaId);
    expect(await source.resolveAnonymous(recipient!)).toBe(evaId);
    expect(api.app.get(AnonymousAuthorService).hash(evaId, id)).toBe(row.author_hash);
    expect(await source.anonymousContentOf(evaId)).toContainEqual(recipient);
    const other = await userIdOf(api, 'or-lid@voorbeeld.nl');
    expect(await source.anonymousContentOf(other)).not.toContainEqual(recipient);
    expect(await source.resolveAnonymous({ contentId: id, authorHash: 'f'.repeat(64) })).toBeNull();
  });
});
