export { OrganisationModule } from './lib/organisation.module';
export { ORGANISATION_ENTITIES } from './lib/organisation.entity';
