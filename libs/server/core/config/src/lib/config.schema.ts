import { z } from 'zod';

/**
 * The one configuration schema. Every setting is read from the environment here and nowhere
 * else; docs/operations.md carries a table generated from this list (a test keeps them in sync).
 */
export interface SettingSpec<T extends z.ZodType = z.ZodType> {
  env: string;
  schema: T;
  description: string;
  secret?: boolean;
  /** Default as documented, where it is computed rather than a plain value. */
  shownDefault?: string;
}

const bool = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? def : v === 'true' || v === '1' || v === 'yes'));
const int = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);
const optionalUrl = z.string().url().optional();

function spec<T extends z.ZodType>(
  env: string,
  schema: T,
  description: string,
  secret = false,
  shownDefault?: string,
): SettingSpec<T> {
  return { env, schema, description, secret, ...(shownDefault ? { shownDefault } : {}) };
}

export const CONFIG_SPEC = {
  nodeEnv: spec(
    'NODE_ENV',
    z.enum(['development', 'test', 'production']).default('development'),
    'Runtime environment. `production` turns on secure cookies, hides introspection and requires APP_SECRET.',
  ),
  host: spec(
    'HOST',
    z.string().min(1).default('127.0.0.1'),
    'Interface the HTTP server binds to (use 0.0.0.0 in containers).',
  ),
  port: spec(
    'PORT',
    int(3000, 0, 65535),
    'HTTP port of the API (which also serves the built web app). 0 picks a free port.',
  ),
  workerPort: spec(
    'WORKER_PORT',
    int(3001, 0, 65535),
    'HTTP port of a worker process for its /health/live and /health/ready endpoints.',
  ),
  publicUrl: spec(
    'PUBLIC_URL',
    z.string().url().optional(),
    'Public base URL used in links (mails, SSO redirects).',
    false,
    'http://localhost:PORT',
  ),
  databaseUrl: spec(
    'DATABASE_URL',
    optionalUrl,
    'PostgreSQL connection string. Unset: embedded PGlite with data in DATA_DIR.',
    true,
  ),
  databaseSchema: spec(
    'DATABASE_SCHEMA',
    z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/)
      .optional(),
    'PostgreSQL schema (search_path) holding the tables. Default: the server default (public).',
  ),
  databasePoolSize: spec(
    'DATABASE_POOL_SIZE',
    int(10, 1, 200),
    'Connections per process in the database pool.',
  ),
  dataDir: spec(
    'DATA_DIR',
    z.string().min(1).default('.data'),
    'Folder for embedded-mode data (PGlite files, dev mailbox, uploads).',
  ),
  redisUrl: spec(
    'REDIS_URL',
    optionalUrl,
    'Redis connection string. Set: jobs run on BullMQ in separate worker processes. Unset: jobs run in-process from a database-backed queue.',
    true,
  ),
  smtpUrl: spec(
    'SMTP_URL',
    optionalUrl,
    'SMTP server for outgoing mail (smtp://user:pass@host:port). Unset: mail goes to the dev mailbox.',
    true,
  ),
  mailSenderUrl: spec(
    'MAIL_SENDER_URL',
    z
      .string()
      .regex(/^tcp:\/\/[^/:\s]+:\d{1,5}$/, 'must look like tcp://host:port')
      .optional(),
    'Address of the mail sender process (tcp://host:port) that owns the SMTP connections and records mail as sent, so that a worker that dies cannot lose or double a mail. Used with SMTP_URL; unset: workers send over SMTP themselves. See docs/notifications.md.',
  ),
  mailSenderPort: spec(
    'MAIL_SENDER_PORT',
    int(3002, 0, 65535),
    'TCP port the mail sender process (`dist/apps/worker/mail-sender.js`) listens on (HOST is its address).',
  ),
  mailFrom: spec(
    'MAIL_FROM',
    z.string().min(3).default('Inspraak <no-reply@inspraak.local>'),
    'Sender address of outgoing mail.',
  ),
  appSecret: spec(
    'APP_SECRET',
    z.string().min(32).optional(),
    'Secret for HMACs (anonymous author hashes, survey participation) and signed tokens; at least 32 characters; required in production. Embedded `npm start` generates one in DATA_DIR.',
    true,
  ),
  runMigrations: spec(
    'RUN_MIGRATIONS',
    z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
    'Apply pending migrations at start (under an advisory lock). In production `npm run migrate` is a separate step.',
    false,
    'true; false in production',
  ),
  seedDemo: spec(
    'SEED_DEMO',
    z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
    'Seed the demo organisation into an empty database at start.',
    false,
    'true in embedded mode',
  ),
  organisationName: spec(
    'ORGANISATION_NAME',
    z.string().min(1).max(200).default('Gemeente Voorbeeld'),
    'Name of the organisation created in an empty database.',
  ),
  organisationLogoUrl: spec(
    'ORGANISATION_LOGO_URL',
    z.string().optional(),
    'URL or path of the logo shown in the header.',
  ),
  logLevel: spec(
    'LOG_LEVEL',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    'Log level (logs are JSON lines; secrets, cookies and answers are redacted).',
  ),
  logPretty: spec(
    'LOG_PRETTY',
    bool(false),
    'Human-readable log lines (development only).',
    false,
    'false',
  ),
  graphqlIntrospection: spec(
    'GRAPHQL_INTROSPECTION',
    z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
    'Allow schema introspection.',
    false,
    'true; false in production',
  ),
  graphqlMaxDepth: spec('GRAPHQL_MAX_DEPTH', int(10, 1, 50), 'Maximum query depth.'),
  graphqlMaxCost: spec('GRAPHQL_MAX_COST', int(1000, 10, 100000), 'Maximum query cost in points.'),
  graphqlMaxAliases: spec(
    'GRAPHQL_MAX_ALIASES',
    int(15, 1, 100),
    'Maximum aliases in one operation.',
  ),
  graphqlTimeoutMs: spec(
    'GRAPHQL_TIMEOUT_MS',
    int(10000, 100, 120000),
    'Requests taking longer are answered with a timeout error.',
  ),
  webDistDir: spec(
    'WEB_DIST_DIR',
    z.string().default('dist/apps/web'),
    'Folder with the built web app that the API serves (empty or missing: API only).',
  ),
  shutdownTimeoutMs: spec(
    'SHUTDOWN_TIMEOUT_MS',
    int(10000, 100, 600000),
    'How long a process waits for running requests and jobs on SIGTERM.',
  ),
  shutdownDrainMs: spec(
    'SHUTDOWN_DRAIN_MS',
    int(0, 0, 60000),
    'On SIGTERM the API keeps serving this long with /health/ready at 503, so a load balancer stops sending to it before it closes.',
  ),
  queuePrefix: spec(
    'QUEUE_PREFIX',
    z
      .string()
      .regex(/^[a-z0-9_-]{1,40}$/)
      .default('inspraak'),
    'Prefix of the BullMQ keys in Redis (lets several deployments share one Redis).',
  ),
  queueConcurrency: spec(
    'QUEUE_CONCURRENCY',
    int(5, 1, 100),
    'Jobs one worker process runs at the same time per queue.',
  ),
  queueLockDurationMs: spec(
    'QUEUE_LOCK_DURATION_MS',
    int(30000, 500, 600000),
    'How long a job lock lives without renewal; a job of a dead worker is retried after this.',
  ),
  queueStalledIntervalMs: spec(
    'QUEUE_STALLED_INTERVAL_MS',
    int(30000, 500, 600000),
    'How often workers look for stalled jobs of dead workers.',
  ),
  queueBackoffMs: spec(
    'QUEUE_BACKOFF_MS',
    int(1000, 10, 600000),
    'First retry delay; doubles with each attempt.',
  ),
  queuePollIntervalMs: spec(
    'QUEUE_POLL_INTERVAL_MS',
    int(500, 10, 60000),
    'Embedded job driver: how often the database queue is polled when idle.',
  ),
  heartbeatIntervalMs: spec(
    'HEARTBEAT_INTERVAL_MS',
    int(30000, 1000, 3600000),
    'How often workers record that they are alive.',
  ),
  sessionIdleMinutes: spec(
    'SESSION_IDLE_MINUTES',
    int(60, 5, 1440),
    'A session unused for this long ends (server-side, so every replica agrees).',
  ),
  sessionMaxAgeHours: spec(
    'SESSION_MAX_AGE_HOURS',
    int(12, 1, 720),
    'A session ends this long after sign-in, however active.',
  ),
  loginMaxAccountFailures: spec(
    'LOGIN_MAX_ACCOUNT_FAILURES',
    int(5, 1, 100),
    'Failed sign-ins for one e-mail address within LOGIN_LOCKOUT_MINUTES before it is locked.',
  ),
  loginMaxIpFailures: spec(
    'LOGIN_MAX_IP_FAILURES',
    int(50, 1, 100000),
    'Failed sign-ins from one IP address within LOGIN_LOCKOUT_MINUTES before it is locked (set TRUST_PROXY behind a proxy).',
  ),
  loginLockoutMinutes: spec(
    'LOGIN_LOCKOUT_MINUTES',
    int(15, 1, 1440),
    'Window for counting failed sign-ins and how long a lockout lasts.',
  ),
  invitationValidDays: spec(
    'INVITATION_VALID_DAYS',
    int(7, 1, 60),
    'How long the one-time link in an invitation mail stays valid.',
  ),
  passwordResetValidMinutes: spec(
    'PASSWORD_RESET_VALID_MINUTES',
    int(60, 5, 1440),
    'How long the one-time link in a password reset mail stays valid.',
  ),
  passwordResetMaxPerEmail: spec(
    'PASSWORD_RESET_MAX_PER_EMAIL',
    int(3, 1, 1000),
    'Password reset requests for one e-mail address within PASSWORD_RESET_WINDOW_MINUTES; more are refused.',
  ),
  passwordResetMaxPerIp: spec(
    'PASSWORD_RESET_MAX_PER_IP',
    int(20, 1, 100000),
    'Password reset requests from one IP address within PASSWORD_RESET_WINDOW_MINUTES; more are refused.',
  ),
  passwordResetWindowMinutes: spec(
    'PASSWORD_RESET_WINDOW_MINUTES',
    int(60, 1, 1440),
    'Window for counting password reset requests and how long a refusal lasts.',
  ),
  notificationDigestHour: spec(
    'NOTIFICATION_DIGEST_HOUR',
    int(7, 0, 23),
    'Hour of the day (Europe/Amsterdam) from which the daily notification digest mails go out.',
  ),
  notificationRetentionDays: spec(
    'NOTIFICATION_RETENTION_DAYS',
    int(365, 30, 3650),
    'Days a notification event is kept, with its in-app notifications, digest items and digest records; older ones are deleted daily.',
  ),
  identityCleanupIntervalMinutes: spec(
    'IDENTITY_CLEANUP_INTERVAL_MINUTES',
    int(60, 1, 1440),
    'How often expired sessions, spent one-time tokens and old throttle counters are deleted.',
  ),
  trustProxy: spec(
    'TRUST_PROXY',
    bool(false),
    'Trust X-Forwarded-* headers (behind a load balancer or nginx).',
    false,
    'false',
  ),
  oidcIssuerUrl: spec(
    'OIDC_ISSUER_URL',
    optionalUrl,
    'Single sign-on: the OpenID Connect issuer (e.g. https://login.microsoftonline.com/<tenant>/v2.0). Unset: no single sign-on. The provider redirects back to PUBLIC_URL/api/auth/oidc/callback.',
  ),
  oidcClientId: spec(
    'OIDC_CLIENT_ID',
    z.string().min(1).max(500).optional(),
    'Single sign-on: the client id registered at the provider (required with OIDC_ISSUER_URL).',
  ),
  oidcClientSecret: spec(
    'OIDC_CLIENT_SECRET',
    z.string().min(1).max(2000).optional(),
    'Single sign-on: the client secret (sent with HTTP Basic authentication to the token endpoint).',
    true,
  ),
  oidcScopes: spec(
    'OIDC_SCOPES',
    z.string().min(6).max(500).default('openid email profile'),
    'Single sign-on: scopes to request (space-separated; must include openid).',
  ),
  oidcClaimEmail: spec(
    'OIDC_CLAIM_EMAIL',
    z.string().min(1).max(200).default('email'),
    'Single sign-on: claim holding the e-mail address (accounts are linked by it).',
  ),
  oidcClaimName: spec(
    'OIDC_CLAIM_NAME',
    z.string().min(1).max(200).default('name'),
    'Single sign-on: claim holding the display name of a new account.',
  ),
  oidcClaimOrgUnit: spec(
    'OIDC_CLAIM_ORG_UNIT',
    z.string().min(1).max(200).optional(),
    'Single sign-on: claim naming the primary org unit of a new account (unit id, name path "A > B" or a unique unit name; unknown units are left empty).',
  ),
  oidcClaimRole: spec(
    'OIDC_CLAIM_ROLE',
    z.string().min(1).max(200).optional(),
    'Single sign-on: claim (string or list) giving the global role of a new account; values are mapped by OIDC_ROLE_MAP, unknown values give EMPLOYEE.',
  ),
  oidcRoleMap: spec(
    'OIDC_ROLE_MAP',
    z
      .string()
      .regex(
        /^\s*[^=,]+=\s*(EMPLOYEE|MODERATOR|MANAGER|ADMIN)\s*(,\s*[^=,]+=\s*(EMPLOYEE|MODERATOR|MANAGER|ADMIN)\s*)*$/,
      )
      .optional(),
    'Single sign-on: claim value to role, e.g. `Inspraak.Moderator=MODERATOR,Inspraak.Manager=MANAGER`. Unset: the values EMPLOYEE, MODERATOR and MANAGER themselves.',
  ),
  oidcAllowAdminRole: spec(
    'OIDC_ALLOW_ADMIN_ROLE',
    bool(false),
    'Single sign-on: allow the role claim to grant ADMIN (otherwise an ADMIN mapping gives EMPLOYEE).',
    false,
    'false',
  ),
  oidcCreateUsers: spec(
    'OIDC_CREATE_USERS',
    bool(true),
    'Single sign-on: create an account on first sign-in for a verified e-mail address that has none (false: only existing accounts may sign in).',
    false,
    'true',
  ),
  oidcRequireEmailVerified: spec(
    'OIDC_REQUIRE_EMAIL_VERIFIED',
    bool(true),
    'Single sign-on: only link or create accounts when the provider states `email_verified: true`. Turn off only for a provider that vouches for every address but sends no such claim.',
    false,
    'true',
  ),
  oidcDisplayName: spec(
    'OIDC_DISPLAY_NAME',
    z.string().min(1).max(100).default('your organisation account'),
    'Single sign-on: name shown on the sign-in button ("Sign in with …").',
  ),
  importMaxMb: spec(
    'IMPORT_MAX_MB',
    int(20, 1, 45),
    'Largest CSV file an admin may import (MB); larger files are refused before parsing. Also sets the request size limit of /graphql.',
  ),
  importMaxRows: spec(
    'IMPORT_MAX_ROWS',
    int(200000, 10, 2000000),
    'Most data rows one CSV import may have.',
  ),
  storageDir: spec(
    'STORAGE_DIR',
    z.string().min(1).optional(),
    'Folder for uploaded files (images attached to ideas) when no STORAGE_S3_BUCKET is set. Every API and worker process must see the same folder.',
    false,
    'DATA_DIR/uploads',
  ),
  storageS3Bucket: spec(
    'STORAGE_S3_BUCKET',
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/)
      .optional(),
    'S3-compatible object storage for uploads (AWS S3, MinIO, Ceph, …): the bucket. Set: uploads go there instead of STORAGE_DIR (needs STORAGE_S3_ACCESS_KEY_ID and STORAGE_S3_SECRET_ACCESS_KEY).',
  ),
  storageS3Endpoint: spec(
    'STORAGE_S3_ENDPOINT',
    optionalUrl,
    'S3 endpoint URL, e.g. https://minio.internal:9000. Unset: AWS (https://s3.STORAGE_S3_REGION.amazonaws.com).',
  ),
  storageS3Region: spec(
    'STORAGE_S3_REGION',
    z
      .string()
      .regex(/^[a-z0-9-]{2,40}$/)
      .default('us-east-1'),
    'S3 region used in request signing (MinIO accepts the default).',
  ),
  storageS3AccessKeyId: spec(
    'STORAGE_S3_ACCESS_KEY_ID',
    z.string().min(1).max(200).optional(),
    'S3 access key id.',
    true,
  ),
  storageS3SecretAccessKey: spec(
    'STORAGE_S3_SECRET_ACCESS_KEY',
    z.string().min(1).max(200).optional(),
    'S3 secret access key.',
    true,
  ),
  storageS3ForcePathStyle: spec(
    'STORAGE_S3_FORCE_PATH_STYLE',
    bool(false),
    'Address the bucket as ENDPOINT/BUCKET/key (MinIO and most self-hosted servers) instead of BUCKET.ENDPOINT/key.',
    false,
    'false',
  ),
  uploadMaxMb: spec(
    'UPLOAD_MAX_MB',
    int(5, 1, 50),
    'Largest image a user may upload (MB); larger uploads are refused before they are read.',
  ),
  uploadImageMaxEdge: spec(
    'UPLOAD_IMAGE_MAX_EDGE',
    int(2560, 256, 8192),
    'Uploaded images are scaled down (never up) to fit this many pixels wide and high.',
  ),
  uploadImageMaxMegapixels: spec(
    'UPLOAD_IMAGE_MAX_MEGAPIXELS',
    int(40, 1, 250),
    'Images with more pixels than this (in millions) are refused before decoding (protects memory).',
  ),
  moderationAutoHideReports: spec(
    'MODERATION_AUTO_HIDE_REPORTS',
    int(3, 1, 1000),
    'Content (ideas, comments) is hidden automatically, pending a moderator, once this many people have reported it.',
  ),
  pulseK: spec(
    'PULSE_K',
    int(5, 3, 1000),
    'Pulse surveys: a result (score, distribution, count) of a group is shown only when at least this many in it answered; a survey may set a higher value; never below 3. Fixed on a round when it opens.',
  ),
  pulseKComments: spec(
    'PULSE_K_COMMENTS',
    int(10, 5, 1000),
    'Pulse surveys: open-text comments of a group are shown only when at least this many in it answered; never below 5. Fixed on a round when it opens.',
  ),
  pulseTickSeconds: spec(
    'PULSE_TICK_SECONDS',
    int(60, 10, 3600),
    'Pulse surveys: how often the worker opens and closes due rounds, sends due reminders and moves pending answers.',
  ),
  pulseMoveDelaySeconds: spec(
    'PULSE_MOVE_DELAY_SECONDS',
    int(10, 1, 600),
    'Pulse surveys: how soon after an answer the worker tries to move pending answers into the anonymous response table (in batches of at least k per reporting unit).',
  ),
} as const;

export type ConfigSpec = typeof CONFIG_SPEC;
export type RawConfig = { [K in keyof ConfigSpec]: z.output<ConfigSpec[K]['schema']> };
