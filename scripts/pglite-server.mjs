// Serves PGlite on a loopback port for integration tests: in memory by default, or on disk with
// `--data DIR` (a restart on the same folder and `--port` brings the same database back).
// `--load FILE` starts an in-memory database from a data folder dumped earlier (skips initdb,
// the slow part of a start: ~0.4 s instead of ~2.5 s). Prints {"port":N} on stdout once
// listening. Commands on stdin, one per line: `dump FILE` writes the data folder to FILE (written
// aside, then renamed) and answers {"dumped":FILE}. Exits when its parent closes stdin (so a
// killed test run never leaves it behind).
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Blob } from 'node:buffer';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dataDir = arg('--data');
const port = Number(arg('--port') ?? 0);

const load = arg('--load');
if (load && dataDir)
  throw new Error('--load starts an in-memory database; it cannot go with --data');
const db = await PGlite.create(dataDir, {
  extensions: { pg_trgm, btree_gist },
  ...(load ? { loadDataDir: new Blob([readFileSync(load)]) } : {}),
});

// PGlite has one session for all socket connections, and the socket server only keeps one
// connection exclusive inside a transaction: an extended-protocol query arriving in pieces could
// interleave with another connection's. Keep a connection exclusive from Parse until its Sync
// (same as guardExtendedProtocol in libs/server/core/database/src/lib/embedded-postgres.ts).
const OPENS = new Set(['P', 'B', 'D', 'E', 'C', 'H', 'F']);
const CLOSES = new Set(['S', 'Q', 'X']);
function lastMessageType(buf) {
  let i = 0;
  let type = null;
  while (i + 5 <= buf.length) {
    const t = String.fromCharCode(buf[i]);
    if (!OPENS.has(t) && !CLOSES.has(t) && !'dcfp'.includes(t)) return null;
    const len = ((buf[i + 1] << 24) | (buf[i + 2] << 16) | (buf[i + 3] << 8) | buf[i + 4]) >>> 0;
    if (len < 4) return null;
    type = t;
    i += 1 + len;
  }
  return i === buf.length ? type : null;
}
let open = false;
const exec = db.execProtocolRawStream.bind(db);
const inTransaction = db.isInTransaction.bind(db);
db.execProtocolRawStream = async (message, opts) => {
  const last = lastMessageType(message);
  try {
    return await exec(message, opts);
  } finally {
    if (last !== null) open = OPENS.has(last);
  }
};
db.isInTransaction = () => open || inTransaction();
const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 50 });
await server.start();
process.stdout.write(JSON.stringify({ port: server.server.address().port }) + '\n');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  try {
    await server.stop();
    await db.close();
  } finally {
    process.exit(0);
  }
}
const commands = createInterface({ input: process.stdin });
commands.on('line', (line) => {
  const [command, file] = line.trim().split(/\s+/, 2);
  if (command !== 'dump' || !file) return;
  void (async () => {
    const dump = await db.dumpDataDir('none');
    const aside = `${file}.${process.pid}.tmp`;
    writeFileSync(aside, Buffer.from(await dump.arrayBuffer()));
    renameSync(aside, file);
    process.stdout.write(JSON.stringify({ dumped: file }) + '\n');
  })().catch((error) => {
    process.stdout.write(JSON.stringify({ dumpFailed: String(error) }) + '\n');
  });
});
commands.on('close', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
