import { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { freePort, startProcess, stopProcess } from './bench-env';

export interface BenchPlatform {
  url: string;
  api: ChildProcess;
  worker: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The built API and worker (`dist/`) in production mode against the given database env, on free
 * ports, waiting until both are ready. `queuePrefix` keeps runs apart on a shared Redis; `env`
 * adds or overrides settings (SMTP_URL, DATABASE_POOL_SIZE, …). BENCH_API_NODE_ARGS adds Node
 * flags to the API process (e.g. `--max-old-space-size=256`, the heap cap of docker/Dockerfile).
 */
export async function startPlatform(
  dbEnv: Record<string, string>,
  queuePrefix: string,
  env: Record<string, string> = {},
): Promise<BenchPlatform> {
  const common = {
    ...dbEnv,
    NODE_ENV: 'production',
    APP_SECRET: 'b'.repeat(40),
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    WEB_DIST_DIR: 'none',
    RUN_MIGRATIONS: 'false',
    HOST: '127.0.0.1',
    QUEUE_PREFIX: `${queuePrefix}${randomUUID().slice(0, 8)}`,
    ...env,
  };
  const apiNodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const port = await freePort();
  const workerPort = await freePort();
  const api = await startProcess(
    [...apiNodeArgs, 'dist/apps/api/main.js'],
    { ...common, PORT: String(port) },
    `http://127.0.0.1:${port}/health/ready`,
  );
  let worker: ChildProcess;
  try {
    worker = await startProcess(
      ['dist/apps/worker/main.js'],
      { ...common, WORKER_PORT: String(workerPort) },
      `http://127.0.0.1:${workerPort}/health/ready`,
    );
  } catch (e) {
    await stopProcess(api);
    throw e;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    api,
    worker,
    stop: async () => {
      await stopProcess(worker);
      await stopProcess(api);
    },
  };
}

/** One GraphQL operation with a session cookie; GraphQL errors throw. */
export async function gql<T>(
  url: string,
  cookie: string,
  query: string,
  variables: unknown,
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}
