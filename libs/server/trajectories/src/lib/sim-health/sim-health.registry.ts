import { Injectable } from '@nestjs/common';
import {
  LocalizedText,
  phaseNumber,
  SimHealthStatus,
  SimPhase,
  TrajectorySection,
} from '@inspraak/contracts';

/** Where the evidence is: a section of the trajectory workspace and optionally an item in it. */
export interface SimHealthLink {
  section: TrajectorySection;
  itemId?: string;
}

export interface SimHealthEvaluation {
  status: SimHealthStatus;
  /** What the data shows, in both languages; about the trajectory, never about a person. */
  evidence: LocalizedText;
  link: SimHealthLink;
}

/** Shared per evaluation run, so checks reading the same facts load them once. */
export interface SimHealthContext {
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/** One guideline of the SIM model, checked against a trajectory's own data. */
export interface SimHealthCheck {
  /** Stable id, e.g. `prepare.mandate-before-generate`. */
  id: string;
  phase: SimPhase;
  guideline: LocalizedText;
  evaluate(trajectoryId: string, ctx: SimHealthContext): Promise<SimHealthEvaluation>;
}

export interface SimHealthResult extends SimHealthEvaluation {
  checkId: string;
  phase: SimPhase;
  guideline: LocalizedText;
}

/**
 * Checks registered by any domain module (trajectories now; challenges, consultations, pulse and
 * roasts when they land, replacing the "not yet measurable" placeholders with the same id). It
 * coaches the innovation manager; it never scores people.
 */
@Injectable()
export class SimHealthRegistry {
  private readonly checks = new Map<string, SimHealthCheck>();

  /** Registers a check; a later registration with the same id replaces a placeholder. */
  register(check: SimHealthCheck, opts: { replace?: boolean } = {}): void {
    if (this.checks.has(check.id) && !opts.replace) {
      throw new Error(`SIM health check "${check.id}" is registered twice`);
    }
    this.checks.set(check.id, check);
  }

  list(): SimHealthCheck[] {
    return [...this.checks.values()].sort((a, b) => phaseNumber(a.phase) - phaseNumber(b.phase));
  }

  async evaluate(trajectoryId: string): Promise<SimHealthResult[]> {
    const memo = new Map<string, Promise<unknown>>();
    const ctx: SimHealthContext = {
      once: <T>(key: string, load: () => Promise<T>) => {
        if (!memo.has(key)) memo.set(key, load());
        return memo.get(key) as Promise<T>;
      },
    };
    const results: SimHealthResult[] = [];
    // One after another: checks share loaded facts and stay within one pool connection.
    for (const check of this.list()) {
      const r = await check.evaluate(trajectoryId, ctx);
      results.push({ checkId: check.id, phase: check.phase, guideline: check.guideline, ...r });
    }
    return results;
  }
}
