import { ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ErrorCode, GlobalRole, Permission } from '@inspraak/contracts';
import { AppError } from '@inspraak/server-errors';
import { Authorize, Public } from './auth.decorators';
import { AuthGuard } from './auth.guard';
import { Principal, PrincipalResolver } from './principal';

class Handlers {
  @Public()
  open() {}
  @Authorize(Permission.USER_MANAGE)
  admin() {}
  unmarked() {}
}

function guardWith(principal: Principal | null) {
  const resolver: PrincipalResolver = { resolve: () => Promise.resolve(principal) };
  const moduleRef = { get: () => resolver } as unknown as ModuleRef;
  const guard = new AuthGuard(new Reflector(), moduleRef);
  guard.onModuleInit();
  return guard;
}

const httpContext = (handler: keyof Handlers) =>
  ({
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => ({ headers: {} }) as Request }),
  }) as unknown as ExecutionContext;

const employee: Principal = { userId: 'u1', role: GlobalRole.EMPLOYEE, sessionId: 's' };
const admin: Principal = { userId: 'u2', role: GlobalRole.ADMIN, sessionId: 's' };

describe('AuthGuard (deny by default)', () => {
  it('lets anyone through a @Public handler', async () => {
    await expect(guardWith(null).canActivate(httpContext('open'))).resolves.toBe(true);
  });

  it('refuses an unmarked handler even for an admin', async () => {
    await expect(guardWith(admin).canActivate(httpContext('unmarked'))).rejects.toBeInstanceOf(
      ForbiddenException,
    );
    await expect(guardWith(null).canActivate(httpContext('unmarked'))).rejects.toBeInstanceOf(
      UnauthorizedException,
    );
  });

  it('checks the permission against the role table', async () => {
    await expect(guardWith(admin).canActivate(httpContext('admin'))).resolves.toBe(true);
    await expect(guardWith(employee).canActivate(httpContext('admin'))).rejects.toBeInstanceOf(
      ForbiddenException,
    );
  });

  it('answers GraphQL with typed errors', async () => {
    const gqlContext = {
      ...httpContext('admin'),
      getType: () => 'graphql',
      getArgs: () => [{}, {}, { req: { headers: {} } }, {}],
      getHandler: () => Handlers.prototype.admin,
      getClass: () => Handlers,
    } as unknown as ExecutionContext;
    const signedOut = await guardWith(null)
      .canActivate(gqlContext)
      .catch((e: unknown) => e);
    expect((signedOut as AppError).code).toBe(ErrorCode.Unauthenticated);
    const refused = await guardWith(employee)
      .canActivate({
        ...gqlContext,
        getArgs: () => [{}, {}, { req: { headers: {} } }, {}],
      } as ExecutionContext)
      .catch((e: unknown) => e);
    expect((refused as AppError).code).toBe(ErrorCode.Forbidden);
  });
});
