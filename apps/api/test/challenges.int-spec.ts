import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './test-api';
import { ChallengeClient, errorCode, fieldCodes } from './challenge-helpers';

describe('challenges: editors, state machine, audience and criteria', () => {
  let api: TestApi;
  let owner: ChallengeClient; // moderator, Team Data en Informatie
  let inside: ChallengeClient; // employee, Team Parkeerhandhaving (under Afdeling Handhaving)
  let outside: ChallengeClient; // or-lid, Team Groen
  let admin: ChallengeClient;
  let trajectoryId: string;
  let handhaving: string;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    // One after another: PGlite serves one session, and sign-ins write.
    owner = await ChallengeClient.as(api.url, 'moderator@voorbeeld.nl');
    inside = await ChallengeClient.as(api.url, 'employee@voorbeeld.nl');
    outside = await ChallengeClient.as(api.url, 'or-lid@voorbeeld.nl');
    admin = await ChallengeClient.as(api.url, 'admin@voorbeeld.nl');
    const { orgUnits } = await owner.ok<{ orgUnits: { id: string; name: string }[] }>(
      '{ orgUnits { id name } }',
    );
    handhaving = orgUnits.find((u) => u.name === 'Afdeling Handhaving')!.id;
    trajectoryId = (await owner.trajectory()).id;
  }, 180_000); // start-up with the demo seed on a shared, busy machine
  afterAll(() => api.close());

  it('creates a draft with the five default criteria; only editors may', async () => {
    const c = await owner.mutateOk<Record<string, unknown>>(
      'createChallenge',
      {
        trajectoryId,
        title: 'Hoe voorkomen we bijplaatsingen?',
        problemStatement: 'Afval naast containers.',
        prize: 'Lunch met de wethouder',
        opensAt: '2026-03-01T08:00:00.000Z',
        closesAt: '2026-04-01T17:00:00.000Z',
      },
      `id state phase prize opensAt closesAt trajectoryTitle ideaCount viewer { canEdit canModerate canSubmit }
       criteria { nameNl nameEn weight position }`,
    );
    expect(c).toMatchObject({
      state: 'DRAFT',
      phase: 'PREPARE',
      prize: 'Lunch met de wethouder',
      opensAt: '2026-03-01T08:00:00.000Z',
      ideaCount: 0,
      viewer: { canEdit: true, canModerate: true, canSubmit: false },
    });
    const criteria = c.criteria as { nameEn: string; weight: number }[];
    expect(criteria.map((x) => x.nameEn)).toEqual([
      'Impact on service delivery',
      'Impact on the quality of work',
      'Feasibility',
      'Cost',
      'Support among colleagues',
    ]);
    expect(criteria.every((x) => x.weight === 20)).toBe(true);
    // Employees see the (organisation-wide) trajectory but may not add challenges.
    expect(
      errorCode(
        await inside.mutate('createChallenge', { trajectoryId, title: 'x', problemStatement: 'y' }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await owner.mutate('createChallenge', {
          trajectoryId: randomUUID(),
          title: 'x',
          problemStatement: 'y',
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      fieldCodes(
        await owner.mutate('createChallenge', {
          trajectoryId,
          title: 'x',
          problemStatement: 'y',
          opensAt: '2026-05-01T00:00:00Z',
          closesAt: '2026-04-01T00:00:00Z',
        }),
      ),
    ).toEqual(['input.closesAt:BEFORE_OPENING']);
  });

  it('hides drafts from non-editors like a random id, and follows the state machine', async () => {
    const id = await owner.challenge(trajectoryId, {}, false);
    const q = 'query($id: ID!) { challenge(id: $id) { id state } }';
    const seen = await inside.gql(q, { id });
    const random = await inside.gql(q, { id: randomUUID() });
    expect(errorCode(seen)).toBe('NOT_FOUND');
    expect(JSON.stringify(seen)).toBe(JSON.stringify(random));
    expect(errorCode(await inside.mutate('changeChallengeState', { id, to: 'OPEN' }))).toBe(
      'NOT_FOUND',
    );
    const bad = await owner.mutate('changeChallengeState', { id, to: 'CLOSED' });
    expect(fieldCodes(bad)).toEqual(['input.to:INVALID_TRANSITION']);
    for (const to of ['OPEN', 'REVIEW', 'OPEN', 'REVIEW', 'CLOSED']) {
      expect(await owner.mutateOk('changeChallengeState', { id, to }, 'state')).toEqual({
        state: to,
      });
    }
    expect(errorCode(await owner.mutate('changeChallengeState', { id, to: 'OPEN' }))).toBe(
      'PRECONDITION_FAILED',
    );
    expect((await inside.ok<{ challenge: { state: string } }>(q, { id })).challenge.state).toBe(
      'CLOSED',
    );
    // Non-editors who see it get FORBIDDEN, not NOT_FOUND.
    expect(errorCode(await inside.mutate('updateChallenge', { id, title: 'Anders' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('shows a challenge only to its audience subtree (and the team); others get NOT_FOUND', async () => {
    const id = await owner.challenge(trajectoryId, { orgUnitIds: [handhaving] });
    const q = 'query($id: ID!) { challenge(id: $id) { id orgUnitIds } }';
    expect((await inside.ok<{ challenge: { orgUnitIds: string[] } }>(q, { id })).challenge).toEqual(
      { id, orgUnitIds: [handhaving] },
    );
    const seen = await outside.gql(q, { id });
    expect(JSON.stringify(seen)).toBe(JSON.stringify(await outside.gql(q, { id: randomUUID() })));
    expect(errorCode(await outside.submit(id))).toBe('NOT_FOUND');
    const list = (client: ChallengeClient, q2: string) =>
      client
        .ok<Record<string, { edges: { node: { id: string } }[] }>>(q2, { t: trajectoryId })
        .then((d) => Object.values(d)[0].edges.map((e) => e.node.id));
    const perTrajectory =
      'query($t: ID!) { challenges(trajectoryId: $t) { edges { node { id } } } }';
    const open = '{ openChallenges(first: 50) { edges { node { id } } } }';
    expect(await list(inside, perTrajectory)).toContain(id);
    expect(await list(inside, open)).toContain(id);
    expect(await list(outside, perTrajectory)).not.toContain(id);
    expect(await list(outside, open)).not.toContain(id);
    expect(await list(admin, open)).toContain(id);
  });

  it('replaces criteria keeping ids until the evaluation starts', async () => {
    const id = await owner.challenge(trajectoryId);
    const sel = 'criteria { id nameNl weight }';
    const before = (
      await owner.ok<{ challenge: { criteria: { id: string; nameNl: string }[] } }>(
        `query($id: ID!) { challenge(id: $id) { ${sel} } }`,
        { id },
      )
    ).challenge.criteria;
    const after = await owner.mutateOk<{
      criteria: { id: string; nameNl: string; weight: number }[];
    }>(
      'updateChallenge',
      {
        id,
        criteria: [
          { id: before[0].id, nameNl: before[0].nameNl, nameEn: 'Service', weight: 50 },
          { nameNl: 'Privacy', nameEn: 'Privacy', weight: 50 },
        ],
      },
      sel,
    );
    expect(after.criteria.map((c) => [c.nameNl, c.weight])).toEqual([
      ['Impact op de dienstverlening', 50],
      ['Privacy', 50],
    ]);
    expect(after.criteria[0].id).toBe(before[0].id);
    await owner.mutateOk('changeChallengeState', { id, to: 'REVIEW' });
    const locked = await owner.mutate('updateChallenge', {
      id,
      criteria: [{ nameNl: 'Nieuw', nameEn: 'New', weight: 10 }],
    });
    expect(fieldCodes(locked)).toEqual(['input.criteria:CRITERIA_LOCKED']);
    expect(
      errorCode(
        await owner.mutate('updateChallenge', {
          id,
          criteria: [{ nameNl: 'x', nameEn: 'x', weight: 0 }],
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('refuses closing while ideas lack a response, and lists them', async () => {
    const id = await owner.challenge(trajectoryId);
    const a = await inside.submitOk(id, { title: 'Eerste idee over afval' });
    const b = await inside.submitOk(id, { title: 'Tweede idee over afval' });
    const withdrawn = await inside.submitOk(id, { title: 'Derde idee, ingetrokken' });
    await inside.byId('withdrawIdea', withdrawn.id);
    await owner.mutateOk('changeChallengeState', { id, to: 'REVIEW' });
    const refused = await owner.mutate('changeChallengeState', { id, to: 'CLOSED' });
    expect(fieldCodes(refused)).toEqual(['input.to:IDEAS_WITHOUT_RESPONSE']);
    expect(refused.errors![0].message).toContain('2 idea(s)');
    const waiting = 'query($c: ID!) { ideasAwaitingResponse(challengeId: $c) { id } }';
    expect(
      (
        await owner.ok<{ ideasAwaitingResponse: { id: string }[] }>(waiting, { c: id })
      ).ideasAwaitingResponse.map((i) => i.id),
    ).toEqual([a.id, b.id]);
    expect(errorCode(await inside.gql(waiting, { c: id }))).toBe('FORBIDDEN');
    const count = 'query($c: ID!) { challenge(id: $c) { awaitingResponseCount } }';
    const awaiting = async () =>
      (await owner.ok<{ challenge: { awaitingResponseCount: number } }>(count, { c: id })).challenge
        .awaitingResponseCount;
    expect(await awaiting()).toBe(2);
    // The list is a page (at most 100): larger pages are refused with a typed error.
    expect(
      errorCode(
        await owner.gql(
          'query($c: ID!) { ideasAwaitingResponse(challengeId: $c, first: 101) { id } }',
          {
            c: id,
          },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    // Employees may not respond; moderators and the team may.
    expect(errorCode(await inside.respond(a.id, 'Ja'))).toBe('FORBIDDEN');
    await owner.respondOk(a.id, 'We nemen dit mee in de pilot.', 'PLANNED');
    const responded = await owner.ok<{
      idea: { feedback: { status: string; response: string; responder: { name: string } } };
    }>('query($id: ID!) { idea(id: $id) { feedback { status response responder { name } } } }', {
      id: a.id,
    });
    expect(responded.idea.feedback).toEqual({
      status: 'PLANNED',
      response: 'We nemen dit mee in de pilot.',
      responder: { name: 'Mo Moderator' },
    });
    // A status alone is no public response: the first answer needs a text.
    expect(fieldCodes(await admin.respond(b.id, null, 'NOT_ADOPTED'))).toEqual([
      'input.text:REQUIRED',
    ]);
    expect(await awaiting()).toBe(1);
    await admin.respondOk(b.id, 'Niet haalbaar binnen het budget.', 'NOT_ADOPTED');
    expect(
      (await owner.ok<{ ideasAwaitingResponse: unknown[] }>(waiting, { c: id }))
        .ideasAwaitingResponse,
    ).toEqual([]);
    expect(await awaiting()).toBe(0);
    expect(await owner.mutateOk('changeChallengeState', { id, to: 'CLOSED' }, 'state')).toEqual({
      state: 'CLOSED',
    });
    // Closed: no more ideas, support or comments.
    expect(fieldCodes(await inside.submit(id))).toEqual(['input:CHALLENGE_NOT_OPEN']);
    expect(errorCode(await inside.byId('supportIdea', a.id))).toBe('PRECONDITION_FAILED');
  });

  it('records challenge changes in the audit log', async () => {
    const id = await owner.challenge(trajectoryId);
    const { auditEvents } = await admin.ok<{
      auditEvents: { edges: { node: { action: string; objectId: string; actorId: string } }[] };
    }>('{ auditEvents(first: 50) { edges { node { action objectId actorId } } } }');
    const actions = auditEvents.edges
      .filter((e) => e.node.objectId === id)
      .map((e) => e.node.action);
    expect(actions).toEqual(expect.arrayContaining(['challenge.create', 'challenge.state_change']));
  });
});
