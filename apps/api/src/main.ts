import 'reflect-metadata';
import { ConfigError, loadConfig, readVersion } from '@inspraak/server-config';
import { Logger } from 'nestjs-pino';
import { installGracefulShutdown } from '@inspraak/server-observability';
import { DEMO_PASSWORD, DEMO_USERS } from '@inspraak/server-identity';
import { createApiApp } from './create-app';

async function main() {
  const config = loadConfig(process.env, readVersion(__dirname));
  const app = await createApiApp(config);
  const logger = app.get(Logger);
  installGracefulShutdown(
    app,
    config.shutdownTimeoutMs,
    (m) => logger.log(m),
    config.shutdownDrainMs,
  );
  await app.listen(config.port, config.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  // Plain lines for the person who typed `npm start`; production logs stay pure JSON.
  if (config.isProduction) return;
  process.stdout.write(
    `\nInspraak ${config.version} is running (${config.runtimeMode.toLowerCase()} mode): ${url}\n` +
      `  database: ${config.databaseDriver}${config.databaseDriver === 'pglite' ? ` (data in ${config.dataDir})` : ''}, jobs: ${config.jobDriver}\n`,
  );
  if (config.seedDemo) {
    const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
    process.stdout.write(
      `\n  Demo logins (password ${DEMO_PASSWORD}):\n` +
        DEMO_USERS.map((u) => `    ${u.email.padEnd(width)}  ${u.role.toLowerCase()}`).join('\n') +
        '\n',
    );
  }
  process.stdout.write('\n');
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) process.stderr.write(`${e.message}\n`);
  else
    process.stderr.write(
      `API failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
  process.exit(1);
});
