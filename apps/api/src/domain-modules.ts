import { OrganisationModule } from '@inspraak/server-organisation';
import { PlatformJobsModule, PlatformModule } from '@inspraak/server-platform';

/** Domain modules serving GraphQL; the schema generator reads their resolvers from here. */
export const API_DOMAIN_MODULES = [OrganisationModule, PlatformModule];

/** Domain job modules; the API includes them only when it runs jobs in-process (embedded). */
export const JOBS_MODULES = [PlatformJobsModule];
