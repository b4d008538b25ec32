import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@inspraak/server-config';
import { createTestDatabase, TestDatabase } from '@inspraak/server-database/testing';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';
import { createApiApp } from '../src/create-app';

export interface TestApi {
  app: NestExpressApplication;
  url: string;
  db: TestDatabase;
  gql<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; body: GqlBody<T> }>;
  close(): Promise<void>;
}

export interface GqlBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: unknown[] } }[];
}

/** The real API over HTTP on a free port, against a fresh database of its own. */
export async function startTestApi(envOverrides: Record<string, string> = {}): Promise<TestApi> {
  const db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
  const config = loadConfig({
    ...process.env,
    ...db.env,
    PORT: '0',
    HOST: '127.0.0.1',
    WEB_DIST_DIR: 'none',
    RUN_MIGRATIONS: 'false',
    QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
    ...envOverrides,
  });
  const app = await createApiApp(config);
  await app.listen(config.port, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    db,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GqlBody<T> };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
