import {
  BusinessCaseKind,
  CriterionVerdict,
  ImpactAspect,
  ParticipationLevel,
  SimPhase,
  StakeholderKind,
  SuccessDimension,
  TrajectoryRole,
  TrajectoryVisibility,
} from '@inspraak/contracts';

/** The demo trajectories follow the three cases of the SIM guide (fictionalised). */

/** Days before the seeding moment; the seed turns them into dates. */
type Ago = number;

export interface DemoTrajectory {
  title: string;
  problemStatement: string;
  goals: string;
  owner: string;
  visibility: TrajectoryVisibility;
  units: string[];
  createdAgo: Ago;
  /** Transitions after the start in phase 1, oldest first. */
  phases: { to: SimPhase; ago: Ago; by: string; reason?: string }[];
  team: [email: string, role: TrajectoryRole][];
  mandate: {
    budget: number;
    deadlineIn: number;
    decisionSpace: string;
    constraints: string;
    ago: Ago;
  };
  rules: {
    key: string;
    topic: string;
    phase: SimPhase;
    decidedBy: string;
    level: ParticipationLevel;
    involvement: string;
    ago: Ago;
  }[];
  stakeholders: {
    key: string;
    name: string;
    kind: StakeholderKind;
    unit?: string;
    employer: string;
    employee: string;
    influence: number;
    stance: number;
    involvement: string;
  }[];
  criteria: {
    metric: string;
    target: string;
    howMeasured: string;
    dimension: SuccessDimension;
    agreedAgo: Ago;
    agreedBy: string;
    results: {
      phase: SimPhase;
      value: string;
      verdict: CriterionVerdict;
      note: string;
      ago: Ago;
    }[];
  }[];
  options: {
    key: string;
    title: string;
    description: string;
    effects: [ImpactAspect, number, string][];
    businessCase: {
      kind: BusinessCaseKind;
      description: string;
      amount?: number;
      rating?: number;
    }[];
  }[];
  /** [stakeholder key, rater e-mail, option key, score, comment] */
  ratings: [string, string, string, number, string][];
  decisions: {
    rule: string;
    outcome: string;
    rationale: string;
    inputResponse: string;
    ago: Ago;
  }[];
}
