/**
 * The feedback loop ("you said, we did", C4): the status every input carries, the transitions
 * between statuses, link kinds and limits. Values are stored as text in the database, so
 * renaming one needs a migration.
 */

/** Where an input stands. RECEIVED until the first public response. */
export enum FeedbackStatus {
  RECEIVED = 'RECEIVED',
  UNDER_CONSIDERATION = 'UNDER_CONSIDERATION',
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  NOT_ADOPTED = 'NOT_ADOPTED',
  /** Merged into another input (only through a merge); final. */
  MERGED = 'MERGED',
}

export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = Object.values(FeedbackStatus);

/** What a feedback entry links to. PROTOTYPE_VERSION and ACTION arrive with later capabilities. */
export enum FeedbackLinkKind {
  /** A decision recorded in the input's trajectory. */
  DECISION = 'DECISION',
  PROTOTYPE_VERSION = 'PROTOTYPE_VERSION',
  ACTION = 'ACTION',
  /** Any http(s) page (an intranet article, a project page). */
  URL = 'URL',
}

/** Link kinds that can be stored today; the others are refused with BAD_USER_INPUT. */
export const AVAILABLE_FEEDBACK_LINK_KINDS: readonly FeedbackLinkKind[] = [
  FeedbackLinkKind.DECISION,
  FeedbackLinkKind.URL,
];

/** How feedback metrics are grouped. */
export enum FeedbackMetricsGroup {
  TRAJECTORY = 'TRAJECTORY',
  PHASE = 'PHASE',
  /** The org unit of the named author when the input was given (anonymous inputs: none). */
  ORG_UNIT = 'ORG_UNIT',
}

export const FEEDBACK_LIMITS = {
  /** A public response text. */
  text: 4_000,
  links: 10,
  url: 2_000,
  templateTitle: 150,
  /** bulkRespond: at most this many inputs per call. */
  bulkMax: 1_000,
  /** bulkRespond: up to this many are answered inline, more run as a job. */
  bulkInline: 25,
  /** A trajectory's response time target in working days. */
  targetDaysMin: 1,
  targetDaysMax: 60,
  targetDaysDefault: 10,
  idempotencyKey: 100,
  search: 200,
} as const;

/** The ordered, open part of the workflow (RECEIVED → … → DONE). */
const FORWARD: readonly FeedbackStatus[] = [
  FeedbackStatus.RECEIVED,
  FeedbackStatus.UNDER_CONSIDERATION,
  FeedbackStatus.PLANNED,
  FeedbackStatus.IN_PROGRESS,
  FeedbackStatus.DONE,
];

export interface FeedbackTransition {
  allowed: boolean;
  /** The change must carry a public text (why, or what changed). */
  textRequired: boolean;
}

const REFUSED: FeedbackTransition = { allowed: false, textRequired: false };

/**
 * The workflow, decided once for every kind of input:
 * - RECEIVED is only the start; MERGED is only reached through a merge and is final.
 * - From RECEIVED, UNDER_CONSIDERATION, PLANNED or IN_PROGRESS any of UNDER_CONSIDERATION,
 *   PLANNED, IN_PROGRESS, DONE or NOT_ADOPTED may follow. Moving forward needs no text (except
 *   the first response); stepping back (e.g. PLANNED → UNDER_CONSIDERATION) needs one.
 * - DONE may be reopened to IN_PROGRESS (with a text).
 * - NOT_ADOPTED may be reopened to UNDER_CONSIDERATION, PLANNED or IN_PROGRESS (with a text).
 * - The same status again is a progress update and needs a text (not for RECEIVED).
 * - A text is always required for the first response, for NOT_ADOPTED and for MERGED.
 */
export function feedbackTransition(from: FeedbackStatus, to: FeedbackStatus): FeedbackTransition {
  if (to === FeedbackStatus.RECEIVED || from === FeedbackStatus.MERGED) return REFUSED;
  if (to === FeedbackStatus.MERGED) return { allowed: true, textRequired: true };
  const first = from === FeedbackStatus.RECEIVED;
  if (from === to) return { allowed: true, textRequired: true };
  if (to === FeedbackStatus.NOT_ADOPTED) {
    return from === FeedbackStatus.DONE ? REFUSED : { allowed: true, textRequired: true };
  }
  if (from === FeedbackStatus.NOT_ADOPTED) {
    return to === FeedbackStatus.DONE ? REFUSED : { allowed: true, textRequired: true };
  }
  if (from === FeedbackStatus.DONE) {
    return to === FeedbackStatus.IN_PROGRESS ? { allowed: true, textRequired: true } : REFUSED;
  }
  const back = FORWARD.indexOf(to) < FORWARD.indexOf(from);
  return { allowed: true, textRequired: first || back };
}

/** Statuses that count as an answer (everything after RECEIVED). */
export function isAnswered(status: FeedbackStatus): boolean {
  return status !== FeedbackStatus.RECEIVED;
}
