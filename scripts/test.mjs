// The README's test command. Runs the server suite (Jest) and the web suite (Vitest) in the mode
// the environment selects: embedded (no DATABASE_URL/REDIS_URL) or services (both set; the web
// suite, which uses no server, only in embedded mode).
// Ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureDeps(root);
const mode = process.env.DATABASE_URL
  ? `services (PostgreSQL${process.env.REDIS_URL ? ' + Redis/BullMQ' : ''})`
  : 'embedded (PGlite + in-process jobs)';
process.stdout.write(`Running tests in ${mode} mode\n`);

const outDir = join(root, 'tmp/test-results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const env = {
  ...process.env,
  TZ: 'UTC',
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
const extra = process.argv.slice(2);
const bin = (name) => join(root, 'node_modules/.bin', name);

let passed = 0;
let failed = 0;
let ok = true;

function run(label, cmd, args, resultFile, count) {
  process.stdout.write(`\n== ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) ok = false;
  if (existsSync(resultFile)) {
    const c = count(JSON.parse(readFileSync(resultFile, 'utf8')));
    passed += c.passed;
    failed += c.failed;
  } else if (r.status !== 0) failed += 1;
}

const jestFile = join(outDir, 'jest.json');
run(
  'server (Jest)',
  bin('jest'),
  ['--json', `--outputFile=${jestFile}`, ...extra],
  jestFile,
  (j) => ({
    passed: j.numPassedTests,
    failed: j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0),
  }),
);

const webConfig = join(root, 'apps/web/vitest.config.ts');
// The web suite never reaches a server (a test Apollo link gives its API answers), so it
// gives the same result in both modes: it runs in embedded mode, and services mode (DATABASE_URL
// set) runs the server suite only.
if (existsSync(webConfig) && extra.length === 0 && !process.env.DATABASE_URL) {
  const vitestFile = join(outDir, 'vitest.json');
  run(
    'web (Vitest)',
    bin('vitest'),
    [
      'run',
      '--config',
      webConfig,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestFile}`,
    ],
    vitestFile,
    (j) => ({
      passed: j.numPassedTests,
      failed: j.numFailedTests,
    }),
  );
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(ok && failed === 0 ? 0 : 1);
