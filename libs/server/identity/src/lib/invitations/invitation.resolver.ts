import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { isGlobalRole, Permission } from '@inspraak/contracts';
import {
  Authorize,
  CurrentUser,
  Origin,
  Principal,
  Public,
  RequestOrigin,
  setPrincipal,
} from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { GraphqlContext } from '@inspraak/server-graphql';
import { InviteUserInput, TokenPasswordInput } from '../account-access/account-access.inputs';
import { setSessionCookie } from '../auth/session-cookie';
import { UserObject } from '../graphql/identity.objects';
import { InvitationService } from './invitation.service';

@Resolver(() => UserObject)
export class InvitationResolver {
  constructor(
    private readonly service: InvitationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => UserObject, {
    description:
      'Creates an account without a password and mails a one-time activation link; inviting a pending account again replaces its link.',
  })
  @Authorize(Permission.USER_MANAGE)
  async inviteUser(
    @Args('input') input: InviteUserInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<UserObject> {
    const user = await this.service.invite(
      { principal, origin },
      {
        name: input.name,
        email: input.email,
        primaryOrgUnitId: input.primaryOrgUnitId ?? null,
        locale: input.locale,
        role: input.role,
        managedOrgUnitIds: input.managedOrgUnitIds,
      },
    );
    return UserObject.from(user);
  }

  @Mutation(() => UserObject, {
    description:
      'Sets the first password through an invitation link and signs in. Errors: TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_USED, BAD_USER_INPUT (password rules).',
  })
  @Public()
  async acceptInvitation(
    @Args('input') input: TokenPasswordInput,
    @Origin() origin: RequestOrigin,
    @Context() ctx: GraphqlContext,
  ): Promise<UserObject> {
    const { user, sessionToken } = await this.service.accept(input.token, input.password, origin);
    setSessionCookie(ctx.res, this.config, sessionToken);
    if (isGlobalRole(user.role)) {
      setPrincipal(ctx.req, { userId: user.id, role: user.role, sessionId: '' });
    }
    return UserObject.from(user);
  }
}
