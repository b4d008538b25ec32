// `npm run build`: server (SWC, ~0.1 s) and web app (Vite) into dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
if (only !== 'web')
  execFileSync(process.execPath, [join(root, 'scripts/build-server.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
if (only !== 'server' && existsSync(join(root, 'apps/web/vite.config.ts'))) {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist/.build-stamp'), new Date().toISOString());
