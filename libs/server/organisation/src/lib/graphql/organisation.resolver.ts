import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@inspraak/server-auth';
import { OrganisationService } from '../organisation.service';
import { OrganisationObject } from './organisation.object';

@Resolver(() => OrganisationObject)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

  @Query(() => OrganisationObject)
  @Public()
  async organisation(): Promise<OrganisationObject> {
    return OrganisationObject.from(await this.service.current());
  }
}
