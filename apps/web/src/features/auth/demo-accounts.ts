import { GlobalRole } from '@inspraak/contracts';

/**
 * The demo logins seeded in embedded mode (libs/server/identity/src/lib/seed/demo-seed.service.ts
 * and the README). Shown on the sign-in page only when the API reports embedded mode; the seed
 * refuses to run in production.
 */
export const DEMO_PASSWORD = 'Inspraak-demo-2026!';

export const DEMO_ACCOUNTS: readonly { role: GlobalRole; email: string }[] = [
  { role: GlobalRole.EMPLOYEE, email: 'employee@voorbeeld.nl' },
  { role: GlobalRole.MODERATOR, email: 'moderator@voorbeeld.nl' },
  { role: GlobalRole.MANAGER, email: 'manager@voorbeeld.nl' },
  { role: GlobalRole.ADMIN, email: 'admin@voorbeeld.nl' },
];
