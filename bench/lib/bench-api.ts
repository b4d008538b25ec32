import { ChildProcess } from 'node:child_process';
import { Algorithm, hash } from '@node-rs/argon2';
import { createTestDatabase, TestDatabase } from '@inspraak/server-database/testing';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import { freePort, startProcess, stopProcess } from './bench-env';

export const BENCH_PASSWORD = 'bench-password-0123456789';

/** The same argon2id parameters as libs/server/identity/src/lib/auth/password.hasher.ts. */
export const ARGON2 = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export interface BenchApi {
  url: string;
  db: TestDatabase;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The built API in its own process against a fresh database, with jobs in-process (so the
 * process's memory includes them) and one admin account with BENCH_PASSWORD.
 */
export async function startBenchApi(): Promise<BenchApi> {
  const db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
  const passwordHash = await hash(BENCH_PASSWORD, ARGON2);
  await db.dataSource.query(
    `INSERT INTO app_user (name, email, role, password_hash) VALUES ('Bench Admin', 'admin@bench.nl', 'ADMIN', $1)`,
    [passwordHash],
  );
  const port = await freePort();
  const child = await startProcess(
    ['dist/apps/api/main.js'],
    {
      ...db.env,
      REDIS_URL: '',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      WEB_DIST_DIR: 'none',
      RUN_MIGRATIONS: 'false',
      NODE_ENV: 'production',
      APP_SECRET: 'b'.repeat(40),
      HOST: '127.0.0.1',
      PORT: String(port),
      LOGIN_MAX_IP_FAILURES: '100000',
      QUEUE_POLL_INTERVAL_MS: '50',
    },
    `http://127.0.0.1:${port}/health/ready`,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    process: child,
    async stop() {
      await stopProcess(child);
      await db.close();
    },
  };
}

/** Signs in as the bench admin; returns the cookie header. */
export async function signInAdmin(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
      variables: { i: { email: 'admin@bench.nl', password: BENCH_PASSWORD } },
    }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.includes('inspraak_session='));
  if (!cookie) throw new Error(`sign-in failed: ${await res.text()}`);
  return cookie.split(';')[0];
}
