export * from './lib/contract';
export {
  NotificationsModule,
  NotificationCentreModule,
  NotificationJobsModule,
} from './lib/notifications.module';
export { NotificationSourceRegistry } from './lib/notification-source.registry';
export { NOTIFICATION_ENTITIES } from './lib/notification.entities';
export { NotificationFanout, FANOUT_PAGE_SIZE } from './lib/notification-fanout.service';
export { NotificationDigests } from './lib/notification-digest.service';
export { NotificationRetention } from './lib/notification-retention.service';
export { UnsubscribeTokens } from './lib/unsubscribe-token';
export { defaultPreference, type EmailFrequency } from './lib/preferences';
