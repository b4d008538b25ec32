import { Permission } from '../features/auth/permissions';

export type NavId = 'home' | 'admin';

export interface NavItem {
  id: NavId;
  to: string;
  /** Match the path exactly (for `/`). */
  end?: boolean;
  /** Shown when the user has any one of these; empty: every signed-in user. */
  anyOf: readonly Permission[];
}

/**
 * The main navigation, in order. Features add their entry here with the permission it needs
 * (trajectories, challenges, consultations, surveys, "you said, we did", dashboard).
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', to: '/', end: true, anyOf: [] },
  {
    id: 'admin',
    to: '/beheer',
    anyOf: [Permission.USER_MANAGE, Permission.ORG_UNIT_MANAGE, Permission.AUDIT_READ],
  },
];

export type AdminSectionId = 'users' | 'orgUnits' | 'audit';

export interface AdminSection {
  id: AdminSectionId;
  path: string;
  permission: Permission;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { id: 'users', path: 'gebruikers', permission: Permission.USER_MANAGE },
  { id: 'orgUnits', path: 'eenheden', permission: Permission.ORG_UNIT_MANAGE },
  { id: 'audit', path: 'auditlog', permission: Permission.AUDIT_READ },
];

export function visibleNavItems(canAny: (required: readonly Permission[]) => boolean) {
  return NAV_ITEMS.filter((item) => item.anyOf.length === 0 || canAny(item.anyOf));
}
