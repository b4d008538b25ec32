/** Outcome of an audited action. DENIED: refused by authorisation or throttling. */
export enum AuditResult {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
  DENIED = 'DENIED',
}

/** Every audited action; the audit log never stores passwords, tokens or survey answers. */
export enum AuditAction {
  SIGN_IN = 'auth.sign_in',
  SIGN_OUT = 'auth.sign_out',
  ORG_UNIT_CREATE = 'org_unit.create',
  ORG_UNIT_RENAME = 'org_unit.rename',
  ORG_UNIT_MOVE = 'org_unit.move',
  ORG_UNIT_ARCHIVE = 'org_unit.archive',
  USER_CREATE = 'user.create',
  USER_UPDATE = 'user.update',
  USER_ROLE_CHANGE = 'user.role_change',
  USER_DEACTIVATE = 'user.deactivate',
  DEMO_SEED = 'system.demo_seed',
  USER_IMPORT = 'user.import',
  USER_EXPORT = 'user.export',
  /** A person's data export (C11): by the person (actor = object) or by an administrator. */
  PERSONAL_DATA_EXPORT = 'user.personal_data_export',
  /** Erasure (C11): the account keeps no name or address; details hold only counts. */
  USER_ERASE = 'user.erase',
  AUDIT_EXPORT = 'audit.export',
  INVITATION_SENT = 'user.invitation_sent',
  INVITATION_ACCEPTED = 'user.invitation_accepted',
  PASSWORD_RESET_REQUESTED = 'user.password_reset_requested',
  PASSWORD_RESET_COMPLETED = 'user.password_reset_completed',
  TRAJECTORY_CREATE = 'trajectory.create',
  TRAJECTORY_UPDATE = 'trajectory.update',
  TRAJECTORY_PHASE_CHANGE = 'trajectory.phase_change',
  TRAJECTORY_CRITERIA_LOCK = 'trajectory.criteria_lock',
  TRAJECTORY_TEAM_ADD = 'trajectory.team_add',
  TRAJECTORY_TEAM_REMOVE = 'trajectory.team_remove',
  TRAJECTORY_OWNER_CHANGE = 'trajectory.owner_change',
  TRAJECTORY_DECISION_RECORD = 'trajectory.decision_record',
  TRAJECTORY_DECISION_UPDATE = 'trajectory.decision_update',
  TRAJECTORY_DECISION_DELETE = 'trajectory.decision_delete',
  /** Stored without actor: who reported is shown to nobody. */
  CONTENT_REPORT = 'moderation.report',
  /** Hidden automatically after MODERATION_AUTO_HIDE_REPORTS open reports (no actor). */
  CONTENT_AUTO_HIDE = 'moderation.auto_hide',
  CONTENT_HIDE = 'moderation.hide',
  CONTENT_RESTORE = 'moderation.restore',
  CONTENT_REPORTS_DISMISS = 'moderation.dismiss',
  JURY_SHORTLIST = 'challenge.jury_shortlist',
  JURY_WINNER = 'challenge.jury_winner',
  /** The idea's author is not in the entry (the idea may be anonymous). */
  JURY_WINNER_INVITE = 'challenge.jury_winner_invite',
  CHALLENGE_CREATE = 'challenge.create',
  CHALLENGE_UPDATE = 'challenge.update',
  CHALLENGE_STATE_CHANGE = 'challenge.state_change',
  /** Without actor and origin when the idea is anonymous. */
  IDEA_SUBMIT = 'idea.submit',
  /** Without actor and origin when the idea is anonymous. */
  IDEA_WITHDRAW = 'idea.withdraw',
  INPUT_RESPONSE = 'input.response',
  /** An input's feedback status or public response changed (the actor is the responder). */
  FEEDBACK_RESPOND = 'feedback.respond',
  FEEDBACK_MERGE = 'feedback.merge',
  FEEDBACK_BULK_START = 'feedback.bulk_start',
  FEEDBACK_TEMPLATE_CREATE = 'feedback.template_create',
  FEEDBACK_TEMPLATE_UPDATE = 'feedback.template_update',
  FEEDBACK_TEMPLATE_DELETE = 'feedback.template_delete',
  /** Without actor and origin when the comment is anonymous. */
  COMMENT_DELETE = 'comment.delete',
  // Pulse surveys (C5): management only. Never answers, comments or who answered.
  PULSE_SURVEY_CREATE = 'pulse.survey_create',
  PULSE_SURVEY_UPDATE = 'pulse.survey_update',
  PULSE_ROUND_SCHEDULE = 'pulse.round_schedule',
  /** By an owner (actor) or by the schedule at `closes_at` (no actor). */
  PULSE_ROUND_CLOSE = 'pulse.round_close',
  /** The CSV of a round's results (what the caller's view shows; details: counts only). */
  PULSE_RESULTS_EXPORT = 'pulse.results_export',
  PULSE_ACTION_CREATE = 'pulse.action_create',
  PULSE_ACTION_UPDATE = 'pulse.action_update',
}
