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

  it('is append-only in the database itself', async () => {
    const ds = api.db.dataSource;
    const [{ count }] = await ds.query<{ count: string }[]>('SELECT count(*) FROM audit_event');
    expect(Number(count)).toBeGreaterThan(0);
    await expect(ds.query(`UPDATE audit_event SET action = 'forged'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(ds.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    await expect(ds.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    // A retention job may delete, and only delete, inside a transaction that says so.
    const exports = async () =>
      Number(
        (
          await ds.query<{ n: string }[]>(
            `SELECT count(*) AS n FROM audit_event WHERE action = 'audit.export'`,
          )
        )[0].n,
      );
    expect(await exports()).toBeGreaterThan(0);
    await ds.transaction(async (m) => {
      await m.query(`SELECT set_config('inspraak.audit_maintenance', 'on', true)`);
      await m.query(`DELETE FROM audit_event WHERE action = 'audit.export'`);
    });
    expect(await exports()).toBe(0);
    await expect(
      ds.transaction(async (m) => {
        await m.query(`SELECT set_config('inspraak.audit_maintenance', 'on', true)`);
        await m.query(`UPDATE audit_event SET action = 'forged'`);
      }),
    ).rejects.toThrow(/append-only/);
    // The setting is transaction-local: outside it, deleting is refused again.
    await expect(ds.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });
});
