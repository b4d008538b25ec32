/**
 * Global roles and what each may do. The server's guard and the web app's navigation both read
 * this table; a change here shows up in the operation-permission snapshot of the API tests.
 */
export enum GlobalRole {
  EMPLOYEE = 'EMPLOYEE',
  MODERATOR = 'MODERATOR',
  MANAGER = 'MANAGER',
  ADMIN = 'ADMIN',
}

export const GLOBAL_ROLES: readonly GlobalRole[] = [
  GlobalRole.EMPLOYEE,
  GlobalRole.MODERATOR,
  GlobalRole.MANAGER,
  GlobalRole.ADMIN,
];

export enum Permission {
  /** Read the org unit tree (everyone with an account: audiences, profiles). */
  ORG_UNIT_READ = 'ORG_UNIT_READ',
  /** Change one's own name and language. */
  PROFILE_EDIT = 'PROFILE_EDIT',
  /** Create, rename, move and archive org units. */
  ORG_UNIT_MANAGE = 'ORG_UNIT_MANAGE',
  /** List, create, update and deactivate users, and change their roles. */
  USER_MANAGE = 'USER_MANAGE',
  /** Read the audit log. */
  AUDIT_READ = 'AUDIT_READ',
  /** List and read trajectories; which ones is decided per trajectory (visibility, team). */
  TRAJECTORY_READ = 'TRAJECTORY_READ',
  /** Start a new trajectory (innovation managers and project leads are moderators). */
  TRAJECTORY_CREATE = 'TRAJECTORY_CREATE',
  /**
   * Work on trajectories. Held by everyone because trajectory roles are not global roles: the
   * service decides per trajectory (owner, project lead or admin edit; invited stakeholders rate
   * options).
   */
  TRAJECTORY_CONTRIBUTE = 'TRAJECTORY_CONTRIBUTE',
  /** Report content (ideas, comments) one can see to the moderators. */
  CONTENT_REPORT = 'CONTENT_REPORT',
  /** Work the moderator queue: hide and restore content, dismiss reports. */
  CONTENT_MODERATE = 'CONTENT_MODERATE',
}

const EVERYONE: readonly Permission[] = [
  Permission.ORG_UNIT_READ,
  Permission.PROFILE_EDIT,
  Permission.TRAJECTORY_READ,
  Permission.TRAJECTORY_CONTRIBUTE,
  Permission.CONTENT_REPORT,
];

export const ROLE_PERMISSIONS: Readonly<Record<GlobalRole, readonly Permission[]>> = {
  [GlobalRole.EMPLOYEE]: EVERYONE,
  [GlobalRole.MODERATOR]: [...EVERYONE, Permission.TRAJECTORY_CREATE, Permission.CONTENT_MODERATE],
  [GlobalRole.MANAGER]: EVERYONE,
  [GlobalRole.ADMIN]: [
    ...EVERYONE,
    Permission.ORG_UNIT_MANAGE,
    Permission.USER_MANAGE,
    Permission.AUDIT_READ,
    Permission.TRAJECTORY_CREATE,
    Permission.CONTENT_MODERATE,
  ],
};

export function roleHasPermission(role: GlobalRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

export function isGlobalRole(value: string): value is GlobalRole {
  return (GLOBAL_ROLES as readonly string[]).includes(value);
}
