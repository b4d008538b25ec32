import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isGlobalRole } from '@inspraak/contracts';
import {
  CurrentUser,
  Origin,
  Principal,
  Public,
  RequestOrigin,
  setPrincipal,
} from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { GraphqlContext } from '@inspraak/server-graphql';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie';
import { SignInService } from '../auth/sign-in.service';
import { UserService } from '../users/user.service';
import { UserObject } from './identity.objects';
import { SignInInput } from './inputs/identity.inputs';

@Resolver(() => UserObject)
export class AuthResolver {
  constructor(
    private readonly signIns: SignInService,
    private readonly users: UserService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => UserObject, {
    nullable: true,
    description: 'The signed-in user; null when signed out.',
  })
  @Public()
  async me(@CurrentUser() principal: Principal | null): Promise<UserObject | null> {
    if (!principal) return null;
    const user = await this.users.findById(principal.userId);
    return user ? UserObject.from(user) : null;
  }

  @Mutation(() => UserObject, {
    description: 'Signs in with e-mail and password; sets the session cookie.',
  })
  @Public()
  async signIn(
    @Args('input') input: SignInInput,
    @CurrentUser() previous: Principal | null,
    @Origin() origin: RequestOrigin,
    @Context() ctx: GraphqlContext,
  ): Promise<UserObject> {
    const { user, token } = await this.signIns.signIn(
      input.email,
      input.password,
      origin,
      previous,
    );
    setSessionCookie(ctx.res, this.config, token);
    if (isGlobalRole(user.role)) {
      setPrincipal(ctx.req, { userId: user.id, role: user.role, sessionId: '' });
    }
    return UserObject.from(user);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (no-op when signed out).' })
  @Public()
  async signOut(
    @CurrentUser() principal: Principal | null,
    @Origin() origin: RequestOrigin,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.signIns.signOut(principal, origin);
    clearSessionCookie(ctx.res, this.config);
    setPrincipal(ctx.req, null);
    return true;
  }
}
