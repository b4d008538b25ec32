import { RuntimeMode } from '@inspraak/contracts';
import { CONFIG_SPEC, ConfigSpec, RawConfig } from './config.schema';

export type DatabaseDriver = 'postgres' | 'pglite';
export type JobDriver = 'bullmq' | 'in-process';

export interface AppConfig extends Omit<
  RawConfig,
  'runMigrations' | 'seedDemo' | 'graphqlIntrospection' | 'publicUrl'
> {
  publicUrl: string;
  runMigrations: boolean;
  seedDemo: boolean;
  graphqlIntrospection: boolean;
  isProduction: boolean;
  databaseDriver: DatabaseDriver;
  jobDriver: JobDriver;
  runtimeMode: RuntimeMode;
  version: string;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const flag = (v: string | undefined, def: boolean) =>
  v === undefined ? def : v === 'true' || v === '1' || v === 'yes';

/** Reads and validates the environment once; throws a ConfigError naming every bad setting. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  version = '0.0.0',
): AppConfig {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, setting] of Object.entries(CONFIG_SPEC) as [
    keyof ConfigSpec,
    ConfigSpec[keyof ConfigSpec],
  ][]) {
    const value = env[setting.env];
    const parsed = setting.schema.safeParse(value === '' ? undefined : value);
    if (parsed.success) raw[key] = parsed.data;
    else {
      const shown = setting.secret ? '(secret, not shown)' : JSON.stringify(value);
      problems.push(
        `${setting.env}=${shown}: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
      );
    }
  }
  if (problems.length) throw new ConfigError(problems);
  const r = raw as RawConfig;
  const isProduction = r.nodeEnv === 'production';
  if (isProduction && !r.appSecret) problems.push('APP_SECRET is required in production');
  if (isProduction && !r.databaseUrl) problems.push('DATABASE_URL is required in production');
  if (r.oidcIssuerUrl && !r.oidcClientId) {
    problems.push('OIDC_CLIENT_ID is required with OIDC_ISSUER_URL');
  }
  if (r.oidcIssuerUrl && !/(^|\s)openid(\s|$)/.test(r.oidcScopes)) {
    problems.push('OIDC_SCOPES must include openid');
  }
  if (r.storageS3Bucket && (!r.storageS3AccessKeyId || !r.storageS3SecretAccessKey)) {
    problems.push(
      'STORAGE_S3_ACCESS_KEY_ID and STORAGE_S3_SECRET_ACCESS_KEY are required with STORAGE_S3_BUCKET',
    );
  }
  if (problems.length) throw new ConfigError(problems);

  const databaseDriver: DatabaseDriver = r.databaseUrl ? 'postgres' : 'pglite';
  const jobDriver: JobDriver = r.redisUrl ? 'bullmq' : 'in-process';
  return {
    ...r,
    publicUrl: r.publicUrl ?? `http://localhost:${r.port}`,
    runMigrations: flag(r.runMigrations, !isProduction),
    seedDemo: flag(r.seedDemo, databaseDriver === 'pglite'),
    graphqlIntrospection: flag(r.graphqlIntrospection, !isProduction),
    isProduction,
    databaseDriver,
    jobDriver,
    runtimeMode:
      databaseDriver === 'postgres' && jobDriver === 'bullmq'
        ? RuntimeMode.SERVICES
        : RuntimeMode.EMBEDDED,
    version,
  };
}

/** Markdown table of every setting, for docs/operations.md. */
export function configReferenceMarkdown(): string {
  const rows = Object.values(CONFIG_SPEC).map((s) => {
    const def = (s.schema as { _zod?: { def?: { defaultValue?: string | number | boolean } } })._zod
      ?.def?.defaultValue;
    const value = 'shownDefault' in s ? s.shownDefault : def;
    const shown = value === undefined ? '' : `\`${String(value)}\``;
    return `| \`${s.env}\` | ${shown} | ${s.secret ? 'yes' : ''} | ${s.description} |`;
  });
  return ['| variable | default | secret | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
