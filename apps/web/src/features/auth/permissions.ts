import { isGlobalRole, Permission, ROLE_PERMISSIONS } from '@inspraak/contracts';

export { Permission };

/**
 * The API does not send a user's permissions; the role table in the shared contracts is the
 * same one the server's guard reads, so the client derives them from the role.
 */
export function permissionsOf(role: string | null | undefined): ReadonlySet<Permission> {
  return new Set(role && isGlobalRole(role) ? ROLE_PERMISSIONS[role] : []);
}
