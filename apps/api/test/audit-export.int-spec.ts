import { parse } from 'csv-parse/sync';
import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { neutraliseCsvCell } from '@inspraak/server-audit';
import { startTestApi, TestApi } from './test-api';
import { errorCode, TestSession } from './test-session';

describe('audit log export', () => {
  let api: TestApi;
  let admin: TestSession;
  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    admin = await new TestSession(api.url).signInOrFail('admin@voorbeeld.nl', DEMO_PASSWORD);
  });
  afterAll(() => api.close());

  const exportCsv = (s: TestSession, action?: string) =>
    s.gql<{ exportAuditEventsCsv: string }>(
      'query($a: String) { exportAuditEventsCsv(action: $a) }',
      {
        a: action ?? null,
      },
    );

  it('gives admins the events as CSV, filtered, and audits the export itself', async () => {
    const { body } = await exportCsv(admin, 'auth.sign_in');
    expect(body.errors).toBeUndefined();
    const rows = parse<Record<string, string>>(
      body.data!.exportAuditEventsCsv.replace(/^\uFEFF/, ''),
      { columns: true },
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r['action']))).toEqual(new Set(['auth.sign_in']));
    expect(Object.keys(rows[0])).toEqual([
      'time',
      'actor_id',
      'action',
      'result',
      'object_type',
      'object_id',
      'origin_ip',
      'details',
    ]);
    const csv = (await exportCsv(admin)).body.data!.exportAuditEventsCsv;
    expect(csv).toContain('audit.export');
    expect(csv).not.toMatch(/password|Inspraak-demo/i);
  });

  it('is refused to everyone else', async () => {
    const manager = await new TestSession(api.url).signInOrFail(
      'manager@voorbeeld.nl',
      DEMO_PASSWORD,
    );
    expect(errorCode((await exportCsv(manager)).body)).toBe('FORBIDDEN');
    expect(errorCode((await exportCsv(new TestSession(api.url))).body)).toBe('UNAUTHENTICATED');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const evil of ['=cmd|"/c calc"!A1', '+1', '-2', '@SUM(A1)']) {
      expect(neutraliseCsvCell(evil)).toBe(`'${evil}`);
    }
    expect(neutraliseCsvCell('auth.sign_in')).toBe('auth.sign_in');
  });
});
