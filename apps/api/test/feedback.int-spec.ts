import { randomUUID } from 'node:crypto';
import { responseDueAt } from '@inspraak/server-feedback';
import { ChallengeClient, errorCode, fieldCodes } from './challenge-helpers';
import { inputOf, Summary, SUMMARY_FIELDS, userIdOf } from './feedback-helpers';
import { startTestApi, TestApi } from './test-api';

/**
 * The feedback loop on one input: the workflow and its transitions, required texts,
 * idempotency, links, due dates (working days), the response target, and who may answer.
 */
describe('feedback: responding to inputs', () => {
  let api: TestApi;
  let mod: ChallengeClient; // moderator@: owns the trajectory
  let eva: ChallengeClient; // employee@: writes ideas
  let lead: ChallengeClient; // servicepunt@: an employee made project lead of the trajectory
  let member: ChallengeClient; // analist@: an employee on the team (no editing role)
  let manager: ChallengeClient;
  let trajectoryId: string;
  let challengeId: string;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    const url = api.url;
    mod = await ChallengeClient.as(url, 'moderator@voorbeeld.nl');
    eva = await ChallengeClient.as(url, 'employee@voorbeeld.nl');
    lead = await ChallengeClient.as(url, 'servicepunt@voorbeeld.nl');
    member = await ChallengeClient.as(url, 'analist@voorbeeld.nl');
    manager = await ChallengeClient.as(url, 'manager@voorbeeld.nl');
    trajectoryId = (await mod.trajectory()).id;
    for (const [email, role] of [
      ['servicepunt@voorbeeld.nl', 'PROJECT_LEAD'],
      ['analist@voorbeeld.nl', 'TEAM_MEMBER'],
    ]) {
      await mod.mutateOk('addTeamMember', {
        trajectoryId,
        userId: await userIdOf(api, email),
        role,
      });
    }
    challengeId = await mod.challenge(trajectoryId);
  }, 180_000); // start-up with the demo seed on a shared, busy machine
  afterAll(() => api.close());

  const submit = async (title = `Idee ${randomUUID().slice(0, 8)}`) =>
    (await eva.submitOk(challengeId, { title })).id;
  const respond = (
    client: ChallengeClient,
    inputId: string,
    status: string,
    text?: string | null,
    extra: Record<string, unknown> = {},
  ) =>
    client.mutate<Summary>(
      'respondToInput',
      { inputId, status, ...(text === undefined ? {} : { text }), ...extra },
      SUMMARY_FIELDS,
    );
  const ok = async (...args: Parameters<typeof respond>) => {
    const body = await respond(...args);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.respondToInput;
  };

  it('stores the due date at submission: 10 working days, weekends and holidays not counted', async () => {
    const id = await submit();
    const input = await inputOf(mod, id);
    const [row] = await api.db.dataSource.query<{ created_at: Date }[]>(
      'SELECT created_at FROM input WHERE id = $1',
      [id],
    );
    expect(input.feedback).toMatchObject({
      status: 'RECEIVED',
      response: null,
      respondedAt: null,
      overdue: false,
      history: [],
      links: [],
    });
    expect(input.feedback.dueAt).toBe(responseDueAt(row.created_at, 10).toISOString());
    // Two weekends at least: never less than 12 calendar days.
    expect(new Date(input.feedback.dueAt).getTime() - row.created_at.getTime()).toBeGreaterThan(
      12 * 86_400_000,
    );
  });

  it('walks the workflow: texts where required, steps back with a reason, refusals typed', async () => {
    const id = await submit('Fietsstraat langs het stadhuis');
    expect(errorCode(await respond(eva, id, 'PLANNED', 'Ja'))).toBe('FORBIDDEN');
    expect(errorCode(await respond(member, id, 'PLANNED', 'Ja'))).toBe('FORBIDDEN');
    expect(fieldCodes(await respond(mod, id, 'PLANNED'))).toEqual(['input.text:REQUIRED']);
    expect(fieldCodes(await respond(mod, id, 'PLANNED', '   '))).toEqual(['input.text:REQUIRED']);
    expect(fieldCodes(await respond(mod, id, 'RECEIVED', 'x'))).toEqual([
      'input.status:NOT_A_RESPONSE',
    ]);
    expect(fieldCodes(await respond(mod, id, 'MERGED', 'x'))).toEqual(['input.status:USE_MERGE']);
    expect(errorCode(await respond(mod, randomUUID(), 'PLANNED', 'x'))).toBe('NOT_FOUND');

    const planned = await ok(mod, id, 'PLANNED', 'We nemen het mee in de begroting.');
    expect(planned.feedback).toMatchObject({
      status: 'PLANNED',
      response: 'We nemen het mee in de begroting.',
      responder: { name: 'Mo Moderator' },
    });
    expect(planned.feedback.firstRespondedAt).toBe(planned.feedback.respondedAt);
    // Forward without a text keeps the response; a project lead may answer too.
    const progress = await ok(lead, id, 'IN_PROGRESS');
    expect(progress.feedback).toMatchObject({
      status: 'IN_PROGRESS',
      response: 'We nemen het mee in de begroting.',
      responder: { name: 'Sanne Servicepunt' },
    });
    expect(progress.feedback.firstRespondedAt).toBe(planned.feedback.firstRespondedAt);
    // Back needs a reason; so does a progress update (the same status again).
    expect(fieldCodes(await respond(mod, id, 'PLANNED'))).toEqual(['input.text:REQUIRED']);
    expect(fieldCodes(await respond(mod, id, 'IN_PROGRESS'))).toEqual(['input.text:REQUIRED']);
    await ok(mod, id, 'IN_PROGRESS', 'De eerste fietsnietjes staan er.');
    await ok(mod, id, 'DONE', 'De fietsstraat is open.');
    expect(fieldCodes(await respond(mod, id, 'PLANNED', 'Toch niet'))).toEqual([
      'input.status:INVALID_TRANSITION',
    ]);
    expect(fieldCodes(await respond(mod, id, 'NOT_ADOPTED', 'Toch niet'))).toEqual([
      'input.status:INVALID_TRANSITION',
    ]);
    await ok(mod, id, 'IN_PROGRESS', 'Heropend: de bebording ontbreekt nog.');
    expect(fieldCodes(await respond(mod, id, 'NOT_ADOPTED'))).toEqual(['input.text:REQUIRED']);
    await ok(mod, id, 'NOT_ADOPTED', 'De provincie staat het niet toe.');
    await ok(mod, id, 'UNDER_CONSIDERATION', 'Nieuwe regels: we kijken opnieuw.');
    const after = await inputOf(eva, id);
    expect(after.feedback.history.map((h) => h.status)).toEqual([
      'UNDER_CONSIDERATION',
      'NOT_ADOPTED',
      'IN_PROGRESS',
      'DONE',
      'IN_PROGRESS',
      'IN_PROGRESS',
      'PLANNED',
    ]);
    expect(after.feedback.history[5].text).toBeNull();
    expect(after.feedback.history[1]).toMatchObject({
      text: 'De provincie staat het niet toe.',
      responder: { name: 'Mo Moderator' },
    });
    // A withdrawn idea gets no more answers.
    const gone = await submit();
    await eva.byId('withdrawIdea', gone);
    expect(fieldCodes(await respond(mod, gone, 'PLANNED', 'x'))).toEqual([
      'input.inputId:INPUT_WITHDRAWN',
    ]);
  });

  it('adds nothing on a retry with the same idempotency key', async () => {
    const id = await submit();
    const key = `retry-${randomUUID()}`;
    const first = await ok(mod, id, 'UNDER_CONSIDERATION', 'We kijken ernaar.', {
      idempotencyKey: key,
    });
    const again = await Promise.all([
      respond(mod, id, 'UNDER_CONSIDERATION', 'We kijken ernaar.', { idempotencyKey: key }),
      respond(mod, id, 'UNDER_CONSIDERATION', 'We kijken ernaar.', { idempotencyKey: key }),
    ]);
    expect(again.map((b) => b.errors)).toEqual([undefined, undefined]);
    expect((await inputOf(mod, id)).feedback.history).toHaveLength(1);
    expect(first.feedback.history).toHaveLength(1);
    // The key is per input: another input may use it.
    const other = await submit();
    await ok(mod, other, 'PLANNED', 'Ingepland.', { idempotencyKey: key });
    expect((await inputOf(mod, other)).feedback.status).toBe('PLANNED');
    const [{ n }] = await api.db.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'feedback.respond'
         AND object_id = $1`,
      [id],
    );
    expect(n).toBe(1);
  });

  it('links a decision of the trajectory or a web page; other links are refused', async () => {
    const rule = await mod.mutateOk('createDecisionRule', {
      trajectoryId,
      topic: 'Welke ideeën gaan naar de pilot',
      phase: 'GENERATE',
      decidedBy: 'Stuurgroep',
      participationLevel: 'ADVISE',
    });
    const decision = await mod.mutateOk('recordDecision', {
      ruleId: rule.id,
      outcome: 'Drie ideeën gaan naar de pilot',
      rationale: 'Meeste steun',
      decidedOn: '2026-10-01',
    });
    const otherTrajectory = (await mod.trajectory()).id;
    const otherRule = await mod.mutateOk('createDecisionRule', {
      trajectoryId: otherTrajectory,
      topic: 'x',
      phase: 'GENERATE',
      decidedBy: 'x',
      participationLevel: 'ADVISE',
    });
    const foreign = await mod.mutateOk('recordDecision', {
      ruleId: otherRule.id,
      outcome: 'Elders',
      rationale: 'x',
      decidedOn: '2026-10-01',
    });
    const id = await submit();
    const refuse = (links: unknown[]) => respond(mod, id, 'PLANNED', 'Gepland', { links });
    expect(fieldCodes(await refuse([{ kind: 'DECISION', targetId: foreign.id }]))).toEqual([
      'input.links.0.targetId:UNKNOWN_DECISION',
    ]);
    expect(fieldCodes(await refuse([{ kind: 'DECISION' }]))).toEqual([
      'input.links.0.targetId:REQUIRED',
    ]);
    expect(
      fieldCodes(await refuse([{ kind: 'PROTOTYPE_VERSION', targetId: randomUUID() }])),
    ).toEqual(['input.links.0.kind:NOT_AVAILABLE']);
    expect(fieldCodes(await refuse([{ kind: 'ACTION' }]))).toEqual([
      'input.links.0.kind:NOT_AVAILABLE',
    ]);
    expect(
      fieldCodes(
        await refuse([
          { kind: 'URL', url: 'x' },
          { kind: 'URL', url: 'javascript:alert(1)' },
        ]),
      ),
    ).toEqual(['input.links.0.url:INVALID_URL']);
    const linked = await ok(mod, id, 'PLANNED', 'Gepland', {
      links: [
        { kind: 'DECISION', targetId: decision.id },
        { kind: 'URL', url: 'https://intranet.voorbeeld.nl/pilot' },
        { kind: 'URL', url: 'https://intranet.voorbeeld.nl/pilot' },
      ],
    });
    expect(linked.feedback.links).toEqual([
      {
        kind: 'DECISION',
        targetId: decision.id,
        title: 'Drie ideeën gaan naar de pilot',
        path: `/trajecten/${trajectoryId}/besluitregels#item-${decision.id}`,
        url: null,
      },
      {
        kind: 'URL',
        targetId: null,
        title: 'https://intranet.voorbeeld.nl/pilot',
        path: null,
        url: 'https://intranet.voorbeeld.nl/pilot',
      },
    ]);
    // Without links the current ones stay; an empty list clears them.
    expect((await ok(mod, id, 'IN_PROGRESS')).feedback.links).toHaveLength(2);
    expect((await ok(mod, id, 'DONE', 'Klaar', { links: [] })).feedback.links).toEqual([]);
    const history = (await inputOf(mod, id)).feedback.history as unknown as {
      links: { kind: string }[];
    }[];
    expect(history.map((h) => h.links.map((l) => l.kind))).toEqual([[], [], ['DECISION', 'URL']]);
  });

  it('moves the due dates of waiting inputs when the response target changes', async () => {
    const waiting = await submit();
    const answered = await submit();
    await ok(mod, answered, 'PLANNED', 'Gepland.');
    const before = await inputOf(mod, answered);
    const change = (client: ChallengeClient, days: unknown) =>
      client.mutate(
        'updateTrajectory',
        { id: trajectoryId, responseTargetDays: days },
        'responseTargetDays',
      );
    expect(errorCode(await change(eva, 5))).toBe('FORBIDDEN');
    expect(errorCode(await change(mod, 0))).toBe('BAD_USER_INPUT');
    expect(errorCode(await change(mod, 61))).toBe('BAD_USER_INPUT');
    expect((await change(mod, 3)).data).toEqual({ updateTrajectory: { responseTargetDays: 3 } });
    const [row] = await api.db.dataSource.query<{ created_at: Date }[]>(
      'SELECT created_at FROM input WHERE id = $1',
      [waiting],
    );
    expect((await inputOf(mod, waiting)).feedback.dueAt).toBe(
      responseDueAt(row.created_at, 3).toISOString(),
    );
    // Answered inputs keep theirs; new inputs get the new target.
    expect((await inputOf(mod, answered)).feedback.dueAt).toBe(before.feedback.dueAt);
    const fresh = await submit();
    const [f] = await api.db.dataSource.query<{ created_at: Date }[]>(
      'SELECT created_at FROM input WHERE id = $1',
      [fresh],
    );
    expect((await inputOf(mod, fresh)).feedback.dueAt).toBe(
      responseDueAt(f.created_at, 3).toISOString(),
    );
    await change(mod, 10);
  });

  it('reads any visible input generically; NOT_FOUND otherwise; canRespond per role', async () => {
    const id = await submit('Generiek leesbaar idee');
    const asEva = await inputOf(eva, id);
    expect(asEva).toMatchObject({
      kind: 'IDEA',
      title: 'Generiek leesbaar idee',
      path: `/ideeen/${id}`,
      phase: 'PREPARE',
      containerTitle: 'Hoe maken we handhaving slimmer?',
      canRespond: false,
      trajectory: { id: trajectoryId },
      author: { name: 'Eva Medewerker', anonymous: false },
    });
    expect(asEva.excerpt).toContain('Handhavers maken foto’s');
    expect((await inputOf(mod, id)).canRespond).toBe(true);
    expect((await inputOf(lead, id)).canRespond).toBe(true);
    expect((await inputOf(member, id)).canRespond).toBe(false);
    expect((await inputOf(manager, id)).canRespond).toBe(false);
    expect(
      errorCode(await eva.gql('query($id: ID!) { input(id: $id) { id } }', { id: randomUUID() })),
    ).toBe('NOT_FOUND');
    // Hidden from outsiders of a trajectory shown to one unit.
    const closed = (
      await mod.trajectory({ visibility: 'ORG_UNITS', orgUnitIds: [await unitId('Team Groen')] })
    ).id;
    const c = await mod.challenge(closed);
    const own = (await mod.submitOk(c, { title: 'Alleen voor Team Groen' })).id;
    expect(errorCode(await eva.gql('query($id: ID!) { input(id: $id) { id } }', { id: own }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await respond(eva, own, 'PLANNED', 'x'))).toBe('NOT_FOUND');
  });

  const unitId = async (name: string) => {
    const { orgUnits } = await mod.ok<{ orgUnits: { id: string; name: string }[] }>(
      '{ orgUnits { id name } }',
    );
    return orgUnits.find((u) => u.name === name)!.id;
  };
});
