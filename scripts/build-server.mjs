// Compiles the server (API, worker, libraries, migrate script) with SWC into dist/, keeping the
// source tree layout so the rewritten path aliases resolve; entry points: dist/apps/api/main.js,
// dist/apps/worker/main.js, dist/apps/worker/mail-sender.js, dist/scripts/migrate.js.
import { createRequire } from 'node:module';
import { mkdir, readdir, writeFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const { transformFile } = require('@swc/core');
const { root, swcOptions } = require('./swc-options.cjs');

const SOURCES = ['apps/api/src', 'apps/worker/src', 'libs/server', 'libs/shared'];
const SKIP = /\.(spec|int-spec|e2e-spec|bench)\.ts$|\/test\/|\/testing\.ts$/;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts') && !SKIP.test(p)) yield p;
  }
}

const started = Date.now();
const out = join(root, 'dist');
await rm(join(out, 'apps/api'), { recursive: true, force: true });
await rm(join(out, 'apps/worker'), { recursive: true, force: true });
await rm(join(out, 'libs'), { recursive: true, force: true });
const files = [join(root, 'scripts/migrate.ts')];
for (const s of SOURCES) for await (const f of walk(join(root, s))) files.push(f);
const options = swcOptions();
await Promise.all(
  files.map(async (file) => {
    const { code, map } = await transformFile(file, {
      ...options,
      filename: file,
      sourceFileName: relative(out, file),
    });
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
  }),
);
await writeFile(join(out, 'apps/api/main.js'), "require('./src/main.js');\n");
await writeFile(join(out, 'apps/worker/main.js'), "require('./src/main.js');\n");
await writeFile(join(out, 'apps/worker/mail-sender.js'), "require('./src/mail-sender.js');\n");
process.stdout.write(`server build: ${files.length} files in ${Date.now() - started} ms\n`);
