import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { OrgUnitService } from '../org-units/org-unit.service';
import { OrgUnitObject } from './identity.objects';
import {
  CreateOrgUnitInput,
  IdArgs,
  MoveOrgUnitInput,
  OrgUnitsArgs,
  RenameOrgUnitInput,
} from './inputs/identity.inputs';

@Resolver(() => OrgUnitObject)
export class OrgUnitResolver {
  constructor(private readonly service: OrgUnitService) {}

  @Query(() => [OrgUnitObject], {
    description: 'The org unit tree as a list in depth-first order (parents before children).',
  })
  @Authorize(Permission.ORG_UNIT_READ)
  async orgUnits(@Args() args: OrgUnitsArgs): Promise<OrgUnitObject[]> {
    return (await this.service.list(args.includeArchived)).map(OrgUnitObject.from);
  }

  @Mutation(() => OrgUnitObject)
  @Authorize(Permission.ORG_UNIT_MANAGE)
  async createOrgUnit(
    @Args('input') input: CreateOrgUnitInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<OrgUnitObject> {
    const unit = await this.service.create(
      { principal, origin },
      input.name,
      input.parentId ?? null,
    );
    return OrgUnitObject.from(unit);
  }

  @Mutation(() => OrgUnitObject)
  @Authorize(Permission.ORG_UNIT_MANAGE)
  async renameOrgUnit(
    @Args('input') input: RenameOrgUnitInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<OrgUnitObject> {
    return OrgUnitObject.from(
      await this.service.rename({ principal, origin }, input.id, input.name),
    );
  }

  @Mutation(() => OrgUnitObject, { description: 'Moves a unit with everything below it.' })
  @Authorize(Permission.ORG_UNIT_MANAGE)
  async moveOrgUnit(
    @Args('input') input: MoveOrgUnitInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<OrgUnitObject> {
    const unit = await this.service.move({ principal, origin }, input.id, input.parentId ?? null);
    return OrgUnitObject.from(unit);
  }

  @Mutation(() => OrgUnitObject, { description: 'Archives a unit with everything below it.' })
  @Authorize(Permission.ORG_UNIT_MANAGE)
  async archiveOrgUnit(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<OrgUnitObject> {
    return OrgUnitObject.from(await this.service.archive({ principal, origin }, id));
  }
}
