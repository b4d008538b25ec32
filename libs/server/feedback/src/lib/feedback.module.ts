import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { AuditModule } from '@inspraak/server-audit';
import { InputsModule } from '@inspraak/server-inputs';
import { NotificationsModule } from '@inspraak/server-notifications';
import { ResponseTargetHooks, TrajectoriesModule } from '@inspraak/server-trajectories';
import {
  FeedbackEntryFieldsResolver,
  FeedbackFieldsResolver,
  FeedbackTemplateFieldsResolver,
  InputSummaryFieldsResolver,
} from './graphql/resolvers/feedback-fields.resolver';
import { FeedbackResolver } from './graphql/resolvers/feedback.resolver';
import { FeedbackJobs } from './jobs/feedback.jobs';
import { FeedbackKindRegistry } from './kinds/feedback-kind.registry';
import { InputNotificationSource } from './notifications/input-notification.source';
import { OverdueNotificationSource } from './notifications/overdue-notification.source';
import { FeedbackListRepository } from './repositories/feedback-list.repository';
import { FeedbackRepository } from './repositories/feedback.repository';
import { BulkProcessor } from './services/bulk-processor';
import { FeedbackBulk } from './services/feedback-bulk.service';
import { FeedbackDeadlines } from './services/feedback-deadlines';
import { FeedbackLists } from './services/feedback-lists.service';
import { FeedbackTargets } from './services/feedback-targets.service';
import { FeedbackTemplates } from './services/feedback-templates.service';
import { FeedbackWriter } from './services/feedback-writer';
import { FeedbackService } from './services/feedback.service';
import { OverdueReminders } from './services/overdue-reminders';
import { FeedbackHealthChecks } from './sim-health/feedback-health-checks';
import { FeedbackPersonalDataSource } from './personal-data/feedback-personal-data.source';

/**
 * What the API and the worker share: the input kinds registry, writing feedback (one
 * transaction per change, with its notification event), due dates, bulk processing, the
 * reminders and the notification sources of `input.*` and `feedback.overdue`.
 */
@Module({
  imports: [InputsModule, AuditModule, NotificationsModule],
  providers: [
    FeedbackKindRegistry,
    FeedbackRepository,
    FeedbackListRepository,
    FeedbackWriter,
    FeedbackDeadlines,
    BulkProcessor,
    OverdueReminders,
    InputNotificationSource,
    OverdueNotificationSource,
  ],
  exports: [
    FeedbackKindRegistry,
    FeedbackRepository,
    FeedbackListRepository,
    FeedbackWriter,
    FeedbackDeadlines,
    BulkProcessor,
    OverdueReminders,
  ],
})
export class FeedbackCoreModule {}

/** A trajectory's new response time target moves the due dates of its waiting inputs. */
@Injectable()
class ResponseTargetListener implements OnModuleInit {
  constructor(
    private readonly hooks: ResponseTargetHooks,
    private readonly deadlines: FeedbackDeadlines,
  ) {}

  onModuleInit() {
    this.hooks.onChange((m, trajectoryId, days) => this.deadlines.recompute(m, trajectoryId, days));
  }
}

/**
 * The feedback loop (C4, "you said, we did") in the API: responding, merging, the moderator
 * inbox, bulk answering with templates, the board, metrics and SIM health checks. Input kinds
 * join through FeedbackKindRegistry (challenges registers ideas).
 */
@Module({
  imports: [FeedbackCoreModule, TrajectoriesModule],
  providers: [
    FeedbackTargets,
    FeedbackService,
    FeedbackLists,
    FeedbackTemplates,
    FeedbackBulk,
    FeedbackResolver,
    InputSummaryFieldsResolver,
    FeedbackFieldsResolver,
    FeedbackEntryFieldsResolver,
    FeedbackTemplateFieldsResolver,
    FeedbackHealthChecks,
    ResponseTargetListener,
    FeedbackPersonalDataSource,
  ],
  exports: [FeedbackCoreModule],
})
export class FeedbackModule {}

/** Worker side: the bulk answering job and the daily overdue reminders. */
@Module({
  imports: [FeedbackCoreModule],
  providers: [FeedbackJobs],
})
export class FeedbackJobsModule {}
