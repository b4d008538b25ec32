import { DataSource } from 'typeorm';
import { GqlBody, startTestApi, TestApi } from './test-api';
import { TrajectoryClient } from './trajectory-helpers';

type Page = {
  trajectories: {
    edges: { node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

interface Health {
  checkId: string;
  status: string;
  evidence: { nl: string; en: string };
  link: { section: string };
}

const NESTED = `id title phase owner { name } orgUnitIds viewer { canEdit }
  phaseHistory { toPhase steppedBack reason actor { name } }
  team { role person { name } } decisionRules { topic participationLevel } decisions { outcome }
  successCriteria { metric lockedAt results { verdict phase } } mandate { budget }
  stakeholders { name influence stance } valuation { stakeholderName scores { averageScore } }
  solutionOptions { title effects { aspect rating } businessCase { kind amount rating } }`;

describe('demo trajectories: the three cases of the SIM guide', () => {
  let api: TestApi;
  let admin: TrajectoryClient;
  let owner: TrajectoryClient;
  let byTitle: Map<string, { id: string; phase: string }>;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    admin = await TrajectoryClient.as(api.url, 'admin@voorbeeld.nl');
    owner = await TrajectoryClient.as(api.url, 'moderator@voorbeeld.nl');
    const { body } = await admin.session.gql<{
      trajectories: { edges: { node: { id: string; title: string; phase: string } }[] };
    }>('{ trajectories(first: 10) { edges { node { id title phase } } } }');
    byTitle = new Map(body.data!.trajectories.edges.map((e) => [e.node.title, e.node]));
  });
  afterAll(() => api.close());

  const health = async (title: string) => {
    const { body } = await owner.trajectory<{ simHealth: Health[] }>(
      byTitle.get(title)!.id,
      'simHealth { checkId status evidence { nl en } link { section } }',
    );
    return new Map(body.data!.trajectory.simHealth.map((h) => [h.checkId, h]));
  };

  it('seeds the cases in phases 4, 5 and 2', () => {
    expect([...byTitle.entries()].map(([t, n]) => [t, n.phase]).sort()).toEqual([
      ['Eén app voor de servicepunten', 'IMPLEMENT_AND_EVALUATE'],
      ['Informatiegestuurde handhaving bij ondergrondse containers', 'GENERATE'],
      ['Scanauto en deskcontrole bij parkeerhandhaving', 'TEST'],
    ]);
  });

  it('has locked criteria (willingness to pay 70% → 86%) and a coherent history for the pilot', async () => {
    const { body } = await owner.trajectory<{
      successCriteria: {
        metric: string;
        target: string;
        lockedAt: string | null;
        results: { value: string }[];
      }[];
      phaseHistory: { toPhase: string; at: string }[];
    }>(
      byTitle.get('Scanauto en deskcontrole bij parkeerhandhaving')!.id,
      'successCriteria { metric target lockedAt results { value } } phaseHistory { toPhase at }',
    );
    const t = body.data!.trajectory;
    expect(t.successCriteria.every((c) => c.lockedAt)).toBe(true);
    const pay = t.successCriteria.find((c) => c.metric === 'Betalingsbereidheid parkeerders')!;
    expect(pay.target).toContain('70%');
    expect(pay.results.map((r) => r.value)).toEqual(['86%']);
    expect(t.phaseHistory.map((h) => h.toPhase)).toEqual(['PREPARE', 'GENERATE', 'SELECT', 'TEST']);
    const pilotStart = t.phaseHistory[3].at;
    expect(t.successCriteria.every((c) => c.lockedAt === pilotStart)).toBe(true);
  });

  it('shows the step back of the enforcement case with its reason', async () => {
    const { body } = await owner.trajectory<{
      phaseHistory: { steppedBack: boolean; reason: string | null }[];
    }>(
      byTitle.get('Informatiegestuurde handhaving bij ondergrondse containers')!.id,
      'phaseHistory { steppedBack reason }',
    );
    const back = body.data!.trajectory.phaseHistory.filter((h) => h.steppedBack);
    expect(back).toHaveLength(1);
    expect(back[0].reason).toMatch(/gezamenlijke probleemanalyse/);
  });

  it('computes SIM health from the seeded data, with evidence and links', async () => {
    const parking = await health('Scanauto en deskcontrole bij parkeerhandhaving');
    expect(parking.get('prepare.mandate-before-generate')!.status).toBe('MET');
    expect(parking.get('prepare.decision-rules-before-generate')!.status).toBe('MET');
    expect(parking.get('prepare.works-council-on-team')!.status).toBe('MET');
    expect(parking.get('prepare.stakeholder-employee-interests')!.status).toBe('MET');
    expect(parking.get('test.criteria-locked-before-pilot')!).toMatchObject({
      status: 'MET',
      link: { section: 'SUCCESS_CRITERIA' },
    });
    expect(parking.get('test.criteria-both-dimensions')!.status).toBe('MET');
    expect(parking.get('select.decision-by-rules')!.status).toBe('MET');
    // The third option lacks two aspects: the coach points at it.
    expect(parking.get('select.impact-all-aspects')!).toMatchObject({
      status: 'NOT_MET',
      link: { section: 'IMPACT_ANALYSIS' },
    });
    expect(parking.get('implement.evaluated-against-criteria')!.status).toBe('NOT_YET_MEASURABLE');
    // The demo's closed challenge answered every idea (challenges seed).
    expect(parking.get('generate.challenge-feedback')!).toMatchObject({
      status: 'MET',
      link: { section: 'CHALLENGES' },
    });
    for (const later of ['prepare.works-council-consulted', 'implement.quality-of-work-pulse']) {
      expect(parking.get(later)!.status).toBe('NOT_YET_MEASURABLE');
    }

    const enforcement = await health('Informatiegestuurde handhaving bij ondergrondse containers');
    expect(enforcement.get('prepare.works-council-on-team')!.status).toBe('NOT_MET');
    expect(enforcement.get('select.impact-all-aspects')!.evidence.en).toBe('Applies from phase 3.');

    const store = await health('Eén app voor de servicepunten');
    expect(store.get('implement.key-users')!.status).toBe('MET');
    expect(store.get('implement.evaluated-against-criteria')!.status).toBe('NOT_MET');
  });

  it('loads nested fields in batches: a third trajectory costs no extra query', async () => {
    const ds = api.app.get(DataSource);
    let queries = 0;
    const logger = ds.logger;
    const counting = Object.create(logger) as typeof logger;
    counting.logQuery = () => void queries++;
    Object.assign(ds, { logger: counting });
    const run = async (first: number) => {
      queries = 0;
      const { body } = await admin.session.gql<{ trajectories: { edges: unknown[] } }>(
        `{ trajectories(first: ${first}) { edges { node { ${NESTED} } } } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.trajectories.edges).toHaveLength(first);
      return queries;
    };
    try {
      // The two newest include the pilot case, which has every kind of nested row.
      const two = await run(2);
      const three = await run(3);
      // One query per loader and wave; the name loader may run in one more wave with more rows.
      expect(three).toBeLessThanOrEqual(two + 1);
      expect(three).toBeLessThanOrEqual(22);
    } finally {
      Object.assign(ds, { logger });
    }
  });

  it('pages with a stable keyset cursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const { body }: { body: GqlBody<Page> } = await admin.session.gql<Page>(
        'query($after: String) { trajectories(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...body.data!.trajectories.edges.map((e) => e.node.id));
      if (!body.data!.trajectories.pageInfo.hasNextPage) break;
      after = body.data!.trajectories.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(3);
    expect(seen).toHaveLength(3);
  });
});
