import { loadConfig } from '@inspraak/server-config';
import type { AuditService } from '@inspraak/server-audit';
import type { PasswordHasher } from '../auth/password.hasher';
import { checkPassword } from '../auth/password.policy';
import type { OrgUnitRepository } from '../org-units/org-unit.repository';
import type { UserRepository } from '../users/user.repository';
import { DEMO_PASSWORD, DemoSeedService } from './demo-seed.service';

describe('demo seed', () => {
  const users = { count: jest.fn(() => Promise.resolve(0)) };
  const make = (env: Record<string, string>) =>
    new DemoSeedService(
      loadConfig(env),
      {} as OrgUnitRepository,
      users as unknown as UserRepository,
      {} as PasswordHasher,
      {} as AuditService,
    );

  it('refuses to seed in production', async () => {
    const seed = make({
      NODE_ENV: 'production',
      APP_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://db/x',
      SEED_DEMO: 'true',
    });
    await expect(seed.onApplicationBootstrap()).rejects.toThrow(/refused in production/);
    expect(users.count).not.toHaveBeenCalled();
  });

  it('does nothing when seeding is off', async () => {
    await make({ SEED_DEMO: 'false' }).onApplicationBootstrap();
    expect(users.count).not.toHaveBeenCalled();
  });

  it('uses a demo password that passes the password rules', () => {
    expect(checkPassword(DEMO_PASSWORD)).toBeNull();
  });
});
