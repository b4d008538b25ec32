import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { isGlobalRole } from '@inspraak/contracts';
import { Origin, Public, RequestOrigin, setPrincipal } from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { GraphqlContext } from '@inspraak/server-graphql';
import {
  RequestPasswordResetInput,
  TokenPasswordInput,
} from '../account-access/account-access.inputs';
import { setSessionCookie } from '../auth/session-cookie';
import { UserObject } from '../graphql/identity.objects';
import { PasswordResetService } from './password-reset.service';

@Resolver(() => UserObject)
export class PasswordResetResolver {
  constructor(
    private readonly service: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'Mails a password reset link if an active account has this address. Always answers true (RATE_LIMITED when asked too often), whether or not the account exists.',
  })
  @Public()
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Origin() origin: RequestOrigin,
  ): Promise<boolean> {
    await this.service.request(input.email, origin);
    return true;
  }

  @Mutation(() => UserObject, {
    description:
      'Sets a new password through a reset link, ends all other sessions of the account and signs in. Errors: TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_USED, BAD_USER_INPUT.',
  })
  @Public()
  async resetPassword(
    @Args('input') input: TokenPasswordInput,
    @Origin() origin: RequestOrigin,
    @Context() ctx: GraphqlContext,
  ): Promise<UserObject> {
    const { user, sessionToken } = await this.service.reset(input.token, input.password, origin);
    setSessionCookie(ctx.res, this.config, sessionToken);
    if (isGlobalRole(user.role)) {
      setPrincipal(ctx.req, { userId: user.id, role: user.role, sessionId: '' });
    }
    return UserObject.from(user);
  }
}
