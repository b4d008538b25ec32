/**
 * The idea-list target (quality.md): 20 ideas of a challenge with 10,000 ideas, with support and
 * comment counts, the viewer's own support and anonymous authors masked, at 50 concurrent
 * clients, through the whole built API (NODE_ENV=production, signed-in sessions) against a bare
 * `http` + `pg` server (bench/bare-ideas-server.mjs) running the same SQL and answering the same
 * JSON. Every sort order, and a second page through the cursor. The data is the full-scale
 * organisation of bench/lib/generate-scale.ts. Also: similarIdeas at 100,000 ideas.
 *
 * PostgreSQL only (DATABASE_URL). BENCH_SCHEMA=<schema> reuses an already generated schema (as
 * printed by `node -r ./scripts/register.cjs bench/lib/generate-scale.ts`) instead of migrating
 * and generating a fresh one; BENCH_SECONDS (default 10) per measurement; BENCH_API_MAIN to run
 * another build of the API; BENCH_API_NODE_ARGS adds Node flags to the API process (e.g. a heap
 * cap); BENCH_CPU_PROF=<dir> writes a CPU profile of the API.
 */
import { loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { CHALLENGE_ACCESS_SQL, IDEA_LIST_SELECT } from '@inspraak/server-challenges';
import { createTestDatabase, TestDatabase } from '@inspraak/server-database/testing';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import { BenchSession, createSessions } from './lib/bench-sessions';
import {
  cpuMeter,
  freePort,
  machine,
  report,
  sampleRss,
  startProcess,
  stopProcess,
} from './lib/bench-env';
import { connect, generateScale } from './lib/generate-scale';
import { load, LoadResult } from './lib/load';

const CONNECTIONS = 50;
const SESSIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const APP_SECRET = 'b'.repeat(40);
const ANONYMOUS_NAME = 'Anoniem';

/** What an idea card needs; the bare server answers exactly this shape. */
const QUERY = `query($c: ID!, $s: IdeaSort, $a: String) { ideas(challengeId: $c, first: 20, sort: $s, after: $a) { edges { node { id title tags createdAt supportCount commentCount anonymous author { id name anonymous } viewer { supported } } } pageInfo { hasNextPage endCursor } } }`;

interface IdeaNode {
  id: string;
  supportCount: number;
  commentCount: number;
  anonymous: boolean;
  author: { id: string | null; name: string; anonymous: boolean } | null;
  viewer: { supported: boolean };
}
interface IdeaPage {
  data?: {
    ideas: {
      edges: { node: IdeaNode }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
  errors?: unknown[];
}

type Sort = 'NEWEST' | 'MOST_SUPPORTED' | 'MOST_DISCUSSED' | 'RANDOM';
interface Scenario {
  name: string;
  sort: Sort;
  page: 1 | 2;
}
const SCENARIOS: Scenario[] = [
  { name: 'newest', sort: 'NEWEST', page: 1 },
  { name: 'most supported', sort: 'MOST_SUPPORTED', page: 1 },
  { name: 'most discussed', sort: 'MOST_DISCUSSED', page: 1 },
  { name: 'random', sort: 'RANDOM', page: 1 },
  { name: 'newest, page 2', sort: 'NEWEST', page: 2 },
  { name: 'random, page 2', sort: 'RANDOM', page: 2 },
];

async function post<T>(url: string, body: string, cookie: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
  });
  return (await res.json()) as T;
}

const body = (c: string, s: Sort, a: string | null) =>
  JSON.stringify({ query: QUERY, variables: { c, s, a } });

function assert(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(`validation failed: ${message}`);
}

/**
 * Before measuring: the API returns 20 ideas per page, in the order an independent query gives,
 * with counts equal to the rows, the viewer's own support right, anonymous authors masked, and
 * exactly the JSON the bare server answers (for every session and scenario).
 */
async function validate(
  client: Client,
  challengeId: string,
  sessions: BenchSession[],
  bodies: Map<string, string[]>,
  apiUrl: string,
  bareUrl: string,
): Promise<Record<string, number>> {
  const stats = { pages: 0, supportedSeen: 0, anonymousSeen: 0 };
  const visible = `container_id = $1 AND status = 'ACTIVE' AND hidden = false`;
  const expected: Record<string, string[]> = {};
  for (const [sort, order] of [
    ['NEWEST', 'created_at DESC, id DESC'],
    ['MOST_SUPPORTED', 'support_count DESC, id DESC'],
    ['MOST_DISCUSSED', 'comment_count DESC, id DESC'],
  ]) {
    expected[sort] = (
      await client.query<{ id: string }>(
        `SELECT id FROM input WHERE ${visible} ORDER BY ${order} LIMIT 40`,
        [challengeId],
      )
    ).rows.map((r) => r.id);
  }
  for (const scenario of SCENARIOS) {
    const list = bodies.get(scenario.name)!;
    for (let i = 0; i < sessions.length; i++) {
      const [api, bare] = await Promise.all([
        post<IdeaPage>(apiUrl, list[i], sessions[i].cookie),
        post<IdeaPage>(bareUrl, list[i], sessions[i].cookie),
      ]);
      assert(api.data && !api.errors, `${scenario.name}: API errors ${JSON.stringify(api.errors)}`);
      assert(isDeepStrictEqual(api, bare), `${scenario.name}: bare JSON differs from the API's`);
      const nodes = api.data.ideas.edges.map((e) => e.node);
      assert(nodes.length === 20, `${scenario.name}: ${nodes.length} ideas`);
      const ids = nodes.map((n) => n.id);
      if (expected[scenario.sort]) {
        const want = expected[scenario.sort].slice((scenario.page - 1) * 20, scenario.page * 20);
        assert(isDeepStrictEqual(ids, want), `${scenario.name}: order differs from SQL`);
      }
      const rows = await client.query<{
        id: string;
        supports: string;
        comments: string;
        anonymous: boolean;
        mine: boolean;
      }>(
        `SELECT i.id,
           (SELECT count(*) FROM input_support s WHERE s.input_id = i.id) AS supports,
           (SELECT count(*) FROM input_comment c WHERE c.input_id = i.id AND c.deleted_at IS NULL)
             AS comments,
           i.author_hash IS NOT NULL AS anonymous,
           EXISTS (SELECT 1 FROM input_support s WHERE s.input_id = i.id AND s.user_id = $2) AS mine
         FROM input i WHERE i.id = ANY($1::uuid[]) AND i.container_id = $3`,
        [ids, sessions[i].userId, challengeId],
      );
      const byId = new Map(rows.rows.map((r) => [r.id, r]));
      for (const n of nodes) {
        const r = byId.get(n.id);
        assert(r, `${scenario.name}: idea ${n.id} not in the challenge`);
        assert(n.supportCount === Number(r.supports), `support count of ${n.id}`);
        assert(n.commentCount === Number(r.comments), `comment count of ${n.id}`);
        assert(n.viewer.supported === r.mine, `viewer support of ${n.id}`);
        assert(n.anonymous === r.anonymous, `anonymous flag of ${n.id}`);
        if (r.anonymous) {
          assert(
            isDeepStrictEqual(n.author, { id: null, name: ANONYMOUS_NAME, anonymous: true }),
            `anonymous author of ${n.id} not masked: ${JSON.stringify(n.author)}`,
          );
          stats.anonymousSeen++;
        }
        if (n.viewer.supported) stats.supportedSeen++;
      }
      stats.pages++;
    }
  }
  // Masking on a page that surely has anonymous ideas: walk the newest pages until one shows.
  let after: string | null = null;
  for (let page = 0; page < 30 && stats.anonymousSeen === 0; page++) {
    const r: IdeaPage = await post<IdeaPage>(
      apiUrl,
      body(challengeId, 'NEWEST', after),
      sessions[0].cookie,
    );
    for (const { node } of r.data!.ideas.edges) {
      if (node.anonymous) {
        assert(node.author?.id === null && node.author.name === ANONYMOUS_NAME, 'masking');
        stats.anonymousSeen++;
      }
    }
    after = r.data!.ideas.pageInfo.endCursor;
  }
  assert(stats.anonymousSeen > 0, 'no anonymous idea seen');
  assert(stats.supportedSeen > 0, "no viewer's own support seen");
  return stats;
}

const pct = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;

/** Single similarIdeas requests one after another (what one person typing causes). */
async function similarIdeas(apiUrl: string, challengeId: string, cookie: string) {
  const texts = [
    'Digitaliseer de intake',
    'roosteren van diensten met een app',
    'verlof aanv',
    'Minder papier bij het archiveren van dossiers',
    'parkeerbeheer per wijk',
    'sleutelbeheer',
    'controle op terrassen met checklists',
    'facturen sneller verwerken',
    'storingen melden via één loket',
    'kennis delen tussen teams',
  ];
  const times: number[] = [];
  let results = 0;
  for (let i = 0; i < 220; i++) {
    const t = performance.now();
    const r = await post<{ data?: { similarIdeas: unknown[] }; errors?: unknown }>(
      apiUrl,
      JSON.stringify({
        query:
          'query($c: ID!, $t: String!) { similarIdeas(challengeId: $c, text: $t) { id title score } }',
        variables: { c: challengeId, t: texts[i % texts.length] },
      }),
      cookie,
    );
    if (i >= 20) times.push(performance.now() - t); // the first 20 warm up
    assert(r.data, `similarIdeas failed: ${JSON.stringify(r.errors)}`);
    results += r.data.similarIdeas.length;
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95), avgResults: results / 220 };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    report({
      name: 'idea list',
      figures: { skipped: 'PostgreSQL only: run with DATABASE_URL' },
    });
    return;
  }
  let db: TestDatabase | null = null;
  let schema = process.env.BENCH_SCHEMA;
  let generated = 'reused';
  if (!schema) {
    db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
    schema = db.schema!;
  }
  const client = await connect(url, schema);
  const children: Parameters<typeof stopProcess>[0][] = [];
  let sessions: BenchSession[] = [];
  try {
    let challengeId: string;
    if (db) {
      process.stdout.write('generating the full-scale organisation...\n');
      const g = await generateScale(client, { log: (l) => process.stdout.write(`${l}\n`) });
      generated = `${g.seconds.toFixed(0)} s (${g.counts.input_support.toLocaleString('en')} supports, ${g.counts.input_comment.toLocaleString('en')} comments)`;
      process.stdout.write(`generated in ${g.seconds.toFixed(1)} s: ${JSON.stringify(g.counts)}\n`);
      challengeId = g.bigChallengeId;
    } else {
      challengeId = (
        await client.query<{ id: string }>(
          'SELECT container_id AS id FROM input GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
        )
      ).rows[0].id;
    }
    sessions = await createSessions(client, SESSIONS);

    const env = {
      DATABASE_URL: url,
      DATABASE_SCHEMA: schema,
      REDIS_URL: '',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      WEB_DIST_DIR: 'none',
      RUN_MIGRATIONS: 'false',
      NODE_ENV: 'production',
      APP_SECRET,
      HOST: '127.0.0.1',
      // The production configuration; BENCH_MAX_COST only to measure an API whose cost rule
      // rejects the card query.
      ...(process.env.BENCH_MAX_COST ? { GRAPHQL_MAX_COST: process.env.BENCH_MAX_COST } : {}),
    };
    const apiPort = await freePort();
    const apiArgs = [process.env.BENCH_API_MAIN ?? 'dist/apps/api/main.js'];
    // E.g. BENCH_API_NODE_ARGS=--max-old-space-size=192 (the heap cap docs/benchmarks.md discusses).
    if (process.env.BENCH_API_NODE_ARGS) {
      apiArgs.unshift(...process.env.BENCH_API_NODE_ARGS.split(' ').filter(Boolean));
    }
    if (process.env.BENCH_CPU_PROF) {
      apiArgs.unshift('--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`);
    }
    const api = await startProcess(
      apiArgs,
      { ...env, PORT: String(apiPort) },
      `http://127.0.0.1:${apiPort}/health/ready`,
    );
    children.push(api);
    const barePort = await freePort();
    const bare = await startProcess(
      ['bench/bare-ideas-server.mjs'],
      {
        ...env,
        PORT: String(barePort),
        // The API's SQL texts themselves, so the baseline runs exactly the same statements.
        BARE_SQL: JSON.stringify({
          access: CHALLENGE_ACCESS_SQL,
          listSelect: IDEA_LIST_SELECT('$2'),
        }),
      },
      `http://127.0.0.1:${barePort}/health/ready`,
    );
    children.push(bare);
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    const bareUrl = `http://127.0.0.1:${barePort}/graphql`;

    // Request bodies per scenario and session (page 2 starts at that viewer's page-1 cursor).
    const bodies = new Map<string, string[]>();
    for (const sc of SCENARIOS) {
      const list: string[] = [];
      for (const s of sessions) {
        let after: string | null = null;
        if (sc.page === 2) {
          const first = await post<IdeaPage>(apiUrl, body(challengeId, sc.sort, null), s.cookie);
          after = first.data!.ideas.pageInfo.endCursor;
        }
        list.push(body(challengeId, sc.sort, after));
      }
      bodies.set(sc.name, list);
    }
    const checked = await validate(client, challengeId, sessions, bodies, apiUrl, bareUrl);
    process.stdout.write(
      `validated ${checked.pages} pages (API = bare JSON, counts = rows, order, own support seen ${checked.supportedSeen}×, anonymous masked ${checked.anonymousSeen}×)\n`,
    );

    const rows: string[] = [];
    const results: { sc: Scenario; api: LoadResult; bare: LoadResult; rss: number }[] = [];
    for (const sc of SCENARIOS) {
      const list = bodies.get(sc.name)!;
      let next = 0;
      const vary = () => {
        const i = next++ % sessions.length;
        return { headers: { cookie: sessions[i].cookie }, body: list[i] };
      };
      const opts = { body: list[0], connections: CONNECTIONS, seconds: SECONDS, vary };
      const rss = sampleRss(api.pid!);
      const apiCpu = cpuMeter(api.pid!);
      const viaApi = await load({ ...opts, url: apiUrl, around: apiCpu });
      const peak = rss.stop();
      const bareCpu = cpuMeter(bare.pid!);
      const viaBare = await load({ ...opts, url: bareUrl, around: bareCpu });
      const apiMs = (apiCpu.ms() / viaApi.total).toFixed(2);
      const bareMs = (bareCpu.ms() / viaBare.total).toFixed(2);
      results.push({ sc, api: viaApi, bare: viaBare, rss: peak });
      const ratio = Math.round((100 * viaApi.requestsPerSecond) / viaBare.requestsPerSecond);
      const pass =
        viaApi.p95 <= 25 && ratio >= 40 && viaApi.errors + viaApi.non2xx + viaBare.errors === 0;
      rows.push(
        `| ${sc.name} | ${viaApi.requestsPerSecond.toLocaleString('en')} | ${viaApi.p50} / ${viaApi.p95} / ${viaApi.p99} | ${viaBare.requestsPerSecond.toLocaleString('en')} | ${viaBare.p50} / ${viaBare.p95} / ${viaBare.p99} | ${ratio}% | ${apiMs} / ${bareMs} | ${peak} MB | ${pass ? 'pass' : 'FAIL'} |`,
      );
      report({
        name: `idea list, ${sc.name}: ${CONNECTIONS} connections, ${SECONDS} s (PostgreSQL)`,
        target: 'p95 ≤ 25 ms and throughput ≥ 40% of bare http + pg (same SQL, same JSON)',
        figures: {
          'API req/s': viaApi.requestsPerSecond,
          'API p50 / p95 / p99 ms': `${viaApi.p50} / ${viaApi.p95} / ${viaApi.p99}`,
          'API errors': viaApi.errors + viaApi.non2xx,
          'bare req/s': viaBare.requestsPerSecond,
          'bare p50 / p95 / p99 ms': `${viaBare.p50} / ${viaBare.p95} / ${viaBare.p99}`,
          'API / bare': `${ratio}%`,
          'CPU ms per request (process), API / bare': `${apiMs} / ${bareMs}`,
          'API peak RSS MB': peak,
        },
        pass,
      });
    }
    const similar = await similarIdeas(apiUrl, challengeId, sessions[0].cookie);
    report({
      name: 'similarIdeas at 100,000 ideas (single requests, one after another, through the API)',
      target: 'well under 100 ms',
      figures: {
        'p50 ms': similar.p50,
        'p95 ms': similar.p95,
        'results per request': similar.avgResults.toFixed(1),
      },
      pass: similar.p95 < 100,
    });
    const load1 = loadavg()[0].toFixed(1);
    process.stdout.write(
      [
        '',
        `${machine()}; load average at the end ${load1}; data: ${generated}`,
        '| order | API req/s | API p50 / p95 / p99 ms | bare req/s | bare p50 / p95 / p99 ms | API / bare | CPU ms per request, API / bare | API peak RSS | target |',
        '|---|---|---|---|---|---|---|---|---|',
        ...rows,
        `similarIdeas: p50 ${similar.p50} ms, p95 ${similar.p95} ms`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const c of children.reverse()) await stopProcess(c);
    if (sessions.length) {
      await client
        .query('DELETE FROM session WHERE user_agent = $1 AND user_id = ANY($2::uuid[])', [
          'bench',
          sessions.map((s) => s.userId),
        ])
        .catch(() => null);
    }
    await client.end();
    if (db) await db.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
