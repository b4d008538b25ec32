/**
 * Child process of notification-fanout-kill.int-spec.ts: a job consumer exactly like the worker
 * (every jobs module; BullMQ with REDIS_URL, the database queue without) plus the test-only
 * notification source. Started with `node -r scripts/register.cjs`, killed with SIGKILL.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule, loadConfig } from '@inspraak/server-config';
import { DatabaseModule } from '@inspraak/server-database';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import { loggerParams, ObservabilityModule } from '@inspraak/server-observability';
import { QueueModule } from '@inspraak/server-queue';
import { JOBS_MODULES } from '../src/domain-modules';
import { TestNotificationSourceModule } from './notification-test-source';

@Module({})
class KillTestConsumer {}

async function main() {
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(
    {
      module: KillTestConsumer,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config, 'worker')),
        ObservabilityModule,
        DatabaseModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS }),
        QueueModule.forRoot({ consume: true }),
        // The worker's jobs modules (apps/worker lists the same).
        ...JOBS_MODULES,
        TestNotificationSourceModule,
      ],
    },
    { abortOnError: false, logger: ['error', 'warn'] },
  );
  app.enableShutdownHooks();
  process.stdout.write('consumer ready\n');
}

main().catch((e: unknown) => {
  process.stderr.write(
    `consumer failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exit(1);
});
