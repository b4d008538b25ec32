import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

// PGlite and its socket server are ES modules; load them with a native dynamic import (the build
// keeps `import()` as is) so the CommonJS server bundle can use them.
const esmImport = (specifier: string): Promise<unknown> => import(specifier);

/**
 * Starts PGlite (PostgreSQL compiled to WASM) in this process and serves it on a loopback port,
 * so the application talks to it with the same `pg` driver as to a real server.
 * `dataDir` undefined means in memory.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir?: string;
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  const { PGlite } = (await esmImport(
    '@electric-sql/pglite',
  )) as typeof import('@electric-sql/pglite');
  const { pg_trgm } = (await esmImport('@electric-sql/pglite/contrib/pg_trgm')) as {
    pg_trgm: unknown;
  };
  const { PGLiteSocketServer } = (await esmImport(
    '@electric-sql/pglite-socket',
  )) as typeof import('@electric-sql/pglite-socket');

  let dir: string | undefined;
  if (opts.dataDir) {
    dir = resolve(opts.dataDir);
    mkdirSync(dir, { recursive: true });
  }
  const db = (await PGlite.create(dir, { extensions: { pg_trgm } } as never)) as unknown as {
    close(): Promise<void>;
  };
  const server = new PGLiteSocketServer({
    db: db as never,
    port: 0,
    host: '127.0.0.1',
    maxConnections: opts.maxConnections,
  });
  await server.start();
  const address = (
    server as unknown as { server: { address(): { port: number } } }
  ).server.address();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${address.port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
