import { ROOT, TreeNode } from './suppression';

export interface UnitRef {
  id: string;
  parentId: string | null;
}

export interface AudienceUnit {
  orgUnitId: string;
  parentId: string | null;
  /** Audience members whose primary unit is exactly this unit. */
  people: number;
  /** Audience members in this unit and every unit below it. */
  subtreePeople: number;
  /**
   * Where this unit's members' answers are reported: the unit itself or its nearest ancestor with
   * at least k people in the audience; ROOT when no unit up to the top has k.
   */
  reportingUnitId: string;
}

/**
 * The audience snapshot of a round, per org unit, and every member unit's reporting unit:
 * a stored reporting unit never points at fewer than `k` people of the round's audience.
 * `units` must hold every unit on the path from a member's unit to the top; members without a
 * unit count at ROOT.
 */
export function audienceUnits(
  units: readonly UnitRef[],
  membersPerUnit: ReadonlyMap<string, number>,
  k: number,
): AudienceUnit[] {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const subtree = new Map<string, number>();
  for (const [unitId, n] of membersPerUnit) {
    if (unitId === ROOT) continue;
    for (let u: string | null = unitId; u !== null; u = parent.get(u) ?? null) {
      if (!parent.has(u)) throw new Error(`audience: unit ${u} is missing from the tree`);
      subtree.set(u, (subtree.get(u) ?? 0) + n);
    }
  }
  const reportingOf = (unitId: string): string => {
    for (let u: string | null = unitId; u !== null; u = parent.get(u) ?? null) {
      if ((subtree.get(u) ?? 0) >= k) return u;
    }
    return ROOT;
  };
  return [...subtree.keys()].sort().map((id) => ({
    orgUnitId: id,
    parentId: parent.get(id) ?? null,
    people: membersPerUnit.get(id) ?? 0,
    subtreePeople: subtree.get(id)!,
    reportingUnitId: reportingOf(id),
  }));
}

/**
 * The result tree of a round: ROOT, every reporting unit and the units between them and the top
 * (units whose members all report higher up are no groups of their own). `own` is the number of
 * answers reported at each unit; null for units no audience member reports at.
 */
export function resultTree(
  audience: readonly AudienceUnit[],
  answersPerReportingUnit: ReadonlyMap<string, number>,
  rootReports: boolean,
): TreeNode[] {
  const byId = new Map(audience.map((a) => [a.orgUnitId, a]));
  // Only units people are in report anywhere (a unit that is merely above others does not).
  const reporting = new Set(audience.filter((a) => a.people > 0).map((a) => a.reportingUnitId));
  const included = new Set<string>();
  for (const r of reporting) {
    for (
      let u: string | null = r === ROOT ? null : r;
      u !== null;
      u = byId.get(u)?.parentId ?? null
    ) {
      if (!byId.has(u)) break;
      included.add(u);
    }
  }
  const nodes: TreeNode[] = [
    {
      id: ROOT,
      parentId: null,
      own: rootReports || reporting.has(ROOT) ? (answersPerReportingUnit.get(ROOT) ?? 0) : null,
    },
  ];
  for (const id of [...included].sort()) {
    const a = byId.get(id)!;
    nodes.push({
      id,
      parentId: a.parentId && included.has(a.parentId) ? a.parentId : ROOT,
      own: reporting.has(id) ? (answersPerReportingUnit.get(id) ?? 0) : null,
    });
  }
  return nodes;
}
