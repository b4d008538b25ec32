import { Global, Module } from '@nestjs/common';
import { MailJobsModule } from '@inspraak/server-mail';
import { NotificationMails } from './notification-mail.resolvers';
import { NotificationEvents } from './contract';
import { NotificationCentre } from './notification-centre.service';
import { NotificationDigests } from './notification-digest.service';
import { NotificationEventStore } from './notification-event.store';
import { NotificationEventsService } from './notification-events.service';
import { NotificationFanout } from './notification-fanout.service';
import { NotificationLinks } from './notification-links';
import { NotificationPersonalDataSource } from './notification-personal-data.source';
import { NotificationPreferences } from './notification-preferences.service';
import { NotificationSourceRegistry } from './notification-source.registry';
import { NotificationJobs } from './notification.jobs';
import { NotificationRetention } from './notification-retention.service';
import { NotificationResolver } from './graphql/notification.resolver';
import { UnsubscribeController } from './http/unsubscribe.controller';
import { UnsubscribeTokens } from './unsubscribe-token';

/**
 * Notifications (C9), the part producers and the worker share. Global: producers inject
 * `NotificationEvents` and register their `NotificationSource` in `NotificationSourceRegistry`
 * from `onModuleInit` — in the API and in the worker, whose fan-out asks the sources for
 * recipients and texts.
 */
@Global()
@Module({
  providers: [
    NotificationSourceRegistry,
    NotificationEventsService,
    { provide: NotificationEvents, useExisting: NotificationEventsService },
    NotificationEventStore,
    UnsubscribeTokens,
    NotificationLinks,
  ],
  exports: [
    NotificationSourceRegistry,
    NotificationEvents,
    NotificationEventStore,
    UnsubscribeTokens,
    NotificationLinks,
  ],
})
export class NotificationsModule {}

/**
 * API side: the notification centre, preferences and unsubscribing (GraphQL and one route), and
 * the person's notifications in their data export and erasure (C11).
 */
@Module({
  imports: [NotificationsModule],
  providers: [
    NotificationCentre,
    NotificationPreferences,
    NotificationResolver,
    NotificationPersonalDataSource,
  ],
  controllers: [UnsubscribeController],
})
export class NotificationCentreModule {}

/** Worker side: fan-out, the anonymous author's send-time mail, digests, schedules. */
@Module({
  imports: [NotificationsModule, MailJobsModule],
  providers: [
    NotificationFanout,
    NotificationDigests,
    NotificationMails,
    NotificationJobs,
    NotificationRetention,
  ],
  exports: [NotificationFanout, NotificationDigests],
})
export class NotificationJobsModule {}
