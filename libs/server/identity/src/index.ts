export { IdentityModule } from './lib/identity.module';
export { IDENTITY_ENTITIES } from './lib/identity.entities';
export { DEMO_PASSWORD, DEMO_USERS } from './lib/seed/demo-seed.service';
