import {
  LocalizedText,
  phaseNumber,
  SimHealthStatus,
  SimPhase,
  TrajectorySection,
} from '@inspraak/contracts';
import { SimHealthEvaluation } from './sim-health.registry';
import { TrajectoryFacts } from './trajectory-facts';

/** A check computed from the trajectory's own facts (pure, so unit tests need no database). */
export interface FactCheck {
  id: string;
  phase: SimPhase;
  guideline: LocalizedText;
  judge(facts: TrajectoryFacts): SimHealthEvaluation;
}

const result =
  (status: SimHealthStatus) =>
  (section: TrajectorySection, nl: string, en: string, itemId?: string): SimHealthEvaluation => ({
    status,
    evidence: { nl, en },
    link: { section, ...(itemId ? { itemId } : {}) },
  });

export const met = result(SimHealthStatus.MET);
export const notMet = result(SimHealthStatus.NOT_MET);
export const notYet = result(SimHealthStatus.NOT_YET_MEASURABLE);

export const reached = (facts: TrajectoryFacts, phase: SimPhase) =>
  phaseNumber(facts.trajectory.phase as SimPhase) >= phaseNumber(phase);

/** "applies from phase N" evidence for checks of a phase the trajectory has not reached. */
export function notReached(phase: SimPhase, section: TrajectorySection): SimHealthEvaluation {
  const n = phaseNumber(phase);
  return notYet(section, `Van toepassing vanaf fase ${n}.`, `Applies from phase ${n}.`);
}

export const day = (d: Date) => d.toISOString().slice(0, 10);
