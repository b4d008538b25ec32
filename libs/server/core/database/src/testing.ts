/**
 * Integration-test helper: every test file gets its own clean database. In embedded mode that
 * is a fresh in-memory PGlite in a child process; with DATABASE_URL set it is a fresh schema in
 * the real PostgreSQL, dropped afterwards.
 */
import { spawn, ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
  /** Writes the database's data folder to `file` (see `load`). */
  dump(file: string): Promise<void>;
  /** Closes stdin: the server stops cleanly. */
  stop(): Promise<void>;
}

/**
 * PGlite in a child process (`scripts/pglite-server.mjs`): in memory, or on disk with `dataDir`
 * so that a restart on the same port and folder brings the same database back (used to test
 * recovery when the database goes away). `load` starts in memory from a dumped data folder.
 */
export async function startPgliteServer(
  opts: { port?: number; dataDir?: string; load?: string } = {},
): Promise<PgliteServer> {
  const args = [resolve(repoRoot, 'scripts/pglite-server.mjs')];
  if (opts.port) args.push('--port', String(opts.port));
  if (opts.dataDir) args.push('--data', opts.dataDir);
  if (opts.load) args.push('--load', opts.load);
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const waiting: ((message: Record<string, unknown>) => void)[] = [];
  lines.on('line', (line) => {
    try {
      waiting.shift()?.(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // not a message of ours
    }
  });
  const next = () =>
    new Promise<Record<string, unknown>>((resolveMessage, reject) => {
      waiting.push(resolveMessage);
      child.once('exit', (code) => reject(new Error(`pglite-server exited with ${code}`)));
    });
  const { port } = (await next()) as { port: number };
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    child,
    async dump(file) {
      const answer = next();
      child.stdin.write(`dump ${file}\n`);
      const message = await answer;
      if (message['dumped'] !== file)
        throw new Error(`pglite-server could not dump: ${String(message['dumpFailed'])}`);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin?.end();
      await exited;
    },
  };
}

/**
 * Starting PGlite runs initdb (~2.5 s) and the migrations take another ~0.5 s, for every test
 * file. The first file of a run keeps its freshly migrated database as a template (a dumped data
 * folder in tmp/pglite-templates, named by the PGlite version and the migrations' code, so a
 * changed migration makes a new one); later files start from it in ~0.4 s. PGLITE_TEMPLATES=off
 * starts every database from scratch.
 */
function templateFile(migrations: MigrationList | null): string | null {
  if (process.env['PGLITE_TEMPLATES'] === 'off') return null;
  const hash = createHash('sha256');
  const pglitePackage = resolve(repoRoot, 'node_modules/@electric-sql/pglite/package.json');
  hash.update(existsSync(pglitePackage) ? readFileSync(pglitePackage) : 'unknown pglite');
  for (const migration of migrations ?? []) {
    hash.update(`${migration.name}\n${String(migration)}`);
  }
  return resolve(
    templateDir,
    `${migrations ? 'migrated' : 'empty'}-${hash.digest('hex').slice(0, 16)}.tar`,
  );
}

const templateDir = resolve(repoRoot, 'tmp/pglite-templates');

/** Removes templates of other code (older than a day: a parallel run may still use them). */
function pruneTemplates(keep: string) {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of readdirSync(templateDir)) {
    const file = resolve(templateDir, name);
    if (file !== keep && statSync(file).mtimeMs < dayAgo) rmSync(file, { force: true });
  }
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
  let template: string | null = null;
  let templateReady = false;
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
    template = templateFile(opts.migrate === false ? null : opts.migrations);
    templateReady = template !== null && existsSync(template);
    pglite = await startPgliteServer(templateReady ? { load: template! } : {});
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
  if (pglite && template && !templateReady) {
    mkdirSync(templateDir, { recursive: true });
    await pglite.dump(template);
    pruneTemplates(template);
  }

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
