import { DataSource, Logger as TypeormLogger } from 'typeorm';
import { startTestApi, TestApi } from './test-api';
import { ChallengeClient, fieldCodes } from './challenge-helpers';

/** The card query of bench/idea-list.bench.ts: what the idea list's performance target measures. */
const CARDS = `query($c: ID!, $s: IdeaSort, $a: String) { ideas(challengeId: $c, first: 20, sort: $s, after: $a) { edges { node { id title tags createdAt supportCount commentCount anonymous author { id name anonymous } viewer { supported } } } pageInfo { hasNextPage endCursor } } }`;

interface Card {
  id: string;
  anonymous: boolean;
  author: { id: string | null; name: string; anonymous: boolean } | null;
  viewer: { supported: boolean; following?: boolean; isAuthor?: boolean; canEdit?: boolean };
}
interface Cards {
  ideas: { edges: { node: Card }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}

/**
 * The request path of the idea list (issue 6's performance gaps): how many SQL statements one
 * page costs, that the author and the viewer's support come with the list read while anonymity
 * stays as it was, the NEWEST cursor's precision, the tag counts and the response headers.
 */
describe('idea list request path', () => {
  let api: TestApi;
  let ds: DataSource;
  let owner: ChallengeClient;
  let eva: ChallengeClient;
  let wim: ChallengeClient;
  let challengeId: string;
  const ids: Record<'camera' | 'route' | 'app', string> = { camera: '', route: '', app: '' };
  let statements: string[] | null = null;

  /**
   * The statements a call sends. The in-process job runner shares the process: its polling and
   * any mail it delivers meanwhile (e.g. the day's digest of the demo's notifications, sent once
   * the digest hour has passed) are left out.
   */
  const recorded = async (call: () => Promise<unknown>) => {
    statements = [];
    try {
      await call();
      return statements.filter((s) => !/\b(queue_(job|schedule)|mail_outbox|dev_mail)\b/.test(s));
    } finally {
      statements = null;
    }
  };

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    ds = api.app.get(DataSource);
    const logger = ds.logger;
    const counting: TypeormLogger = {
      ...logger,
      logQuery: (query, parameters, runner) => {
        statements?.push(query);
        logger.logQuery(query, parameters, runner);
      },
      logQueryError: logger.logQueryError.bind(logger),
      logQuerySlow: logger.logQuerySlow.bind(logger),
      logSchemaBuild: logger.logSchemaBuild.bind(logger),
      logMigration: logger.logMigration.bind(logger),
      log: logger.log.bind(logger),
    };
    Object.defineProperty(ds, 'logger', { value: counting });
    owner = await ChallengeClient.as(api.url, 'moderator@voorbeeld.nl');
    eva = await ChallengeClient.as(api.url, 'employee@voorbeeld.nl');
    wim = await ChallengeClient.as(api.url, 'or-lid@voorbeeld.nl');
    challengeId = await owner.challenge((await owner.trajectory()).id);
    ids.camera = (
      await eva.submitOk(challengeId, {
        title: 'Camera bij containers plaatsen',
        tags: ['afval', 'camera'],
      })
    ).id;
    ids.route = (
      await wim.submitOk(challengeId, {
        title: 'Route plannen op basis van data',
        tags: ['afval'],
        anonymous: true,
      })
    ).id;
    ids.app = (await eva.submitOk(challengeId, { title: 'Meldingen bundelen', tags: ['app'] })).id;
    await wim.byId('supportIdea', ids.camera);
  }, 180_000);
  afterAll(() => api.close());

  const cards = async (client: ChallengeClient, sort: string, query = CARDS) =>
    client.ok<Cards>(query, { c: challengeId, s: sort, a: null });

  it.each(['NEWEST', 'MOST_SUPPORTED', 'MOST_DISCUSSED', 'RANDOM'])(
    'reads a %s page of cards in three statements: session, access, list',
    async (sort) => {
      let page: Cards | undefined;
      const sql = await recorded(async () => {
        page = await cards(wim, sort);
      });
      // The session's last_seen_at is written at most once a minute (not part of this count).
      const reads = sql.filter((s) => !/^UPDATE session SET last_seen_at/.test(s));
      const kinds = reads.map((s) =>
        /FROM session s JOIN app_user/.test(s)
          ? 'session'
          : /FROM challenge c JOIN trajectory t/.test(s)
            ? 'access'
            : /FROM input i JOIN idea d/.test(s)
              ? 'list'
              : s,
      );
      // A shuffled page reads on from the viewer's offset and wraps around once if needed.
      const lists = sort === 'RANDOM' ? kinds.filter((k) => k === 'list').length : 1;
      expect(kinds).toEqual(['session', 'access', ...Array<string>(lists).fill('list')]);
      expect(lists).toBeGreaterThanOrEqual(1);
      expect(lists).toBeLessThanOrEqual(2);

      const byId = new Map(page!.ideas.edges.map((e) => [e.node.id, e.node]));
      expect(byId.size).toBe(3);
      expect(byId.get(ids.camera)).toMatchObject({
        anonymous: false,
        author: { name: 'Eva Medewerker', anonymous: false },
        viewer: { supported: true },
      });
      expect(byId.get(ids.camera)!.author!.id).toEqual(expect.any(String));
      // Wim's own anonymous idea: masked for him too.
      expect(byId.get(ids.route)).toMatchObject({
        anonymous: true,
        author: { id: null, name: 'Anoniem', anonymous: true },
        viewer: { supported: false },
      });
      expect(byId.get(ids.app)!.viewer.supported).toBe(false);
    },
  );

  it('reads follows only when asked, and keeps the viewer fields of every card right', async () => {
    const query = CARDS.replace(
      'viewer { supported }',
      'viewer { supported following isAuthor canEdit }',
    );
    await wim.byId('followIdea', ids.app);
    let page: Cards | undefined;
    const sql = await recorded(async () => {
      page = await cards(wim, 'NEWEST', query);
    });
    expect(sql.filter((s) => /\binput_follow\b/.test(s))).toHaveLength(1);
    expect(
      sql.filter((s) => /\binput_support\b/.test(s) && !/FROM input i JOIN idea d/.test(s)),
    ).toEqual([]);
    const byId = new Map(page!.ideas.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(ids.app)!.viewer).toEqual({
      supported: false,
      following: true,
      isAuthor: false,
      canEdit: false,
    });
    // The author of an anonymous idea is recognised by the hash, for the author only.
    expect(byId.get(ids.route)!.viewer).toMatchObject({ isAuthor: true, canEdit: true });
    const forEva = await cards(eva, 'NEWEST', query);
    const evaById = new Map(forEva.ideas.edges.map((e) => [e.node.id, e.node]));
    expect(evaById.get(ids.route)!.viewer).toMatchObject({ isAuthor: false, following: false });
    expect(evaById.get(ids.camera)!.viewer).toMatchObject({ isAuthor: true, canEdit: true });
  });

  it('pages NEWEST through ideas created within one millisecond without skipping any', async () => {
    const c = await owner.challenge((await owner.trajectory()).id);
    const made: string[] = [];
    for (let i = 0; i < 5; i++)
      made.push((await eva.submitOk(c, { title: `Idee nummer ${i}` })).id);
    // Microseconds apart within one millisecond, and two at exactly the same time.
    const times = [
      '2026-03-01T10:00:00.123456Z',
      '2026-03-01T10:00:00.123400Z',
      '2026-03-01T10:00:00.123400Z',
      '2026-03-01T10:00:00.123001Z',
      '2026-03-01T10:00:00.122999Z',
    ];
    for (const [i, id] of made.entries()) {
      await ds.query('UPDATE input SET created_at = $2 WHERE id = $1', [id, times[i]]);
    }
    const tied = [made[1], made[2]].sort().reverse(); // equal times: id descending
    const expected = [made[0], ...tied, made[3], made[4]];
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 10; n++) {
      const page: Cards = await eva.ok<Cards>(
        'query($c: ID!, $a: String) { ideas(challengeId: $c, first: 1, sort: NEWEST, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { c, a: after },
      );
      seen.push(...page.ideas.edges.map((e) => e.node.id));
      if (!page.ideas.pageInfo.hasNextPage) break;
      after = page.ideas.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    // A cursor in the earlier millisecond form still works; a time in another form does not.
    const ms = Buffer.from(JSON.stringify(['2026-03-01T10:00:00.123Z', made[0]])).toString(
      'base64url',
    );
    const fromMs = await eva.ok<Cards>(
      'query($c: ID!, $a: String) { ideas(challengeId: $c, sort: NEWEST, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
      { c, a: ms },
    );
    expect(fromMs.ideas.edges.map((e) => e.node.id)).toEqual([made[4]]);
    for (const time of ['2026-03-01 10:00:00.123', '2026-02-30T10:00:00Z', '2026-03-01T10:00Z']) {
      const bad = Buffer.from(JSON.stringify([time, made[0]])).toString('base64url');
      const body = await eva.gql(
        'query($c: ID!, $a: String) { ideas(challengeId: $c, sort: NEWEST, after: $a) { edges { cursor } } }',
        { c, a: bad },
      );
      expect(fieldCodes(body)).toEqual(['after:INVALID_CURSOR']);
    }
  });

  it('counts the tags of the visible ideas for the tag filter', async () => {
    const tags = async () =>
      (
        await eva.ok<{ challenge: { tags: { tag: string; count: number }[] } }>(
          'query($id: ID!) { challenge(id: $id) { tags { tag count } } }',
          { id: challengeId },
        )
      ).challenge.tags;
    expect(await tags()).toEqual([
      { tag: 'afval', count: 2 },
      { tag: 'app', count: 1 },
      { tag: 'camera', count: 1 },
    ]);
    await eva.byId('withdrawIdea', ids.camera);
    expect(await tags()).toEqual([
      { tag: 'afval', count: 1 },
      { tag: 'app', count: 1 },
    ]);
  });

  it('answers GraphQL with Cache-Control: no-store', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: eva.session.cookieHeader },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
