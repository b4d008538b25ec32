import { Injectable, OnModuleInit } from '@nestjs/common';
import { TrajectorySection } from '@inspraak/contracts';
import { FactCheck, notYet } from './judge';
import { LATER_PHASE_CHECKS } from './later-phase-checks';
import { PENDING_CHECKS } from './pending-checks';
import { PREPARE_CHECKS } from './prepare-checks';
import { SimHealthCheck, SimHealthRegistry } from './sim-health.registry';
import { TrajectoryFactsLoader } from './trajectory-facts';

export const FACT_CHECKS: FactCheck[] = [...PREPARE_CHECKS, ...LATER_PHASE_CHECKS];

/** Registers the checks this module can compute, and the placeholders for later capabilities. */
@Injectable()
export class TrajectoryHealthChecks implements OnModuleInit {
  constructor(
    private readonly registry: SimHealthRegistry,
    private readonly loader: TrajectoryFactsLoader,
  ) {}

  onModuleInit() {
    for (const check of FACT_CHECKS) this.registry.register(this.fromFacts(check));
    for (const check of PENDING_CHECKS) this.registry.register(check);
  }

  private fromFacts(check: FactCheck): SimHealthCheck {
    return {
      id: check.id,
      phase: check.phase,
      guideline: check.guideline,
      evaluate: async (trajectoryId, ctx) => {
        const facts = await this.loader.facts(trajectoryId, ctx);
        return facts
          ? check.judge(facts)
          : notYet(TrajectorySection.OVERVIEW, 'Traject niet gevonden.', 'Trajectory not found.');
      },
    };
  }
}
