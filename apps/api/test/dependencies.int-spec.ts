import { NestExpressApplication } from '@nestjs/platform-express';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@inspraak/server-config';
import { createDataSource, runMigrationsLocked } from '@inspraak/server-database';
import {
  createTestDatabase,
  PgliteServer,
  startPgliteServer,
  TestDatabase,
} from '@inspraak/server-database/testing';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import { createApiApp } from '../src/create-app';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 30000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

async function startApi(
  env: Record<string, string>,
): Promise<{ app: NestExpressApplication; url: string }> {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    WEB_DIST_DIR: 'none',
    RUN_MIGRATIONS: 'false',
    QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'fatal',
    ...env,
  });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

const ready = async (url: string) => (await fetch(`${url}/health/ready`)).status;
const orgName = async (url: string) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ organisation { name } }' }),
  });
  return (await res.json()) as {
    data?: { organisation: { name: string } };
    errors?: { extensions: { code: string } }[];
  };
};

describe('when the database goes away and comes back', () => {
  let dir: string;
  let pg: PgliteServer;
  let api: { app: NestExpressApplication; url: string };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'inspraak-db-'));
    pg = await startPgliteServer({ dataDir: dir });
    const ds = createDataSource({
      url: pg.url,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      poolSize: 2,
    });
    await ds.initialize();
    await runMigrationsLocked(ds);
    await ds.destroy();
    api = await startApi({ DATABASE_URL: pg.url, REDIS_URL: '' });
  });
  afterAll(async () => {
    await api?.app.close();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports unavailable (never a 500) and recovers by itself', async () => {
    expect(await ready(api.url)).toBe(200);
    expect((await orgName(api.url)).data?.organisation.name).toBe('Gemeente Voorbeeld');

    const port = pg.port;
    pg.child.kill('SIGKILL');
    await new Promise((r) => pg.child.once('exit', r));

    expect(await eventually(async () => (await ready(api.url)) === 503)).toBe(true);
    const down = await orgName(api.url);
    expect(down.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');

    pg = await startPgliteServer({ dataDir: dir, port });
    expect(await eventually(async () => (await ready(api.url)) === 200)).toBe(true);
    expect(
      await eventually(
        async () => (await orgName(api.url)).data?.organisation.name === 'Gemeente Voorbeeld',
      ),
    ).toBe(true);
  }, 90000);
});

describe('when Redis goes away and comes back', () => {
  let db: TestDatabase;
  let redis: ChildProcess;
  let port: number;
  let api: { app: NestExpressApplication; url: string };
  const startRedis = () =>
    spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );

  beforeAll(async () => {
    db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
    port = await freePort();
    redis = startRedis();
    api = await startApi({ ...db.env, REDIS_URL: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await api?.app.close();
    redis?.kill('SIGKILL');
    await db?.close();
  });

  it('turns readiness red and green again without a restart', async () => {
    expect(await eventually(async () => (await ready(api.url)) === 200)).toBe(true);
    redis.kill('SIGKILL');
    await new Promise((r) => redis.once('exit', r));
    expect(await eventually(async () => (await ready(api.url)) === 503)).toBe(true);
    // Reading does not need Redis: the API keeps serving.
    expect((await orgName(api.url)).data?.organisation.name).toBe('Gemeente Voorbeeld');

    redis = startRedis();
    expect(await eventually(async () => (await ready(api.url)) === 200)).toBe(true);
  }, 90000);
});
