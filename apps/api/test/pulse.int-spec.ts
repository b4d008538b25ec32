import { randomUUID } from 'node:crypto';
import { DEMO_PULSE_TITLE, MoverRepository } from '@inspraak/server-pulse';
import { MailTestApi, startMailTestApi } from './test-mail-api';
import { TestApi } from './test-api';
import {
  answersFor,
  errorCode,
  fieldCodes,
  plantTree,
  PulseClient,
  pulseServices,
  Results,
  ROUND_FIELDS,
  submitAs,
  SURVEY_FIELDS,
} from './pulse-helpers';

interface Round {
  id: string;
  number: number;
  state: string;
  phase: string | null;
  responseCount: number | null;
  audienceSize: number | null;
}

const waitFor = async <T>(what: () => Promise<T | null | undefined | false>, ms = 30_000) => {
  const until = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (v) return v;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('pulse surveys', () => {
  let platform: MailTestApi;
  let api: TestApi;
  let moderator: PulseClient;
  let employee: PulseClient;
  let manager: PulseClient;
  let admin: PulseClient;
  let outsider: PulseClient;
  let handhaver: PulseClient;
  let demo: { id: string; rounds: Round[] };

  beforeAll(async () => {
    platform = await startMailTestApi({
      smtp: false,
      // Moves and the schedule run only when a test calls them (deterministic counts).
      env: { PULSE_MOVE_DELAY_SECONDS: '600', PULSE_TICK_SECONDS: '3600' },
    });
    api = platform.api;
    moderator = await PulseClient.as(api.url, 'moderator@voorbeeld.nl');
    employee = await PulseClient.as(api.url, 'employee@voorbeeld.nl');
    manager = await PulseClient.as(api.url, 'manager@voorbeeld.nl');
    admin = await PulseClient.as(api.url, 'admin@voorbeeld.nl');
    outsider = await PulseClient.as(api.url, 'or-lid@voorbeeld.nl');
    handhaver = await PulseClient.as(api.url, 'handhaver@voorbeeld.nl');
    const { pulseSurveys } = await moderator.ok<{
      pulseSurveys: { id: string; title: string; rounds: Round[] }[];
    }>(`{ pulseSurveys { ${SURVEY_FIELDS} } }`);
    demo = pulseSurveys.find((s) => s.title === DEMO_PULSE_TITLE)!;
  }, 180_000);
  afterAll(() => platform?.close());

  const closedRound = () => demo.rounds.find((r) => r.state === 'CLOSED')!;
  const openRound = () => demo.rounds.find((r) => r.state === 'OPEN')!;

  it('seeds a closed round that shows some units and hides others, and an open one to answer', async () => {
    expect(demo.rounds.map((r) => [r.number, r.state, r.phase])).toEqual([
      [2, 'OPEN', 'TEST'],
      [1, 'CLOSED', 'SELECT'],
    ]);
    const { pulseResults } = await moderator.ok<{ pulseResults: Results }>(
      `query($r: ID!) { pulseResults(roundId: $r) { released k kComments
         nodes { name hidden hiddenReason responses commentsVisible comments { text } } } }`,
      { r: closedRound().id },
    );
    expect(pulseResults).toMatchObject({ released: true, k: 5, kComments: 10 });
    const byName = new Map(pulseResults.nodes.map((n) => [n.name, n]));
    expect(byName.get(null)).toMatchObject({ hidden: false, responses: 18, commentsVisible: true });
    expect(byName.get('Team Data en Informatie')).toMatchObject({ hidden: false, responses: 7 });
    expect(byName.get('Afdeling Handhaving')).toMatchObject({ hidden: false, responses: 11 });
    // 3 answers: hidden; and its sibling, or the department minus it would give them away.
    expect(byName.get('Team Toezicht Openbare Ruimte')).toMatchObject({
      hidden: true,
      hiddenReason: 'BELOW_THRESHOLD',
      responses: null,
    });
    expect(byName.get('Team Parkeerhandhaving')).toMatchObject({
      hidden: true,
      hiddenReason: 'COMPLEMENTARY',
    });
    expect(byName.get(null)!.comments.length).toBeGreaterThanOrEqual(10);
    for (const n of pulseResults.nodes) if (n.name) expect(n.comments).toEqual([]);

    const { myPulseRounds } = await employee.ok<{
      myPulseRounds: { id: string; viewer: unknown }[];
    }>(`{ myPulseRounds { ${ROUND_FIELDS} } }`);
    expect(myPulseRounds[0]).toMatchObject({
      id: openRound().id,
      viewer: { asked: true, answered: false, canAnswer: true },
    });
  });

  it('shows each role only its part of the one suppressed tree; CSV is exactly that', async () => {
    const round = closedRound().id;
    const views = {
      moderator: (await moderator.results(round)).data!.pulseResults,
      admin: (await admin.results(round)).data!.pulseResults,
      manager: (await manager.results(round)).data!.pulseResults,
      employee: (await employee.results(round)).data!.pulseResults,
    };
    const full = new Map(views.admin.nodes.map((n) => [n.orgUnitId, n]));
    const noComments = (nodes: typeof views.admin.nodes) =>
      nodes.map((n) => ({ ...n, comments: [] }));
    expect(noComments(views.moderator.nodes)).toEqual(noComments(views.admin.nodes));
    // Manager of Afdeling Handhaving: the whole audience and the department's subtree.
    // (Depth first; siblings in id order, so the two teams come in either order.)
    expect(views.manager.nodes.slice(0, 2).map((n) => n.name)).toEqual([
      null,
      'Afdeling Handhaving',
    ]);
    expect(
      views.manager.nodes
        .slice(2)
        .map((n) => n.name)
        .sort(),
    ).toEqual(['Team Parkeerhandhaving', 'Team Toezicht Openbare Ruimte']);
    // The audience: the whole audience only, no comments.
    expect(views.employee.nodes.map((n) => [n.name, n.commentsVisible, n.comments])).toEqual([
      [null, false, []],
    ]);
    for (const view of Object.values(views)) {
      for (const n of view.nodes) {
        const same = full.get(n.orgUnitId)!;
        // Every role sees the same numbers for the same group (comments come shuffled).
        expect({ ...n, comments: [], commentsVisible: false, parentOrgUnitId: null }).toEqual({
          ...same,
          comments: [],
          commentsVisible: false,
          parentOrgUnitId: null,
        });
      }
    }
    expect(errorCode(await outsider.results(round))).toBe('NOT_FOUND');
    expect(
      errorCode(await employee.results(round, full.get(null)!.orgUnitId ?? randomUUID())),
    ).toBe('NOT_FOUND');
    // CSV: the rows of the visible groups and one "hidden" row per hidden group, nothing else.
    for (const [client, view] of [
      [moderator, views.moderator],
      [manager, views.manager],
      [employee, views.employee],
    ] as const) {
      const { pulseResultsCsv } = await client.ok<{ pulseResultsCsv: string }>(
        'query($r: ID!) { pulseResultsCsv(roundId: $r) }',
        { r: round },
      );
      const lines = pulseResultsCsv.trim().split('\n').slice(1);
      const expected = view.nodes.reduce(
        (s, n) => s + (n.hidden ? 1 : n.questions.reduce((q, x) => q + x.distribution.length, 0)),
        0,
      );
      expect(lines).toHaveLength(expected);
      expect(lines.filter((l) => l.includes('hidden to protect anonymity'))).toHaveLength(
        view.nodes.filter((n) => n.hidden).length,
      );
      expect(pulseResultsCsv).not.toMatch(/Meer tijd|handheld|overleg/);
    }
  });

  it('answers once: a retry succeeds, another attempt is ALREADY_ANSWERED, a race stores one', async () => {
    const round = openRound().id;
    const key = randomUUID();
    const first = await employee.submit(round, answersFor(3), key);
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitPulseResponse.round.viewer).toEqual({
      answered: true,
      canAnswer: false,
    });
    // The client retries (a lost response): same key, same outcome, nothing stored twice.
    expect((await employee.submit(round, answersFor(3), key)).errors).toBeUndefined();
    const again = await employee.submit(round, answersFor(4));
    expect(errorCode(again)).toBe('CONFLICT');
    expect(fieldCodes(again)).toEqual(['input.roundId:ALREADY_ANSWERED']);
    // After the answer is moved, the retry still succeeds and a new attempt still fails.
    await pulseServices(api.app).mover.move(round);
    expect((await employee.submit(round, answersFor(3), key)).errors).toBeUndefined();
    expect(fieldCodes(await employee.submit(round, answersFor(4)))).toEqual([
      'input.roundId:ALREADY_ANSWERED',
    ]);
    // Two different submits at once by one person: exactly one wins.
    const race = await Promise.all(
      Array.from({ length: 6 }, (_, i) => handhaver.submit(round, answersFor(i))),
    );
    expect(race.filter((r) => !r.errors)).toHaveLength(1);
    expect(race.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(5);
    // The same request six times at once (same key): all succeed, one answer stored.
    const projectleider = await PulseClient.as(api.url, 'projectleider@voorbeeld.nl');
    const same = randomUUID();
    const retries = await Promise.all(
      Array.from({ length: 6 }, () => projectleider.submit(round, answersFor(1), same)),
    );
    expect(retries.filter((r) => r.errors)).toEqual([]);
    const [{ n }] = await api.db.dataSource.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM pulse_pending WHERE round_id = $1)
            + (SELECT count(*) FROM pulse_response WHERE round_id = $1) AS n`,
      [round],
    );
    // The seed's 6 moved answers, Eva, Hanna and Priya.
    expect(Number(n)).toBe(9);
  });

  it('refuses invalid answers with field codes that never repeat what was answered', async () => {
    const round = openRound().id;
    const secret = 'Dit-is-mijn-geheime-antwoord';
    const bad = await manager.submit(round, [
      ...answersFor(2).slice(1),
      { questionKey: 'qow.autonomy', value: 9 },
      { questionKey: 'qow.comment', text: `${secret}${'!'.repeat(1001)}` },
      { questionKey: secret, value: 3 },
    ]);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldCodes(bad)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/value:OUT_OF_RANGE$/),
        expect.stringMatching(/text:TOO_LONG$/),
        expect.stringMatching(/questionKey:UNKNOWN_QUESTION$/),
      ]),
    );
    expect(JSON.stringify(bad)).not.toContain(secret);
    // Not asked (Team Groen): the round does not exist for them.
    expect(errorCode(await outsider.submit(round, answersFor(1)))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await outsider.gql(`query($id: ID!) { pulseRound(id: $id) { id } }`, { id: round }),
      ),
    ).toBe('NOT_FOUND');
    // A closed round takes no answers.
    expect(fieldCodes(await employee.submit(closedRound().id, answersFor(1)))).toEqual([
      'input.roundId:ROUND_CLOSED',
    ]);
  });

  describe('on a tree of its own', () => {
    let tree: Awaited<ReturnType<typeof plantTree>>;
    let surveyId: string;
    let roundId: string;

    beforeAll(async () => {
      tree = await plantTree(api.db.dataSource, `P${randomUUID().slice(0, 4)}`, [
        { name: 'Dir', parent: null, people: 1 },
        { name: 'A', parent: 'Dir', people: 8 },
        { name: 'B', parent: 'Dir', people: 7 },
        { name: 'C', parent: 'Dir', people: 2 },
      ]);
      surveyId = await moderator.createSurvey({
        title: 'Eigen boom',
        orgUnitIds: [tree.units.get('Dir')],
      });
      roundId = await moderator.openRound(surveyId);
    });

    const count = async (table: string) =>
      Number(
        (
          await api.db.dataSource.query<{ n: string }[]>(
            `SELECT count(*) AS n FROM ${table} WHERE round_id = $1`,
            [roundId],
          )
        )[0].n,
      );

    it('snapshots the audience: C (2 people) and the unit itself report at Dir', async () => {
      const [round] = await api.db.dataSource.query<{ audience_size: number; k: number }[]>(
        'SELECT audience_size, k FROM pulse_round WHERE id = $1',
        [roundId],
      );
      expect(round).toEqual({ audience_size: 18, k: 5 });
      const units = await api.db.dataSource.query<
        { org_unit_id: string; reporting_unit_id: string }[]
      >('SELECT org_unit_id, reporting_unit_id FROM pulse_round_unit WHERE round_id = $1', [
        roundId,
      ]);
      const reporting = new Map(units.map((u) => [u.org_unit_id, u.reporting_unit_id]));
      expect(reporting.get(tree.units.get('C')!)).toBe(tree.units.get('Dir'));
      expect(reporting.get(tree.units.get('A')!)).toBe(tree.units.get('A'));
      // Everyone asked was invited (one notification each).
      const invited = await waitFor(async () => {
        const rows = await api.db.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM notification n JOIN notification_event e ON e.id = n.event_id
            WHERE e.key = $1`,
          [`pulse-invitation:${roundId}`],
        );
        return Number(rows[0].n) === 18 ? 18 : null;
      });
      expect(invited).toBe(18);
    });

    it('moves in batches of at least k per reporting unit; a crash mid-move loses and doubles nothing', async () => {
      const { mover } = pulseServices(api.app);
      const a = tree.people.get('A')!;
      for (const [i, u] of a.slice(0, 4).entries()) await submitAs(api, u, roundId, answersFor(i));
      expect(await mover.move(roundId)).toEqual({ moved: 0, pending: 4 });
      await submitAs(api, a[4], roundId, answersFor(9, 'Een opmerking uit A'));
      // The move fails half-way (after writing responses): everything rolls back.
      const store = api.app.get(MoverRepository);
      const original = store.insertParticipation.bind(store);
      const spy = jest
        .spyOn(store, 'insertParticipation')
        .mockImplementationOnce(() => Promise.reject(new Error('worker killed')));
      await expect(mover.move(roundId)).rejects.toThrow('worker killed');
      expect([await count('pulse_pending'), await count('pulse_response')]).toEqual([5, 0]);
      spy.mockImplementation(original);
      // Two movers at once (a retried job and the schedule): one moves, the other finds nothing.
      const both = await Promise.all([mover.move(roundId), mover.move(roundId)]);
      spy.mockRestore();
      expect(both.map((r) => r.moved).sort()).toEqual([0, 5]);
      expect([
        await count('pulse_pending'),
        await count('pulse_response'),
        await count('pulse_participation'),
        await count('pulse_comment'),
      ]).toEqual([0, 5, 5, 1]);
    });

    it('reminds only those with neither participation nor a pending answer', async () => {
      const { lifecycle } = pulseServices(api.app);
      const b = tree.people.get('B')!;
      await submitAs(api, b[0], roundId, answersFor(1)); // pending (B has 1 < k)
      expect(await lifecycle.remind(roundId)).toBe(true);
      expect(await lifecycle.remind(roundId)).toBe(false);
      const answered = new Set([...tree.people.get('A')!.slice(0, 5), b[0]]);
      const everyone = [...tree.people.values()].flat();
      const expected = everyone.filter((u) => !answered.has(u)).sort();
      const reminded = await waitFor(async () => {
        const rows = await api.db.dataSource.query<{ user_id: string }[]>(
          `SELECT n.user_id FROM notification n JOIN notification_event e ON e.id = n.event_id
            WHERE e.key = $1 ORDER BY n.user_id`,
          [`pulse-reminder:${roundId}`],
        );
        const [e] = await api.db.dataSource.query<{ state: string }[]>(
          'SELECT fanout_state AS state FROM notification_event WHERE key = $1',
          [`pulse-reminder:${roundId}`],
        );
        // Every named recipient is written once the named pages are done.
        return e && ['named-done', 'done'].includes(e.state) ? rows.map((r) => r.user_id) : null;
      });
      expect(reminded).toEqual(expected);
    });

    it('releases results only when the round closes, then exactly the answers given', async () => {
      const before = (await moderator.results(roundId)).data!.pulseResults;
      expect(before).toMatchObject({ released: false, nodes: [] });
      const b = tree.people.get('B')!;
      for (const [i, u] of b.slice(1, 6).entries())
        await submitAs(api, u, roundId, answersFor(i + 2));
      await submitAs(api, tree.people.get('C')![0], roundId, answersFor(7));
      const { lifecycle } = pulseServices(api.app);
      expect(await lifecycle.close(roundId)).toBe(true);
      expect(await lifecycle.close(roundId)).toBe(false);
      expect(await count('pulse_pending')).toBe(0);
      const { pulseResults } = (await moderator.results(roundId)).data!;
      expect(pulseResults.released).toBe(true);
      const byName = new Map(pulseResults.nodes.map((n) => [n.name?.split(' ')[1] ?? null, n]));
      expect(byName.get(null)).toMatchObject({ hidden: false, responses: 12 });
      expect(byName.get('Dir')).toMatchObject({ hidden: false, responses: 12 });
      expect(byName.get('B')).toMatchObject({ hidden: false, responses: 6 });
      // C is no group of its own: its members report at Dir. Its one answer would be
      // Dir − A − B, so A (the smaller unit) is hidden with it.
      expect(byName.has('C')).toBe(false);
      expect(byName.get('A')).toMatchObject({ hidden: true, hiddenReason: 'COMPLEMENTARY' });
      // The eNPS answers given (answersFor(seed) gives seed % 11): recomputed independently.
      const seeds = [0, 1, 2, 3, 9, 1, 2, 3, 4, 5, 6, 7];
      const promoters = seeds.filter((s) => s % 11 >= 9).length;
      const detractors = seeds.filter((s) => s % 11 <= 6).length;
      const enps = byName.get(null)!.questions.find((q) => q.key === 'enps.recommend')!;
      expect(enps.enps).toBe(Math.round(((promoters - detractors) / 12) * 1000) / 10);
      expect(enps.distribution.reduce((s, d) => s + d.count, 0)).toBe(12);
    });
  });

  it('runs the schedule: recurring rounds open and close once, whatever reruns', async () => {
    const tree = await plantTree(api.db.dataSource, `R${randomUUID().slice(0, 4)}`, [
      { name: 'Root', parent: null, people: 6 },
    ]);
    const surveyId = await moderator.createSurvey({
      title: 'Elke twee weken',
      templates: ['ENPS'],
      orgUnitIds: [tree.units.get('Root')],
      recurrenceWeeks: 2,
      roundDays: 3,
      firstRoundAt: new Date(Date.now() - 60_000).toISOString(),
      reminders: false,
    });
    const { lifecycle, db } = pulseServices(api.app);
    await Promise.all([lifecycle.tick(), lifecycle.tick()]);
    await lifecycle.tick();
    const rounds = () =>
      db.query<{ number: number; state: string }[]>(
        'SELECT number, state FROM pulse_round WHERE survey_id = $1 ORDER BY number',
        [surveyId],
      );
    expect(await rounds()).toEqual([{ number: 1, state: 'OPEN' }]);
    await db.query(
      `UPDATE pulse_round SET closes_at = now() - interval '1 second' WHERE survey_id = $1`,
      [surveyId],
    );
    await Promise.all([lifecycle.tick(), lifecycle.tick()]);
    expect(await rounds()).toEqual([{ number: 1, state: 'CLOSED' }]);
    await db.query(
      `UPDATE pulse_survey SET next_round_at = now() - interval '1 second' WHERE id = $1`,
      [surveyId],
    );
    await lifecycle.tick();
    await lifecycle.tick();
    expect(await rounds()).toEqual([
      { number: 1, state: 'CLOSED' },
      { number: 2, state: 'OPEN' },
    ]);
    const [s] = await db.query<{ next: boolean }[]>(
      `SELECT next_round_at > now() + interval '13 days' AS next FROM pulse_survey WHERE id = $1`,
      [surveyId],
    );
    expect(s.next).toBe(true);
  });

  it('refuses thresholds below the floors and audiences smaller than k', async () => {
    const low = await moderator.gql(
      `mutation($input: CreatePulseSurveyInput!) { createPulseSurvey(input: $input) { id } }`,
      { input: { title: 'Te laag', templates: ['ENPS'], k: 2, kComments: 4 } },
    );
    expect(fieldCodes(low).sort()).toEqual(['input.k:BELOW_FLOOR', 'input.kComments:BELOW_FLOOR']);
    const tiny = await plantTree(api.db.dataSource, `T${randomUUID().slice(0, 4)}`, [
      { name: 'Klein', parent: null, people: 4 },
    ]);
    const id = await moderator.createSurvey({
      title: 'Klein',
      orgUnitIds: [tiny.units.get('Klein')],
    });
    const refused = await moderator.gql(
      `mutation($input: SchedulePulseRoundInput!) { schedulePulseRound(input: $input) { id } }`,
      { input: { surveyId: id, closesAt: new Date(Date.now() + 86_400_000).toISOString() } },
    );
    expect(fieldCodes(refused)).toEqual(['input:AUDIENCE_TOO_SMALL']);
    // Employees create no surveys; managers neither.
    for (const c of [employee, manager]) {
      const r = await c.gql(
        `mutation($input: CreatePulseSurveyInput!) { createPulseSurvey(input: $input) { id } }`,
        { input: { title: 'Mag niet', templates: ['ENPS'] } },
      );
      expect(errorCode(r)).toBe('FORBIDDEN');
    }
  });

  it('shows the trend across rounds and SIM phases, and feeds the SIM health checks', async () => {
    const { pulseTrend } = await moderator.ok<{
      pulseTrend: {
        points: { number: number; phase: string; shown: boolean; responses: number }[];
        phases: {
          phase: string;
          rounds: number;
          responses: number;
          dimensions: { key: string }[];
        }[];
      };
    }>(
      `query($s: ID!) { pulseTrend(surveyId: $s) { points { number phase shown responses enps
         dimensions { key score favourableShare } } phases { phase rounds responses enps
         dimensions { key score favourableShare } } } }`,
      { s: demo.id },
    );
    expect(pulseTrend.points.map((p) => [p.number, p.phase, p.shown, p.responses])).toEqual([
      [1, 'SELECT', true, 18],
    ]);
    expect(pulseTrend.phases).toMatchObject([{ phase: 'SELECT', rounds: 1, responses: 18 }]);
    expect(pulseTrend.phases[0].dimensions.map((d) => d.key)).toEqual(['quality-of-work', 'enps']);
    const { pulseSurvey } = await moderator.ok<{ pulseSurvey: { trajectoryId: string } }>(
      'query($id: ID!) { pulseSurvey(id: $id) { trajectoryId } }',
      { id: demo.id },
    );
    const { trajectory } = await moderator.ok<{
      trajectory: { simHealth: { checkId: string; status: string; link: { section: string } }[] };
    }>(
      'query($id: ID!) { trajectory(id: $id) { simHealth { checkId status link { section } } } }',
      {
        id: pulseSurvey.trajectoryId,
      },
    );
    const health = new Map(trajectory.simHealth.map((h) => [h.checkId, h]));
    expect(health.get('test.quality-of-work-before-and-during')).toMatchObject({
      status: 'MET',
      link: { section: 'PULSE' },
    });
    expect(health.get('implement.quality-of-work-pulse')!.status).toBe('NOT_YET_MEASURABLE');
  });
});
