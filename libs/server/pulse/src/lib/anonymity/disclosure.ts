import { indexTree, TreeNode, Visibility } from './suppression';

/**
 * An attacker's view of a published result tree: which groups of reporting cells have a total
 * that follows from the published numbers. Used by the tests (unit and API) to check that every
 * computable group has at least the threshold; exact for small trees (it tries every subset).
 *
 * Cells are the nodes with their own reporting cell (`own !== null`). Every shown node publishes
 * "the sum of the cells in my subtree = count". A subset of cells has a computable total exactly
 * when its 0/1 vector lies in the row space of those equations.
 */
export function computableGroups(
  nodes: readonly TreeNode[],
  visibility: ReadonlyMap<string, Visibility>,
  shown: (id: string) => boolean = (id) => visibility.get(id)!.visible,
): { cells: string[]; computable: string[][] } {
  const { children } = indexTree(nodes);
  const cells = nodes.filter((n) => n.own !== null).map((n) => n.id);
  const index = new Map(cells.map((c, i) => [c, i]));
  const subtreeCells = (id: string): number[] => {
    const own = index.has(id) ? [index.get(id)!] : [];
    return [...own, ...(children.get(id) ?? []).flatMap(subtreeCells)];
  };
  const rows = nodes
    .filter((n) => shown(n.id))
    .map((n) => {
      const v = new Array<number>(cells.length).fill(0);
      for (const i of subtreeCells(n.id)) v[i] = 1;
      return v;
    });
  const base = rank(rows);
  const computable: string[][] = [];
  if (cells.length > 14) throw new Error('computableGroups: too many cells to try every subset');
  for (let mask = 1; mask < 1 << cells.length; mask++) {
    const v = cells.map((_, i) => ((mask >> i) & 1 ? 1 : 0));
    if (rank([...rows, v]) === base) computable.push(cells.filter((_, i) => (mask >> i) & 1));
  }
  return { cells, computable };
}

/** The cells below a node (the node's own one included), for checks on hidden nodes. */
export function cellsOf(nodes: readonly TreeNode[], id: string): string[] {
  const { children, byId } = indexTree(nodes);
  const own = byId.get(id)!.own !== null ? [id] : [];
  return [...own, ...(children.get(id) ?? []).flatMap((c) => cellsOf(nodes, c))];
}

/** Rank by Gaussian elimination (0/1 matrices of a few dozen entries: doubles are exact enough). */
export function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  const cols = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let pivot = -1;
    for (let i = r; i < m.length; i++) if (Math.abs(m[i][c]) > 1e-9) pivot = pivot < 0 ? i : pivot;
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r || Math.abs(m[i][c]) < 1e-9) continue;
      const f = m[i][c] / m[r][c];
      for (let j = c; j < cols; j++) m[i][j] -= f * m[r][j];
    }
    r++;
  }
  return r;
}
