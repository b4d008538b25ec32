import { DataSource } from 'typeorm';

/** Any constant: all processes migrating the same database contend for this lock. */
const MIGRATION_LOCK_KEY = 724_151_001;

export interface MigrationResult {
  applied: string[];
}

/**
 * Runs pending migrations under a session-level advisory lock, so that several API replicas (or
 * a migrate job and an API) starting together apply each migration exactly once.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<MigrationResult> {
  // PGlite has a single session shared by all connections, so its advisory locks never block:
  // serialise within the process too (embedded mode runs exactly one process).
  const previous = inProcess;
  let release!: () => void;
  inProcess = new Promise<void>((r) => (release = r));
  await previous;
  try {
    return await migrateUnderAdvisoryLock(dataSource);
  } finally {
    release();
  }
}

let inProcess: Promise<void> = Promise.resolve();

async function migrateUnderAdvisoryLock(dataSource: DataSource): Promise<MigrationResult> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return { applied: applied.map((m) => m.name) };
    } finally {
      await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lockRunner.release();
  }
}

/** SQL that would bring the database in line with the entities; empty when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
