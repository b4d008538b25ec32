import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@inspraak/server-auth';
import { HealthRegistry } from './health.registry';

// Load balancers and orchestrators probe without signing in.
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly registry: HealthRegistry) {}

  /** Liveness: the process runs its event loop. */
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** Readiness: every dependency answers; 503 while one is down or while shutting down. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const checks = await this.registry.runAll();
    const ok = !this.registry.isShuttingDown && checks.every((c) => c.ok);
    res.status(ok ? 200 : 503);
    return {
      status: ok ? 'ok' : this.registry.isShuttingDown ? 'shutting-down' : 'unavailable',
      checks,
    };
  }
}
