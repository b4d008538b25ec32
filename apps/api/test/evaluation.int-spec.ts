import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from './test-api';
import { errorCode } from './test-session';
import { fieldCodes, TrajectoryClient, userId } from './trajectory-helpers';

interface Evaluation {
  challengeId: string;
  canScore: boolean;
  canDecide: boolean;
  criteria: { id: string; weight: number }[];
  progress: { jurorId: string; name: string; scored: number; toScore: number }[];
  ranking: {
    ideaId: string;
    rank: number;
    score: number | null;
    jurorCount: number;
    shortlisted: boolean;
    winner: boolean;
    invitedRole: string | null;
    criterionAverages: { criterionId: string; average: number }[];
  }[];
}

const EVALUATION = `challengeId canScore canDecide criteria { id weight }
  progress { jurorId name scored toScore }
  ranking { ideaId rank score jurorCount shortlisted winner invitedRole
            criterionAverages { criterionId average } }`;

describe('jury evaluation of a challenge', () => {
  let api: TestApi;
  let ds: DataSource;
  let owner: TrajectoryClient; // moderator@: owns the trajectory, edits the challenge
  let juror1: TrajectoryClient; // analist@
  let juror2: TrajectoryClient; // handhaver@
  let employee: TrajectoryClient;
  let anonymousAuthor: TrajectoryClient; // servicepunt@
  let manager: TrajectoryClient;
  let admin: TrajectoryClient;
  let trajectoryId: string;
  let challengeId: string;
  let impact: string;
  let cost: string;
  const idea: Record<'named' | 'anonymous' | 'third', string> = {
    named: '',
    anonymous: '',
    third: '',
  };
  let anonymousUserId: string;

  const evaluation = async (client: TrajectoryClient) => {
    const { body } = await client.session.gql<{ challengeEvaluation: Evaluation }>(
      `query($id: ID!) { challengeEvaluation(challengeId: $id) { ${EVALUATION} } }`,
      { id: challengeId },
    );
    return body;
  };
  const score = (client: TrajectoryClient, input: Record<string, unknown>) =>
    client.call(
      'scoreIdea',
      input,
      'id ideaId jurorId jurorName comment scores { criterionId score }',
    );
  const decide = (client: TrajectoryClient, op: string, input: Record<string, unknown>) =>
    client.call(op, input, 'ideaId shortlisted winner invitedRole invitedAt');
  const invitations = async (client: TrajectoryClient) => {
    const { body } = await client.session.gql<{
      myWinnerInvitations: {
        ideaId: string;
        trajectoryId: string;
        role: string;
        message: string | null;
      }[];
    }>(
      '{ myWinnerInvitations { ideaId ideaTitle challengeId challengeTitle trajectoryId trajectoryTitle role message invitedAt } }',
    );
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.myWinnerInvitations;
  };
  const winners = async (client: TrajectoryClient) => {
    const { body } = await client.session.gql<{ challengeWinners: { ideaId: string }[] }>(
      'query($id: ID!) { challengeWinners(challengeId: $id) { ideaId title } }',
      { id: challengeId },
    );
    return body;
  };

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    ds = api.app.get(DataSource);
    owner = await TrajectoryClient.as(api.url, 'moderator@voorbeeld.nl');
    juror1 = await TrajectoryClient.as(api.url, 'analist@voorbeeld.nl');
    juror2 = await TrajectoryClient.as(api.url, 'handhaver@voorbeeld.nl');
    employee = await TrajectoryClient.as(api.url, 'employee@voorbeeld.nl');
    anonymousAuthor = await TrajectoryClient.as(api.url, 'servicepunt@voorbeeld.nl');
    manager = await TrajectoryClient.as(api.url, 'manager@voorbeeld.nl');
    admin = await TrajectoryClient.as(api.url, 'admin@voorbeeld.nl');
    anonymousUserId = await userId(api.url, 'servicepunt@voorbeeld.nl');
    trajectoryId = (
      await owner.ok('createTrajectory', { title: 'Jurering', problemStatement: 'Ideeën' })
    ).id;
    for (const email of ['analist@voorbeeld.nl', 'handhaver@voorbeeld.nl']) {
      await owner.ok('addTeamMember', {
        trajectoryId,
        userId: await userId(api.url, email),
        role: 'JURY_MEMBER',
      });
    }
    const challenge = await owner.ok<{ id: string; criteria: { id: string }[] }>(
      'createChallenge',
      {
        trajectoryId,
        title: 'Hoe verbeteren we de balie?',
        problemStatement: 'Wachtrijen',
        criteria: [
          { nameNl: 'Impact', nameEn: 'Impact', weight: 60 },
          { nameNl: 'Kosten', nameEn: 'Cost', weight: 40 },
        ],
      },
      'id criteria { id }',
    );
    challengeId = challenge.id;
    [impact, cost] = challenge.criteria.map((c) => c.id);
    await owner.ok('changeChallengeState', { id: challengeId, to: 'OPEN' }, 'id');
    const submit = async (client: TrajectoryClient, title: string, anonymous: boolean) =>
      (
        await client.ok('submitIdea', {
          challengeId,
          title,
          description: 'Uitleg',
          anonymous,
          idempotencyKey: randomUUID(),
        })
      ).id;
    idea.named = await submit(employee, 'Digitale wachtrij', false);
    idea.anonymous = await submit(anonymousAuthor, 'Afspraak op tijdstip', true);
    idea.third = await submit(manager, 'Meer balies', false);
  });
  afterAll(() => api.close());

  it('lets nobody score before the challenge is in review', async () => {
    const body = await score(juror1, {
      ideaId: idea.named,
      scores: [{ criterionId: impact, score: 4 }],
    });
    expect(errorCode(body)).toBe('PRECONDITION_FAILED');
    expect(fieldCodes(body)).toEqual(['NOT_IN_REVIEW']);
    expect((await evaluation(juror1)).data!.challengeEvaluation.canScore).toBe(false);
    await owner.ok('changeChallengeState', { id: challengeId, to: 'REVIEW' }, 'id');
    expect((await evaluation(juror1)).data!.challengeEvaluation.canScore).toBe(true);
  });

  it('lets only the jury score, and the jury and editors see the evaluation', async () => {
    const input = { ideaId: idea.named, scores: [{ criterionId: impact, score: 4 }] };
    expect(errorCode(await score(employee, input))).toBe('FORBIDDEN');
    expect(errorCode(await score(owner, input))).toBe('FORBIDDEN');
    expect(errorCode(await score(juror1, { ...input, ideaId: randomUUID() }))).toBe('NOT_FOUND');
    expect(errorCode(await evaluation(employee))).toBe('FORBIDDEN');
    const forOwner = (await evaluation(owner)).data!.challengeEvaluation;
    expect(forOwner).toMatchObject({ canScore: false, canDecide: true });
    expect(forOwner.criteria.map((c) => c.weight)).toEqual([60, 40]);
    expect((await evaluation(admin)).data!.challengeEvaluation.canDecide).toBe(true);
    expect((await evaluation(juror2)).data!.challengeEvaluation.canDecide).toBe(false);
  });

  it('upserts scores and comments, validates them, and ranks by weighted mean', async () => {
    const first = await score(juror1, {
      ideaId: idea.named,
      scores: [
        { criterionId: impact, score: 5 },
        { criterionId: cost, score: 5 },
      ],
      comment: '  Sterk idee ',
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.scoreIdea).toMatchObject({
      comment: 'Sterk idee',
      jurorName: 'Daan Analist',
    });
    // Only the cost score changes; the comment stays when none is given.
    const again = await score(juror1, {
      ideaId: idea.named,
      scores: [{ criterionId: cost, score: 2 }],
    });
    expect(again.data!.scoreIdea).toMatchObject({
      comment: 'Sterk idee',
      scores: [
        { criterionId: impact, score: 5 },
        { criterionId: cost, score: 2 },
      ],
    });
    await score(juror1, {
      ideaId: idea.anonymous,
      scores: [
        { criterionId: impact, score: 4 },
        { criterionId: cost, score: 4 },
      ],
    });
    await score(juror2, {
      ideaId: idea.named,
      scores: [
        { criterionId: impact, score: 3 },
        { criterionId: cost, score: 3 },
      ],
    });
    // Half done: counts in the ranking, not as scored in the progress.
    await score(juror2, { ideaId: idea.anonymous, scores: [{ criterionId: impact, score: 2 }] });

    const bad = [
      [{ criterionId: randomUUID(), score: 3 }, 'UNKNOWN_CRITERION'],
      [{ criterionId: impact, score: 0 }, 'MIN'],
      [{ criterionId: impact, score: 6 }, 'MAX'],
    ] as const;
    for (const [s, code] of bad) {
      const body = await score(juror1, { ideaId: idea.third, scores: [s] });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(fieldCodes(body)).toEqual([code]);
    }
    const dup = await score(juror1, {
      ideaId: idea.third,
      scores: [
        { criterionId: impact, score: 3 },
        { criterionId: impact, score: 4 },
      ],
    });
    expect(fieldCodes(dup)).toEqual(['DUPLICATE_CRITERION']);
    expect(
      errorCode(
        await score(juror1, { ideaId: idea.third, scores: [{ criterionId: impact, score: 2.5 }] }),
      ),
    ).toBe('BAD_USER_INPUT');

    const e = (await evaluation(owner)).data!.challengeEvaluation;
    // named: juror1 (5*60 + 2*40)/100 = 3.8, juror2 3 -> 3.4
    // anonymous: juror1 4, juror2 (impact only) 2 -> 3
    expect(e.ranking.map((r) => [r.ideaId, r.rank, r.score, r.jurorCount])).toEqual([
      [idea.named, 1, 3.4, 2],
      [idea.anonymous, 2, 3, 2],
      [idea.third, 3, null, 0],
    ]);
    expect(e.ranking[0].criterionAverages).toEqual([
      { criterionId: impact, average: 4 },
      { criterionId: cost, average: 2.5 },
    ]);
    const progress = Object.fromEntries(e.progress.map((p) => [p.name, [p.scored, p.toScore]]));
    expect(progress).toEqual({ 'Daan Analist': [2, 1], 'Hanna Handhaver': [1, 2] });
  });

  it('tells each juror their own status per idea in the overview (no query per idea)', async () => {
    const statuses = async (client: TrajectoryClient) => {
      const { body } = await client.session.gql<{
        challengeEvaluation: { ranking: { ideaId: string; scoredByMe: string }[] };
      }>(
        'query($id: ID!) { challengeEvaluation(challengeId: $id) { ranking { ideaId scoredByMe } } }',
        {
          id: challengeId,
        },
      );
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return Object.fromEntries(
        body.data!.challengeEvaluation.ranking.map((r) => [r.ideaId, r.scoredByMe]),
      );
    };
    // juror1 scored both criteria of two ideas; juror2 one idea fully and one on impact only.
    expect(await statuses(juror1)).toEqual({
      [idea.named]: 'DONE',
      [idea.anonymous]: 'DONE',
      [idea.third]: 'TODO',
    });
    expect(await statuses(juror2)).toEqual({
      [idea.named]: 'DONE',
      [idea.anonymous]: 'PARTIAL',
      [idea.third]: 'TODO',
    });
    // Editors are not on the jury: nothing of theirs to show.
    expect(Object.values(await statuses(owner))).toEqual(['TODO', 'TODO', 'TODO']);
  });

  it('shows editors every evaluation of an idea and a juror only their own', async () => {
    const of = async (client: TrajectoryClient) => {
      const { body } = await client.session.gql<{ ideaEvaluations: { jurorName: string }[] }>(
        'query($id: ID!) { ideaEvaluations(ideaId: $id) { jurorName comment scores { score } } }',
        { id: idea.named },
      );
      return body;
    };
    expect((await of(owner)).data!.ideaEvaluations.map((e) => e.jurorName)).toEqual([
      'Daan Analist',
      'Hanna Handhaver',
    ]);
    expect((await of(juror2)).data!.ideaEvaluations.map((e) => e.jurorName)).toEqual([
      'Hanna Handhaver',
    ]);
    expect(errorCode(await of(employee))).toBe('FORBIDDEN');
  });

  it('lets editors shortlist and pick winners, audited', async () => {
    expect(
      errorCode(
        await decide(juror1, 'setIdeaShortlisted', { ideaId: idea.named, shortlisted: true }),
      ),
    ).toBe('FORBIDDEN');
    for (const id of [idea.named, idea.anonymous]) {
      const body = await decide(owner, 'setIdeaShortlisted', { ideaId: id, shortlisted: true });
      expect(body.data!.setIdeaShortlisted).toMatchObject({ shortlisted: true, winner: false });
    }
    await decide(owner, 'setIdeaShortlisted', { ideaId: idea.named, shortlisted: false });
    const winner = await decide(owner, 'setIdeaWinner', { ideaId: idea.anonymous, winner: true });
    expect(winner.data!.setIdeaWinner).toMatchObject({ shortlisted: true, winner: true });
    const ranking = (await evaluation(juror1)).data!.challengeEvaluation.ranking;
    expect(ranking.map((r) => [r.shortlisted, r.winner])).toEqual([
      [false, false],
      [true, true],
      [false, false],
    ]);
    const audit = await ds.query<{ action: string; actor_id: string }[]>(
      `SELECT action, actor_id FROM audit_event WHERE action LIKE 'challenge.jury_%'
       ORDER BY created_at`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'challenge.jury_shortlist',
      'challenge.jury_shortlist',
      'challenge.jury_shortlist',
      'challenge.jury_winner',
    ]);
    // During review only the jury and editors see the winners.
    expect((await winners(employee)).data!.challengeWinners).toEqual([]);
    expect((await winners(juror1)).data!.challengeWinners.map((w) => w.ideaId)).toEqual([
      idea.anonymous,
    ]);
  });

  it('invites the anonymous author of a winning idea without revealing them', async () => {
    const notWinner = await decide(owner, 'inviteWinner', { ideaId: idea.named });
    expect(fieldCodes(notWinner)).toEqual(['NOT_A_WINNER']);
    expect(
      fieldCodes(await decide(owner, 'inviteWinner', { ideaId: idea.anonymous, role: 'OWNER' })),
    ).toEqual(['OWNER_ROLE']);
    expect(errorCode(await decide(juror1, 'inviteWinner', { ideaId: idea.anonymous }))).toBe(
      'FORBIDDEN',
    );
    const invited = await decide(owner, 'inviteWinner', {
      ideaId: idea.anonymous,
      message: 'Doe mee met het team!',
    });
    expect(invited.data!.inviteWinner).toMatchObject({ winner: true, invitedRole: 'TEAM_MEMBER' });

    // Only the author finds the invitation; nobody else, admins included.
    for (const other of [employee, manager, owner, admin, juror1]) {
      expect(await invitations(other)).toEqual([]);
    }
    const mine = await invitations(anonymousAuthor);
    expect(mine).toEqual([
      expect.objectContaining({
        ideaId: idea.anonymous,
        trajectoryId,
        role: 'TEAM_MEMBER',
        message: 'Doe mee met het team!',
      }),
    ]);
    // Nothing stored about the invitation or its decisions names the author.
    const stored = JSON.stringify([
      await ds.query('SELECT * FROM idea_jury_decision'),
      await ds.query(`SELECT * FROM audit_event WHERE object_id = $1`, [idea.anonymous]),
    ]);
    expect(stored).toContain(idea.anonymous);
    expect(stored).not.toContain(anonymousUserId);

    const someoneElse = await employee.session.gql(
      'mutation($id: ID!) { acceptWinnerInvitation(ideaId: $id) }',
      { id: idea.anonymous },
    );
    expect(errorCode(someoneElse.body)).toBe('NOT_FOUND');
    const accepted = await anonymousAuthor.session.gql<{ acceptWinnerInvitation: string }>(
      'mutation($id: ID!) { acceptWinnerInvitation(ideaId: $id) }',
      { id: idea.anonymous },
    );
    expect(accepted.body.data!.acceptWinnerInvitation).toBe(trajectoryId);
    const members = await ds.query<{ role: string }[]>(
      'SELECT role FROM trajectory_member WHERE trajectory_id = $1 AND user_id = $2',
      [trajectoryId, anonymousUserId],
    );
    expect(members).toEqual([{ role: 'TEAM_MEMBER' }]);
    expect(await invitations(anonymousAuthor)).toEqual([]);
    // The team addition is audited without the idea.
    const [add] = await ds.query<{ object_id: string; details: Record<string, unknown> }[]>(
      `SELECT object_id, details FROM audit_event WHERE action = 'trajectory.team_add'
         AND actor_id = $1`,
      [anonymousUserId],
    );
    expect(add).toEqual({
      object_id: trajectoryId,
      details: { userId: anonymousUserId, role: 'TEAM_MEMBER' },
    });
    expect(JSON.stringify(add)).not.toContain(idea.anonymous);
    // The idea itself still shows no author.
    const { body } = await admin.session.gql<{ idea: { anonymous: boolean; author: unknown } }>(
      'query($id: ID!) { idea(id: $id) { anonymous author { name } } }',
      { id: idea.anonymous },
    );
    expect(body.data!.idea.anonymous).toBe(true);
    expect(JSON.stringify(body)).not.toContain('Sanne');
  });

  it('stops scoring and winner changes once closed; the winners become public', async () => {
    for (const id of Object.values(idea)) {
      await owner.ok(
        'respondToInput',
        { inputId: id, status: 'UNDER_CONSIDERATION', text: 'Dank voor je idee' },
        'id',
      );
    }
    await owner.ok('changeChallengeState', { id: challengeId, to: 'CLOSED' }, 'id');
    const late = await score(juror1, {
      ideaId: idea.third,
      scores: [{ criterionId: impact, score: 3 }],
    });
    expect(fieldCodes(late)).toEqual(['NOT_IN_REVIEW']);
    expect(
      fieldCodes(await decide(owner, 'setIdeaWinner', { ideaId: idea.named, winner: true })),
    ).toEqual(['NOT_IN_REVIEW']);
    expect((await winners(employee)).data!.challengeWinners.map((w) => w.ideaId)).toEqual([
      idea.anonymous,
    ]);
    // A winner can still be invited after closing.
    const body = await decide(owner, 'inviteWinner', { ideaId: idea.anonymous, role: 'EXPERT' });
    expect(body.data!.inviteWinner.invitedRole).toBe('EXPERT');
  });

  it('never answers generated input to the evaluation mutations with a 500', async () => {
    const anything = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('', '\u0000', '\ud800', 'x'.repeat(4001)),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const ideaId = fc.oneof(fc.constantFrom(...Object.values(idea)), fc.uuid(), anything);
    const scores = fc.oneof(
      fc.array(
        fc.record({
          criterionId: fc.oneof(fc.constantFrom(impact, cost), fc.uuid(), anything),
          score: fc.oneof(fc.integer({ min: -2, max: 8 }), anything),
        }),
        { maxLength: 4 },
      ),
      anything,
    );
    const allowed = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'];
    await fc.assert(
      fc.asyncProperty(ideaId, scores, anything, anything, async (id, s, text, flag) => {
        const calls = [
          juror1.session.gql(
            'mutation($input: ScoreIdeaInput!) { scoreIdea(input: $input) { id } }',
            {
              input: { ideaId: id, scores: s, comment: text },
            },
          ),
          owner.session.gql(
            'mutation($input: InviteWinnerInput!) { inviteWinner(input: $input) { ideaId } }',
            { input: { ideaId: id, role: text, message: text } },
          ),
          owner.session.gql(
            'mutation($input: SetIdeaShortlistedInput!) { setIdeaShortlisted(input: $input) { ideaId } }',
            { input: { ideaId: id, shortlisted: flag } },
          ),
          owner.session.gql('mutation($id: ID!) { acceptWinnerInvitation(ideaId: $id) }', { id }),
        ];
        for (const { status, body } of await Promise.all(calls)) {
          expect(status).toBeLessThan(500);
          if (body.errors) expect(allowed).toContain(errorCode(body));
        }
      }),
      { numRuns: 80 },
    );
  });
});
