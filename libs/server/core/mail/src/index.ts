export { MailModule, MailJobsModule } from './lib/mail.module';
export {
  MailOutbox,
  NewMail,
  KeyedMail,
  DeferredMail,
  mailJobId,
  outboxIdFor,
} from './lib/mail-outbox.service';
export {
  DeferredMailRegistry,
  DeferredMailResolver,
  ResolvedMail,
} from './lib/deferred-mail.registry';
export { MailDelivery, DeliveryOutcome, MailBusyError } from './lib/mail-delivery.service';
export { Mailer, OutgoingMail, BeforeAccept } from './lib/mailer';
export { DeliveryReceipt, MailLeaseLostError } from './lib/outbox-recorder';
export { MailNotAcceptedError, MailOutcomeUnknownError, mailSenderToken } from './lib/mail-sender';
export { startMailSender, RunningMailSender } from './lib/mail-sender.process';
export { composeMail, escapeHtml, MailParts, RenderedMail } from './lib/templates/compose';
export {
  notificationMail,
  digestMail,
  NotificationMailParts,
  DigestMailParts,
} from './lib/templates/notification-mails';
export { MAIL_ENTITIES } from './lib/mail.entities';
