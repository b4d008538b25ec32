/**
 * Trajectories (C1): the enums the API, the web app and later capabilities share. Values are
 * stored as text in the database, so renaming one needs a migration.
 */
import { SimPhase } from './sim-phases';

/** Who may see a trajectory besides its team: everyone, or people in the selected org units. */
export enum TrajectoryVisibility {
  ORGANISATION = 'ORGANISATION',
  ORG_UNITS = 'ORG_UNITS',
}

/** Roles within one trajectory (independent of the global role). */
export enum TrajectoryRole {
  /** The innovation manager; exactly one, the trajectory's owner. */
  OWNER = 'OWNER',
  PROJECT_LEAD = 'PROJECT_LEAD',
  /** An employee from the primary process. */
  TEAM_MEMBER = 'TEAM_MEMBER',
  WORKS_COUNCIL = 'WORKS_COUNCIL',
  EXPERT = 'EXPERT',
  PROBLEM_OWNER = 'PROBLEM_OWNER',
  KEY_USER = 'KEY_USER',
  JURY_MEMBER = 'JURY_MEMBER',
}

/** Trajectory roles that may change the trajectory (besides admins). */
export const EDITING_TRAJECTORY_ROLES: readonly TrajectoryRole[] = [
  TrajectoryRole.OWNER,
  TrajectoryRole.PROJECT_LEAD,
];

/** How far employees take part in a decision, from non-binding to delegated. */
export enum ParticipationLevel {
  INFORM = 'INFORM',
  CONSULT = 'CONSULT',
  ADVISE = 'ADVISE',
  CO_DECIDE = 'CO_DECIDE',
  DELEGATE = 'DELEGATE',
}

export enum StakeholderKind {
  PERSON = 'PERSON',
  GROUP = 'GROUP',
  ORG_UNIT = 'ORG_UNIT',
  EXTERNAL = 'EXTERNAL',
}

/** What a success criterion measures: productivity or the quality of work. */
export enum SuccessDimension {
  PRODUCTIVITY = 'PRODUCTIVITY',
  QUALITY_OF_WORK = 'QUALITY_OF_WORK',
}

export enum CriterionVerdict {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
}

/** The aspects of the Technology Impact Method every solution option is assessed on. */
export enum ImpactAspect {
  SERVICE_DELIVERY = 'SERVICE_DELIVERY',
  WORK_ORGANISATION = 'WORK_ORGANISATION',
  TASKS = 'TASKS',
  COMPETENCES = 'COMPETENCES',
  WORKING_CONDITIONS = 'WORKING_CONDITIONS',
}

export const IMPACT_ASPECTS: readonly ImpactAspect[] = Object.values(ImpactAspect);

export enum BusinessCaseKind {
  QUANTITATIVE = 'QUANTITATIVE',
  QUALITATIVE = 'QUALITATIVE',
}

/** Outcome of one SIM health check: a coaching signal for the innovation manager. */
export enum SimHealthStatus {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  /** The data is not there yet: a later phase, or a capability that has not landed. */
  NOT_YET_MEASURABLE = 'NOT_YET_MEASURABLE',
}

/** Where the evidence of a check lives in the trajectory workspace (the web app maps it). */
export enum TrajectorySection {
  OVERVIEW = 'OVERVIEW',
  HISTORY = 'HISTORY',
  MANDATE = 'MANDATE',
  TEAM = 'TEAM',
  DECISION_RULES = 'DECISION_RULES',
  DECISIONS = 'DECISIONS',
  STAKEHOLDERS = 'STAKEHOLDERS',
  SUCCESS_CRITERIA = 'SUCCESS_CRITERIA',
  IMPACT_ANALYSIS = 'IMPACT_ANALYSIS',
  VALUATION = 'VALUATION',
  CHALLENGES = 'CHALLENGES',
  CONSULTATIONS = 'CONSULTATIONS',
  ROASTS = 'ROASTS',
  PULSE = 'PULSE',
  FEEDBACK = 'FEEDBACK',
}

const ORDER: readonly SimPhase[] = [
  SimPhase.PREPARE,
  SimPhase.GENERATE,
  SimPhase.SELECT,
  SimPhase.TEST,
  SimPhase.IMPLEMENT_AND_EVALUATE,
];

/** 1 to 5, the phase's place in the model. */
export function phaseNumber(phase: SimPhase): number {
  return ORDER.indexOf(phase) + 1;
}

export function isSimPhase(value: string): value is SimPhase {
  return (ORDER as readonly string[]).includes(value);
}
