import { INestApplicationContext, ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, AppConfig, ConfigModule } from '@inspraak/server-config';
import { DatabaseModule } from '@inspraak/server-database';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import { ObservabilityModule } from '@inspraak/server-observability';
import { QueueModule } from '@inspraak/server-queue';
import { JOBS_MODULES } from '../src/domain-modules';
import { startTestApi, TestApi } from './test-api';
import { startTestSmtp, TestSmtp } from './test-smtp';

export interface MailTestApi {
  api: TestApi;
  smtp: TestSmtp | null;
  /** Where the jobs run: the API itself (embedded) or a worker (BullMQ on Redis). */
  jobs: INestApplicationContext;
  close(): Promise<void>;
}

/**
 * The API with a job consumer: in embedded mode the API runs the jobs itself; with REDIS_URL a
 * worker context with every jobs module runs next to it on the same database and queue. Mail goes to a
 * real SMTP server started here, or to the dev mailbox with `smtp: false`.
 */
export async function startMailTestApi(
  opts: { smtp?: boolean; env?: Record<string, string> } = {},
): Promise<MailTestApi> {
  const smtp = opts.smtp === false ? null : await startTestSmtp();
  const api = await startTestApi({
    SEED_DEMO: 'true',
    QUEUE_POLL_INTERVAL_MS: '50',
    QUEUE_BACKOFF_MS: '50',
    PUBLIC_URL: 'https://inspraak.example.nl',
    ...(smtp ? { SMTP_URL: smtp.url } : {}),
    ...opts.env,
  });
  const config = api.app.get<AppConfig>(APP_CONFIG);
  let worker: INestApplicationContext | null = null;
  if (config.jobDriver === 'bullmq') {
    // What the worker process runs (apps/worker), without its HTTP health endpoints.
    worker = await startJobsContext(config, JOBS_MODULES, true);
  }
  return {
    api,
    smtp,
    jobs: worker ?? api.app,
    async close() {
      await worker?.close();
      await api.close();
      await smtp?.close();
    },
  };
}

/** The one-time link's token in a mail text, for a path like `uitnodiging`. */
export function tokenFrom(text: string | undefined, path: string): string {
  const m = new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(text ?? '');
  if (!m) throw new Error(`no /${path}/ link in the mail`);
  return m[1];
}

/**
 * A Nest context with the configuration, logging, the database, the queue (consuming or only
 * producing) and the given modules: a worker, or the producing side of a test.
 */
export async function startJobsContext(
  config: AppConfig,
  modules: NonNullable<ModuleMetadata['imports']>,
  consume: boolean,
): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      ObservabilityModule,
      DatabaseModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS }),
      QueueModule.forRoot({ consume }),
      ...modules,
    ],
  }).compile();
  return moduleRef.init();
}
