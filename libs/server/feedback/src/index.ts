export { FeedbackCoreModule, FeedbackJobsModule, FeedbackModule } from './lib/feedback.module';
export { FEEDBACK_ENTITIES } from './lib/entities/feedback.entities';
// Input kinds join the feedback loop here (challenges registers ideas).
export {
  FeedbackKindRegistry,
  type FeedbackKindDefinition,
  type FeedbackTargetAccess,
  type FeedbackTargetDescription,
  type FeedbackTargetProvider,
} from './lib/kinds/feedback-kind.registry';
export { type FeedbackInputRow } from './lib/repositories/feedback-input.row';
// Every kind's submit stores the first-response due date; seeds write feedback directly.
export { FeedbackDeadlines } from './lib/services/feedback-deadlines';
export { FeedbackWriter, type FeedbackActor } from './lib/services/feedback-writer';
// Idea.feedback (challenges) is this type.
export { FeedbackObject } from './lib/graphql/objects';
export { toFeedback, type FeedbackStateColumns } from './lib/graphql/mappers';
// The bulk job's processor and the reminders (tests drive them directly).
export { BulkProcessor } from './lib/services/bulk-processor';
export { OverdueReminders, overdueKey } from './lib/services/overdue-reminders';
export { FeedbackListRepository } from './lib/repositories/feedback-list.repository';
export * from './lib/working-days';
