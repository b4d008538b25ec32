import { auditServer, type AuditFail } from 'graphql-http';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, TestApi } from './test-api';

describe('API over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('serves the organisation, the SIM phases and the platform status', async () => {
    const { status, body } = await api.gql<{
      organisation: { name: string };
      simPhases: { number: number; phase: string; name: { nl: string; en: string } }[];
      platformStatus: { runtimeMode: string; version: string };
    }>(
      '{ organisation { name } simPhases { number phase name { nl en } } platformStatus { runtimeMode version } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.organisation.name).toBe('Gemeente Voorbeeld');
    expect(body.data!.simPhases.map((p) => p.name.nl)).toEqual([
      'Voorbereiden',
      'Genereren',
      'Selecteren',
      'Testen',
      'Implementeren en evalueren',
    ]);
    expect(body.data!.simPhases[4]).toMatchObject({ number: 5, phase: 'IMPLEMENT_AND_EVALUATE' });
    const guidelines = await api.gql<{ simPhases: { guidelines: { nl: string; en: string }[] }[] }>(
      '{ simPhases { guidelines { nl en } } }',
    );
    // The guide's own summaries: six guidelines for preparing, three to five for the others.
    expect(guidelines.body.data!.simPhases.map((p) => p.guidelines.length)).toEqual([
      6, 3, 4, 5, 4,
    ]);
    expect(guidelines.body.data!.simPhases[0].guidelines[3].nl).toContain('besluitvormingsregels');
    expect(
      guidelines.body.data!.simPhases.flatMap((p) => p.guidelines).every((x) => x.en.length > 10),
    ).toBe(true);
    expect(body.data!.platformStatus.runtimeMode).toBe(
      process.env.REDIS_URL ? 'SERVICES' : 'EMBEDDED',
    );
    expect(body.data!.platformStatus.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('acknowledges its start through the job pipeline', async () => {
    // In-process driver: the API runs the job itself; with BullMQ a worker must run, so only
    // the embedded path can be checked here (the worker path is covered by the crash test).
    if (process.env.REDIS_URL) return;
    let ack: string | null = null;
    for (let i = 0; i < 50 && !ack; i++) {
      const { body } = await api.gql<{ platformStatus: { startAcknowledgedAt: string | null } }>(
        '{ platformStatus { startAcknowledgedAt } }',
      );
      ack = body.data!.platformStatus.startAcknowledgedAt;
      if (!ack) await new Promise((r) => setTimeout(r, 100));
    }
    expect(ack).not.toBeNull();
  });

  it('answers live and ready health checks', async () => {
    const live = await fetch(`${api.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${api.url}/health/ready`);
    const body = (await ready.json()) as {
      status: string;
      checks: { name: string; ok: boolean }[];
    };
    expect(ready.status).toBe(200);
    expect(body.checks.map((c) => c.name)).toEqual(
      process.env.REDIS_URL ? expect.arrayContaining(['database', 'redis']) : ['database'],
    );
  });

  it('serves the same schema as the committed schema.gql', () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const committed = readFileSync(
      join(__dirname, '../../../libs/graphql-schema/schema.gql'),
      'utf8',
    );
    expect(committed).toContain(printSchema(lexicographicSortSchema(schema)));
  });

  it('gives a typed error for a malformed query, never a 500', async () => {
    const { status, body } = await api.gql('{ organisation { name ');
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses text that is not valid Unicode (an unpaired surrogate) as bad input, never a 500', async () => {
    const { status, body } = await api.gql(
      'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
      { input: { email: 'a@voorbeeld.nl', password: 'wachtwoord\ud800' } },
    );
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.password', code: 'INVALID_TEXT', message: 'Text must be valid Unicode' },
      ],
    });
  });

  it('gives a typed error for an unknown field', async () => {
    const { body } = await api.gql('{ organisation { nope } }');
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses queries deeper than the limit', async () => {
    // Depth is counted on selections; nest fragments-free fields by repeating a wrapper via aliases.
    const deep = '{ simPhases { name { nl } } }'.replace('{ nl }', '{ nl }');
    const ok = await api.gql(deep);
    expect(ok.body.errors).toBeUndefined();
    const withLowLimit = await startTestApi({ GRAPHQL_MAX_DEPTH: '1' });
    try {
      const { body } = await withLowLimit.gql(deep);
      expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    } finally {
      await withLowLimit.close();
    }
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: organisation { name }`).join(' ');
    const { body } = await api.gql(`{ ${aliases} }`);
    expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    const fifteen = Array.from({ length: 15 }, (_, i) => `a${i}: organisation { name }`).join(' ');
    expect((await api.gql(`{ ${fifteen} }`)).body.errors).toBeUndefined();
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: '{ organisation { name } }' },
        { query: '{ organisation { name } }' },
      ]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a GET mutation-less request without a CSRF-safe content type', async () => {
    const res = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('{ organisation { name } }')}`,
    );
    expect(res.status).toBe(400);
  });

  it('sends security headers with a CSP that allows no inline scripts', async () => {
    const res = await fetch(`${api.url}/health/live`);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('API in production configuration', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(40) });
  });
  afterAll(() => api.close());

  it('refuses introspection', async () => {
    const { body } = await api.gql('{ __schema { types { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('gives no field suggestions in errors', async () => {
    const { body } = await api.gql('{ organisatio { name } }');
    expect(body.errors![0].message).not.toMatch(/Did you mean/);
  });
});

describe('GraphQL over HTTP compliance (graphql-http audit)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('passes every MUST of the GraphQL-over-HTTP spec', async () => {
    const results = await auditServer({ url: `${api.url}/graphql` });
    const failures = results.filter(
      (r): r is AuditFail => r.status === 'error' && r.name.startsWith('MUST'),
    );
    expect(failures.map((f) => `${f.name}: ${f.reason}`)).toEqual([]);
  });
});
