export { IdentityModule } from './lib/identity.module';
export { IDENTITY_ENTITIES } from './lib/identity.entities';
// Other domains reference these tables by foreign key (owner, team member, audience).
export { OrgUnitEntity } from './lib/org-units/org-unit.entity';
export { UserEntity } from './lib/users/user.entity';
export { DEMO_PASSWORD, DEMO_USERS } from './lib/seed/demo-seed.service';
export { SSO_ENTITIES } from './lib/sso/oidc-login.entity';
export { IMPORT_ENTITIES } from './lib/import/user-import.entity';
export { ACCOUNT_ACCESS_ENTITIES } from './lib/account-access/account-token.entity';
export { IdentityJobsModule } from './lib/account-access/account-access.module';
export { ImportJobsModule } from './lib/import/import.module';
