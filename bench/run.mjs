// `npm run bench [name]`: builds the server, runs every bench/*.bench.ts (or the named one) one
// after another and prints their figures. Use DATABASE_URL/REDIS_URL for the services mode.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build-server.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
const only = process.argv[2];
const benches = readdirSync(join(root, 'bench')).filter(
  (f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only)),
);
const results = [];
for (const file of benches) {
  process.stdout.write(`\n== ${file}\n`);
  const r = spawnSync(process.execPath, ['-r', './scripts/register.cjs', join('bench', file)], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (const line of r.stdout.split('\n')) {
    if (line.startsWith('{"bench"')) results.push(JSON.parse(line).bench);
    else if (line) process.stdout.write(`${line}\n`);
  }
  if (r.status !== 0)
    results.push({ name: file, figures: { error: `exit ${r.status}` }, pass: false });
}
for (const r of results) {
  process.stdout.write(
    `\n### ${r.name}${r.pass === undefined ? '' : r.pass ? ' — target met' : ' — TARGET NOT MET'}\n`,
  );
  if (r.target) process.stdout.write(`target: ${r.target}\n`);
  for (const [k, v] of Object.entries(r.figures)) process.stdout.write(`  ${k}: ${v}\n`);
}
