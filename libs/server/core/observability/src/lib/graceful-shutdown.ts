import type { INestApplicationContext } from '@nestjs/common';
import { HealthRegistry } from './health.registry';

/**
 * SIGTERM/SIGINT: readiness turns red at once, then the application closes (HTTP server stops
 * accepting, running jobs finish or are handed back, connections close) and the process exits
 * 0. If closing takes longer than the timeout the process exits 1; unfinished jobs are then
 * retried by another worker when their locks expire.
 */
export function installGracefulShutdown(
  app: INestApplicationContext,
  timeoutMs: number,
  log: (message: string) => void,
  /** Keep serving this long after readiness turns red, so load balancers stop sending first. */
  drainMs = 0,
): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app.get(HealthRegistry).markShuttingDown();
    log(`${signal} received: shutting down gracefully`);
    const timer = setTimeout(
      () => {
        log(`shutdown took longer than ${timeoutMs} ms: exiting`);
        process.exit(1);
      },
      drainMs + timeoutMs + 5000,
    );
    timer.unref();
    const drained = new Promise((r) => setTimeout(r, drainMs));
    drained
      .then(() => app.close())
      .then(
        () => process.exit(0),
        (e: unknown) => {
          log(`error while shutting down: ${e instanceof Error ? e.message : String(e)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
