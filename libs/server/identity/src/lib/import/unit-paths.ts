/** Separator of unit names in a path from the top: "Directie Ruimte > Afdeling Vergunningen". */
export const UNIT_PATH_SEPARATOR = '>';

export interface UnitRow {
  id: string;
  name: string;
  parentId: string | null;
  archivedAt?: Date | null;
}

/** Case- and whitespace-insensitive key of one unit name. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The names of a unit path, trimmed; empty segments make it invalid (null). */
export function splitUnitPath(path: string): string[] | null {
  const parts = path.split(UNIT_PATH_SEPARATOR).map((p) => p.trim().replace(/\s+/g, ' '));
  return parts.length && parts.every((p) => p.length > 0 && p.length <= 200) ? parts : null;
}

export const pathKey = (names: string[]) => names.map(nameKey).join(' > ');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The active org unit tree by name path, for matching what a CSV file or an identity provider
 * names: a unit id, a name path from the top ("A > B > C"), or a name that only one unit has.
 */
export class UnitDirectory {
  readonly byPath = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();
  private readonly ids = new Set<string>();

  constructor(units: UnitRow[]) {
    const active = units.filter((u) => !u.archivedAt);
    const byId = new Map(active.map((u) => [u.id, u]));
    const keyOf = (u: UnitRow, seen = 0): string | null => {
      if (seen > 100) return null;
      if (!u.parentId) return nameKey(u.name);
      const parent = byId.get(u.parentId);
      const up = parent ? keyOf(parent, seen + 1) : null;
      return up === null ? null : `${up} > ${nameKey(u.name)}`;
    };
    for (const u of active) {
      this.ids.add(u.id);
      const key = keyOf(u);
      if (key !== null && !this.byPath.has(key)) this.byPath.set(key, u.id);
      const n = nameKey(u.name);
      this.byName.set(n, [...(this.byName.get(n) ?? []), u.id]);
    }
  }

  /** The id of the unit a value names, or null when it names none (or several). */
  resolve(value: string): string | null {
    const v = value.trim();
    if (!v) return null;
    if (UUID.test(v)) return this.ids.has(v.toLowerCase()) ? v.toLowerCase() : null;
    const names = splitUnitPath(v);
    if (!names) return null;
    if (names.length > 1) return this.byPath.get(pathKey(names)) ?? null;
    const byPath = this.byPath.get(pathKey(names));
    if (byPath) return byPath;
    const same = this.byName.get(nameKey(names[0])) ?? [];
    return same.length === 1 ? same[0] : null;
  }
}
