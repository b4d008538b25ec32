import { decodeUtf8, detectDelimiter, neutraliseCell, parseCsv } from './csv-file';
import { UNIT_COLUMNS, USER_COLUMNS, validateUnitRows, validateUserRows } from './import-rules';
import { UnitDirectory } from './unit-paths';

const units = new UnitDirectory([
  { id: '00000000-0000-4000-8000-000000000001', name: 'Directie Ruimte', parentId: null },
  {
    id: '00000000-0000-4000-8000-000000000002',
    name: 'Team Groen',
    parentId: '00000000-0000-4000-8000-000000000001',
  },
]);

describe('CSV files', () => {
  it('reads Dutch Excel files: semicolons, a BOM, Dutch headers, quoted cells', () => {
    const text = '\uFEFFE-mail;Naam;Eenheid\r\n"eva@x.nl";"Eva; de Vries";Team Groen\r\n';
    expect(detectDelimiter(text.slice(1))).toBe(';');
    const parsed = parseCsv(text, USER_COLUMNS, 100);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, cells: { email: 'eva@x.nl', name: 'Eva; de Vries', unit: 'Team Groen' } },
    ]);
  });

  it('reports missing and unknown columns on the header line', () => {
    const parsed = parseCsv('mail,functie\na@x.nl,x\n', USER_COLUMNS, 100);
    expect(parsed.problems.map((p) => [p.line, p.code, p.column])).toEqual([
      [1, 'UNKNOWN_COLUMN', 'functie'],
      [1, 'MISSING_COLUMN', 'name'],
    ]);
  });

  it('rejects formula cells and reports every row problem by line', () => {
    const csv = [
      'email,name,unit,role',
      'a@x.nl,=cmd|calc,,',
      'not-an-address,B,,',
      'c@x.nl,C,Nergens,',
      'a@x.nl,A again,,',
      'd@x.nl,D,,chef',
      'e@x.nl,@SUM(1),,',
      'f@x.nl,F,Directie Ruimte > Team Groen,manager',
    ].join('\n');
    const parsed = parseCsv(csv, USER_COLUMNS, 100);
    const checked = validateUserRows(parsed.rows, units);
    const all = [...parsed.problems, ...checked.problems].map((p) => `${p.line}:${p.code}`);
    expect(all.sort()).toEqual(
      [
        '2:FORMULA',
        '3:BAD_EMAIL',
        '4:UNKNOWN_UNIT',
        '5:DUPLICATE_EMAIL',
        '6:BAD_ROLE',
        '7:FORMULA',
      ].sort(),
    );
    expect(checked.valid.find((r) => r.email === 'f@x.nl')).toMatchObject({
      unitId: '00000000-0000-4000-8000-000000000002',
      role: 'MANAGER',
    });
  });

  it('reports broken quoting and rows with the wrong number of cells', () => {
    expect(parseCsv('email,name\na@x.nl,A,extra\n', USER_COLUMNS, 10).problems[0]).toMatchObject({
      line: 2,
      code: 'COLUMN_COUNT',
    });
    expect(parseCsv('email,name\n"a@x.nl,A\n', USER_COLUMNS, 10).problems[0]).toMatchObject({
      code: 'CSV_SYNTAX',
    });
    expect(parseCsv('email,name\na,b\nc,d\nd,e\n', USER_COLUMNS, 2).problems[0].code).toBe(
      'TOO_MANY_ROWS',
    );
  });

  it('detects files that are not UTF-8, with the line', () => {
    const latin1 = Buffer.from('email,name\na@x.nl,Jos\nb@x.nl,Ren\xe9\n', 'latin1');
    const result = decodeUtf8(latin1);
    expect(result).toMatchObject({ problem: { line: 3, code: 'ENCODING' } });
    const utf16 = Buffer.from('\uFEFFemail,name\n', 'utf16le');
    expect(decodeUtf8(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]))).toMatchObject({
      problem: { code: 'ENCODING' },
    });
    expect(decodeUtf8(Buffer.from('\uFEFFemail,name\nx@y.nl,Zoë\n'))).toEqual({
      text: 'email,name\nx@y.nl,Zoë\n',
    });
    // Text a browser decoded with replacement characters is caught per cell.
    const parsed = parseCsv('email,name\nx@y.nl,Ren\uFFFD\n', USER_COLUMNS, 10);
    expect(parsed.problems[0]).toMatchObject({ line: 2, code: 'ENCODING', column: 'name' });
  });

  it('validates unit paths and neutralises formulas on export', () => {
    const parsed = parseCsv('path\nA > B\nA >  > C\na > b\n+X\nA > =Y\n', UNIT_COLUMNS, 10);
    const checked = validateUnitRows(parsed.rows);
    expect([...parsed.problems, ...checked.problems].map((p) => `${p.line}:${p.code}`)).toEqual([
      '5:FORMULA',
      '3:BAD_PATH',
      '4:DUPLICATE_UNIT',
      '6:FORMULA',
    ]);
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('-2')).toBe("'-2");
    expect(neutraliseCell('@x')).toBe("'@x");
    expect(neutraliseCell('Eva')).toBe('Eva');
  });
});
