import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationEntity } from '../organisation.entity';

@ObjectType('Organisation', { description: 'The organisation this deployment serves.' })
export class OrganisationObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'URL of the logo shown in the header.' })
  logoUrl!: string | null;

  static from(e: OrganisationEntity): OrganisationObject {
    return { id: e.id, name: e.name, logoUrl: e.logoUrl };
  }
}
