/**
 * Idea challenges (C2) and the employee input they collect: the enums and limits the API, the
 * web app and later capabilities share. Values are stored as text in the database, so renaming
 * one needs a migration.
 */

/** A challenge's life: prepared, collecting ideas, being evaluated, finished. */
export enum ChallengeState {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  REVIEW = 'REVIEW',
  CLOSED = 'CLOSED',
}

/** Allowed transitions; REVIEW → OPEN is the one step back (more time for ideas). */
export const CHALLENGE_TRANSITIONS: Readonly<Record<ChallengeState, readonly ChallengeState[]>> = {
  [ChallengeState.DRAFT]: [ChallengeState.OPEN],
  [ChallengeState.OPEN]: [ChallengeState.REVIEW],
  [ChallengeState.REVIEW]: [ChallengeState.OPEN, ChallengeState.CLOSED],
  [ChallengeState.CLOSED]: [],
};

/** The kinds of employee input sharing the generic input row (ideas now; more later). */
export enum InputKind {
  IDEA = 'idea',
  /** An action a survey owner published on a pulse round's outcome (closing the loop, C5). */
  PULSE_ACTION = 'pulse_action',
}

/** An input is active until its author withdraws it. */
export enum InputStatus {
  ACTIVE = 'ACTIVE',
  WITHDRAWN = 'WITHDRAWN',
}

/** Orders of the idea list; each has its own index (no score computed per query). */
export enum IdeaSort {
  NEWEST = 'NEWEST',
  MOST_SUPPORTED = 'MOST_SUPPORTED',
  MOST_DISCUSSED = 'MOST_DISCUSSED',
  /** A shuffled order that stays the same for one viewer (pagination works). */
  RANDOM = 'RANDOM',
}

/** Which ideas of a challenge a list shows (besides tag and "mine"). */
export enum IdeaListState {
  /** Every visible idea. */
  ALL = 'ALL',
  /** Ideas still waiting for a published response. */
  AWAITING_RESPONSE = 'AWAITING_RESPONSE',
  RESPONDED = 'RESPONDED',
}

/** Lengths and counts every idea, tag and comment must respect. */
export const INPUT_LIMITS = {
  ideaTitleMin: 5,
  ideaTitle: 150,
  ideaDescription: 10_000,
  tags: 5,
  tagMin: 2,
  tag: 30,
  comment: 4_000,
  response: 4_000,
  similarText: 500,
  /** Text alternative of an attached image (matches the attachment column). */
  imageDescription: 250,
  /** An action on a pulse round's outcome ("you said, we did"): title and public description. */
  pulseActionTitleMin: 5,
  pulseActionTitle: 150,
  pulseActionDescription: 4_000,
} as const;

/** The five default evaluation criteria of a challenge (weights in points, equal by default). */
export const DEFAULT_CHALLENGE_CRITERIA: readonly { nl: string; en: string; weight: number }[] = [
  { nl: 'Impact op de dienstverlening', en: 'Impact on service delivery', weight: 20 },
  { nl: 'Impact op de kwaliteit van werk', en: 'Impact on the quality of work', weight: 20 },
  { nl: 'Haalbaarheid', en: 'Feasibility', weight: 20 },
  { nl: 'Kosten', en: 'Cost', weight: 20 },
  { nl: 'Draagvlak onder collega’s', en: 'Support among colleagues', weight: 20 },
];

/** Tags are compared and stored lower case, single-spaced, without a leading '#'. */
export function normaliseTag(tag: string): string {
  return tag.normalize('NFC').trim().replace(/^#+/, '').replace(/\s+/g, ' ').toLowerCase();
}
