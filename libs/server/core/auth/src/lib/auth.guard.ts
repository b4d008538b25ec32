import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  OnModuleInit,
  UnauthorizedException,
} from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { roleHasPermission } from '@inspraak/contracts';
import { ForbiddenError, UnauthenticatedError } from '@inspraak/server-errors';
import { AUTH_METADATA, AuthRequirement } from './auth.decorators';
import { PrincipalResolver, principalOf, requestFromContext } from './principal';

/**
 * Deny by default: every GraphQL operation and HTTP route must be marked with `@Authorize` or
 * `@Public`; anything else is refused, signed in or not.
 */
@Injectable()
export class AuthGuard implements CanActivate, OnModuleInit {
  private readonly logger = new Logger('AuthGuard');
  private resolver: PrincipalResolver | null = null;

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit() {
    try {
      this.resolver = this.moduleRef.get(PrincipalResolver, { strict: false });
    } catch {
      this.logger.warn('no PrincipalResolver: every request is treated as signed out');
    }
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const graphql = ctx.getType<string>() === 'graphql';
    const requirement = this.reflector.getAllAndOverride<AuthRequirement | undefined>(
      AUTH_METADATA,
      [ctx.getHandler(), ctx.getClass()],
    );
    const req = requestFromContext(ctx);
    // Resolve for public operations too: `me` and sign-out read the principal.
    const principal = await principalOf(req, this.resolver);
    if (requirement && 'public' in requirement) return true;
    if (!principal) {
      throw graphql ? new UnauthenticatedError() : new UnauthorizedException();
    }
    if (!requirement) {
      this.logger.error(
        `unmarked operation refused: ${ctx.getClass().name}.${ctx.getHandler().name}`,
      );
      throw graphql ? new ForbiddenError() : new ForbiddenException();
    }
    if (!roleHasPermission(principal.role, requirement.permission)) {
      throw graphql ? new ForbiddenError() : new ForbiddenException();
    }
    return true;
  }
}
