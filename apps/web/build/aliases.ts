import { fileURLToPath } from 'node:url';

// Mirrors the `@inspraak/*` paths in tsconfig.base.json that the web app may use (web-ui and
// the shared contracts: roles and permissions) for Vite and Vitest.
export const webAliases = {
  '@inspraak/web-ui': fileURLToPath(new URL('../../../libs/web/ui/src/index.ts', import.meta.url)),
  '@inspraak/contracts': fileURLToPath(
    new URL('../../../libs/shared/contracts/src/index.ts', import.meta.url),
  ),
};
