// Serves PGlite on a loopback port for integration tests: in memory by default, or on disk with
// `--data DIR` (a restart on the same folder and `--port` brings the same database back).
// Prints {"port":N} on stdout once listening; exits when its parent closes stdin (so a killed
// test run never leaves it behind).
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dataDir = arg('--data');
const port = Number(arg('--port') ?? 0);

const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
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
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
