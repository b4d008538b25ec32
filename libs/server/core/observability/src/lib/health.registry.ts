import { Injectable } from '@nestjs/common';

export interface HealthCheckResult {
  name: string;
  ok: boolean;
  /** Short, non-sensitive detail for operators ("connection refused", "3 ms"). */
  detail: string;
}

type Check = () => Promise<void>;

const CHECK_TIMEOUT_MS = 2000;

/** Core modules (database, queue) register readiness checks here; /health/ready runs them all. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, Check>();
  private shuttingDown = false;

  register(name: string, check: Check): void {
    this.checks.set(name, check);
  }

  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  async runAll(): Promise<HealthCheckResult[]> {
    return Promise.all(
      [...this.checks].map(async ([name, check]) => {
        const started = Date.now();
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([
            check(),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
            }),
          ]);
          return { name, ok: true, detail: `${Date.now() - started} ms` };
        } catch (e) {
          return {
            name,
            ok: false,
            detail: e instanceof Error ? e.message.slice(0, 200) : 'failed',
          };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
  }
}
