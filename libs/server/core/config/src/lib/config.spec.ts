import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RuntimeMode } from '@inspraak/contracts';
import { ConfigError, configReferenceMarkdown, loadConfig } from './config';

describe('loadConfig', () => {
  it('needs nothing to run embedded', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      databaseDriver: 'pglite',
      jobDriver: 'in-process',
      runtimeMode: RuntimeMode.EMBEDDED,
      runMigrations: true,
      seedDemo: true,
      graphqlIntrospection: true,
      graphqlMaxDepth: 10,
      graphqlMaxCost: 1000,
      graphqlMaxAliases: 15,
      publicUrl: 'http://localhost:3000',
    });
  });

  it('switches to services mode with DATABASE_URL and REDIS_URL', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://r:6379' });
    expect(c.runtimeMode).toBe(RuntimeMode.SERVICES);
    expect(c.databaseDriver).toBe('postgres');
    expect(c.jobDriver).toBe('bullmq');
    expect(c.seedDemo).toBe(false);
  });

  it('lists every bad setting at once and never shows a secret', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        GRAPHQL_MAX_DEPTH: '0',
        DATABASE_URL: 'not a url with password hunter2',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('PORT="eighty"');
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('takes the mail sender address as tcp://host:port only', () => {
    expect(loadConfig({ MAIL_SENDER_URL: 'tcp://mail-sender:3002' }).mailSenderUrl).toBe(
      'tcp://mail-sender:3002',
    );
    for (const bad of ['http://mail-sender:3002', 'tcp://mail-sender', 'tcp://a:1/x', 'tcp://:1']) {
      expect(() => loadConfig({ MAIL_SENDER_URL: bad })).toThrow(
        /MAIL_SENDER_URL.*tcp:\/\/host:port/,
      );
    }
  });

  it('requires a long secret and a database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_SECRET is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: 'short' })).toThrow(/APP_SECRET/);
    const c = loadConfig({
      NODE_ENV: 'production',
      APP_SECRET: 'x'.repeat(32),
      DATABASE_URL: 'postgres://db/x',
    });
    expect(c.runMigrations).toBe(false);
    expect(c.graphqlIntrospection).toBe(false);
  });

  it('reads boolean flags', () => {
    expect(loadConfig({ RUN_MIGRATIONS: 'no', TRUST_PROXY: 'true' })).toMatchObject({
      runMigrations: false,
      trustProxy: true,
    });
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrow(ConfigError);
  });
});

describe('docs/operations.md', () => {
  it('carries the configuration reference generated from the schema', () => {
    const doc = readFileSync(join(__dirname, '../../../../../../docs/operations.md'), 'utf8');
    const between = /<!-- config:start -->\n([\s\S]*?)\n<!-- config:end -->/.exec(doc)?.[1];
    expect(between?.trim()).toBe(configReferenceMarkdown().trim());
  });
});
