/**
 * Sign-in under load: 20 clients signing in over and over with the argon2id parameters in use
 * (19 MiB, 2 passes, 1 lane). Each sign-in hashes once, opens a session and writes an audit row.
 */
import { report, sampleRss } from './lib/bench-env';
import { ARGON2, BENCH_PASSWORD, startBenchApi } from './lib/bench-api';
import { load } from './lib/load';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function main() {
  const api = await startBenchApi();
  try {
    const body = JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
      variables: { i: { email: 'admin@bench.nl', password: BENCH_PASSWORD } },
    });
    const rss = sampleRss(api.process.pid!);
    const r = await load({
      url: `${api.url}/graphql`,
      body,
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    const peak = rss.stop();
    report({
      name: `signIn, ${CONNECTIONS} concurrent clients, ${SECONDS} s, argon2id m=${ARGON2.memoryCost} KiB t=${ARGON2.timeCost} p=${ARGON2.parallelism} (${api.db.schema ? 'PostgreSQL' : 'PGlite'})`,
      target: 'no error; CPU-bound by design: p95 ≈ clients ÷ sign-ins per second',
      figures: {
        'sign-ins/s': r.requestsPerSecond,
        'p50 ms': r.p50,
        'p95 ms': r.p95,
        'p99 ms': r.p99,
        errors: r.errors + r.non2xx,
        'API peak RSS MB': peak,
      },
      pass: r.errors + r.non2xx === 0,
    });
  } finally {
    await api.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
