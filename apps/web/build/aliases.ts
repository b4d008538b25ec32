import { fileURLToPath } from 'node:url';

// Mirrors the `@inspraak/web-ui` path in tsconfig.base.json for Vite and Vitest.
export const webAliases = {
  '@inspraak/web-ui': fileURLToPath(new URL('../../../libs/web/ui/src/index.ts', import.meta.url)),
};
