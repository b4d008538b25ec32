import { Module } from '@nestjs/common';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationService } from './organisation.service';
import { OrganisationResolver } from './graphql/organisation.resolver';

@Module({
  providers: [OrganisationRepository, OrganisationService, OrganisationResolver],
  exports: [OrganisationService],
})
export class OrganisationModule {}
