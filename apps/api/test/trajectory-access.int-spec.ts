import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './test-api';
import { errorCode } from './test-session';
import { TrajectoryClient, userId } from './trajectory-helpers';

const FULL = `id title goals phase owner { name } team { role person { name } } decisionRules { topic }
  decisions { outcome } successCriteria { metric results { verdict } } phaseHistory { toPhase }
  viewer { canEdit canSeeWorkspace roles } mandate { decisionSpace } stakeholders { name }
  solutionOptions { title effects { aspect } } valuation { stakeholderName } simHealth { checkId }`;

describe('trajectory access: visibility by org unit subtree, team roles and edit rights', () => {
  let api: TestApi;
  let owner: TrajectoryClient; // moderator, Team Data en Informatie
  let inside: TrajectoryClient; // employee, Team Parkeerhandhaving (under Afdeling Handhaving)
  let outside: TrajectoryClient; // works council member, Team Groen
  let lead: TrajectoryClient; // project lead, Afdeling Handhaving
  let admin: TrajectoryClient;
  let hidden: string;
  let handhaving: string;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    [owner, inside, outside, lead, admin] = await Promise.all(
      [
        'moderator@voorbeeld.nl',
        'employee@voorbeeld.nl',
        'or-lid@voorbeeld.nl',
        'projectleider@voorbeeld.nl',
        'admin@voorbeeld.nl',
      ].map((e) => TrajectoryClient.as(api.url, e)),
    );
    const units = await owner.session.gql<{ orgUnits: { id: string; name: string }[] }>(
      '{ orgUnits { id name } }',
    );
    handhaving = units.body.data!.orgUnits.find((u) => u.name === 'Afdeling Handhaving')!.id;
    hidden = (
      await owner.ok('createTrajectory', {
        title: 'Bodycams voor handhavers',
        problemStatement: 'Agressie op straat',
        visibility: 'ORG_UNITS',
        orgUnitIds: [handhaving],
      })
    ).id;
  });
  afterAll(() => api.close());

  it('shows the trajectory to people in the selected unit subtree', async () => {
    expect(await inside.listIds()).toContain(hidden);
    const { body } = await inside.trajectory(hidden, FULL);
    expect(body.errors).toBeUndefined();
    // The public page shape: goals, team, rules, decisions, criteria; no working material.
    expect(body.data!.trajectory).toMatchObject({
      owner: { name: 'Mo Moderator' },
      viewer: { canEdit: false, canSeeWorkspace: false, roles: [] },
      mandate: null,
      stakeholders: null,
      solutionOptions: null,
      valuation: null,
      simHealth: null,
    });
  });

  it('hides it completely from someone outside: not listed, and NOT_FOUND exactly like a random id', async () => {
    expect(await outside.listIds()).not.toContain(hidden);
    expect(await outside.listIds(', phase: PREPARE')).not.toContain(hidden);
    expect(await outside.listIds(`, orgUnitId: "${handhaving}"`)).not.toContain(hidden);
    const seen = await outside.trajectory(hidden);
    const random = await outside.trajectory(randomUUID());
    expect(errorCode(seen.body)).toBe('NOT_FOUND');
    const strip = (b: typeof seen.body) => JSON.stringify(b);
    expect(strip(seen.body)).toBe(strip(random.body));
    // Changes answer the same: NOT_FOUND, never FORBIDDEN (that would reveal it exists).
    const update = await outside.call('updateTrajectory', { id: hidden, title: 'x' });
    const updateRandom = await outside.call('updateTrajectory', { id: randomUUID(), title: 'x' });
    expect(JSON.stringify(update)).toBe(JSON.stringify(updateRandom));
    expect(errorCode(update)).toBe('NOT_FOUND');
  });

  it('lets the owner, a project lead and admins edit; other viewers get FORBIDDEN', async () => {
    expect(errorCode(await inside.call('updateTrajectory', { id: hidden, title: 'x' }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await lead.call('updateTrajectory', { id: hidden, title: 'x' }))).toBe(
      'FORBIDDEN',
    );
    const leadId = await userId(api.url, 'projectleider@voorbeeld.nl');
    await owner.ok('addTeamMember', { trajectoryId: hidden, userId: leadId, role: 'TEAM_MEMBER' });
    expect(errorCode(await lead.call('updateTrajectory', { id: hidden, title: 'x' }))).toBe(
      'FORBIDDEN',
    );
    await owner.ok('addTeamMember', { trajectoryId: hidden, userId: leadId, role: 'PROJECT_LEAD' });
    expect(
      await lead.ok('updateTrajectory', { id: hidden, goals: 'Veiliger werk' }, 'goals'),
    ).toEqual({
      goals: 'Veiliger werk',
    });
    expect(await admin.ok('updateTrajectory', { id: hidden, title: 'Bodycams' }, 'title')).toEqual({
      title: 'Bodycams',
    });
    // Starting a trajectory is for moderators and admins.
    expect(
      errorCode(await inside.call('createTrajectory', { title: 'x', problemStatement: 'y' })),
    ).toBe('FORBIDDEN');
  });

  it('shows team members everything of their trajectory, even outside the units', async () => {
    const orId = await userId(api.url, 'or-lid@voorbeeld.nl');
    const member = await owner.ok('addTeamMember', {
      trajectoryId: hidden,
      userId: orId,
      role: 'WORKS_COUNCIL',
    });
    const { body } = await outside.trajectory<{ viewer: unknown; simHealth: unknown[] }>(
      hidden,
      FULL,
    );
    expect(body.data!.trajectory.viewer).toEqual({
      canEdit: false,
      canSeeWorkspace: true,
      roles: ['WORKS_COUNCIL'],
    });
    expect(body.data!.trajectory.simHealth.length).toBeGreaterThan(5);
    expect(await outside.listIds(', mine: true')).toContain(hidden);
    await owner.session.gql('mutation($id: ID!) { removeTeamMember(id: $id) }', { id: member.id });
    expect(await outside.listIds()).not.toContain(hidden);
  });

  it('lets an invited stakeholder rate options, and nobody else who is not an editor', async () => {
    const stakeholder = await owner.ok('createStakeholder', {
      trajectoryId: hidden,
      name: 'Ondernemingsraad',
      kind: 'GROUP',
      influence: 4,
      stance: 0,
      employeeInterests: 'Privacy van handhavers',
    });
    const option = await owner.ok('createSolutionOption', {
      trajectoryId: hidden,
      title: 'Bodycam op vrijwillige basis',
    });
    const rate = { optionId: option.id, stakeholderId: stakeholder.id, score: 4 };
    expect(errorCode(await outside.call('rateOption', rate))).toBe('NOT_FOUND');
    expect(errorCode(await inside.call('rateOption', rate))).toBe('FORBIDDEN');
    const invited = await owner.call(
      'inviteValuator',
      {
        trajectoryId: hidden,
        userId: await userId(api.url, 'or-lid@voorbeeld.nl'),
        stakeholderId: stakeholder.id,
      },
      '',
      'ValuationInviteInput',
    );
    expect(invited.errors).toBeUndefined();
    expect(await outside.ok('rateOption', rate, 'score')).toEqual({ score: 4 });
    expect(await outside.ok('rateOption', { ...rate, score: 2 }, 'score')).toEqual({ score: 2 });
    const { body } = await outside.trajectory<{
      valuation: unknown;
      solutionOptions: unknown[];
      mandate: unknown;
    }>(
      hidden,
      'valuation { stakeholderName scores { averageScore ratings } } solutionOptions { id } mandate { budget }',
    );
    expect(body.data!.trajectory).toEqual({
      valuation: [
        { stakeholderName: 'Ondernemingsraad', scores: [{ averageScore: 2, ratings: 1 }] },
      ],
      solutionOptions: [{ id: option.id }],
      mandate: null,
    });
  });

  it('lets admins see every trajectory', async () => {
    expect(await admin.listIds()).toContain(hidden);
  });
});
