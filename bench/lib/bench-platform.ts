import { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { freePort, listening, startProcess, stopProcess } from './bench-env';

export interface BenchPlatform {
  url: string;
  api: ChildProcess;
  worker: ChildProcess;
  /** The mail sender process (started when SMTP_URL is set, as docker-compose.yml runs it). */
  sender: ChildProcess | null;
  stop(): Promise<void>;
}

/**
 * The built API and worker (`dist/`) in production mode against the given database env, on free
 * ports, waiting until both are ready. `queuePrefix` keeps runs apart on a shared Redis; `env`
 * adds or overrides settings (SMTP_URL, DATABASE_POOL_SIZE, …). BENCH_API_NODE_ARGS adds Node
 * flags to the API process and BENCH_WORKER_NODE_ARGS to the worker process (space-separated,
 * e.g. `--max-old-space-size=256`, the heap cap docker/Dockerfile sets for both images; the
 * mail sender gets the worker's). With SMTP_URL the mail sender process runs too and the others
 * hand it their mail (MAIL_SENDER_URL), as in docker-compose.yml; BENCH_MAIL_SENDER=off leaves
 * it out (the workers send over SMTP themselves).
 */
export async function startPlatform(
  dbEnv: Record<string, string>,
  queuePrefix: string,
  env: Record<string, string> = {},
): Promise<BenchPlatform> {
  const common: Record<string, string> = {
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
  let sender: ChildProcess | null = null;
  if (common.SMTP_URL && process.env.BENCH_MAIL_SENDER !== 'off') {
    const senderPort = await freePort();
    sender = await startProcess(
      [...nodeArgs(process.env.BENCH_WORKER_NODE_ARGS), 'dist/apps/worker/mail-sender.js'],
      { ...common, MAIL_SENDER_PORT: String(senderPort) },
      () => listening(senderPort),
    );
    Object.assign(common, { MAIL_SENDER_URL: `tcp://127.0.0.1:${senderPort}` });
  }
  const apiNodeArgs = nodeArgs(process.env.BENCH_API_NODE_ARGS);
  const workerNodeArgs = nodeArgs(process.env.BENCH_WORKER_NODE_ARGS);
  const port = await freePort();
  const workerPort = await freePort();
  let api: ChildProcess;
  try {
    api = await startProcess(
      [...apiNodeArgs, 'dist/apps/api/main.js'],
      { ...common, PORT: String(port) },
      `http://127.0.0.1:${port}/health/ready`,
    );
  } catch (e) {
    if (sender) await stopProcess(sender);
    throw e;
  }
  let worker: ChildProcess;
  try {
    worker = await startProcess(
      [...workerNodeArgs, 'dist/apps/worker/main.js'],
      { ...common, WORKER_PORT: String(workerPort) },
      `http://127.0.0.1:${workerPort}/health/ready`,
    );
  } catch (e) {
    await stopProcess(api);
    if (sender) await stopProcess(sender);
    throw e;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    api,
    worker,
    sender,
    stop: async () => {
      await stopProcess(worker);
      await stopProcess(api);
      if (sender) await stopProcess(sender);
    },
  };
}

/** Space-separated Node flags from an environment variable (none when unset or empty). */
function nodeArgs(value: string | undefined): string[] {
  return (value ?? '').split(' ').filter(Boolean);
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
