import { Test } from '@nestjs/testing';
import { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig } from '@inspraak/server-config';
import { DatabaseModule } from '@inspraak/server-database';
import { createTestDatabase, TestDatabase } from '@inspraak/server-database/testing';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import { ObservabilityModule } from '@inspraak/server-observability';
import { JobQueue, QueueModule } from '@inspraak/server-queue';
import { WORKER_JOBS_MODULES } from '../src/worker.module';

export interface QueueHarness {
  db: TestDatabase;
  config: AppConfig;
  /** Environment for child processes that should use the same database and queue. */
  env: Record<string, string>;
  start(consume: boolean): Promise<INestApplicationContext>;
  receipts(runId: string): Promise<{ seq: number; executions: number }[]>;
  close(): Promise<void>;
}

/** A real database (and real Redis when REDIS_URL is set) with every job handler of the worker. */
export async function createQueueHarness(
  overrides: Record<string, string> = {},
): Promise<QueueHarness> {
  const db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
  const env: Record<string, string> = {
    ...db.env,
    QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
    QUEUE_POLL_INTERVAL_MS: '50',
    QUEUE_BACKOFF_MS: '50',
    RUN_MIGRATIONS: 'false',
    ...overrides,
  };
  const config = loadConfig({ ...process.env, ...env });
  const apps: INestApplicationContext[] = [];
  return {
    db,
    config,
    env,
    async start(consume: boolean) {
      const moduleRef = await Test.createTestingModule({
        imports: [
          ConfigModule.forRoot(config),
          ObservabilityModule,
          DatabaseModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS }),
          QueueModule.forRoot({ consume }),
          // Every job needs its handler, or the consumer refuses to start.
          ...WORKER_JOBS_MODULES,
        ],
      }).compile();
      const app = await moduleRef.init();
      apps.push(app);
      return app;
    },
    receipts: async (runId) =>
      db.dataSource.query<{ seq: number; executions: number }[]>(
        'SELECT seq, executions FROM selftest_receipt WHERE run_id = $1 ORDER BY seq',
        [runId],
      ),
    async close() {
      for (const app of apps.reverse()) await app.close();
      await db.close();
    },
  };
}

export async function waitFor<T>(
  fn: () => Promise<T>,
  done: (v: T) => boolean,
  timeoutMs = 30000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (done(v)) return v;
    if (Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export { DataSource, JobQueue };
