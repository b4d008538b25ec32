import { randomUUID } from 'node:crypto';
import { DEMO_PULSE_TITLE } from '@inspraak/server-pulse';
import { waitUntil } from './notification-helpers';
import { errorCode, fieldCodes, PulseClient, pulseServices, SURVEY_FIELDS } from './pulse-helpers';
import { MailTestApi, startMailTestApi } from './test-mail-api';
import { TestApi } from './test-api';

const ACTION_FIELDS = `id surveyId roundId roundNumber trajectoryId phase title description
  dimension questionKey createdAt updatedAt followerCount path
  createdBy { id name anonymous }
  viewer { canManage following }
  feedback { status response firstRespondedAt overdue responder { name }
    history { status text responder { name } } }`;

interface Action {
  id: string;
  surveyId: string;
  roundId: string;
  roundNumber: number;
  trajectoryId: string;
  phase: string;
  title: string;
  description: string;
  dimension: string | null;
  questionKey: string | null;
  followerCount: number;
  path: string;
  createdBy: { id: string | null; name: string; anonymous: boolean };
  viewer: { canManage: boolean; following: boolean };
  feedback: {
    status: string;
    response: string | null;
    firstRespondedAt: string | null;
    overdue: boolean;
    history: { status: string; text: string | null; responder: { name: string } | null }[];
  };
}

interface Round {
  id: string;
  state: string;
}

const CREATE = `mutation($input: CreatePulseActionInput!) {
  createPulseAction(input: $input) { ${ACTION_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePulseActionInput!) {
  updatePulseAction(input: $input) { ${ACTION_FIELDS} } }`;
const FOLLOW = `mutation($id: ID!, $follow: Boolean!) {
  followPulseAction(id: $id, follow: $follow) { ${ACTION_FIELDS} } }`;
const ACTIONS = `query($r: ID!) { pulseResults(roundId: $r) { actions { ${ACTION_FIELDS} } } }`;
const BOARD = `query($t: ID, $f: FeedbackBoardFilter) { feedbackBoard(trajectoryId: $t, filter: $f) {
  edges { node { id kind title path containerTitle feedback { status response } } } } }`;
const INPUT = `query($id: ID!) { input(id: $id) { id kind title path containerTitle canRespond
  author { name anonymous } feedback { status response history { status } } } }`;
const RESPOND = `mutation($input: RespondToInputInput!) { respondToInput(input: $input) {
  id feedback { status response } } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { type title body path } } } }`;

/**
 * Closing the loop (docs/pulse.md): actions on a closed round's outcome as inputs of kind
 * PULSE_ACTION in the feedback loop — who may publish and see them, the board, status changes
 * and their notifications, the audit trail of survey management and the SIM health check.
 */
describe('pulse actions (closing the loop) and the audit of survey management', () => {
  let platform: MailTestApi;
  let api: TestApi;
  let moderator: PulseClient;
  let projectLead: PulseClient;
  let admin: PulseClient;
  let manager: PulseClient;
  let employee: PulseClient;
  /** On the trajectory's team (works council) but not asked in the round. */
  let teamNotAsked: PulseClient;
  let outsider: PulseClient;
  let survey: { id: string; trajectoryId: string; rounds: Round[] };
  let closedRound: string;
  let openRound: string;

  const userId = async (email: string) =>
    (
      await api.db.dataSource.query<{ id: string }[]>('SELECT id FROM app_user WHERE email = $1', [
        email,
      ])
    )[0].id;

  const create = (client: PulseClient, input: Record<string, unknown>) =>
    client.gql<{ createPulseAction: Action }>(CREATE, {
      input: {
        roundId: closedRound,
        title: 'Werkdruk: vaste planning per team',
        description: 'We maken per team een vaste planning, zodat pieken beter verdeeld worden.',
        ...input,
      },
    });
  const createOk = async (client: PulseClient, input: Record<string, unknown> = {}) => {
    const body = await create(client, input);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.createPulseAction;
  };
  let seededActionId = '';
  const actionsOf = async (client: PulseClient, roundId = closedRound) =>
    (await client.ok<{ pulseResults: { actions: Action[] } }>(ACTIONS, { r: roundId })).pulseResults
      .actions;
  const boardIds = async (client: PulseClient, trajectoryId: string | null) => {
    const { feedbackBoard } = await client.ok<{
      feedbackBoard: { edges: { node: { id: string; feedback: { status: string } } }[] };
    }>(BOARD, { t: trajectoryId, f: { kind: 'PULSE_ACTION' } });
    return new Map(feedbackBoard.edges.map((e) => [e.node.id, e.node]));
  };
  const health = async () => {
    const { trajectory } = await moderator.ok<{
      trajectory: {
        simHealth: { checkId: string; status: string; evidence: { en: string } }[];
      };
    }>('query($id: ID!) { trajectory(id: $id) { simHealth { checkId status evidence { en } } } }', {
      id: survey.trajectoryId,
    });
    return trajectory.simHealth.find((h) => h.checkId === 'test.pulse-outcome-reported-back');
  };
  const auditRows = async (action: string, objectId: string) =>
    api.db.dataSource.query<
      { actor_id: string | null; object_type: string; details: Record<string, unknown> }[]
    >(
      `SELECT actor_id, object_type, details FROM audit_event
        WHERE action = $1 AND object_id = $2 ORDER BY created_at`,
      [action, objectId],
    );

  beforeAll(async () => {
    platform = await startMailTestApi({
      smtp: false,
      env: { PULSE_MOVE_DELAY_SECONDS: '600', PULSE_TICK_SECONDS: '3600' },
    });
    api = platform.api;
    moderator = await PulseClient.as(api.url, 'moderator@voorbeeld.nl');
    projectLead = await PulseClient.as(api.url, 'projectleider@voorbeeld.nl');
    admin = await PulseClient.as(api.url, 'admin@voorbeeld.nl');
    manager = await PulseClient.as(api.url, 'manager@voorbeeld.nl');
    employee = await PulseClient.as(api.url, 'employee@voorbeeld.nl');
    teamNotAsked = await PulseClient.as(api.url, 'or-lid@voorbeeld.nl');
    outsider = await PulseClient.as(api.url, 'servicepunt@voorbeeld.nl');
    const { pulseSurveys } = await moderator.ok<{
      pulseSurveys: { id: string; title: string; trajectoryId: string; rounds: Round[] }[];
    }>(`{ pulseSurveys { ${SURVEY_FIELDS} } }`);
    survey = pulseSurveys.find((s) => s.title === DEMO_PULSE_TITLE)!;
    closedRound = survey.rounds.find((r) => r.state === 'CLOSED')!.id;
    openRound = survey.rounds.find((r) => r.state === 'OPEN')!.id;
  }, 180_000);
  afterAll(() => platform?.close());

  it('the demo closes the loop: its closed round has a published action, so the check is met', async () => {
    const seeded = await actionsOf(moderator);
    expect(seeded.map((a) => [a.dimension, a.questionKey, a.feedback.status])).toEqual([
      ['quality-of-work', 'qow.workload', 'PLANNED'],
    ]);
    expect(await health()).toMatchObject({ status: 'MET' });
    // The rest of this suite starts from a closed round without an action (its audit entry stays:
    // the log is append-only).
    seededActionId = seeded[0].id;
    await api.db.dataSource.query('DELETE FROM input WHERE id = $1', [seededActionId]);
    expect(await actionsOf(moderator)).toEqual([]);
  });

  it('health check: a closed round without an action is not reported back', async () => {
    expect(await health()).toMatchObject({ status: 'NOT_MET' });
    expect((await health())!.evidence.en).toContain('1 of 1 closed round(s) without an action');
  });

  it('publishes an action with feedback, shows it with the results and on the board, and notifies followers of status changes', async () => {
    const action = await createOk(moderator, {
      dimension: 'quality-of-work',
      questionKey: 'qow.workload',
    });
    expect(action).toMatchObject({
      surveyId: survey.id,
      roundId: closedRound,
      roundNumber: 1,
      trajectoryId: survey.trajectoryId,
      phase: 'SELECT',
      dimension: 'quality-of-work',
      questionKey: 'qow.workload',
      path: `/puls/resultaten/${closedRound}`,
      followerCount: 0,
      createdBy: { id: await userId('moderator@voorbeeld.nl'), anonymous: false },
      viewer: { canManage: true, following: false },
      feedback: {
        status: 'PLANNED',
        response: 'We maken per team een vaste planning, zodat pieken beter verdeeld worden.',
        overdue: false,
        history: [{ status: 'PLANNED', responder: { name: expect.any(String) } }],
      },
    });
    expect(action.feedback.firstRespondedAt).not.toBeNull();

    // Everyone who may see the round's results sees it; only owners may manage it.
    for (const [client, canManage] of [
      [moderator, true],
      [projectLead, true],
      [admin, true],
      [manager, false],
      [employee, false],
    ] as const) {
      const list = await actionsOf(client);
      expect(list.map((a) => [a.id, a.viewer.canManage])).toEqual([[action.id, canManage]]);
    }
    // A team member the round did not ask sees neither results nor actions.
    expect(errorCode(await teamNotAsked.gql(ACTIONS, { r: closedRound }))).toBe('NOT_FOUND');
    expect(errorCode(await outsider.gql(ACTIONS, { r: closedRound }))).toBe('NOT_FOUND');
    // The open round has no actions yet (and its results are not released).
    expect(await actionsOf(moderator, openRound)).toEqual([]);

    // The board: of the trajectory and of the organisation, for exactly the same people.
    for (const client of [moderator, admin, manager, employee]) {
      expect((await boardIds(client, survey.trajectoryId)).get(action.id)).toMatchObject({
        kind: 'PULSE_ACTION',
        path: `/puls/resultaten/${closedRound}`,
        containerTitle: DEMO_PULSE_TITLE,
        feedback: { status: 'PLANNED' },
      });
      expect((await boardIds(client, null)).has(action.id)).toBe(true);
    }
    expect((await boardIds(teamNotAsked, survey.trajectoryId)).has(action.id)).toBe(false);
    expect((await boardIds(outsider, null)).has(action.id)).toBe(false);
    expect(errorCode(await teamNotAsked.gql(INPUT, { id: action.id }))).toBe('NOT_FOUND');
    const asInput = await employee.ok<{ input: { canRespond: boolean; kind: string } }>(INPUT, {
      id: action.id,
    });
    expect(asInput.input).toMatchObject({ kind: 'PULSE_ACTION', canRespond: false });

    // Following: the employee hears of status changes; the follow is theirs only.
    const followed = (
      await employee.ok<{ followPulseAction: Action }>(FOLLOW, {
        id: action.id,
        follow: true,
      })
    ).followPulseAction;
    expect(followed).toMatchObject({ followerCount: 1, viewer: { following: true } });
    expect((await actionsOf(manager))[0].viewer.following).toBe(false);
    expect(errorCode(await teamNotAsked.gql(FOLLOW, { id: action.id, follow: true }))).toBe(
      'NOT_FOUND',
    );

    // Status changes go through the feedback loop, by owners only.
    const denied = await employee.gql(RESPOND, {
      input: { inputId: action.id, status: 'IN_PROGRESS', text: 'Zelf gedaan' },
    });
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const progress = 'De planning draait sinds deze week in twee teams.';
    await projectLead.ok(RESPOND, {
      input: { inputId: action.id, status: 'IN_PROGRESS', text: progress },
    });
    expect((await boardIds(employee, survey.trajectoryId)).get(action.id)).toMatchObject({
      feedback: { status: 'IN_PROGRESS', response: progress },
    });
    const [withHistory] = await actionsOf(employee);
    expect(withHistory.feedback.history.map((h) => h.status)).toEqual(['IN_PROGRESS', 'PLANNED']);

    type List = {
      notifications: { edges: { node: { title: string; path: string; body: string } }[] };
    };
    const about = async (client: PulseClient) =>
      (await client.ok<List>(NOTIFICATIONS)).notifications.edges.filter(
        (e) => e.node.path === `/puls/resultaten/${closedRound}`,
      );
    await waitUntil(async () => (await about(employee)).length > 0, 30_000, 'notification');
    expect((await about(employee))[0].node).toMatchObject({
      title: 'De actie ‘Werkdruk: vaste planning per team’ wordt uitgevoerd',
      body: progress,
    });
    // The creator (author) hears of someone else's change; the manager follows nothing.
    await waitUntil(async () => (await about(moderator)).length > 0, 30_000, 'author notified');
    expect(await about(manager)).toEqual([]);
    // Recipients never come from the round: nobody else was notified of this change.
    const [{ n }] = await api.db.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification nt JOIN notification_event e ON e.id = nt.event_id
        WHERE e.subject_id = $1`,
      [action.id],
    );
    expect(n).toBe(2);

    // Title, description and subject change with updatePulseAction.
    const updated = (
      await moderator.ok<{ updatePulseAction: Action }>(UPDATE, {
        input: { id: action.id, title: 'Werkdruk: vaste planning', questionKey: null },
      })
    ).updatePulseAction;
    expect(updated).toMatchObject({
      title: 'Werkdruk: vaste planning',
      questionKey: null,
      dimension: 'quality-of-work',
      feedback: { status: 'IN_PROGRESS' },
    });

    expect(await health()).toMatchObject({ status: 'MET' });
  });

  it('tells everyone the round asked about a published action, once, in their language', async () => {
    const action = await createOk(projectLead, { title: 'Overleg: vaste teamdag' });
    const path = `/puls/resultaten/${closedRound}#pulse-actions`;
    type List = {
      notifications: {
        edges: { node: { type: string; title: string; body: string; path: string } }[];
      };
    };
    const published = async (client: PulseClient) =>
      (await client.ok<List>(NOTIFICATIONS)).notifications.edges.filter(
        (e) => e.node.path === path && e.node.title.includes('Overleg: vaste teamdag'),
      );
    await waitUntil(async () => (await published(employee)).length > 0, 30_000, 'published');
    expect((await published(employee)).map((e) => e.node)).toEqual([
      {
        type: 'PULSE_ACTION_PUBLISHED',
        title: `Wat we doen met de pulsmeting ‘${DEMO_PULSE_TITLE}’: Overleg: vaste teamdag`,
        body: 'We maken per team een vaste planning, zodat pieken beter verdeeld worden.',
        path,
      },
    ]);
    // Rendered when read, in the reader's language.
    const employeeId = await userId('employee@voorbeeld.nl');
    await api.db.dataSource.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [employeeId]);
    try {
      expect((await published(employee)).map((e) => e.node.title)).toEqual([
        `What we do with the pulse survey ‘${DEMO_PULSE_TITLE}’: Overleg: vaste teamdag`,
      ]);
    } finally {
      await api.db.dataSource.query(`UPDATE app_user SET locale = 'nl' WHERE id = $1`, [
        employeeId,
      ]);
    }
    // Exactly the round's active members, once each, without the one who published it.
    const [event] = await api.db.dataSource.query<{ id: string; fanout_state: string }[]>(
      `SELECT id, fanout_state FROM notification_event WHERE key = $1`,
      [`pulse-action:${action.id}`],
    );
    await waitUntil(
      async () =>
        (
          await api.db.dataSource.query<{ fanout_state: string }[]>(
            'SELECT fanout_state FROM notification_event WHERE id = $1',
            [event.id],
          )
        )[0].fanout_state === 'done',
      30_000,
      'fan-out done',
    );
    const lead = await userId('projectleider@voorbeeld.nl');
    const [counts] = await api.db.dataSource.query<
      { notified: number; distinct_users: number; members: number; lead: number }[]
    >(
      `SELECT (SELECT count(*) FROM notification WHERE event_id = $1)::int AS notified,
              (SELECT count(DISTINCT user_id) FROM notification WHERE event_id = $1)::int
                AS distinct_users,
              (SELECT count(*) FROM pulse_round_member rm JOIN app_user u ON u.id = rm.user_id
                WHERE rm.round_id = $2 AND u.deactivated_at IS NULL AND rm.user_id <> $3)::int
                AS members,
              (SELECT count(*) FROM notification WHERE event_id = $1 AND user_id = $3)::int AS lead`,
      [event.id, closedRound, lead],
    );
    expect(counts.members).toBeGreaterThan(1);
    expect(counts).toEqual({
      notified: counts.members,
      distinct_users: counts.members,
      members: counts.members,
      lead: 0,
    });
    // Not asked in the round: not told (they cannot see the results either).
    expect(await published(teamNotAsked)).toEqual([]);
    expect(await published(outsider)).toEqual([]);
  });

  it('refuses other roles, rounds that are not closed and bad input with typed errors', async () => {
    expect(errorCode(await create(employee, {}))).toBe('FORBIDDEN');
    expect(errorCode(await create(manager, {}))).toBe('FORBIDDEN');
    expect(errorCode(await create(teamNotAsked, {}))).toBe('NOT_FOUND');
    expect(errorCode(await create(outsider, {}))).toBe('NOT_FOUND');
    expect(errorCode(await create(moderator, { roundId: randomUUID() }))).toBe('NOT_FOUND');
    const open = await create(moderator, { roundId: openRound });
    expect(errorCode(open)).toBe('PRECONDITION_FAILED');
    expect(fieldCodes(open)).toEqual(['input.roundId:ROUND_NOT_CLOSED']);

    const bad = await create(moderator, {
      title: '   ab   ',
      dimension: 'nope',
      questionKey: 'nope.q',
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldCodes(bad).sort()).toEqual([
      'input.dimension:UNKNOWN_DIMENSION',
      'input.questionKey:UNKNOWN_QUESTION',
      'input.title:TOO_SHORT',
    ]);
    expect(
      fieldCodes(
        await create(moderator, { dimension: 'quality-of-work', questionKey: 'enps.recommend' }),
      ),
    ).toEqual(['input.questionKey:NOT_IN_DIMENSION']);
    expect(fieldCodes(await create(moderator, { status: 'NOT_ADOPTED' }))).toEqual([
      'input.status:NOT_A_START_STATUS',
    ]);
    expect(errorCode(await create(moderator, { title: 'x'.repeat(151) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await create(moderator, { description: '' }))).toBe('BAD_USER_INPUT');

    // Owners all may publish: project lead and admin too; a retry with the same key is one action.
    const key = randomUUID();
    const first = await createOk(projectLead, { idempotencyKey: key, status: 'DONE' });
    const again = await createOk(projectLead, { idempotencyKey: key, status: 'DONE' });
    expect(again.id).toBe(first.id);
    expect(first.feedback.status).toBe('DONE');
    const byAdmin = await createOk(admin, { title: 'Opleiding nieuwe app' });
    expect((await actionsOf(employee)).map((a) => a.id)).toEqual(
      expect.arrayContaining([first.id, byAdmin.id]),
    );

    expect(
      errorCode(await employee.gql(UPDATE, { input: { id: first.id, title: 'Anders' } })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await teamNotAsked.gql(UPDATE, { input: { id: first.id, title: 'Anders' } })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await moderator.gql(UPDATE, { input: { id: randomUUID() } }))).toBe(
      'NOT_FOUND',
    );
    expect(
      fieldCodes(await moderator.gql(UPDATE, { input: { id: first.id, dimension: 'nope' } })),
    ).toEqual(['input.dimension:UNKNOWN_DIMENSION']);
  });

  it('writes audit entries for survey management, exports and actions, never answers', async () => {
    const moderatorId = await userId('moderator@voorbeeld.nl');
    // An organisation-wide survey: created, changed, a round opened and closed by hand.
    const surveyId = await moderator.createSurvey({
      title: 'Organisatiebreed',
      templates: ['ENPS'],
    });
    await moderator.ok(
      'mutation($input: UpdatePulseSurveyInput!) { updatePulseSurvey(input: $input) { id } }',
      { input: { id: surveyId, title: 'Organisatiebreed (2)', kComments: 12 } },
    );
    const roundId = await moderator.openRound(surveyId);
    await moderator.ok('mutation($id: ID!) { closePulseRound(id: $id) { id } }', { id: roundId });
    // Actions belong to a trajectory's feedback loop: not for organisation-wide surveys.
    const orgWide = await create(moderator, { roundId });
    expect(fieldCodes(orgWide)).toEqual(['input.roundId:ORGANISATION_WIDE']);

    expect(await auditRows('pulse.survey_create', surveyId)).toEqual([
      expect.objectContaining({
        actor_id: moderatorId,
        object_type: 'pulse_survey',
        details: expect.objectContaining({ trajectoryId: null, templates: ['ENPS'] }),
      }),
    ]);
    expect(await auditRows('pulse.survey_update', surveyId)).toEqual([
      expect.objectContaining({
        actor_id: moderatorId,
        details: { changed: ['kComments', 'title'], kComments: 12 },
      }),
    ]);
    expect(await auditRows('pulse.round_schedule', roundId)).toEqual([
      expect.objectContaining({
        actor_id: moderatorId,
        details: expect.objectContaining({ surveyId }),
      }),
    ]);
    expect(await auditRows('pulse.round_close', roundId)).toEqual([
      expect.objectContaining({
        actor_id: moderatorId,
        details: { surveyId, number: 1, automatic: false },
      }),
    ]);

    // Closed by the schedule: no actor.
    const second = await moderator.createSurvey({
      title: 'Automatisch gesloten',
      templates: ['ENPS'],
    });
    const secondRound = await moderator.openRound(second);
    await pulseServices(api.app).lifecycle.close(secondRound);
    expect(await auditRows('pulse.round_close', secondRound)).toEqual([
      expect.objectContaining({
        actor_id: null,
        details: expect.objectContaining({ automatic: true }),
      }),
    ]);

    // The CSV export of the demo round (with comments and answers behind it).
    const managerId = await userId('manager@voorbeeld.nl');
    await manager.ok('query($r: ID!) { pulseResultsCsv(roundId: $r) }', { r: closedRound });
    const [exported] = await auditRows('pulse.results_export', closedRound);
    expect(exported).toMatchObject({
      actor_id: managerId,
      object_type: 'pulse_round',
      details: { surveyId: survey.id, orgUnitId: null, released: true },
    });
    expect(exported.details['groups']).toBeGreaterThan(1);
    // Someone of the round's audience exporting the organisation-level result is not recorded:
    // their id next to the round would come close to saying who took part.
    await employee.ok('query($r: ID!) { pulseResultsCsv(roundId: $r) }', { r: closedRound });
    expect(await auditRows('pulse.results_export', closedRound)).toHaveLength(1);

    // Actions created and changed in the earlier tests.
    const actions = await actionsOf(moderator);
    const created = await api.db.dataSource.query<{ object_id: string; details: object }[]>(
      "SELECT object_id, details FROM audit_event WHERE action = 'pulse.action_create'",
    );
    expect(created.map((r) => r.object_id).sort()).toEqual(
      [...actions.map((a) => a.id), seededActionId].sort(),
    );
    const updates = await api.db.dataSource.query<{ details: { changed: string[] } }[]>(
      "SELECT details FROM audit_event WHERE action = 'pulse.action_update'",
    );
    expect(updates.map((u) => u.details.changed)).toEqual([['title', 'questionKey']]);

    // No pulse audit entry carries an answer, a comment or anything about who answered.
    const rows = await api.db.dataSource.query<{ action: string; details: object }[]>(
      "SELECT action, details FROM audit_event WHERE action LIKE 'pulse.%'",
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const comments = await api.db.dataSource.query<{ text: string }[]>(
      'SELECT text FROM pulse_comment WHERE round_id = $1',
      [closedRound],
    );
    expect(comments.length).toBeGreaterThan(0);
    const members = await api.db.dataSource.query<{ user_id: string }[]>(
      'SELECT user_id FROM pulse_participation WHERE round_id = $1',
      [closedRound],
    );
    for (const r of rows) {
      const text = JSON.stringify(r.details);
      expect(Object.keys(r.details)).not.toContain('answers');
      for (const c of comments) expect(text).not.toContain(c.text);
      for (const m of members) expect(text).not.toContain(m.user_id);
    }
  });
});
