import { AudienceUnit, resultTree } from '../anonymity/audience';
import { HiddenReason, indexTree, ROOT, suppress, TreeNode } from '../anonymity/suppression';
import { addCell, Cell, emptyCell } from './statistics';

/** One group of a closed round's result tree, before any role filter. */
export interface ComputedNode {
  id: string;
  parentId: string | null;
  depth: number;
  /** Audience members in the group's subtree. */
  audience: number;
  visible: boolean;
  reason: HiddenReason | null;
  commentsVisible: boolean;
  /** The group's answers; only ever published when `visible`. */
  cell: Cell;
  /** Reporting units in the group (ROOT as `*`), to find its comments. */
  reportingUnits: string[];
}

/**
 * The complete, suppressed result tree of a closed round: one computation every view (owner,
 * manager, audience, CSV, trend) takes its subset from, so no two views can be differenced into
 * more than the tree shows. Depth-first, children by id.
 */
export function computeTree(
  audience: readonly AudienceUnit[],
  cells: Readonly<Record<string, Cell>>,
  audienceSize: number,
  rootReports: boolean,
  k: number,
  kComments: number,
): ComputedNode[] {
  const counts = new Map(Object.entries(cells).map(([u, c]) => [u, c.responses]));
  const tree: TreeNode[] = resultTree(audience, counts, rootReports);
  const results = suppress(tree, k);
  const hidden = new Set([...results].filter(([, v]) => !v.visible).map(([id]) => id));
  const comments = suppress(tree, kComments, hidden);
  const { byId, children } = indexTree(tree);
  const people = new Map(audience.map((a) => [a.orgUnitId, a.subtreePeople]));
  const out: ComputedNode[] = [];
  const walk = (id: string, depth: number): { cell: Cell; units: string[] } => {
    const node = byId.get(id)!;
    const index = out.length;
    out.push(null as unknown as ComputedNode);
    const cell = emptyCell();
    const units: string[] = [];
    if (node.own !== null) {
      units.push(id);
      if (cells[id]) addCell(cell, cells[id]);
    }
    for (const c of children.get(id) ?? []) {
      const sub = walk(c, depth + 1);
      addCell(cell, sub.cell);
      units.push(...sub.units);
    }
    const v = results.get(id)!;
    out[index] = {
      id,
      parentId: node.parentId,
      depth,
      audience: id === ROOT ? audienceSize : (people.get(id) ?? 0),
      visible: v.visible,
      reason: v.reason,
      commentsVisible: comments.get(id)!.visible,
      cell,
      reportingUnits: units,
    };
    return { cell, units };
  };
  walk(ROOT, 0);
  return out;
}
