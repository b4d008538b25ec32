import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RuntimeMode } from '@inspraak/contracts';
import { loadConfig } from './config';
import { CONFIG_SPEC } from './config.schema';

/**
 * Keeps the production topology (docker-compose.yml, docker/) in line with the configuration
 * schema and the build: every variable is a known setting, no secret is written into the compose
 * file, the commands start what scripts/build-server.mjs produces, and Redis keeps jobs safe.
 */
const root = join(__dirname, '../../../../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Service {
  image?: string;
  build?: { context?: string; dockerfile?: string; target?: string };
  command?: string | string[];
  environment?: Record<string, unknown> | string[];
  env_file?: string | (string | { path: string })[];
  healthcheck?: { test?: string | string[] };
  depends_on?: Record<string, { condition?: string }> | string[];
  stop_grace_period?: string;
  restart?: string;
}
interface Compose {
  services: Record<string, Service>;
}

const APP_SERVICES = ['migrate', 'api', 'worker', 'mail-sender'] as const;
const SETTINGS = new Map(Object.values(CONFIG_SPEC).map((s) => [s.env, s]));
const SECRET_SETTINGS = Object.values(CONFIG_SPEC)
  .filter((s) => s.secret)
  .map((s) => s.env);
/** `${NAME}` or `${NAME:?message}`: taken from the environment, no default written here. */
const INTERPOLATION = /^\$\{[A-Z_][A-Z0-9_]*(?::?\?[^}]*)?\}$/;

const compose = parse(read('docker-compose.yml'), { merge: true }) as Compose;
const service = (name: string): Service => {
  const s = compose.services[name];
  if (!s) throw new Error(`docker-compose.yml has no service "${name}"`);
  return s;
};

function environmentOf(s: Service): Record<string, string> {
  const env = s.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((line) => {
        const i = line.indexOf('=');
        return i < 0 ? [line, ''] : [line.slice(0, i), line.slice(i + 1)];
      }),
    );
  }
  // Compose accepts strings, numbers and booleans as values; null means "take it from the shell".
  return Object.fromEntries(
    Object.entries(env).map(([k, v]) => [
      k,
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? `${v}` : '',
    ]),
  );
}

function envFilesOf(s: Service): string[] {
  const files = s.env_file === undefined ? [] : [s.env_file].flat();
  return files.map((f) => (typeof f === 'string' ? f : f.path));
}

function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const i = line.indexOf('=');
    if (i < 0) throw new Error(`not a KEY=value line: ${line}`);
    out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return out;
}

/** The committed template of an env file a service reads (docker/production.env → .example). */
const exampleOf = (file: string) => `${file.replace(/^\.\//, '')}.example`;

/** `${NAME:-default}` → default, so the compose values can be checked against the schema. */
const resolveDefault = (value: string) =>
  value.replace(/\$\{[A-Z0-9_]+(?::?-([^}]*))?\}/g, (_m, def?: string) => def ?? '');

function seconds(duration: string): number {
  const parts = [...duration.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== duration) {
    throw new Error(`unreadable duration: ${duration}`);
  }
  const unit = { h: 3600, m: 60, s: 1, ms: 0.001 } as const;
  return parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2] as keyof typeof unit], 0);
}

const commandOf = (s: Service) =>
  (Array.isArray(s.command) ? s.command : (s.command ?? '').split(/\s+/)).filter(Boolean);

/** Entry points scripts/build-server.mjs writes, as paths relative to the repository root. */
function builtEntryPoints(): string[] {
  const script = read('scripts/build-server.mjs');
  const mains = [...script.matchAll(/writeFile\(join\(out, '([^']+\.js)'\)/g)].map((m) => m[1]);
  const scripts = [...script.matchAll(/join\(root, '(scripts\/[^']+)\.ts'\)/g)].map(
    (m) => `${m[1]}.js`,
  );
  return [...mains, ...scripts].map((p) => `dist/${p}`);
}

/** Dockerfile stages by name with their lines. */
function dockerStages(): Map<string, string[]> {
  const stages = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of read('docker/Dockerfile').split('\n')) {
    const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) {
      current = [];
      if (from[1]) stages.set(from[1], current);
    }
    current?.push(line);
  }
  return stages;
}

describe('docker-compose.yml and docker/', () => {
  it('sets only known settings for migrate, api and worker', () => {
    const unknown: string[] = [];
    for (const name of APP_SERVICES) {
      const s = service(name);
      for (const key of Object.keys(environmentOf(s))) {
        if (!SETTINGS.has(key)) unknown.push(`${name}: ${key} (docker-compose.yml)`);
      }
      for (const file of envFilesOf(s)) {
        const example = exampleOf(file);
        expect(existsSync(join(root, example))).toBe(true);
        for (const key of Object.keys(parseEnvFile(read(example)))) {
          if (!SETTINGS.has(key)) unknown.push(`${name}: ${key} (${example})`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('has no env template that no service reads', () => {
    const used = new Set(
      Object.values(compose.services).flatMap((s) => envFilesOf(s).map(exampleOf)),
    );
    const templates = readdirSync(join(root, 'docker'))
      .filter((f) => f.endsWith('.env.example'))
      .map((f) => `docker/${f}`);
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.filter((t) => !used.has(t))).toEqual([]);
  });

  it('gives no secret a literal value in the compose file', () => {
    const literal: string[] = [];
    for (const [name, s] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(environmentOf(s))) {
        const secret = SETTINGS.get(key)?.secret ?? /PASSWORD|SECRET|TOKEN|_KEY$/.test(key);
        if (secret && value !== '' && !INTERPOLATION.test(value)) literal.push(`${name}: ${key}`);
      }
    }
    expect(literal).toEqual([]);
    // No credentials in a URL anywhere in the file (postgres://user:password@host).
    expect(read('docker-compose.yml')).not.toMatch(/[a-z]+:\/\/[^/\s:@'"]+:[^@\s'"]+@/i);
    expect(SECRET_SETTINGS).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'APP_SECRET']),
    );
  });

  it('ships no real secret in the templates', () => {
    for (const name of APP_SERVICES) {
      for (const file of envFilesOf(service(name))) {
        expect(parseEnvFile(read(exampleOf(file))).APP_SECRET ?? '').toBe('');
      }
    }
  });

  it('gives migrate, api and worker a valid production configuration', () => {
    for (const name of APP_SERVICES) {
      const s = service(name);
      const env: Record<string, string> = {};
      for (const file of envFilesOf(s)) Object.assign(env, parseEnvFile(read(exampleOf(file))));
      for (const [k, v] of Object.entries(environmentOf(s))) env[k] = resolveDefault(v);
      env.APP_SECRET = 'x'.repeat(40);
      const config = loadConfig(env);
      expect(config.isProduction).toBe(true);
      expect(config.runtimeMode).toBe(RuntimeMode.SERVICES);
      if (name === 'api') {
        expect(config.host).toBe('0.0.0.0');
        expect(config.runMigrations).toBe(false);
        expect(config.webDistDir).toBe('dist/apps/web');
      }
      if (name === 'worker') {
        expect(config.host).toBe('0.0.0.0');
        // Workers hand their mail to the mail sender service, on the port it listens on.
        expect(config.mailSenderUrl).toBe(
          `tcp://mail-sender:${environmentOf(service('mail-sender')).MAIL_SENDER_PORT}`,
        );
      }
      if (name === 'mail-sender') expect(config.host).toBe('0.0.0.0');
    }
  });

  it('starts the entry points scripts/build-server.mjs produces', () => {
    const entries = builtEntryPoints();
    expect(entries).toEqual(
      expect.arrayContaining([
        'dist/apps/api/main.js',
        'dist/apps/worker/main.js',
        'dist/apps/worker/mail-sender.js',
        'dist/scripts/migrate.js',
      ]),
    );
    const expected = {
      migrate: 'dist/scripts/migrate.js',
      api: 'dist/apps/api/main.js',
      worker: 'dist/apps/worker/main.js',
      'mail-sender': 'dist/apps/worker/mail-sender.js',
    };
    const stages = dockerStages();
    for (const name of APP_SERVICES) {
      const s = service(name);
      expect(commandOf(s)).toEqual(['node', expected[name]]);
      expect(entries).toContain(expected[name]);
      // The image built for the service runs the same command by default.
      expect(s.build?.dockerfile).toBe('docker/Dockerfile');
      const stage = stages.get(s.build?.target ?? '');
      expect(stage).toBeDefined();
      expect(stage?.join('\n')).toContain(`CMD ["node", "${expected[name]}"]`);
    }
  });

  it('builds small, non-root images with signal handling', () => {
    const dockerfile = read('docker/Dockerfile');
    const stages = dockerStages();
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(stages.get('build')?.join('\n')).toMatch(/npm ci$/m);
    expect(stages.get('build')?.join('\n')).toContain('npm run build');
    expect(stages.get('deps')?.join('\n')).toContain('npm ci --omit=dev');
    const runtime = stages.get('runtime')?.join('\n') ?? '';
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toContain('ENTRYPOINT ["/usr/bin/tini", "--"]');
    expect(runtime).toContain('NODE_ENV=production');
    expect(existsSync(join(root, 'docker/Dockerfile.dockerignore'))).toBe(true);
  });

  it('runs migrations once before api and worker start', () => {
    expect(service('migrate').restart).toBe('no');
    for (const name of ['api', 'worker']) {
      const deps = service(name).depends_on as Record<string, { condition?: string }>;
      expect(deps.migrate?.condition).toBe('service_completed_successfully');
    }
  });

  it('checks readiness and lets processes finish within the grace period', () => {
    expect(JSON.stringify(service('api').healthcheck?.test)).toContain('PORT');
    expect(JSON.stringify(service('worker').healthcheck?.test)).toContain('WORKER_PORT');
    expect(JSON.stringify(service('mail-sender').healthcheck?.test)).toContain('MAIL_SENDER_PORT');
    expect(read('docker/healthcheck.cjs')).toContain('/health/ready');
    for (const name of ['api', 'worker', 'mail-sender']) {
      const s = service(name);
      const timeoutMs = Number(
        resolveDefault(environmentOf(s).SHUTDOWN_TIMEOUT_MS ?? '') ||
          CONFIG_SPEC.shutdownTimeoutMs.schema.parse(undefined),
      );
      const drainMs = Number(
        resolveDefault(environmentOf(s).SHUTDOWN_DRAIN_MS ?? '') ||
          CONFIG_SPEC.shutdownDrainMs.schema.parse(undefined),
      );
      expect(s.stop_grace_period).toBeDefined();
      // At least 2 s left between the process giving up and SIGKILL.
      expect(seconds(s.stop_grace_period ?? '0s') * 1000).toBeGreaterThanOrEqual(
        drainMs + timeoutMs + 2000,
      );
    }
  });

  it('runs Redis with an append-only file and without eviction', () => {
    const redis = service('redis');
    const args = commandOf(redis).join(' ');
    expect(args).toMatch(/--appendonly yes\b/);
    expect(args).toMatch(/--maxmemory-policy noeviction\b/);
    expect(redis.image).toMatch(/^redis:7\b/);
    expect(service('postgres').image).toMatch(/^postgres:16\b/);
  });
});
