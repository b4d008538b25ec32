import { AuditModule } from '@inspraak/server-audit';
import {
  ChallengesModule,
  EvaluationModule,
  IdeaFeedbackKindModule,
} from '@inspraak/server-challenges';
import { IdentityJobsModule, IdentityModule, ImportJobsModule } from '@inspraak/server-identity';
import { MailJobsModule, MailModule } from '@inspraak/server-mail';
import { OrganisationModule } from '@inspraak/server-organisation';
import { PlatformJobsModule, PlatformModule } from '@inspraak/server-platform';
import { StorageJobsModule, StorageModule } from '@inspraak/server-storage';
import { TrajectoriesModule } from '@inspraak/server-trajectories';
import { ModerationModule } from '@inspraak/server-moderation';
import { FeedbackJobsModule, FeedbackModule } from '@inspraak/server-feedback';
import {
  NotificationCentreModule,
  NotificationJobsModule,
  NotificationsModule,
} from '@inspraak/server-notifications';
import { PulseJobsModule, PulseModule } from '@inspraak/server-pulse';

/** Domain modules serving GraphQL; the schema generator reads their resolvers from here. */
export const API_DOMAIN_MODULES = [
  AuditModule,
  MailModule,
  // Uploads (/api/uploads) and the attachment services domain modules use.
  StorageModule,
  IdentityModule,
  OrganisationModule,
  PlatformModule,
  // After IdentityModule: its demo seed (start-up hook) needs the identity seed's users.
  TrajectoriesModule,
  ModerationModule,
  // Notifications (C9): producers below emit events and register their sources here.
  NotificationsModule,
  NotificationCentreModule,
  // The feedback loop (C4); before ChallengesModule, whose seed writes feedback.
  FeedbackModule,
  // After TrajectoriesModule: the challenge seed needs the demo trajectories.
  ChallengesModule,
  // The jury's evaluation of challenges.
  EvaluationModule,
  // Anonymous pulse surveys (C5); last: its demo seed needs the demo trajectories.
  PulseModule,
];

/** Domain job modules; the API includes them only when it runs jobs in-process (embedded). */
export const JOBS_MODULES = [
  PlatformJobsModule,
  MailJobsModule,
  IdentityJobsModule,
  ImportJobsModule,
  StorageJobsModule,
  NotificationJobsModule,
  FeedbackJobsModule,
  // The idea kind's SQL and paths, for the feedback notifications' recipients and texts.
  IdeaFeedbackKindModule,
  PulseJobsModule,
];
