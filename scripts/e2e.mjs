// `npm run test:e2e`: builds the platform, starts it in embedded mode on fresh data folders,
// runs the browser tests (apps/web-e2e, Chromium) against it in two lanes and stops it.
// Ends with "N passed, N failed". Screenshots land in apps/web-e2e/artifacts/.
import { execFileSync, spawn } from 'node:child_process';
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

const basePort = Number(process.env.E2E_PORT ?? '3100');
// E2E_DATA_DIR lets runs on other ports keep their own data folders.
const dataRoot = process.env.E2E_DATA_DIR ?? join(root, 'tmp/e2e-data');
const out = join(root, 'tmp/test-results');
mkdirSync(out, { recursive: true });

// The whole suite runs in two lanes at once, each against its own platform (own port, data
// folder and OpenID provider), so no lane sees the other's data: the page survey (every page ×
// language × width × role, with axe and screenshots: about half of the time) and the rest.
// Much of a browser test is waiting (network idle, debounces), so two lanes share two cores well.
// Test paths on the command line (or E2E_LANES=1) run one lane with exactly those.
const PAGES_SPEC = 'apps/web-e2e/src/pages.e2e-spec.ts';
const jestArgs = process.argv.slice(2).filter((a) => a !== '--no-build');
const oneLane = jestArgs.length > 0 || process.env.E2E_LANES === '1';
const lanes = oneLane
  ? [{ name: 'browser tests', args: jestArgs }]
  : [
      { name: 'pages', args: [PAGES_SPEC] },
      { name: 'flows', args: ['--testPathIgnorePatterns', PAGES_SPEC] },
    ];

/** Starts the OpenID provider and the platform of one lane; resolves once both answer. */
async function startPlatform(index) {
  const port = String(basePort + 2 * index);
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = index === 0 ? dataRoot : `${dataRoot}-${index}`;
  rmSync(dataDir, { recursive: true, force: true });

  // A real OpenID provider (the one the SSO integration tests use) so the browser tests can sign
  // in with "your organisation". Its development login page accepts these account names.
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
  return {
    baseUrl,
    ready,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
      provider.stdin.end();
    },
  };
}

/**
 * Runs one lane's Jest. With several lanes each lane's output is kept and printed as a whole when
 * it ends (interleaved lines of two runs cannot be read); one lane prints as it goes.
 */
function runJest(lane, index, baseUrl) {
  const resultFile = join(out, lanes.length === 1 ? 'e2e.json' : `e2e-${lane.name}.json`);
  rmSync(resultFile, { force: true });
  const child = spawn(
    join(root, 'node_modules/.bin/jest'),
    [
      '--config',
      'apps/web-e2e/jest.config.js',
      '--json',
      `--outputFile=${resultFile}`,
      ...lane.args,
    ],
    {
      cwd: root,
      env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_LANE: String(index), TZ: 'UTC' },
      stdio: lanes.length === 1 ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    },
  );
  const chunks = [];
  child.stdout?.on('data', (d) => chunks.push(d));
  child.stderr?.on('data', (d) => chunks.push(d));
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      if (lanes.length > 1) {
        process.stdout.write(`\n--- browser tests, lane "${lane.name}" ---\n`);
        process.stdout.write(Buffer.concat(chunks));
      }
      let passed = 0;
      let failed = 0;
      if (existsSync(resultFile)) {
        const j = JSON.parse(readFileSync(resultFile, 'utf8'));
        passed = j.numPassedTests;
        failed = j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
      } else failed = 1;
      resolve({ status: code ?? 1, passed, failed });
    });
  });
}

const platforms = await Promise.all(lanes.map((_, index) => startPlatform(index)));
let passed = 0;
let failed = 0;
let status = 0;
if (platforms.some((p) => !p.ready)) {
  process.stderr.write('The platform did not become ready for the browser tests.\n');
  failed = 1;
  status = 1;
} else {
  if (lanes.length > 1) {
    process.stdout.write(
      `Browser tests in ${lanes.length} lanes: ${lanes
        .map((lane, i) => `"${lane.name}" at ${platforms[i].baseUrl}`)
        .join(', ')}; each lane's output follows when it ends.\n`,
    );
  }
  const results = await Promise.all(
    lanes.map((lane, index) => runJest(lane, index, platforms[index].baseUrl)),
  );
  for (const r of results) {
    passed += r.passed;
    failed += r.failed;
    if (r.status !== 0) status = r.status;
  }
}
await Promise.all(platforms.map((p) => p.stop()));
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
