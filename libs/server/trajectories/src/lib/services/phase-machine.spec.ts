import { SimPhase } from '@inspraak/contracts';
import {
  criteriaEditable,
  resultsAllowed,
  TransitionFacts,
  transitionEffects,
  transitionProblems,
} from './phase-machine';

const { PREPARE, GENERATE, SELECT, TEST, IMPLEMENT_AND_EVALUATE } = SimPhase;
const ready: TransitionFacts = {
  mandateRecorded: true,
  decisionRules: 1,
  successCriteria: 1,
  solutionOptions: 1,
  criteriaWithoutPilotResult: 0,
};
const codes = (
  from: SimPhase,
  to: SimPhase,
  facts: Partial<TransitionFacts> = {},
  reason?: string,
) => transitionProblems(from, to, reason, { ...ready, ...facts }).map((p) => p.code);

describe('SIM phase state machine', () => {
  it('allows each step forward when its preconditions hold', () => {
    const path = [PREPARE, GENERATE, SELECT, TEST, IMPLEMENT_AND_EVALUATE];
    for (let i = 0; i < path.length - 1; i++) expect(codes(path[i], path[i + 1])).toEqual([]);
  });

  it('refuses staying in place and skipping phases', () => {
    expect(codes(SELECT, SELECT)).toEqual(['SAME_PHASE']);
    expect(codes(PREPARE, SELECT)).toEqual(['PHASE_SKIPPED']);
    expect(codes(GENERATE, IMPLEMENT_AND_EVALUATE)).toEqual(['PHASE_SKIPPED']);
  });

  it('allows stepping back to any earlier phase, with a reason only', () => {
    expect(codes(TEST, GENERATE)).toEqual(['REASON_REQUIRED']);
    expect(codes(TEST, GENERATE, {}, '  ')).toEqual(['REASON_REQUIRED']);
    expect(codes(TEST, GENERATE, {}, 'Pilot showed the problem was defined too narrowly')).toEqual(
      [],
    );
    // Preconditions of later phases do not block going back.
    expect(
      codes(IMPLEMENT_AND_EVALUATE, PREPARE, { mandateRecorded: false, decisionRules: 0 }, 'Reset'),
    ).toEqual([]);
  });

  it('needs a mandate and a decision rule to leave phase 1, reporting both', () => {
    expect(codes(PREPARE, GENERATE, { mandateRecorded: false, decisionRules: 0 })).toEqual([
      'MANDATE_REQUIRED',
      'DECISION_RULE_REQUIRED',
    ]);
    expect(codes(PREPARE, GENERATE, { decisionRules: 0 })).toEqual(['DECISION_RULE_REQUIRED']);
  });

  it('needs a success criterion and an option to start the pilot, and then locks criteria', () => {
    expect(codes(SELECT, TEST, { successCriteria: 0, solutionOptions: 0 })).toEqual([
      'SUCCESS_CRITERION_REQUIRED',
      'SOLUTION_OPTION_REQUIRED',
    ]);
    expect(transitionEffects(TEST)).toEqual({ lockCriteria: true });
    expect(transitionEffects(SELECT)).toEqual({ lockCriteria: false });
  });

  it('needs a pilot result for every criterion before implementing', () => {
    expect(codes(TEST, IMPLEMENT_AND_EVALUATE, { criteriaWithoutPilotResult: 2 })).toEqual([
      'CRITERIA_NOT_EVALUATED',
    ]);
  });

  it('allows criteria edits before the pilot and results during and after it', () => {
    expect([PREPARE, GENERATE, SELECT, TEST, IMPLEMENT_AND_EVALUATE].map(criteriaEditable)).toEqual(
      [true, true, true, false, false],
    );
    expect([PREPARE, GENERATE, SELECT, TEST, IMPLEMENT_AND_EVALUATE].map(resultsAllowed)).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});
