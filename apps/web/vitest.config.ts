import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { webAliases } from './build/aliases.ts';

// Dates in tests must not depend on the machine's zone.
process.env.TZ = 'UTC';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [react()],
  resolve: { alias: webAliases },
  test: {
    name: 'web',
    environment: 'happy-dom',
    include: [
      'apps/web/src/**/*.spec.{ts,tsx}',
      'apps/web/build/**/*.spec.ts',
      'libs/web/ui/src/**/*.spec.{ts,tsx}',
    ],
    setupFiles: ['apps/web/src/test/setup.ts'],
    env: { TZ: 'UTC' },
    watch: false,
    // Room for the 5 s findBy… timeout of src/test/setup.ts, more than once per test.
    testTimeout: 15_000,
    restoreMocks: true,
  },
});
