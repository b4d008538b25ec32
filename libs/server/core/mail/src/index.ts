export { MailModule, MailJobsModule } from './lib/mail.module';
export { MailOutbox, NewMail } from './lib/mail-outbox.service';
export { MailDelivery, DeliveryOutcome } from './lib/mail-delivery.service';
export { Mailer, OutgoingMail } from './lib/mailer';
export { composeMail, escapeHtml, MailParts, RenderedMail } from './lib/templates/compose';
export { MAIL_ENTITIES } from './lib/mail.entities';
