import { FeedbackStatus } from '@inspraak/contracts';
import { FeedbackLinkValue } from '@inspraak/server-inputs';
import { InputFeedbackEntity } from '../entities/feedback.entities';
import { FeedbackEntryObject, FeedbackObject, toLink } from './objects';

/** The feedback columns of an input row (any kind's record that carries them). */
export interface FeedbackStateColumns {
  id: string;
  feedbackStatus: string;
  feedbackText: string | null;
  feedbackResponderId: string | null;
  firstRespondedAt: Date | null;
  lastRespondedAt: Date | null;
  feedbackDueAt: Date;
  mergedIntoId: string | null;
  feedbackLinks: FeedbackLinkValue[] | null;
}

export const toFeedback = (r: FeedbackStateColumns, now = new Date()): FeedbackObject => ({
  status: r.feedbackStatus as FeedbackStatus,
  response: r.feedbackText,
  respondedAt: r.lastRespondedAt,
  firstRespondedAt: r.firstRespondedAt,
  dueAt: r.feedbackDueAt,
  overdue: r.firstRespondedAt === null && r.feedbackDueAt.getTime() < now.getTime(),
  links: (r.feedbackLinks ?? []).map(toLink),
  inputId: r.id,
  responderId: r.feedbackResponderId,
  mergedIntoId: r.mergedIntoId,
});

export const toFeedbackEntry = (e: InputFeedbackEntity): FeedbackEntryObject => ({
  id: e.id,
  status: e.status as FeedbackStatus,
  text: e.text,
  createdAt: e.createdAt,
  links: (e.links ?? []).map(toLink),
  responderId: e.responderId,
  mergedIntoId: e.mergedIntoId,
});
