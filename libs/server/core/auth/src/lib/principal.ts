import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { GlobalRole } from '@inspraak/contracts';

/** The signed-in user of a request, resolved once from the session cookie. */
export interface Principal {
  userId: string;
  role: GlobalRole;
  sessionId: string;
}

/** Where a request came from, for the audit log and throttling. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Implemented by the identity domain (sessions); the guard finds it at run time so this core
 * library does not depend on a domain library.
 */
export abstract class PrincipalResolver {
  abstract resolve(req: Request): Promise<Principal | null>;
}

const RESOLVING = Symbol('inspraak.principal.promise');
const RESOLVED = Symbol('inspraak.principal');
type WithPrincipal = Request & {
  [RESOLVING]?: Promise<Principal | null>;
  [RESOLVED]?: Principal | null;
};

/** Resolves the principal at most once per request, whoever asks first. */
export function principalOf(req: Request, resolver: PrincipalResolver | null) {
  const r = req as WithPrincipal;
  r[RESOLVING] ??= (resolver ? resolver.resolve(req) : Promise.resolve(null)).then((p) => {
    r[RESOLVED] = p;
    return p;
  });
  return r[RESOLVING];
}

/** The principal the guard resolved for this request (null when signed out). */
export function resolvedPrincipal(req: Request): Principal | null {
  return (req as WithPrincipal)[RESOLVED] ?? null;
}

/** Replaces the cached principal (after sign-in or sign-out within the same request). */
export function setPrincipal(req: Request, value: Principal | null) {
  const r = req as WithPrincipal;
  r[RESOLVED] = value;
  r[RESOLVING] = Promise.resolve(value);
}

export function requestFromContext(ctx: ExecutionContext): Request {
  if (ctx.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(ctx).getContext<{ req: Request }>().req;
  }
  return ctx.switchToHttp().getRequest<Request>();
}

export function originOf(req: Request): RequestOrigin {
  const ua = req.headers['user-agent'];
  return {
    ip: req.ip ?? null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 500) : null,
  };
}
