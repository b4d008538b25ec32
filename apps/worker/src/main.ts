import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig, readVersion } from '@inspraak/server-config';
import { installGracefulShutdown } from '@inspraak/server-observability';
import { WorkerModule } from './worker.module';

async function main() {
  const config = loadConfig(process.env, readVersion(__dirname));
  if (config.jobDriver !== 'bullmq') {
    throw new ConfigError([
      'REDIS_URL is not set: without Redis the API runs the jobs itself, no worker is needed',
    ]);
  }
  const app = await NestFactory.create(WorkerModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  const logger = app.get(Logger);
  installGracefulShutdown(app, config.shutdownTimeoutMs, (m) => logger.log(m));
  await app.listen(config.workerPort, config.host);
  app
    .get(Logger)
    .log(`worker ${config.version} consuming jobs; health on port ${config.workerPort}`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) process.stderr.write(`${e.message}\n`);
  else
    process.stderr.write(
      `Worker failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
  process.exit(1);
});
