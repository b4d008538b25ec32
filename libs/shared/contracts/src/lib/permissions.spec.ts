import {
  GLOBAL_ROLES,
  GlobalRole,
  Permission,
  ROLE_PERMISSIONS,
  roleHasPermission,
} from './permissions';

describe('role permissions', () => {
  it('gives every role an entry and only admins the admin permissions', () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...GLOBAL_ROLES].sort());
    for (const p of [Permission.ORG_UNIT_MANAGE, Permission.USER_MANAGE, Permission.AUDIT_READ]) {
      expect(GLOBAL_ROLES.filter((r) => roleHasPermission(r, p))).toEqual([GlobalRole.ADMIN]);
    }
    expect(GLOBAL_ROLES.every((r) => roleHasPermission(r, Permission.ORG_UNIT_READ))).toBe(true);
  });

  it('refuses unknown roles', () => {
    expect(roleHasPermission('ROOT' as GlobalRole, Permission.ORG_UNIT_READ)).toBe(false);
  });
});
