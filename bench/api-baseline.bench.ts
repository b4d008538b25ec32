/**
 * The API's own overhead: a small GraphQL query through the whole stack (helmet, Apollo,
 * validation, limits, resolver, TypeORM) against a bare `http` + `pg` server answering the same
 * SQL with the same JSON. The idea-list benchmark (quality target) will reuse this harness.
 */
import { createTestDatabase } from '@inspraak/server-database/testing';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import { freePort, report, sampleRss, startProcess, stopProcess } from './lib/bench-env';
import { load } from './lib/load';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function main() {
  const db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
  const env = {
    ...db.env,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    WEB_DIST_DIR: 'none',
    RUN_MIGRATIONS: 'false',
    NODE_ENV: 'production',
    APP_SECRET: 'b'.repeat(40),
    HOST: '127.0.0.1',
  };
  const body = JSON.stringify({ query: '{ organisation { name } }' });
  try {
    const apiPort = await freePort();
    const api = await startProcess(
      ['dist/apps/api/main.js'],
      { ...env, PORT: String(apiPort) },
      `http://127.0.0.1:${apiPort}/health/ready`,
    );
    const rss = sampleRss(api.pid!);
    const viaApi = await load({
      url: `http://127.0.0.1:${apiPort}/graphql`,
      body,
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    const peakRss = rss.stop();
    await stopProcess(api);

    const barePort = await freePort();
    const bare = await startProcess(
      ['bench/bare-server.mjs'],
      { ...env, PORT: String(barePort) },
      `http://127.0.0.1:${barePort}/health/ready`,
    );
    const viaBare = await load({
      url: `http://127.0.0.1:${barePort}/graphql`,
      body,
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    await stopProcess(bare);

    report({
      name: `organisation query, ${CONNECTIONS} connections, ${SECONDS} s (${db.schema ? 'PostgreSQL' : 'PGlite'})`,
      target:
        'throughput ≥ 40% of bare http + pg (the idea-list target applied to the plainest query)',
      figures: {
        'API req/s': viaApi.requestsPerSecond,
        'API p50 ms': viaApi.p50,
        'API p95 ms': viaApi.p95,
        'API p99 ms': viaApi.p99,
        'API errors': viaApi.errors + viaApi.non2xx,
        'API peak RSS MB': peakRss,
        'bare req/s': viaBare.requestsPerSecond,
        'bare p95 ms': viaBare.p95,
        'API / bare': `${Math.round((100 * viaApi.requestsPerSecond) / viaBare.requestsPerSecond)}%`,
      },
      pass:
        viaApi.requestsPerSecond >= 0.4 * viaBare.requestsPerSecond &&
        viaApi.errors + viaApi.non2xx === 0,
    });
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
