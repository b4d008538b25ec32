import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { DeferredMailRegistry } from './deferred-mail.registry';
import { DevMailboxService } from './dev-mailbox.service';
import { DevMailboxResolver } from './graphql/dev-mailbox.resolver';
import { MailJobs } from './jobs/mail.jobs';
import { MailDelivery } from './mail-delivery.service';
import { MailOutbox } from './mail-outbox.service';
import { createMailer, Mailer } from './mailer';
import { MailPersonalDataSource } from './mail-personal-data.source';

/** API side: any module sends mail through MailOutbox; admins read the dev mailbox. */
@Global()
@Module({
  // MailPersonalDataSource: the person's mail in their data export and erasure (C11).
  providers: [MailOutbox, DevMailboxService, DevMailboxResolver, MailPersonalDataSource],
  exports: [MailOutbox],
})
export class MailModule {}

/** Worker side: delivers outbox mail through the configured transport (and stores mail for jobs). */
@Module({
  providers: [
    {
      provide: Mailer,
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, ds: DataSource) => createMailer(config, ds),
    },
    DeferredMailRegistry,
    MailDelivery,
    MailJobs,
    // Jobs store mail too (notification fan-out, digests).
    MailOutbox,
  ],
  exports: [MailDelivery, DeferredMailRegistry, MailOutbox],
})
export class MailJobsModule {}
