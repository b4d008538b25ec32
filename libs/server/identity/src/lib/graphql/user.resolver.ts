import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { UserFields, UserService } from '../users/user.service';
import { UserConnection, UserObject } from './identity.objects';
import {
  CreateUserInput,
  IdArgs,
  UpdateMyProfileInput,
  UpdateUserInput,
  UsersArgs,
} from './inputs/identity.inputs';

@Resolver(() => UserObject)
export class UserResolver {
  constructor(private readonly service: UserService) {}

  @Query(() => UserConnection, { description: 'Users by name; admins only.' })
  @Authorize(Permission.USER_MANAGE)
  async users(@Args() args: UsersArgs): Promise<UserConnection> {
    const page = await this.service.page(args.first, args.after, args.search, args.activeOnly);
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: UserObject.from(e.node) })),
    };
  }

  @ResolveField(() => [ID], { description: 'Org units this person manages (with their subtrees).' })
  managedOrgUnitIds(@Parent() user: UserObject, @Context() ctx: GraphqlContext): Promise<string[]> {
    return ctx.loaders
      .get<string, string[]>('user.managedOrgUnitIds', async (ids) => {
        const map = await this.service.managedOrgUnitIds(ids);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(user.id);
  }

  @Mutation(() => UserObject)
  @Authorize(Permission.USER_MANAGE)
  async createUser(
    @Args('input') input: CreateUserInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<UserObject> {
    const fields: UserFields = {
      name: input.name,
      email: input.email,
      primaryOrgUnitId: input.primaryOrgUnitId ?? null,
      locale: input.locale,
      role: input.role,
      managedOrgUnitIds: input.managedOrgUnitIds,
    };
    const user = await this.service.create({ principal, origin }, fields, input.password);
    return UserObject.from(user);
  }

  @Mutation(() => UserObject, {
    description: 'Changes the name and language of the signed-in user.',
  })
  @Authorize(Permission.PROFILE_EDIT)
  async updateMyProfile(
    @Args('input') input: UpdateMyProfileInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<UserObject> {
    const changes: Partial<UserFields> = {};
    if (input.name != null) changes.name = input.name;
    if (input.locale != null) changes.locale = input.locale;
    return UserObject.from(
      await this.service.update({ principal, origin }, principal.userId, changes),
    );
  }

  @Mutation(() => UserObject, {
    description: 'Changes the given fields; role changes are audited.',
  })
  @Authorize(Permission.USER_MANAGE)
  async updateUser(
    @Args('input') input: UpdateUserInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<UserObject> {
    // An explicit null only clears the primary unit; for other fields it means "unchanged".
    const changes: Partial<UserFields> = {};
    if (input.name != null) changes.name = input.name;
    if (input.email != null) changes.email = input.email;
    if (input.primaryOrgUnitId !== undefined) changes.primaryOrgUnitId = input.primaryOrgUnitId;
    if (input.locale != null) changes.locale = input.locale;
    if (input.role != null) changes.role = input.role;
    if (input.managedOrgUnitIds != null) changes.managedOrgUnitIds = input.managedOrgUnitIds;
    return UserObject.from(await this.service.update({ principal, origin }, input.id, changes));
  }

  @Mutation(() => UserObject, { description: 'Deactivates the account and ends its sessions.' })
  @Authorize(Permission.USER_MANAGE)
  async deactivateUser(
    @Args() { id }: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<UserObject> {
    return UserObject.from(await this.service.deactivate({ principal, origin }, id));
  }
}
