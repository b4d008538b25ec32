import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { MailTestApi, startMailTestApi } from './test-mail-api';
import { TestApi } from './test-api';
import { errorCode, TestSession } from './test-session';

interface ImportView {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  problems: { line: number; column: string | null; code: string; message: string }[];
  summary: { created: number; updated: number; unchanged: number } | null;
}
const FIELDS =
  'id status totalRows processedRows problems { line column code message } summary { created updated unchanged }';

describe('CSV import and export of org units and users', () => {
  // The API with a job consumer (a worker next to it in services mode); no mail needed here.
  let platform: MailTestApi;
  let api: TestApi;
  let admin: TestSession;

  beforeAll(async () => {
    platform = await startMailTestApi({ smtp: false, env: { IMPORT_MAX_MB: '2' } });
    api = platform.api;
    admin = await new TestSession(api.url).signInOrFail('admin@voorbeeld.nl', DEMO_PASSWORD);
  });
  afterAll(() => platform?.close());

  async function runImport(
    kind: 'USERS' | 'ORG_UNITS',
    file: { csv?: string; csvBase64?: string },
    dryRun: boolean,
  ): Promise<ImportView> {
    const { body } = await admin.gql<{ startUserImport: ImportView }>(
      `mutation($input: StartUserImportInput!) { startUserImport(input: $input) { ${FIELDS} } }`,
      { input: { kind, dryRun, ...file } },
    );
    if (body.errors) throw new Error(body.errors[0].message);
    let view = body.data!.startUserImport;
    for (
      let i = 0;
      i < 1200 && !['VALIDATED', 'INVALID', 'COMPLETED', 'FAILED'].includes(view.status);
      i++
    ) {
      await new Promise((r) => setTimeout(r, 50));
      const polled = await admin.gql<{ userImport: ImportView }>(
        `query($id: ID!) { userImport(id: $id) { ${FIELDS} } }`,
        { id: view.id },
      );
      // A loaded machine may answer a poll with a timeout: poll again.
      if (polled.body.data) view = polled.body.data.userImport;
    }
    return view;
  }

  const counts = async () => {
    const [row] = await api.db.dataSource.query<{ users: number; units: number; changed: Date }[]>(
      `SELECT (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM org_unit) AS units,
              (SELECT max(updated_at) FROM app_user) AS changed`,
    );
    return row;
  };

  const UNITS = [
    'path',
    'Directie Veiligheid',
    'Directie Veiligheid > Afdeling Crisisbeheersing > Team Crisis Noord',
    'directie ruimte > Afdeling Vergunningen > Team Nieuw',
  ].join('\n');
  const USERS = [
    'e-mail;naam;eenheid;rol;taal',
    'jan.jansen@voorbeeld.nl;Jan Jansen;Directie Veiligheid > Afdeling Crisisbeheersing > Team Crisis Noord;medewerker;nl',
    'Piet.Pieters@Voorbeeld.nl;"Pieters; Piet";Team Nieuw;MANAGER;en',
    'employee@voorbeeld.nl;Eva Medewerker-de Vries;;;',
  ].join('\r\n');

  it('imports org units (with missing parents) all at once, and again changes nothing', async () => {
    const before = await counts();
    const dry = await runImport('ORG_UNITS', { csv: UNITS }, true);
    expect(dry).toMatchObject({
      status: 'VALIDATED',
      problems: [],
      totalRows: 3,
      processedRows: 3,
    });
    expect(dry.summary).toEqual({ created: 4, updated: 0, unchanged: 0 });
    expect((await counts()).units).toBe(before.units);
    const done = await runImport('ORG_UNITS', { csv: UNITS }, false);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      summary: { created: 4, updated: 0, unchanged: 0 },
    });
    expect((await counts()).units).toBe(before.units + 4);
    const again = await runImport('ORG_UNITS', { csv: UNITS }, false);
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect((await counts()).units).toBe(before.units + 4);
  });

  it('imports users from a Dutch Excel file; the same file again changes nothing', async () => {
    const before = await counts();
    const dry = await runImport(
      'USERS',
      { csvBase64: Buffer.from(`\uFEFF${USERS}`).toString('base64') },
      true,
    );
    expect(dry.problems).toEqual([]);
    expect(dry.summary).toEqual({ created: 2, updated: 1, unchanged: 0 });
    expect((await counts()).users).toBe(before.users);
    const done = await runImport('USERS', { csv: USERS }, false);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      summary: { created: 2, updated: 1, unchanged: 0 },
    });
    const [piet] = await api.db.dataSource.query<
      { name: string; role: string; locale: string; unit: string }[]
    >(
      `SELECT u.name, u.role, u.locale, o.name AS unit FROM app_user u JOIN org_unit o ON o.id = u.primary_org_unit_id
        WHERE u.email = 'piet.pieters@voorbeeld.nl'`,
    );
    expect(piet).toEqual({
      name: 'Pieters; Piet',
      role: 'MANAGER',
      locale: 'en',
      unit: 'Team Nieuw',
    });
    const [eva] = await api.db.dataSource.query<
      { name: string; role: string; unit: string | null }[]
    >(
      `SELECT name, role, primary_org_unit_id AS unit FROM app_user WHERE email = 'employee@voorbeeld.nl'`,
    );
    expect(eva.name).toBe('Eva Medewerker-de Vries');
    expect(eva.role).toBe('EMPLOYEE');
    expect(eva.unit).not.toBeNull();
    const middle = await counts();
    expect(middle.users).toBe(before.users + 2);
    const again = await runImport('USERS', { csv: USERS }, false);
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const after = await counts();
    expect(after).toEqual(middle);
    const audit = await api.db.dataSource.query<
      { result: string; details: Record<string, unknown> }[]
    >(`SELECT result, details FROM audit_event WHERE action = 'user.import' ORDER BY created_at`);
    expect(audit.at(-1)).toMatchObject({
      result: 'SUCCESS',
      details: { kind: 'USERS', created: 0, unchanged: 3 },
    });
  });

  it('reports every problem by line and writes nothing', async () => {
    const before = await counts();
    const csv = [
      'email,name,unit,role',
      'ok@voorbeeld.nl,Okay,,',
      'geen-adres,Bad Mail,,',
      'dubbel@voorbeeld.nl,One,,',
      'dubbel@voorbeeld.nl,Two,,',
      'x@voorbeeld.nl,X,Nergens > Niets,',
      'y@voorbeeld.nl,Y,,koning',
      "z@voorbeeld.nl,=cmd|' /C calc'!A0,,",
      'admin@voorbeeld.nl,Ahmed Beheerder,,EMPLOYEE',
    ].join('\n');
    const report = await runImport('USERS', { csv }, false);
    expect(report.status).toBe('INVALID');
    expect(report.problems.map((p) => `${p.line}:${p.code}`)).toEqual([
      '3:BAD_EMAIL',
      '5:DUPLICATE_EMAIL',
      '6:UNKNOWN_UNIT',
      '7:BAD_ROLE',
      '8:FORMULA',
      '9:OWN_ROLE',
    ]);
    expect(report.problems.every((p) => p.message.length > 10)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('refuses missing columns, wrong encoding and oversized files with a clear report', async () => {
    const before = await counts();
    const missing = await runImport(
      'USERS',
      { csv: 'email,role\na@voorbeeld.nl,EMPLOYEE\n' },
      true,
    );
    expect(missing.problems).toEqual([
      expect.objectContaining({ line: 1, column: 'name', code: 'MISSING_COLUMN' }),
    ]);
    const latin1 = Buffer.from('email,name\nrene@voorbeeld.nl,Ren\xe9 Dubois\n', 'latin1');
    const encoding = await runImport('USERS', { csvBase64: latin1.toString('base64') }, false);
    expect(encoding).toMatchObject({
      status: 'INVALID',
      problems: [{ line: 2, code: 'ENCODING' }],
    });
    expect(encoding.problems[0].message).toMatch(/UTF-8/);

    // Over IMPORT_MAX_MB (2 MB here): refused before parsing, nothing stored.
    const big = `email,name\n${'a@voorbeeld.nl,A\n'.repeat(160_000)}`;
    const { body } = await admin.gql(
      'mutation($input: StartUserImportInput!) { startUserImport(input: $input) { id } }',
      { input: { kind: 'USERS', dryRun: false, csv: big } },
    );
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({
        code: 'TOO_LARGE',
        message: expect.stringMatching(/at most 2 MB/),
      }),
    ]);
    // 50 MB: the request itself is refused, with the same clear message.
    const huge = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookieHeader },
      body: JSON.stringify({
        query: 'mutation($input: StartUserImportInput!) { startUserImport(input: $input) { id } }',
        variables: { input: { kind: 'USERS', dryRun: false, csv: 'x'.repeat(50 * 1024 * 1024) } },
      }),
    });
    expect(huge.status).toBe(413);
    const hugeBody = (await huge.json()) as { errors: { message: string }[] };
    expect(hugeBody.errors[0].message).toMatch(/too large.*at most 2 MB/);
    expect(await counts()).toEqual(before);
  });

  it('exports users as CSV with formulas neutralised, audited, admins only', async () => {
    await api.db.dataSource.query(
      `UPDATE app_user SET name = '=HYPERLINK("http://evil")' WHERE email = 'jan.jansen@voorbeeld.nl'`,
    );
    const { body } = await admin.gql<{ exportUsersCsv: string }>('mutation { exportUsersCsv }');
    const csv = body.data!.exportUsersCsv;
    expect(csv.startsWith('\uFEFFemail,name,unit,role,locale\n')).toBe(true);
    expect(csv).toContain(
      `jan.jansen@voorbeeld.nl,"'=HYPERLINK(""http://evil"")",Directie Veiligheid > Afdeling Crisisbeheersing > Team Crisis Noord,EMPLOYEE,nl`,
    );
    expect(csv).not.toMatch(/(^|,)"?=/m);
    const [event] = await api.db.dataSource.query<
      { actor_id: string; details: { rows: number } }[]
    >(`SELECT actor_id, details FROM audit_event WHERE action = 'user.export'`);
    expect(event.details.rows).toBeGreaterThan(5);
    const employee = await new TestSession(api.url).signInOrFail(
      'employee@voorbeeld.nl',
      DEMO_PASSWORD,
    );
    expect(errorCode((await employee.gql('mutation { exportUsersCsv }')).body)).toBe('FORBIDDEN');
  });
});
