import { AuditModule } from '@inspraak/server-audit';
import { IdentityModule } from '@inspraak/server-identity';
import { OrganisationModule } from '@inspraak/server-organisation';
import { PlatformJobsModule, PlatformModule } from '@inspraak/server-platform';

/** Domain modules serving GraphQL; the schema generator reads their resolvers from here. */
export const API_DOMAIN_MODULES = [AuditModule, IdentityModule, OrganisationModule, PlatformModule];

/** Domain job modules; the API includes them only when it runs jobs in-process (embedded). */
export const JOBS_MODULES = [PlatformJobsModule];
