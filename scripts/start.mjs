// The README's first command. On a fresh clone it installs, builds, and starts the platform:
// - embedded (default): one process serves API, jobs and web; PGlite data in .data/;
// - with DATABASE_URL and REDIS_URL: an API process and a worker process (and, with SMTP_URL,
//   the mail sender the worker hands its mail to).
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();
ensureDeps(root);

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}
const stamp = join(root, 'dist/.build-stamp');
const sourcesChanged =
  !existsSync(stamp) ||
  Math.max(
    newestMtime(join(root, 'apps')),
    newestMtime(join(root, 'libs')),
    statSync(join(root, 'package-lock.json')).mtimeMs,
  ) > statSync(stamp).mtimeMs;
if (sourcesChanged) {
  process.stdout.write('Building the platform...\n');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}

const env = { ...process.env };
if (!env.DATABASE_URL) {
  // Embedded mode keeps its own generated secret next to its data, so anonymous-author hashes
  // stay valid across restarts.
  const dataDir = join(root, env.DATA_DIR ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  const secretFile = join(dataDir, 'app-secret');
  if (!existsSync(secretFile))
    writeFileSync(secretFile, randomBytes(48).toString('base64url'), { mode: 0o600 });
  env.APP_SECRET ??= readFileSync(secretFile, 'utf8').trim();
  env.DATA_DIR ??= '.data';
}
env.LOG_LEVEL ??= 'warn';
// Services mode with SMTP: the mail sender process too, as docker-compose.yml runs it.
const mailSender = Boolean(
  env.REDIS_URL && env.DATABASE_URL && env.SMTP_URL && !env.MAIL_SENDER_URL,
);
if (mailSender) {
  const host = env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : '127.0.0.1';
  env.MAIL_SENDER_URL = `tcp://${host}:${env.MAIL_SENDER_PORT ?? '3002'}`;
}
env.START_TIME_MS = String(t0);

const procs = [
  spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], {
    cwd: root,
    env,
    stdio: 'inherit',
  }),
];
if (mailSender) {
  procs.push(
    spawn(process.execPath, ['--enable-source-maps', 'dist/apps/worker/mail-sender.js'], {
      cwd: root,
      env,
      stdio: 'inherit',
    }),
  );
}
if (env.REDIS_URL) {
  procs.push(
    spawn(process.execPath, ['--enable-source-maps', 'dist/apps/worker/main.js'], {
      cwd: root,
      env,
      stdio: 'inherit',
    }),
  );
}
let exiting = false;
for (const p of procs) {
  p.on('exit', (code) => {
    if (exiting) return;
    exiting = true;
    for (const q of procs) if (q !== p && q.exitCode === null) q.kill('SIGTERM');
    process.exitCode = code ?? 1;
  });
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    exiting = true;
    for (const p of procs) if (p.exitCode === null) p.kill('SIGTERM');
  });
}
