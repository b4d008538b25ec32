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
  const { btree_gist } = (await esmImport('@electric-sql/pglite/contrib/btree_gist')) as {
    btree_gist: unknown;
  };
  const { PGLiteSocketServer } = (await esmImport(
    '@electric-sql/pglite-socket',
  )) as typeof import('@electric-sql/pglite-socket');

  let dir: string | undefined;
  if (opts.dataDir) {
    dir = resolve(opts.dataDir);
    mkdirSync(dir, { recursive: true });
  }
  const db = (await PGlite.create(dir, {
    extensions: { pg_trgm, btree_gist },
  } as never)) as unknown as {
    close(): Promise<void>;
  } & Parameters<typeof guardExtendedProtocol>[0];
  guardExtendedProtocol(db);
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

/** Extended-protocol messages that leave a sequence open until the client's Sync. */
const OPENS_SEQUENCE = new Set(['P', 'B', 'D', 'E', 'C', 'H', 'F']);
const CLOSES_SEQUENCE = new Set(['S', 'Q', 'X']);

/** The type of the last complete frontend message in `buf`, or null (e.g. a startup packet). */
function lastMessageType(buf: Uint8Array): string | null {
  let i = 0;
  let type: string | null = null;
  while (i + 5 <= buf.length) {
    const t = String.fromCharCode(buf[i]);
    if (!OPENS_SEQUENCE.has(t) && !CLOSES_SEQUENCE.has(t) && !'dcfp'.includes(t)) return null;
    const len = ((buf[i + 1] << 24) | (buf[i + 2] << 16) | (buf[i + 3] << 8) | buf[i + 4]) >>> 0;
    if (len < 4) return null;
    type = t;
    i += 1 + len;
  }
  return i === buf.length ? type : null;
}

/**
 * PGlite has one session for all socket connections, and the socket server only keeps one
 * connection exclusive inside a transaction. An extended-protocol query (Parse, Bind, Execute,
 * Sync) arriving in several pieces could interleave with another connection's and use its
 * unnamed statement ("portal cannot be run", "bind message supplies 2 parameters"). This keeps
 * a connection exclusive from its first Parse until its Sync, like a transaction.
 */
export function guardExtendedProtocol(db: {
  execProtocolRawStream(message: Uint8Array, opts?: unknown): Promise<unknown>;
  isInTransaction(): boolean;
}): void {
  let open = false;
  const exec = db.execProtocolRawStream.bind(db);
  const inTransaction = db.isInTransaction.bind(db);
  db.execProtocolRawStream = async (message, opts) => {
    const last = lastMessageType(message);
    try {
      return await exec(message, opts);
    } finally {
      if (last !== null) open = OPENS_SEQUENCE.has(last);
    }
  };
  db.isInTransaction = () => open || inTransaction();
}
