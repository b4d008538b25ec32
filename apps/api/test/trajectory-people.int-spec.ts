import { startTestApi, TestApi } from './test-api';
import { errorCode } from './test-session';
import { TrajectoryClient, fieldCodes, userId } from './trajectory-helpers';

type Candidate = { id: string; name: string; email: string };

describe('trajectory people: finding candidates, invited raters and own ratings', () => {
  let api: TestApi;
  let owner: TrajectoryClient; // moderator
  let member: TrajectoryClient; // employee, made a team member (not an editor)
  let rater: TrajectoryClient; // works council member, invited to rate
  let trajectory: string;

  const candidates = (client: TrajectoryClient, search: string, id = trajectory, first = 10) =>
    client.session.gql<{ trajectoryCandidates: Candidate[] }>(
      'query($id: ID!, $s: String!, $f: Int!) { trajectoryCandidates(trajectoryId: $id, search: $s, first: $f) { id name email } }',
      { id, s: search, f: first },
    );

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    [owner, member, rater] = await Promise.all(
      ['moderator@voorbeeld.nl', 'employee@voorbeeld.nl', 'or-lid@voorbeeld.nl'].map((e) =>
        TrajectoryClient.as(api.url, e),
      ),
    );
    trajectory = (
      await owner.ok('createTrajectory', {
        title: 'Slimmer roosteren',
        problemStatement: 'Roosters komen te laat',
      })
    ).id;
    await owner.ok(
      'addTeamMember',
      {
        trajectoryId: trajectory,
        userId: await userId(api.url, 'employee@voorbeeld.nl'),
        role: 'TEAM_MEMBER',
      },
      'id',
    );
  });
  afterAll(() => api.close());

  it('finds active people by part of the name or e-mail address, for editors', async () => {
    const byName = await candidates(owner, 'werkraad');
    expect(byName.body.errors).toBeUndefined();
    expect(byName.body.data!.trajectoryCandidates).toEqual([
      { id: expect.any(String), name: 'Wim Werkraad', email: 'or-lid@voorbeeld.nl' },
    ]);
    const byMail = await candidates(owner, 'OR-LID@');
    expect(byMail.body.data!.trajectoryCandidates.map((c) => c.name)).toEqual(['Wim Werkraad']);
    // LIKE wildcards are taken literally.
    expect((await candidates(owner, '%_')).body.data!.trajectoryCandidates).toEqual([]);
    const limited = await candidates(owner, 'voorbeeld.nl', trajectory, 3);
    expect(limited.body.data!.trajectoryCandidates).toHaveLength(3);
  });

  it('refuses team members who may not edit, hides hidden trajectories and checks the input', async () => {
    expect(errorCode((await candidates(member, 'werkraad')).body)).toBe('FORBIDDEN');
    expect(
      errorCode((await candidates(owner, 'werkraad', '00000000-0000-4000-8000-000000000000')).body),
    ).toBe('NOT_FOUND');
    expect(errorCode((await candidates(owner, 'w')).body)).toBe('BAD_USER_INPUT');
    expect(fieldCodes((await candidates(owner, 'x'.repeat(101))).body).length).toBeGreaterThan(0);
    expect(errorCode((await candidates(owner, 'werkraad', trajectory, 21)).body)).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('names invited raters for the team and shows raters their own ratings', async () => {
    const stakeholder = await owner.ok('createStakeholder', {
      trajectoryId: trajectory,
      name: 'Ondernemingsraad',
      kind: 'GROUP',
      influence: 4,
      stance: 0,
    });
    const option = await owner.ok('createSolutionOption', {
      trajectoryId: trajectory,
      title: 'Zelfroosteren',
    });
    const invited = await owner.call(
      'inviteValuator',
      {
        trajectoryId: trajectory,
        userId: await userId(api.url, 'or-lid@voorbeeld.nl'),
        stakeholderId: stakeholder.id,
      },
      '',
      'ValuationInviteInput',
    );
    expect(invited.errors).toBeUndefined();
    const { body } = await owner.trajectory<{ valuationInvites: unknown[] }>(
      trajectory,
      'valuationInvites { stakeholderId person { name } }',
    );
    expect(body.data!.trajectory.valuationInvites).toEqual([
      { stakeholderId: stakeholder.id, person: { name: 'Wim Werkraad' } },
    ]);

    const before = await rater.trajectory<{
      viewer: { ratings: unknown[]; invitedStakeholders: unknown[] };
    }>(trajectory, 'viewer { ratings { score } invitedStakeholders { id name } }');
    expect(before.body.data!.trajectory.viewer).toEqual({
      ratings: [],
      invitedStakeholders: [{ id: stakeholder.id, name: 'Ondernemingsraad' }],
    });
    await rater.ok(
      'rateOption',
      { optionId: option.id, stakeholderId: stakeholder.id, score: 4, comment: 'Graag' },
      'id',
    );
    const after = await rater.trajectory<{ viewer: { ratings: unknown[] } }>(
      trajectory,
      'viewer { ratings { optionId stakeholderId score comment } }',
    );
    expect(after.body.data!.trajectory.viewer.ratings).toEqual([
      { optionId: option.id, stakeholderId: stakeholder.id, score: 4, comment: 'Graag' },
    ]);
    // Someone else's ratings are not theirs.
    const mine = await owner.trajectory<{ viewer: unknown }>(
      trajectory,
      'viewer { ratings { score } invitedStakeholders { id } }',
    );
    expect(mine.body.data!.trajectory.viewer).toEqual({ ratings: [], invitedStakeholders: [] });
  });
});
