import { AuditModule } from '@inspraak/server-audit';
import { IdentityJobsModule, IdentityModule, ImportJobsModule } from '@inspraak/server-identity';
import { MailJobsModule, MailModule } from '@inspraak/server-mail';
import { OrganisationModule } from '@inspraak/server-organisation';
import { PlatformJobsModule, PlatformModule } from '@inspraak/server-platform';
import { TrajectoriesModule } from '@inspraak/server-trajectories';

/** Domain modules serving GraphQL; the schema generator reads their resolvers from here. */
export const API_DOMAIN_MODULES = [
  AuditModule,
  MailModule,
  IdentityModule,
  OrganisationModule,
  PlatformModule,
  // After IdentityModule: its demo seed (start-up hook) needs the identity seed's users.
  TrajectoriesModule,
];

/** Domain job modules; the API includes them only when it runs jobs in-process (embedded). */
export const JOBS_MODULES = [
  PlatformJobsModule,
  MailJobsModule,
  IdentityJobsModule,
  ImportJobsModule,
];
