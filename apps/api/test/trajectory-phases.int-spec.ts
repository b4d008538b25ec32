import { startTestApi, TestApi } from './test-api';
import { errorCode } from './test-session';
import { fieldCodes, TrajectoryClient } from './trajectory-helpers';

describe('trajectory phases: the SIM state machine over GraphQL', () => {
  let api: TestApi;
  let owner: TrajectoryClient;

  const create = async () =>
    (
      await owner.ok('createTrajectory', {
        title: 'Roosterapp voor de buitendienst',
        problemStatement: 'Roosters worden met de hand gemaakt.',
        goals: 'Eerlijker roosters',
      })
    ).id;
  const ready = async (id: string) => {
    await owner.ok(
      'setMandate',
      { trajectoryId: id, budget: 10000, decisionSpace: 'Aanpak' },
      'budget',
    );
    await owner.ok('createDecisionRule', {
      trajectoryId: id,
      topic: 'Welke oplossing gaat de pilot in',
      phase: 'SELECT',
      decidedBy: 'Projectgroep',
      participationLevel: 'CO_DECIDE',
      employeeInvolvement: 'Werksessie',
    });
  };
  const criterion = (trajectoryId: string, metric = 'Roostertijd') =>
    owner.ok('createSuccessCriterion', {
      trajectoryId,
      metric,
      target: '-50%',
      dimension: 'PRODUCTIVITY',
      agreedOn: '2026-01-15',
      agreedBy: 'Projectgroep en OR',
    });

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    owner = await TrajectoryClient.as(api.url, 'moderator@voorbeeld.nl');
  });
  afterAll(() => api.close());

  it('starts in phase 1 with the start recorded in the history', async () => {
    const id = await create();
    const { body } = await owner.trajectory<{ phase: string; phaseHistory: unknown[] }>(
      id,
      'phase phaseNumber phaseHistory { fromPhase toPhase steppedBack actor { name } }',
    );
    expect(body.data!.trajectory).toMatchObject({
      phase: 'PREPARE',
      phaseNumber: 1,
      phaseHistory: [
        {
          fromPhase: null,
          toPhase: 'PREPARE',
          steppedBack: false,
          actor: { name: 'Mo Moderator' },
        },
      ],
    });
  });

  it('refuses to leave phase 1 without a mandate and a decision rule, listing both', async () => {
    const id = await create();
    const body = await owner.changePhase(id, 'GENERATE');
    expect(errorCode(body)).toBe('PRECONDITION_FAILED');
    expect(fieldCodes(body)).toEqual(['MANDATE_REQUIRED', 'DECISION_RULE_REQUIRED']);
    await owner.ok('setMandate', { trajectoryId: id, decisionSpace: 'Aanpak' }, 'recordedAt');
    expect(fieldCodes(await owner.changePhase(id, 'GENERATE'))).toEqual(['DECISION_RULE_REQUIRED']);
  });

  it('refuses skipping phases and staying in place', async () => {
    const id = await create();
    await ready(id);
    expect(fieldCodes(await owner.changePhase(id, 'SELECT'))).toEqual(['PHASE_SKIPPED']);
    expect(fieldCodes(await owner.changePhase(id, 'PREPARE'))).toEqual(['SAME_PHASE']);
  });

  it('walks forward, steps back only with a reason, and shows the step back', async () => {
    const id = await create();
    await ready(id);
    expect((await owner.changePhase(id, 'GENERATE')).data!.changePhase).toMatchObject({
      phase: 'GENERATE',
    });
    const noReason = await owner.changePhase(id, 'PREPARE');
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'input.reason', code: 'REASON_REQUIRED' }),
    ]);
    const back = await owner.changePhase(id, 'PREPARE', 'Eerst een gezamenlijke probleemanalyse');
    expect(back.data!.changePhase).toMatchObject({ phase: 'PREPARE' });
    await owner.changePhase(id, 'GENERATE');
    const { body } = await owner.trajectory<{
      phaseHistory: { toPhase: string; steppedBack: boolean; reason: string | null }[];
    }>(id, 'phaseHistory { toPhase steppedBack reason }');
    expect(body.data!.trajectory.phaseHistory).toEqual([
      { toPhase: 'PREPARE', steppedBack: false, reason: null },
      { toPhase: 'GENERATE', steppedBack: false, reason: null },
      { toPhase: 'PREPARE', steppedBack: true, reason: 'Eerst een gezamenlijke probleemanalyse' },
      { toPhase: 'GENERATE', steppedBack: false, reason: null },
    ]);
  });

  it('needs criteria and an option for the pilot, locks the criteria and then refuses edits', async () => {
    const id = await create();
    await ready(id);
    await owner.changePhase(id, 'GENERATE');
    await owner.changePhase(id, 'SELECT');
    expect(fieldCodes(await owner.changePhase(id, 'TEST'))).toEqual([
      'SUCCESS_CRITERION_REQUIRED',
      'SOLUTION_OPTION_REQUIRED',
    ]);
    const c = await criterion(id);
    await owner.ok('createSolutionOption', { trajectoryId: id, title: 'Roosterapp' });
    // Results only during the pilot.
    const early = await owner.call('recordCriterionResult', {
      criterionId: c.id,
      value: '-40%',
      verdict: 'NOT_MET',
      measuredOn: '2026-02-01',
    });
    expect(fieldCodes(early)).toEqual(['RESULTS_NOT_OPEN']);
    expect((await owner.changePhase(id, 'TEST')).data!.changePhase).toMatchObject({
      phase: 'TEST',
    });

    const { body } = await owner.trajectory<{ successCriteria: { lockedAt: string | null }[] }>(
      id,
      'successCriteria { lockedAt }',
    );
    expect(body.data!.trajectory.successCriteria[0].lockedAt).not.toBeNull();
    const edit = await owner.call('updateSuccessCriterion', { id: c.id, target: '-10%' });
    expect(errorCode(edit)).toBe('PRECONDITION_FAILED');
    expect(fieldCodes(edit)).toEqual(['CRITERION_LOCKED']);
    const del = await owner.session.gql('mutation($id: ID!) { deleteSuccessCriterion(id: $id) }', {
      id: c.id,
    });
    expect(errorCode(del.body)).toBe('PRECONDITION_FAILED');
    expect(
      fieldCodes(
        await owner.call('createSuccessCriterion', {
          trajectoryId: id,
          metric: 'Nieuw',
          target: 'x',
          dimension: 'PRODUCTIVITY',
        }),
      ),
    ).toEqual(['PILOT_STARTED']);

    // Locked criteria still take results; phase 5 needs a pilot result for each.
    const c2Missing = await owner.changePhase(id, 'IMPLEMENT_AND_EVALUATE');
    expect(fieldCodes(c2Missing)).toEqual(['CRITERIA_NOT_EVALUATED']);
    const result = await owner.ok(
      'recordCriterionResult',
      { criterionId: c.id, value: '-55%', verdict: 'MET', measuredOn: '2026-03-01' },
      'phase verdict',
    );
    expect(result).toMatchObject({ phase: 'TEST', verdict: 'MET' });
    expect((await owner.changePhase(id, 'IMPLEMENT_AND_EVALUATE')).data!.changePhase).toMatchObject(
      {
        phase: 'IMPLEMENT_AND_EVALUATE',
      },
    );

    // Stepping back keeps the lock; a new criterion may be added before the next pilot.
    await owner.changePhase(id, 'SELECT', 'Variant B alsnog testen');
    expect(errorCode(await owner.call('updateSuccessCriterion', { id: c.id, target: 'x' }))).toBe(
      'PRECONDITION_FAILED',
    );
    const c2 = await criterion(id, 'Werkplezier');
    await owner.changePhase(id, 'TEST');
    const after = await owner.trajectory<{
      successCriteria: { id: string; lockedAt: string | null; results: unknown[] }[];
    }>(id, 'successCriteria { id lockedAt results { verdict } }');
    const list = after.body.data!.trajectory.successCriteria;
    expect(list.find((x) => x.id === c2.id)!.lockedAt).not.toBeNull();
    expect(list.find((x) => x.id === c.id)!.results).toEqual([{ verdict: 'MET' }]);
  });

  it('records phase changes, criteria locks, team changes and decisions in the audit log', async () => {
    const admin = await TrajectoryClient.as(api.url, 'admin@voorbeeld.nl');
    const all = await api.db.dataSource.query<{ action: string }[]>(
      `SELECT DISTINCT action FROM audit_event WHERE object_type = 'trajectory'`,
    );
    for (const a of ['trajectory.create', 'trajectory.phase_change', 'trajectory.criteria_lock']) {
      expect(all.map((r) => r.action)).toContain(a);
    }
    const id = await create();
    const member = await owner.ok('addTeamMember', {
      trajectoryId: id,
      userId: (await admin.session.gql<{ me: { id: string } }>('{ me { id } }')).body.data!.me.id,
      role: 'EXPERT',
    });
    await owner.session.gql('mutation($id: ID!) { removeTeamMember(id: $id) }', { id: member.id });
    await ready(id);
    const rules = await owner.trajectory<{ decisionRules: { id: string }[] }>(
      id,
      'decisionRules { id }',
    );
    await owner.ok('recordDecision', {
      ruleId: rules.body.data!.trajectory.decisionRules[0].id,
      outcome: 'Roosterapp gaat de pilot in',
      rationale: 'Hoogste waardering',
      decidedOn: '2026-02-02',
      informingInputIds: ['idea-1'],
    });
    const rows = await api.db.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE object_type = 'trajectory' AND object_id = $1 ORDER BY created_at`,
      [id],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'trajectory.create',
      'trajectory.team_add',
      'trajectory.team_remove',
      'trajectory.decision_record',
    ]);
  });
});
