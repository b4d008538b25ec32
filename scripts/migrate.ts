/**
 * `npm run migrate` (and the one-shot `migrate` service in production): applies pending
 * migrations under the advisory lock and exits.
 */
import 'reflect-metadata';
import { loadConfig, ConfigError } from '@inspraak/server-config';
import {
  createDataSource,
  runMigrationsLocked,
  startEmbeddedPostgres,
} from '@inspraak/server-database';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import { join } from 'node:path';

async function main() {
  const config = loadConfig();
  const embedded =
    config.databaseDriver === 'pglite'
      ? await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'pglite'), maxConnections: 5 })
      : null;
  const ds = createDataSource({
    url: embedded?.url ?? config.databaseUrl!,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    poolSize: 2,
    ...(config.databaseSchema ? { schema: config.databaseSchema } : {}),
  });
  try {
    await ds.initialize();
    const { applied } = await runMigrationsLocked(ds);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n',
    );
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(
    e instanceof ConfigError
      ? `${e.message}\n`
      : `Migration failed: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
});
