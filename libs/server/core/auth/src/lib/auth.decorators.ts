import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';

export const AUTH_METADATA = 'inspraak:auth';

/** What an operation requires: nothing (public) or one permission. */
export type AuthRequirement = { public: true } | { permission: Permission };

/**
 * The one decorator every GraphQL operation and HTTP route carries (besides `@Public()`): the
 * global guard refuses everything without it.
 */
export function Authorize(permission: Permission) {
  const requirement: AuthRequirement = { permission };
  // The extension lets tools that read the schema object see the permission as well.
  return applyDecorators(SetMetadata(AUTH_METADATA, requirement), Extensions({ permission }));
}

/** Open to anyone, signed in or not (reference data, health checks, sign-in itself). */
export function Public() {
  const requirement: AuthRequirement = { public: true };
  return SetMetadata(AUTH_METADATA, requirement);
}

/** A readable label for the operation-permission snapshot. */
export function describeRequirement(r: AuthRequirement | undefined): string {
  if (!r) return 'NONE';
  return 'public' in r ? 'PUBLIC' : r.permission;
}
