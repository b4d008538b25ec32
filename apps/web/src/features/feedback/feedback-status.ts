import { feedbackTransition, type FeedbackStatus as ContractStatus } from '@inspraak/contracts';
import type { FeedbackStatus } from '../../gql/graphql';

/** The workflow in order; NOT_ADOPTED and MERGED end it another way. */
export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = [
  'RECEIVED',
  'UNDER_CONSIDERATION',
  'PLANNED',
  'IN_PROGRESS',
  'DONE',
  'NOT_ADOPTED',
  'MERGED',
];

/** What a responder picks in the form (MERGED goes through the merge dialog, RECEIVED is the start). */
export const RESPONSE_STATUSES: readonly FeedbackStatus[] = FEEDBACK_STATUSES.filter(
  (status) => status !== 'RECEIVED' && status !== 'MERGED',
);

export type BadgeTone = 'neutral' | 'warning' | 'safe' | 'success' | 'danger' | undefined;

/** Colour of the status badge (the text always says the status too). */
export function statusTone(status: FeedbackStatus): BadgeTone {
  switch (status) {
    case 'RECEIVED':
    case 'MERGED':
      return 'neutral';
    case 'DONE':
      return 'success';
    case 'NOT_ADOPTED':
      return 'warning';
    default:
      return undefined;
  }
}

/** The statuses an answer may set from `current` (the workflow in libs/shared/contracts). */
export function nextStatuses(current: FeedbackStatus): FeedbackStatus[] {
  return RESPONSE_STATUSES.filter(
    (to) => feedbackTransition(current as ContractStatus, to as ContractStatus).allowed,
  );
}

/**
 * A public text is required for the first response, for "not adopted" and "merged" (saying
 * why), for stepping back and for a progress update in the same status; `firstResponse` also
 * holds while an earlier status change came without a text.
 */
export function responseTextRequired(
  current: FeedbackStatus,
  to: FeedbackStatus,
  firstResponse: boolean,
): boolean {
  return (
    firstResponse ||
    feedbackTransition(current as ContractStatus, to as ContractStatus).textRequired
  );
}

/** Templates may name the input: {titel} (Dutch) or {title}. */
export function fillTemplate(text: string, title: string): string {
  return text.replace(/\{(?:titel|title)\}/g, title);
}

export function isFeedbackStatus(value: string | null | undefined): value is FeedbackStatus {
  return !!value && (FEEDBACK_STATUSES as readonly string[]).includes(value);
}
