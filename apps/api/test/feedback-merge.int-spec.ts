import { randomUUID } from 'node:crypto';
import {
  NotificationSourceRegistry,
  StoredNotificationEvent,
} from '@inspraak/server-notifications';
import { ChallengeClient, errorCode, fieldCodes } from './challenge-helpers';
import { directoryPeople, inputOf, userIdOf } from './feedback-helpers';
import { startTestApi, TestApi } from './test-api';

const PEOPLE = 24;

/**
 * Merging duplicates: supporters and followers move to the surviving input without double
 * counting (also while people support both at that moment), the rules of what may merge, and the
 * `input.merged` event that tells the duplicate's author where it went.
 */
describe('feedback: merging duplicates', () => {
  let api: TestApi;
  let mod: ChallengeClient;
  let eva: ChallengeClient;
  let people: ChallengeClient[];
  let trajectoryId: string;
  let challengeId: string;
  const q = <T = unknown>(sql: string, p: unknown[] = []) => api.db.dataSource.query<T>(sql, p);

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    mod = await ChallengeClient.as(api.url, 'moderator@voorbeeld.nl');
    eva = await ChallengeClient.as(api.url, 'employee@voorbeeld.nl');
    people = await directoryPeople(api, PEOPLE);
    trajectoryId = (await mod.trajectory()).id;
    challengeId = await mod.challenge(trajectoryId);
  }, 180_000); // start-up with the demo seed on a shared, busy machine
  afterAll(() => api.close());

  const submit = async (title: string, by = eva, challenge = challengeId) =>
    (await by.submitOk(challenge, { title })).id;
  const merge = (client: ChallengeClient, inputId: string, intoId: string, text = 'Dubbel.') =>
    client.mutate(
      'mergeInput',
      { inputId, intoId, text },
      'id supportCount followerCount feedback { status }',
    );
  const rows = async (id: string) =>
    (
      await q<{ support_count: number; follower_count: number; s: number; f: number }[]>(
        `SELECT support_count, follower_count,
           (SELECT count(*)::int FROM input_support WHERE input_id = i.id) AS s,
           (SELECT count(*)::int FROM input_follow WHERE input_id = i.id) AS f
         FROM input i WHERE id = $1`,
        [id],
      )
    )[0];

  it('moves supporters and followers, counting someone who supported both once', async () => {
    const dup = await submit('Dubbel: lantaarnpalen met sensor');
    const keep = await submit('Lantaarnpalen die dimmen als er niemand is');
    // p0..p5 support the duplicate, p4..p8 the surviving idea: p4 and p5 did both.
    for (const p of people.slice(0, 6)) await p.byId('supportIdea', dup);
    for (const p of people.slice(4, 9)) await p.byId('supportIdea', keep);
    for (const p of people.slice(0, 3)) await p.byId('followIdea', dup);
    await people[0].byId('followIdea', keep);
    expect(errorCode(await merge(eva, dup, keep))).toBe('FORBIDDEN');
    const result = await merge(mod, dup, keep, 'Zelfde voorstel als ‘Lantaarnpalen die dimmen’.');
    expect(result.errors).toBeUndefined();
    expect(result.data!.mergeInput).toMatchObject({
      id: keep,
      supportCount: 9,
      followerCount: 3,
      feedback: { status: 'RECEIVED' },
    });
    expect(await rows(keep)).toEqual({ support_count: 9, follower_count: 3, s: 9, f: 3 });
    expect(await rows(dup)).toEqual({ support_count: 0, follower_count: 0, s: 0, f: 0 });
    const merged = await inputOf(eva, dup);
    expect(merged.feedback).toMatchObject({
      status: 'MERGED',
      response: 'Zelfde voorstel als ‘Lantaarnpalen die dimmen’.',
      mergedInto: { id: keep, title: 'Lantaarnpalen die dimmen als er niemand is' },
      responder: { name: 'Mo Moderator' },
    });
    expect(merged.feedback.history).toEqual([
      expect.objectContaining({ status: 'MERGED', mergedInto: { id: keep } }),
    ]);
    // A merged idea takes no new support or follow; a repeat of the merge changes nothing.
    expect(fieldCodes(await people[10].byId('supportIdea', dup))).toEqual(['input:IDEA_MERGED']);
    expect(fieldCodes(await people[10].byId('followIdea', dup))).toEqual(['input:IDEA_MERGED']);
    expect((await merge(mod, dup, keep)).data!.mergeInput).toMatchObject({ supportCount: 9 });
    expect(fieldCodes(await mod.respond(dup, 'Toch niet', 'PLANNED'))).toEqual([
      'input.inputId:INPUT_MERGED',
    ]);
    // The duplicate's author hears where it went: one `input.merged` event, ids only.
    const events = await q<{ type: string; data: Record<string, unknown> }[]>(
      `SELECT type, data FROM notification_event WHERE subject_id = $1`,
      [dup],
    );
    expect(events).toEqual([
      {
        type: 'input.merged',
        data: expect.objectContaining({ intoId: keep, path: `/ideeen/${keep}` }),
      },
    ]);
  });

  it('merges only within one kind and trajectory, never into itself or a merged input', async () => {
    const a = await submit('Regel A');
    const b = await submit('Regel B');
    const c = await submit('Regel C');
    const otherTrajectory = await mod.challenge((await mod.trajectory()).id);
    const elsewhere = await submit('Elders', eva, otherTrajectory);
    expect(fieldCodes(await merge(mod, a, a))).toEqual(['input.intoId:SAME_INPUT']);
    expect(fieldCodes(await merge(mod, a, elsewhere))).toEqual([
      'input.intoId:OTHER_KIND_OR_TRAJECTORY',
    ]);
    expect(errorCode(await merge(mod, a, randomUUID()))).toBe('NOT_FOUND');
    expect(
      fieldCodes(await mod.mutate('mergeInput', { inputId: a, intoId: b, text: ' ' })),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^input\.text:/)]));
    await merge(mod, a, b);
    expect(fieldCodes(await merge(mod, c, a))).toEqual(['input.intoId:TARGET_NOT_OPEN']);
    expect(fieldCodes(await merge(mod, a, c))).toEqual(['input.inputId:INPUT_MERGED']);
    // A chain: B merged later into C keeps A pointing at B, which points at C.
    await merge(mod, b, c);
    expect((await inputOf(mod, a)).feedback.mergedInto?.id).toBe(b);
    expect((await inputOf(mod, b)).feedback.mergedInto?.id).toBe(c);
    // Into a withdrawn idea: refused.
    const gone = await submit('Ingetrokken');
    await eva.byId('withdrawIdea', gone);
    expect(fieldCodes(await merge(mod, c, gone))).toEqual(['input.intoId:TARGET_NOT_OPEN']);
  });

  it('counts exactly while people support both inputs during the merge', async () => {
    const dup = await submit('Gelijktijdig: dubbel');
    const keep = await submit('Gelijktijdig: blijft');
    // Half of them supported the duplicate before; now everyone supports both at once.
    for (const p of people.slice(0, PEOPLE / 2)) await p.byId('supportIdea', dup);
    const results = await Promise.all([
      ...people.flatMap((p) => [p.byId('supportIdea', dup), p.byId('supportIdea', keep)]),
      merge(mod, dup, keep, 'Samengevoegd tijdens het steunen.'),
      ...people.slice(0, 6).map((p) => p.byId('followIdea', keep)),
    ]);
    // Supports of the duplicate after the merge are refused with a typed error; nothing else.
    for (const r of results) {
      if (r.errors) expect(fieldCodes(r)).toEqual(['input:IDEA_MERGED']);
    }
    expect(await rows(dup)).toMatchObject({ support_count: 0, s: 0 });
    const after = await rows(keep);
    // Everybody supports the surviving idea exactly once, whatever the interleaving.
    expect(after).toEqual({ support_count: PEOPLE, s: PEOPLE, follower_count: 6, f: 6 });
    expect((await inputOf(mod, keep)).supportCount).toBe(PEOPLE);
  });

  it('names the recipients once each: author, supporters, commenters, followers, minus the actor', async () => {
    const author = await userIdOf(api, 'employee@voorbeeld.nl');
    const actor = await userIdOf(api, 'moderator@voorbeeld.nl');
    const id = await submit('Ontvangers tellen');
    await people[0].byId('supportIdea', id);
    await people[0].byId('followIdea', id);
    await people[0].mutateOk('addComment', { inputId: id, body: 'Goed plan' });
    await people[1].mutateOk('addComment', {
      inputId: id,
      body: 'Anoniem commentaar',
      anonymous: true,
    });
    await people[2].byId('followIdea', id);
    await mod.byId('supportIdea', id);
    await eva.mutateOk('addComment', { inputId: id, body: 'Dank!' });
    await mod.respondOk(id, 'We pakken het op.', 'PLANNED');
    const [event] = await q<StoredNotificationEvent[]>(
      `SELECT id, type, key, subject_kind AS "subjectKind", subject_id AS "subjectId",
         trajectory_id AS "trajectoryId", data, actor_id AS "actorId", created_at AS "createdAt"
       FROM notification_event WHERE subject_id = $1 AND type = 'input.status-changed'`,
      [id],
    );
    expect(event.actorId).toBe(actor);
    const source = api.app.get(NotificationSourceRegistry).forType('input.status-changed');
    const all: string[] = [];
    let after: string | null = null;
    do {
      const page = await source.recipients(event, after, 2);
      expect(page.userIds.length).toBeLessThanOrEqual(2);
      all.push(...page.userIds);
      after = page.next;
    } while (after);
    const expected = [author, await idOfClient(people[0]), await idOfClient(people[2])].sort();
    expect(all).toEqual(expected);
    expect(await source.anonymousRecipient(event)).toBeNull();
    expect(source.render(event, 'nl')).toEqual({
      title: 'Het idee ‘Ontvangers tellen’ is ingepland',
      body: 'We pakken het op.',
      path: `/ideeen/${id}`,
    });
    expect(source.render(event, 'en').title).toBe('The idea ‘Ontvangers tellen’ is planned');
    // Its named author is addressed personally; anyone else reads about "the idea".
    const asAuthor = { userId: author, anonymousAuthor: false };
    expect(source.render(event, 'nl', asAuthor).title).toBe(
      'Je idee ‘Ontvangers tellen’ is ingepland',
    );
    expect(source.render(event, 'en', asAuthor).title).toBe(
      'Your idea ‘Ontvangers tellen’ is planned',
    );
    expect(
      source.render(event, 'nl', {
        userId: expected.find((u) => u !== author)!,
        anonymousAuthor: false,
      }).title,
    ).toBe('Het idee ‘Ontvangers tellen’ is ingepland');
  });

  const idOfClient = async (client: ChallengeClient) =>
    (await client.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
});
