import { isEmail } from 'class-validator';
import { GlobalRole, Locale } from '@inspraak/contracts';
import { CsvColumns, CsvRow } from './csv-file';
import { ImportProblem } from './user-import.entity';
import { pathKey, splitUnitPath, UnitDirectory } from './unit-paths';

export enum ImportKind {
  ORG_UNITS = 'ORG_UNITS',
  USERS = 'USERS',
}

export const USER_COLUMNS: CsvColumns = {
  required: ['email', 'name'],
  optional: ['unit', 'role', 'locale'],
  aliases: {
    'e-mail': 'email',
    'e-mailadres': 'email',
    emailadres: 'email',
    mail: 'email',
    naam: 'name',
    'org unit': 'unit',
    org_unit: 'unit',
    orgunit: 'unit',
    eenheid: 'unit',
    afdeling: 'unit',
    rol: 'role',
    taal: 'locale',
    language: 'locale',
  },
};

export const UNIT_COLUMNS: CsvColumns = {
  required: ['path'],
  optional: [],
  aliases: { unit: 'path', eenheid: 'path', pad: 'path', 'org unit': 'path', name: 'path' },
};

const ROLE_NAMES: Record<string, GlobalRole> = {
  employee: GlobalRole.EMPLOYEE,
  medewerker: GlobalRole.EMPLOYEE,
  moderator: GlobalRole.MODERATOR,
  manager: GlobalRole.MANAGER,
  leidinggevende: GlobalRole.MANAGER,
  admin: GlobalRole.ADMIN,
  beheerder: GlobalRole.ADMIN,
};

export const MAX_UNIT_DEPTH = 10;

/** A valid users row: blank optional cells mean "keep" for existing accounts, defaults for new. */
export interface UserRow {
  line: number;
  email: string;
  name: string;
  unitId: string | null | undefined;
  role: GlobalRole | undefined;
  locale: Locale | undefined;
}

export function validateUserRows(
  rows: CsvRow[],
  units: UnitDirectory,
  /** E-mail addresses seen on earlier lines (shared when validating in parts). */
  firstLine = new Map<string, number>(),
): { valid: UserRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const valid: UserRow[] = [];
  for (const { line, cells } of rows) {
    const before = problems.length;
    const problem = (column: string, code: string, message: string) =>
      problems.push({ line, column, code, message });
    const email = (cells['email'] ?? '').toLowerCase();
    if (!email) problem('email', 'REQUIRED', 'The e-mail address is missing');
    else if (email.length > 320 || !isEmail(email)) {
      problem('email', 'BAD_EMAIL', `"${cells['email'].slice(0, 100)}" is not an e-mail address`);
    } else if (firstLine.has(email)) {
      problem(
        'email',
        'DUPLICATE_EMAIL',
        `${email} is also on line ${firstLine.get(email)}; each person may appear once`,
      );
    } else firstLine.set(email, line);
    const name = (cells['name'] ?? '').replace(/\s+/g, ' ');
    if (!name) problem('name', 'REQUIRED', 'The name is missing');
    else if (name.length > 200) problem('name', 'TOO_LONG', 'The name has over 200 characters');
    let unitId: string | null | undefined;
    if (cells['unit']) {
      unitId = units.resolve(cells['unit']);
      if (!unitId) {
        problem(
          'unit',
          'UNKNOWN_UNIT',
          `No active org unit "${cells['unit'].slice(0, 200)}"; give its path from the top, e.g. "Directie > Afdeling > Team", or import the org units first`,
        );
      }
    }
    let role: GlobalRole | undefined;
    if (cells['role']) {
      role = ROLE_NAMES[cells['role'].toLowerCase()];
      if (!role) {
        problem(
          'role',
          'BAD_ROLE',
          `Unknown role "${cells['role'].slice(0, 50)}"; use EMPLOYEE, MODERATOR, MANAGER or ADMIN`,
        );
      }
    }
    let locale: Locale | undefined;
    if (cells['locale']) {
      const l = cells['locale'].toLowerCase();
      locale = l === 'nl' ? Locale.NL : l === 'en' ? Locale.EN : undefined;
      if (!locale) problem('locale', 'BAD_LOCALE', 'The language must be nl or en');
    }
    if (problems.length === before) valid.push({ line, email, name, unitId, role, locale });
  }
  return { valid, problems };
}

export interface UnitRowPath {
  line: number;
  names: string[];
}

export function validateUnitRows(rows: CsvRow[]): {
  valid: UnitRowPath[];
  problems: ImportProblem[];
} {
  const problems: ImportProblem[] = [];
  const valid: UnitRowPath[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of rows) {
    const raw = cells['path'] ?? '';
    const names = raw ? splitUnitPath(raw) : null;
    if (!raw) {
      problems.push({
        line,
        column: 'path',
        code: 'REQUIRED',
        message: 'The unit path is missing',
      });
    } else if (!names) {
      problems.push({
        line,
        column: 'path',
        code: 'BAD_PATH',
        message: 'Every part of the path needs a name of at most 200 characters ("A > B > C")',
      });
    } else if (names.length > MAX_UNIT_DEPTH) {
      problems.push({
        line,
        column: 'path',
        code: 'TOO_DEEP',
        message: `A path may have at most ${MAX_UNIT_DEPTH} levels`,
      });
    } else if (names.slice(1).some((n) => /^[=+\-@]/.test(n))) {
      // (A cell starting with one is reported by the CSV reader already.)
      problems.push({
        line,
        column: 'path',
        code: 'FORMULA',
        message: 'A unit name may not start with =, +, - or @ (spreadsheets run it as a formula)',
      });
    } else {
      const key = pathKey(names);
      if (firstLine.has(key)) {
        problems.push({
          line,
          column: 'path',
          code: 'DUPLICATE_UNIT',
          message: `This unit is also on line ${firstLine.get(key)}`,
        });
      } else {
        firstLine.set(key, line);
        valid.push({ line, names });
      }
    }
  }
  return { valid, problems };
}
