import { FeedbackStatus } from '@inspraak/contracts';
import { FeedbackLinkValue } from '@inspraak/server-inputs';

/** An input as the feedback loop reads it: what every kind shares plus its feedback state. */
export interface FeedbackInputRow {
  id: string;
  kind: string;
  trajectoryId: string;
  phase: string;
  containerId: string;
  title: string;
  body: string;
  authorId: string | null;
  authorHash: string | null;
  status: string;
  hidden: boolean;
  supportCount: number;
  commentCount: number;
  followerCount: number;
  createdAt: Date;
  feedbackStatus: FeedbackStatus;
  feedbackText: string | null;
  feedbackResponderId: string | null;
  firstRespondedAt: Date | null;
  lastRespondedAt: Date | null;
  feedbackDueAt: Date;
  mergedIntoId: string | null;
  feedbackLinks: FeedbackLinkValue[];
}

/** The select list of FeedbackInputRow for alias `i`. */
export const FEEDBACK_INPUT_COLUMNS = (i = 'i') =>
  `${i}.id, ${i}.kind, ${i}.trajectory_id, ${i}.phase, ${i}.container_id, ${i}.title, ${i}.body,
   ${i}.author_id, ${i}.author_hash, ${i}.status, ${i}.hidden, ${i}.support_count,
   ${i}.comment_count, ${i}.follower_count, ${i}.created_at, ${i}.feedback_status,
   ${i}.feedback_text, ${i}.feedback_responder_id, ${i}.first_responded_at,
   ${i}.last_responded_at, ${i}.feedback_due_at, ${i}.merged_into_id, ${i}.feedback_links`;

export interface RawFeedbackInput {
  id: string;
  kind: string;
  trajectory_id: string;
  phase: string;
  container_id: string;
  title: string;
  body: string;
  author_id: string | null;
  author_hash: string | null;
  status: string;
  hidden: boolean;
  support_count: number;
  comment_count: number;
  follower_count: number;
  created_at: Date;
  feedback_status: string;
  feedback_text: string | null;
  feedback_responder_id: string | null;
  first_responded_at: Date | null;
  last_responded_at: Date | null;
  feedback_due_at: Date;
  merged_into_id: string | null;
  feedback_links: FeedbackLinkValue[] | null;
}

export const toFeedbackInputRow = (r: RawFeedbackInput): FeedbackInputRow => ({
  id: r.id,
  kind: r.kind,
  trajectoryId: r.trajectory_id,
  phase: r.phase,
  containerId: r.container_id,
  title: r.title,
  body: r.body,
  authorId: r.author_id,
  authorHash: r.author_hash,
  status: r.status,
  hidden: r.hidden,
  supportCount: r.support_count,
  commentCount: r.comment_count,
  followerCount: r.follower_count,
  createdAt: r.created_at,
  feedbackStatus: r.feedback_status as FeedbackStatus,
  feedbackText: r.feedback_text,
  feedbackResponderId: r.feedback_responder_id,
  firstRespondedAt: r.first_responded_at,
  lastRespondedAt: r.last_responded_at,
  feedbackDueAt: r.feedback_due_at,
  mergedIntoId: r.merged_into_id,
  feedbackLinks: r.feedback_links ?? [],
});
