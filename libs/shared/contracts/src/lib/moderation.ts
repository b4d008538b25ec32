/**
 * Moderation of employee content (ideas, comments, later roasts): reports, the moderator queue,
 * hide and restore. Values are stored as text in the database.
 */

/** Why someone reports content. OTHER needs a text. */
export enum ReportReason {
  SPAM = 'SPAM',
  OFFENSIVE = 'OFFENSIVE',
  DOES_NOT_BELONG = 'DOES_NOT_BELONG',
  OTHER = 'OTHER',
}

export const REPORT_REASONS: readonly ReportReason[] = Object.values(ReportReason);

/** A report is open until a moderator hides the content (UPHELD) or dismisses the reports. */
export enum ReportStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}

/** Which part of the moderator queue to list. */
export enum ModerationQueueStatus {
  /** Content with open reports (also when it was hidden automatically). */
  OPEN = 'OPEN',
  /** Content that is hidden now, by a moderator or automatically. */
  HIDDEN = 'HIDDEN',
}
