// `npm run dev`: API (+ worker with REDIS_URL) from source with reload on change, and the Vite
// dev server with hot reload on http://localhost:5173 (it proxies /graphql to the API).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureDeps(root);
const env = { ...process.env, LOG_PRETTY: process.env.LOG_PRETTY ?? 'false', WEB_DIST_DIR: 'none' };
const watch = [
  '--watch-path=apps/api/src',
  '--watch-path=apps/worker/src',
  '--watch-path=libs/server',
  '--watch-path=libs/shared',
];
const node = (entry) =>
  spawn(
    process.execPath,
    [...watch, '--enable-source-maps', '-r', './scripts/register.cjs', entry],
    { cwd: root, env, stdio: 'inherit' },
  );
const procs = [node('apps/api/src/main.ts')];
if (env.REDIS_URL && env.DATABASE_URL && env.SMTP_URL && !env.MAIL_SENDER_URL) {
  // The mail sender, as docker-compose.yml runs it (docs/notifications.md).
  env.MAIL_SENDER_URL = `tcp://127.0.0.1:${env.MAIL_SENDER_PORT ?? '3002'}`;
  procs.push(node('apps/worker/src/mail-sender.ts'));
}
if (env.REDIS_URL) procs.push(node('apps/worker/src/main.ts'));
procs.push(
  spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--config', 'apps/web/vite.config.ts'],
    { cwd: root, env, stdio: 'inherit' },
  ),
);
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => procs.forEach((p) => p.kill('SIGTERM')));
