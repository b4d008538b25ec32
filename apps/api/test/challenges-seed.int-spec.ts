import { startTestApi, TestApi } from './test-api';
import { ChallengeClient } from './challenge-helpers';

interface Challenge {
  id: string;
  title: string;
  state: string;
  phase: string;
  ideaCount: number;
  trajectoryTitle: string;
}

describe('demo challenges', () => {
  let api: TestApi;
  let owner: ChallengeClient;
  let byTrajectory: Map<string, Challenge>;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    owner = await ChallengeClient.as(api.url, 'moderator@voorbeeld.nl');
    const { trajectories } = await owner.ok<{
      trajectories: { edges: { node: { id: string } }[] };
    }>('{ trajectories { edges { node { id } } } }');
    byTrajectory = new Map();
    for (const { node } of trajectories.edges) {
      const { challenges } = await owner.ok<{ challenges: { edges: { node: Challenge }[] } }>(
        `query($t: ID!) { challenges(trajectoryId: $t) { edges { node {
           id title state phase ideaCount trajectoryTitle } } } }`,
        { t: node.id },
      );
      for (const e of challenges.edges) byTrajectory.set(e.node.trajectoryTitle, e.node);
    }
  }, 180_000); // start-up with the demo seed on a shared, busy machine
  afterAll(() => api.close());

  const allIdeas = async (client: ChallengeClient, challengeId: string) => {
    const ideas: Record<string, unknown>[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<ChallengeClient['ideas']>> = await client.ideas(
        challengeId,
        `${after ? `, after: "${after}"` : ''}`,
        'id title anonymous supportCount commentCount author { name } feedback { status response }',
      );
      ideas.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return ideas;
      after = page.pageInfo.endCursor;
    }
  };

  it('has an open phase-2 challenge with ~40 ideas, discussion, support and two anonymous ideas', async () => {
    const c = byTrajectory.get('Informatiegestuurde handhaving bij ondergrondse containers')!;
    expect(c).toMatchObject({ state: 'OPEN', phase: 'GENERATE' });
    expect(c.ideaCount).toBeGreaterThanOrEqual(38);
    const employee = await ChallengeClient.as(api.url, 'employee@voorbeeld.nl');
    const ideas = await allIdeas(employee, c.id);
    expect(ideas).toHaveLength(c.ideaCount);
    const anonymous = ideas.filter((i) => i.anonymous);
    expect(anonymous).toHaveLength(2);
    expect(anonymous.map((i) => i.author)).toEqual([{ name: 'Anoniem' }, { name: 'Anoniem' }]);
    expect(ideas.filter((i) => (i.commentCount as number) > 0).length).toBeGreaterThan(5);
    expect(ideas.reduce((n, i) => n + (i.supportCount as number), 0)).toBeGreaterThan(200);
    // Realistic Dutch, not filler text.
    expect(ideas.map((i) => i.title).join(' ')).toMatch(/handhaver/i);
    expect(JSON.stringify(ideas)).not.toMatch(/lorem|ipsum/i);
  });

  it('has a closed challenge in the parking case where every idea got feedback', async () => {
    const c = byTrajectory.get('Scanauto en deskcontrole bij parkeerhandhaving')!;
    expect(c.state).toBe('CLOSED');
    const ideas = await allIdeas(owner, c.id);
    expect(ideas.length).toBeGreaterThanOrEqual(8);
    const feedback = ideas.map((i) => i.feedback as { status: string; response: string | null });
    expect(feedback.every((f) => f.status !== 'RECEIVED' && f.response)).toBe(true);
    // Various statuses, among them one not adopted with its reason.
    expect(new Set(feedback.map((f) => f.status)).size).toBeGreaterThanOrEqual(3);
    expect(feedback.find((f) => f.status === 'NOT_ADOPTED')?.response).toMatch(/mandaat/);
  });

  it('has real feedback in the open challenge: statuses, a history and one merged duplicate', async () => {
    const c = byTrajectory.get('Informatiegestuurde handhaving bij ondergrondse containers')!;
    const ideas = await allIdeas(owner, c.id);
    const statuses = ideas.map((i) => (i.feedback as { status: string }).status);
    expect(statuses.filter((s) => s === 'RECEIVED').length).toBeGreaterThan(20);
    expect(statuses).toEqual(expect.arrayContaining(['PLANNED', 'IN_PROGRESS', 'MERGED']));
    const merged = ideas.find((i) => (i.feedback as { status: string }).status === 'MERGED')!;
    const { idea } = await owner.ok<{
      idea: {
        supportCount: number;
        feedback: { mergedInto: { title: string; supportCount: number } | null };
      };
    }>(
      'query($id: ID!) { idea(id: $id) { supportCount feedback { mergedInto { title supportCount } } } }',
      { id: merged.id },
    );
    // Its supporters moved to the surviving idea.
    expect(idea.supportCount).toBe(0);
    expect(idea.feedback.mergedInto?.title).toMatch(/Foto/);
    const briefing = ideas.find((i) => String(i.title).startsWith('Wekelijks kwartiertje'))!;
    const history = await owner.ok<{ idea: { feedback: { history: { status: string }[] } } }>(
      'query($id: ID!) { idea(id: $id) { feedback { history { status } } } }',
      { id: briefing.id },
    );
    expect(history.idea.feedback.history.map((h) => h.status)).toEqual(['IN_PROGRESS', 'PLANNED']);
  });

  it('feeds the SIM health checks of the trajectories', async () => {
    const health = async (title: string) => {
      const { trajectory } = await owner.ok<{
        trajectory: { simHealth: { checkId: string; status: string; link: { section: string } }[] };
      }>(
        'query($id: ID!) { trajectory(id: $id) { simHealth { checkId status link { section } } } }',
        {
          id: await trajectoryIdOf(title),
        },
      );
      return new Map(trajectory.simHealth.map((h) => [h.checkId, h]));
    };
    const trajectoryIdOf = async (title: string) => {
      const { trajectories } = await owner.ok<{
        trajectories: { edges: { node: { id: string; title: string } }[] };
      }>('{ trajectories { edges { node { id title } } } }');
      return trajectories.edges.find((e) => e.node.title === title)!.node.id;
    };
    const enforcement = await health('Informatiegestuurde handhaving bij ondergrondse containers');
    expect(enforcement.get('generate.employees-invited')).toMatchObject({
      status: 'MET',
      link: { section: 'CHALLENGES' },
    });
    expect(enforcement.get('generate.challenge-feedback')!.status).toBe('NOT_YET_MEASURABLE');
    const parking = await health('Scanauto en deskcontrole bij parkeerhandhaving');
    expect(parking.get('generate.challenge-feedback')!.status).toBe('MET');
    const store = await health('Eén app voor de servicepunten');
    expect(store.get('generate.employees-invited')!.status).toBe('NOT_MET');
  });
});
