import { Module } from '@nestjs/common';
import { AuditModule } from '@inspraak/server-audit';
import { FeedbackCoreModule } from '@inspraak/server-feedback';
import { InputsModule } from '@inspraak/server-inputs';
import { NotificationsModule } from '@inspraak/server-notifications';
import { TrajectoriesModule } from '@inspraak/server-trajectories';
import { PulseActionAccess } from './actions/pulse-action-access';
import {
  PulseActionFeedbackKindModule,
  PulseActionFeedbackTarget,
} from './actions/pulse-action-feedback';
import { PulseActionRepository } from './actions/pulse-action.repository';
import { PulseActionResolver } from './actions/pulse-action.resolver';
import { PulseActions } from './actions/pulse-actions.service';
import { PulseAudit } from './actions/pulse-audit';
import { VoterKeys } from './anonymity/voter-keys';
import { PulseResolver, PulseResultNodeResolver } from './graphql/pulse.resolver';
import {
  PulseRoundFieldsResolver,
  PulseSubmitResultFieldsResolver,
} from './graphql/round-fields.resolver';
import { PulseViews } from './graphql/pulse-views';
import { PulseJobs } from './jobs/pulse.jobs';
import { PulseNotificationSource } from './notifications/pulse-notification.source';
import { AnswerRepository } from './repositories/answer.repository';
import { MoverRepository } from './repositories/mover.repository';
import { RoundRepository } from './repositories/round.repository';
import { SurveyRepository } from './repositories/survey.repository';
import { PulseResults } from './results/results.service';
import { PulseTrends } from './results/trend.service';
import { PulseSeedService } from './seed/pulse-seed.service';
import { PulseAnswers } from './services/answer.service';
import { PulseMover } from './services/mover.service';
import { PulseAccessService } from './services/pulse-access.service';
import { RoundLifecycle } from './services/round-lifecycle.service';
import { PulseSurveys } from './services/survey.service';
import { PulseHealthChecks } from './sim-health/pulse-health-checks';
import { PulsePersonalDataSource } from './personal-data/pulse-personal-data.source';

/**
 * What the API and the worker share: storage, the voter keys, the mover, the round lifecycle
 * (open, close, recurrence, reminders) and the notification source of `pulse.*` (the worker's
 * fan-out asks it for recipients).
 */
@Module({
  imports: [NotificationsModule, AuditModule],
  providers: [
    PulseAudit,
    VoterKeys,
    SurveyRepository,
    RoundRepository,
    AnswerRepository,
    MoverRepository,
    PulseMover,
    RoundLifecycle,
    PulseNotificationSource,
  ],
  exports: [
    PulseAudit,
    VoterKeys,
    SurveyRepository,
    RoundRepository,
    AnswerRepository,
    MoverRepository,
    PulseMover,
    RoundLifecycle,
  ],
})
export class PulseCoreModule {}

/**
 * Anonymous pulse surveys (C5) in the API: surveys, rounds, answering, results, trends, CSV, the
 * SIM health checks, the demo seed, and closing the loop: actions on a round's outcome as inputs
 * of kind `pulse_action` in the feedback loop. See docs/pulse.md.
 */
@Module({
  imports: [
    PulseCoreModule,
    TrajectoriesModule,
    InputsModule,
    FeedbackCoreModule,
    PulseActionFeedbackKindModule,
  ],
  providers: [
    PulseActionRepository,
    PulseActionAccess,
    PulseActions,
    PulseActionResolver,
    PulseActionFeedbackTarget,
    PulseAccessService,
    PulseAnswers,
    PulsePersonalDataSource,
    PulseSurveys,
    PulseResults,
    PulseTrends,
    PulseViews,
    PulseResolver,
    PulseResultNodeResolver,
    PulseRoundFieldsResolver,
    PulseSubmitResultFieldsResolver,
    PulseHealthChecks,
    PulseSeedService,
  ],
  exports: [PulseCoreModule],
})
export class PulseModule {}

/**
 * Worker side: the minutely schedule (open, close and seal, remind, move) and move jobs, and the
 * pulse action kind's SQL and paths (the feedback notifications' recipients and texts).
 */
@Module({
  imports: [PulseCoreModule, PulseActionFeedbackKindModule],
  providers: [PulseJobs],
})
export class PulseJobsModule {}
