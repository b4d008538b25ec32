/**
 * The mail sender process (`node dist/apps/worker/mail-sender.js`): owns the SMTP connections
 * and records each mail as sent together with its terminating dot, on behalf of the workers
 * (MAIL_SENDER_URL). A worker that dies cannot lose or double a mail this way; see
 * docs/notifications.md, "Exactly-once mail". SIGTERM finishes the sends already handed over.
 */
import { ConfigError, loadConfig, readVersion } from '@inspraak/server-config';
import { startMailSender } from '@inspraak/server-mail';

function log(level: 'info' | 'warn' | 'error', msg: string): void {
  const line = JSON.stringify({ level, time: Date.now(), name: 'mail-sender', msg });
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}

async function main() {
  const config = loadConfig(process.env, readVersion(__dirname));
  const sender = await startMailSender(config, log);
  log('info', `mail sender ${config.version} listening on ${config.host}:${sender.port}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', `${signal}: finishing the sends handed over (${sender.sent()} sent so far)`);
    const timer = setTimeout(() => {
      log('error', 'shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    sender.close().then(
      () => process.exit(0),
      (e: unknown) => {
        log('error', `shutdown failed: ${String(e)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) process.stderr.write(`${e.message}\n`);
  else
    process.stderr.write(
      `Mail sender failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
  process.exit(1);
});
