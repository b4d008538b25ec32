import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Principal, originOf, requestFromContext, resolvedPrincipal } from './principal';

/**
 * The signed-in user (or null on a public operation when signed out). The guard has already
 * resolved it for this request, so this reads the cached value.
 */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Principal | null =>
    resolvedPrincipal(requestFromContext(ctx)),
);

/** The request's IP address and user agent. */
export const Origin = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  originOf(requestFromContext(ctx)),
);
