import { phaseNumber, SimPhase } from '@inspraak/contracts';

/**
 * The SIM phase state machine. Pure: the phase service loads the facts, asks for the problems
 * and applies the effects in one transaction.
 *
 * Rules (docs/trajectories.md repeats them for the innovation manager):
 * - Forward goes one phase at a time: each phase builds on the previous one's results.
 * - Back goes to any earlier phase (the process is iterative) and needs a reason, which the
 *   history shows.
 * - Leaving PREPARE needs a recorded mandate and at least one agreed decision rule (the guide:
 *   agree mandate and decision rules up front, so content and process discussions stay apart).
 * - Entering TEST needs at least one success criterion and at least one solution option (the
 *   thing to pilot); entering it locks every criterion (criteria are agreed BEFORE the pilot).
 * - Entering IMPLEMENT_AND_EVALUATE needs a pilot result for every success criterion (the
 *   go/no-go is judged against the criteria agreed beforehand).
 * Locks are permanent: stepping back keeps the agreed criteria (and their results) as they were;
 * new criteria may be added before the next pilot and are locked when it starts.
 */
export interface TransitionFacts {
  mandateRecorded: boolean;
  decisionRules: number;
  successCriteria: number;
  solutionOptions: number;
  /** Criteria without a result recorded in phase TEST. */
  criteriaWithoutPilotResult: number;
}

export interface TransitionProblem {
  code: string;
  message: string;
}

export type TransitionDirection = 'FORWARD' | 'BACK';

export const MIN_REASON_LENGTH = 3;

export function transitionDirection(from: SimPhase, to: SimPhase): TransitionDirection | null {
  const delta = phaseNumber(to) - phaseNumber(from);
  return delta === 0 ? null : delta > 0 ? 'FORWARD' : 'BACK';
}

export function transitionProblems(
  from: SimPhase,
  to: SimPhase,
  reason: string | null | undefined,
  facts: TransitionFacts,
): TransitionProblem[] {
  const direction = transitionDirection(from, to);
  if (!direction) {
    return [{ code: 'SAME_PHASE', message: 'The trajectory is already in this phase' }];
  }
  if (direction === 'BACK') {
    return (reason ?? '').trim().length >= MIN_REASON_LENGTH
      ? []
      : [{ code: 'REASON_REQUIRED', message: 'Say why the trajectory steps back' }];
  }
  if (phaseNumber(to) - phaseNumber(from) > 1) {
    return [{ code: 'PHASE_SKIPPED', message: 'Move forward one phase at a time' }];
  }
  const problems: TransitionProblem[] = [];
  if (from === SimPhase.PREPARE) {
    if (!facts.mandateRecorded) {
      problems.push({
        code: 'MANDATE_REQUIRED',
        message: 'Record the mandate (budget, deadline, decision space) before leaving phase 1',
      });
    }
    if (facts.decisionRules < 1) {
      problems.push({
        code: 'DECISION_RULE_REQUIRED',
        message: 'Agree at least one decision rule before leaving phase 1',
      });
    }
  }
  if (to === SimPhase.TEST) {
    if (facts.successCriteria < 1) {
      problems.push({
        code: 'SUCCESS_CRITERION_REQUIRED',
        message: 'Agree at least one success criterion before the pilot starts',
      });
    }
    if (facts.solutionOptions < 1) {
      problems.push({
        code: 'SOLUTION_OPTION_REQUIRED',
        message: 'Describe at least one solution option to pilot',
      });
    }
  }
  if (to === SimPhase.IMPLEMENT_AND_EVALUATE && facts.criteriaWithoutPilotResult > 0) {
    problems.push({
      code: 'CRITERIA_NOT_EVALUATED',
      message: 'Record a pilot result for every success criterion before implementing',
    });
  }
  return problems;
}

/** What a transition changes besides the phase. */
export function transitionEffects(to: SimPhase): { lockCriteria: boolean } {
  return { lockCriteria: to === SimPhase.TEST };
}

/** Success criteria may be changed only before the pilot, and only while not locked. */
export function criteriaEditable(phase: SimPhase): boolean {
  return phaseNumber(phase) < phaseNumber(SimPhase.TEST);
}

/** Results are entered during the pilot and the evaluation. */
export function resultsAllowed(phase: SimPhase): boolean {
  return phase === SimPhase.TEST || phase === SimPhase.IMPLEMENT_AND_EVALUATE;
}
