import { startTestApi, TestApi } from './test-api';
import { errorCode } from './test-session';
import { TrajectoryClient, fieldCodes, userId } from './trajectory-helpers';

type Decision = { id: string; outcome: string; rationale: string; decidedOn: string };

describe('trajectory decisions: correcting and removing a recorded decision', () => {
  let api: TestApi;
  let owner: TrajectoryClient; // moderator
  let member: TrajectoryClient; // employee on the team, not an editor
  let admin: TrajectoryClient;
  let trajectory: string;
  let rule: string;
  let decision: string;

  const deleteDecision = (client: TrajectoryClient, id: string) =>
    client.session.gql<{ deleteDecision: string }>(
      'mutation($id: ID!) { deleteDecision(id: $id) }',
      {
        id,
      },
    );

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    [owner, member, admin] = await Promise.all(
      ['moderator@voorbeeld.nl', 'employee@voorbeeld.nl', 'admin@voorbeeld.nl'].map((e) =>
        TrajectoryClient.as(api.url, e),
      ),
    );
    trajectory = (
      await owner.ok('createTrajectory', { title: 'Nieuwe balie', problemStatement: 'Wachtrijen' })
    ).id;
    await owner.ok('addTeamMember', {
      trajectoryId: trajectory,
      userId: await userId(api.url, 'employee@voorbeeld.nl'),
      role: 'TEAM_MEMBER',
    });
    rule = (
      await owner.ok('createDecisionRule', {
        trajectoryId: trajectory,
        topic: 'Keuze van de balie',
        phase: 'SELECT',
        decidedBy: 'Stuurgroep',
        participationLevel: 'ADVISE',
      })
    ).id;
    decision = (
      await owner.ok('recordDecision', {
        ruleId: rule,
        outcome: 'Balie A',
        rationale: 'Kortste wachttijd',
        decidedOn: '2026-10-01',
      })
    ).id;
  });
  afterAll(() => api.close());

  it('lets an editor correct the outcome and the date, and audits which fields changed', async () => {
    const changed = await owner.ok<Decision>(
      'updateDecision',
      { id: decision, outcome: 'Balie B', decidedOn: '2026-10-02' },
      'id outcome rationale decidedOn',
    );
    expect(changed).toEqual({
      id: decision,
      outcome: 'Balie B',
      rationale: 'Kortste wachttijd',
      decidedOn: '2026-10-02',
    });
    const { body } = await admin.session.gql<{
      auditEvents: { edges: { node: { objectId: string; details: string } }[] };
    }>(
      '{ auditEvents(first: 5, action: "trajectory.decision_update") { edges { node { objectId details } } } }',
    );
    const event = body.data!.auditEvents.edges.find((e) => e.node.objectId === trajectory);
    expect(JSON.parse(event!.node.details)).toEqual({
      decisionId: decision,
      fields: ['outcome', 'decidedOn'],
    });
  });

  it('refuses bad input as field errors, non-editors with FORBIDDEN and unknown ids with NOT_FOUND', async () => {
    expect(
      fieldCodes(await owner.call('updateDecision', { id: decision, decidedOn: '2026-02-30' })),
    ).not.toEqual([]);
    expect(errorCode(await owner.call('updateDecision', { id: decision, outcome: '   ' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await member.call('updateDecision', { id: decision, outcome: 'C' }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await owner.call('updateDecision', {
          id: '00000000-0000-4000-8000-000000000000',
          outcome: 'C',
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode((await deleteDecision(member, decision)).body)).toBe('FORBIDDEN');
  });

  it('removes a decision, after which its rule may be deleted too', async () => {
    const refused = await owner.session.gql('mutation($id: ID!) { deleteDecisionRule(id: $id) }', {
      id: rule,
    });
    expect(fieldCodes(refused.body)).toEqual(['RULE_HAS_DECISIONS']);
    const removed = await deleteDecision(owner, decision);
    expect(removed.body.data).toEqual({ deleteDecision: decision });
    const { body } = await owner.trajectory<{ decisions: unknown[] }>(
      trajectory,
      'decisions { id }',
    );
    expect(body.data!.trajectory.decisions).toEqual([]);
    expect(errorCode((await deleteDecision(owner, decision)).body)).toBe('NOT_FOUND');
    const audit = await admin.session.gql<{
      auditEvents: { edges: { node: { details: string } }[] };
    }>(
      '{ auditEvents(first: 5, action: "trajectory.decision_delete") { edges { node { details } } } }',
    );
    expect(JSON.parse(audit.body.data!.auditEvents.edges[0].node.details)).toMatchObject({
      decisionId: decision,
      outcome: 'Balie B',
    });
    const ruleGone = await owner.session.gql('mutation($id: ID!) { deleteDecisionRule(id: $id) }', {
      id: rule,
    });
    expect(ruleGone.body.errors).toBeUndefined();
  });
});
