import { Permission } from '../features/auth/permissions';

export type NavId =
  'home' | 'trajectories' | 'challenges' | 'pulse' | 'board' | 'feedback' | 'moderation' | 'admin';

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
  { id: 'trajectories', to: '/trajecten', anyOf: [Permission.TRAJECTORY_READ] },
  { id: 'challenges', to: '/uitdagingen', anyOf: [Permission.TRAJECTORY_READ] },
  // Everyone may be asked to answer a pulse survey (the page lists one's rounds).
  { id: 'pulse', to: '/puls', anyOf: [] },
  { id: 'board', to: '/jij-zei-wij-deden', anyOf: [Permission.TRAJECTORY_READ] },
  // Trajectory teams reach the inbox through their trajectory's navigation.
  { id: 'feedback', to: '/terugkoppeling', anyOf: [Permission.CONTENT_MODERATE] },
  { id: 'moderation', to: '/moderatie', anyOf: [Permission.CONTENT_MODERATE] },
  {
    id: 'admin',
    to: '/beheer',
    anyOf: [Permission.USER_MANAGE, Permission.ORG_UNIT_MANAGE, Permission.AUDIT_READ],
  },
];

export type AdminSectionId = 'users' | 'import' | 'orgUnits' | 'audit' | 'mailbox';

export interface AdminSection {
  id: AdminSectionId;
  path: string;
  permission: Permission;
  /** Only where the API has a dev mailbox (platformStatus.runtimeMode EMBEDDED). */
  embeddedOnly?: boolean;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { id: 'users', path: 'gebruikers', permission: Permission.USER_MANAGE },
  { id: 'import', path: 'import', permission: Permission.USER_MANAGE },
  { id: 'orgUnits', path: 'eenheden', permission: Permission.ORG_UNIT_MANAGE },
  { id: 'audit', path: 'auditlog', permission: Permission.AUDIT_READ },
  { id: 'mailbox', path: 'mailbox', permission: Permission.USER_MANAGE, embeddedOnly: true },
];

export function visibleNavItems(canAny: (required: readonly Permission[]) => boolean) {
  return NAV_ITEMS.filter((item) => item.anyOf.length === 0 || canAny(item.anyOf));
}
