// `npm run test:e2e`: builds the platform, starts it in embedded mode on a fresh data folder,
// runs the browser tests (apps/web-e2e, Chromium) against it and stops it.
// Ends with "N passed, N failed". Screenshots land in apps/web-e2e/artifacts/.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureDeps(root);
if (!existsSync('/usr/bin/chromium')) {
  process.stdout.write('Installing Chromium (apt-get install chromium)...\n');
  execFileSync(
    'bash',
    [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
    ],
    {
      stdio: 'inherit',
    },
  );
}
if (!process.argv.includes('--no-build'))
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });

const port = process.env.E2E_PORT ?? '3100';
const baseUrl = `http://127.0.0.1:${port}`;
// E2E_DATA_DIR lets runs on other ports keep their own data folder.
const dataDir = process.env.E2E_DATA_DIR ?? join(root, 'tmp/e2e-data');
rmSync(dataDir, { recursive: true, force: true });

// A real OpenID provider (the one the SSO integration tests use) so the browser tests can sign in
// with "your organisation". Its development login page accepts these account names.
const oidcPort = String(Number(port) + 1);
const oidc = {
  clientId: 'inspraak-e2e',
  clientSecret: 'inspraak-e2e-secret-0123456789abcdef',
  accounts: {
    'eva.sso': { email: 'employee@voorbeeld.nl', email_verified: true, name: 'Eva Medewerker' },
    'sam.sso': { email: 'sam.nieuw@voorbeeld.nl', email_verified: true, name: 'Sam Nieuw' },
  },
};
const provider = spawn(
  process.execPath,
  [
    'apps/api/test/oidc-provider-process.mjs',
    JSON.stringify({
      ...oidc,
      port: Number(oidcPort),
      redirectUri: `${baseUrl}/api/auth/oidc/callback`,
    }),
  ],
  { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] },
);
await new Promise((resolve, reject) => {
  provider.once('exit', (code) => reject(new Error(`test OpenID provider exited (${code})`)));
  provider.stdout.on('data', (d) => d.toString().includes('ready') && resolve());
});

const server = spawn(process.execPath, ['dist/apps/api/main.js'], {
  cwd: root,
  env: {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: 'UTC',
    PORT: port,
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    APP_SECRET: 'e2e-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'warn',
    OIDC_ISSUER_URL: `http://127.0.0.1:${oidcPort}`,
    OIDC_CLIENT_ID: oidc.clientId,
    OIDC_CLIENT_SECRET: oidc.clientSecret,
    OIDC_DISPLAY_NAME: 'Test-IdP',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
let ready = false;
for (let i = 0; i < 120 && !ready && server.exitCode === null; i++) {
  try {
    ready = (await fetch(`${baseUrl}/health/ready`)).ok;
  } catch {
    // not listening yet
  }
  if (!ready) await new Promise((r) => setTimeout(r, 500));
}
let passed = 0;
let failed = 0;
let status = 1;
if (!ready) {
  process.stderr.write('The platform did not become ready for the browser tests.\n');
  failed = 1;
} else {
  const out = join(root, 'tmp/test-results');
  mkdirSync(out, { recursive: true });
  const resultFile = join(out, 'e2e.json');
  rmSync(resultFile, { force: true });
  const r = spawnSync(
    join(root, 'node_modules/.bin/jest'),
    [
      '--config',
      'apps/web-e2e/jest.config.js',
      '--json',
      `--outputFile=${resultFile}`,
      ...process.argv.slice(2).filter((a) => a !== '--no-build'),
    ],
    { cwd: root, env: { ...process.env, E2E_BASE_URL: baseUrl, TZ: 'UTC' }, stdio: 'inherit' },
  );
  status = r.status ?? 1;
  if (existsSync(resultFile)) {
    const j = JSON.parse(readFileSync(resultFile, 'utf8'));
    passed = j.numPassedTests;
    failed = j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
  } else failed += 1;
}
server.kill('SIGTERM');
await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
provider.stdin.end();
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
