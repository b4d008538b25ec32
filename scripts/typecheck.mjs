// `npm run typecheck`: strict TypeScript over every project (server, web app, browser tests).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const projects = [
  'tsconfig.json',
  'apps/web/tsconfig.json',
  'apps/web/tsconfig.node.json',
  'libs/web/ui/tsconfig.json',
  'apps/web-e2e/tsconfig.json',
].filter((p) => existsSync(join(root, p)));
let failed = false;
for (const p of projects) {
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', p, '--noEmit'],
    { cwd: root, stdio: 'inherit' },
  );
  process.stdout.write(`typecheck ${p}: ${r.status === 0 ? 'ok' : 'errors'}\n`);
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);
