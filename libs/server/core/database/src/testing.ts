/**
 * Integration-test helper: every test file gets its own clean database. In embedded mode that
 * is a fresh in-memory PGlite in a child process; with DATABASE_URL set it is a fresh schema in
 * the real PostgreSQL, dropped afterwards.
 */
import { spawn, ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@inspraak/server-config';
import { createDataSource, EntityList, MigrationList } from './lib/data-source.factory';
import { runMigrationsLocked } from './lib/migrations.runner';

export interface TestDatabase {
  url: string;
  schema?: string;
  /** Environment overrides that point an application (or child process) at this database. */
  env: Record<string, string>;
  dataSource: DataSource;
  close(): Promise<void>;
}

const repoRoot = resolve(__dirname, '../../../../..');

export interface PgliteServer {
  url: string;
  port: number;
  child: ChildProcess;
  /** Closes stdin: the server stops cleanly. */
  stop(): Promise<void>;
}

/**
 * PGlite in a child process (`scripts/pglite-server.mjs`): in memory, or on disk with `dataDir`
 * so that a restart on the same port and folder brings the same database back (used to test
 * recovery when the database goes away).
 */
export async function startPgliteServer(
  opts: { port?: number; dataDir?: string } = {},
): Promise<PgliteServer> {
  const args = [resolve(repoRoot, 'scripts/pglite-server.mjs')];
  if (opts.port) args.push('--port', String(opts.port));
  if (opts.dataDir) args.push('--data', opts.dataDir);
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolveLine, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`pglite-server exited with ${code}`)));
  });
  const { port } = JSON.parse(line) as { port: number };
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin?.end();
      await exited;
    },
  };
}

export async function createTestDatabase(opts: {
  entities: EntityList;
  migrations: MigrationList;
  /** Apply the migrations (default true). */
  migrate?: boolean;
}): Promise<TestDatabase> {
  const config = loadConfig();
  let url: string;
  let schema: string | undefined;
  let pglite: PgliteServer | undefined;
  if (config.databaseUrl) {
    url = config.databaseUrl;
    schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    // Extensions are per database: install them once in `public` (on every test schema's
    // search_path), so a migration's CREATE EXTENSION IF NOT EXISTS never lands in a test
    // schema that is dropped afterwards. Serialised: test files start in parallel.
    await admin.query('BEGIN');
    await admin.query('SELECT pg_advisory_xact_lock(724151004)');
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
    await admin.query('CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public');
    await admin.query('COMMIT');
    await admin.end();
  } else {
    pglite = await startPgliteServer();
    url = pglite.url;
  }
  const dataSource = createDataSource({
    url,
    entities: opts.entities,
    migrations: opts.migrations,
    poolSize: 5,
    ...(schema ? { schema } : {}),
  });
  await dataSource.initialize();
  if (opts.migrate !== false) await runMigrationsLocked(dataSource);

  const env: Record<string, string> = {
    DATABASE_URL: url,
    ...(schema ? { DATABASE_SCHEMA: schema } : {}),
  };
  return {
    url,
    ...(schema ? { schema } : {}),
    env,
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (schema) {
        const admin = new Client({ connectionString: url });
        await admin.connect();
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      }
      await pglite?.stop();
    },
  };
}
