import { randomUUID } from 'node:crypto';
import { GlobalRole, Locale } from '@inspraak/contracts';
import { UnitRowPath, UserRow } from './import-rules';
import { ImportProblem, ImportSummary } from './user-import.entity';
import { ExistingUser, UnitRecord, UnitWrite, UserWrite } from './user-import.repository';
import { pathKey, UnitDirectory } from './unit-paths';

export interface UserPlan {
  inserts: UserWrite[];
  updates: (UserWrite & { id: string })[];
  roleChanges: { id: string; from: string; to: string }[];
  summary: ImportSummary;
  problems: ImportProblem[];
}

/**
 * What a users import changes: new e-mail addresses are created; existing accounts get the
 * file's values, where a blank optional cell keeps what they have; identical rows are left alone.
 */
export function planUsers(
  rows: UserRow[],
  existing: Map<string, ExistingUser>,
  importerId: string | null,
): UserPlan {
  const plan: UserPlan = {
    inserts: [],
    updates: [],
    roleChanges: [],
    summary: { created: 0, updated: 0, unchanged: 0 },
    problems: [],
  };
  for (const row of rows) {
    const ex = existing.get(row.email);
    if (!ex) {
      plan.inserts.push({
        name: row.name,
        email: row.email,
        primaryOrgUnitId: row.unitId ?? null,
        locale: row.locale ?? Locale.NL,
        role: row.role ?? GlobalRole.EMPLOYEE,
      });
      continue;
    }
    const next: UserWrite & { id: string } = {
      id: ex.id,
      name: row.name,
      email: ex.email,
      primaryOrgUnitId: row.unitId === undefined ? ex.primaryOrgUnitId : row.unitId,
      locale: row.locale ?? ex.locale,
      role: row.role ?? ex.role,
    };
    if (ex.id === importerId && next.role !== ex.role) {
      plan.problems.push({
        line: row.line,
        column: 'role',
        code: 'OWN_ROLE',
        message: 'You cannot change your own role',
      });
      continue;
    }
    const same =
      next.name === ex.name &&
      next.primaryOrgUnitId === ex.primaryOrgUnitId &&
      next.locale === ex.locale &&
      next.role === ex.role;
    if (same) continue;
    plan.updates.push(next);
    if (next.role !== ex.role) plan.roleChanges.push({ id: ex.id, from: ex.role, to: next.role });
  }
  plan.summary = {
    created: plan.inserts.length,
    updated: plan.updates.length,
    unchanged: rows.length - plan.inserts.length - plan.updates.length - plan.problems.length,
  };
  return plan;
}

export interface UnitPlan {
  creates: UnitWrite[];
  summary: ImportSummary;
}

/**
 * What an org units import creates: every unit on a row's path (ancestors included) that the
 * active tree does not have yet, matched by name path from the top, case-insensitive.
 */
export function planUnits(rows: UnitRowPath[], units: UnitRecord[]): UnitPlan {
  const directory = new UnitDirectory(units);
  const byId = new Map(units.map((u) => [u.id, u]));
  const known = new Map<string, { id: string; path: string; depth: number }>();
  for (const [key, id] of directory.byPath) {
    const u = byId.get(id)!;
    known.set(key, { id: u.id, path: u.path, depth: u.depth });
  }
  const creates: UnitWrite[] = [];
  let unchanged = 0;
  for (const { names } of rows) {
    if (known.has(pathKey(names))) {
      unchanged++;
      continue;
    }
    for (let i = 1; i <= names.length; i++) {
      const key = pathKey(names.slice(0, i));
      if (known.has(key)) continue;
      const parent = i > 1 ? known.get(pathKey(names.slice(0, i - 1)))! : null;
      const id = randomUUID();
      const unit: UnitWrite = {
        id,
        name: names[i - 1],
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        depth: i - 1,
      };
      known.set(key, unit);
      creates.push(unit);
    }
  }
  return { creates, summary: { created: creates.length, updated: 0, unchanged } };
}

/** "Directie > Afdeling > Team" for every unit id (archived ones too), for the export. */
export function displayPaths(units: UnitRecord[]): Map<string, string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Map<string, string>();
  for (const u of units) {
    const names = u.path
      .split('/')
      .filter(Boolean)
      .map((id) => byId.get(id)?.name ?? '?');
    out.set(u.id, names.join(' > '));
  }
  return out;
}
