/** The whole audience: the root of every result tree (above the top-level org units). */
export const ROOT = '*';

export enum HiddenReason {
  /** Fewer than the threshold answered in this group. */
  BELOW_THRESHOLD = 'BELOW_THRESHOLD',
  /** Enough answered, but showing it would let a hidden sibling be computed (parent minus shown). */
  COMPLEMENTARY = 'COMPLEMENTARY',
  /** The unit above is hidden, so everything under it is too. */
  PARENT_HIDDEN = 'PARENT_HIDDEN',
  /** Hidden by an earlier rule (comments: the group's results are hidden). */
  RESULTS_HIDDEN = 'RESULTS_HIDDEN',
}

/** One group of the result tree: an org unit (or ROOT) with what it counts. */
export interface TreeNode {
  id: string;
  /** ROOT for top-level units; null only for ROOT itself. */
  parentId: string | null;
  /**
   * Answers reported at exactly this unit (its own reporting cell). Null when no audience member
   * reports here (then the unit is only the sum of its children and has no remainder of its own).
   */
  own: number | null;
}

export interface Visibility {
  visible: boolean;
  reason: HiddenReason | null;
  /** Answers in the group (its own cell plus every descendant's). */
  count: number;
}

/** Children per node, in a stable order (by id), and each node's subtree count. */
export function indexTree(nodes: readonly TreeNode[]) {
  const children = new Map<string, string[]>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) {
    if (n.parentId === null) continue;
    if (!byId.has(n.parentId)) throw new Error(`result tree: ${n.id} has an unknown parent`);
    const list = children.get(n.parentId) ?? [];
    list.push(n.id);
    children.set(n.parentId, list);
  }
  for (const list of children.values()) list.sort();
  const counts = new Map<string, number>();
  const count = (id: string): number => {
    const known = counts.get(id);
    if (known !== undefined) return known;
    const n = (byId.get(id)!.own ?? 0) + (children.get(id) ?? []).reduce((s, c) => s + count(c), 0);
    counts.set(id, n);
    return n;
  };
  for (const n of nodes) count(n.id);
  return { byId, children, counts };
}

/**
 * Threshold plus complementary suppression over the org-unit tree (anonymity.md).
 *
 * A group is shown only when at least `threshold` people in it answered. For every shown group,
 * its parts are its child units and — when audience members report at the unit itself — its own
 * remainder (the unit minus its children, which is never shown on its own). Whatever of those
 * parts is not shown can be computed together as "parent minus the shown parts"; so when any part
 * is hidden, the hidden parts must add up to at least `threshold` answers. If they do not, the
 * smallest shown children are hidden as well until they do (they always can: with every child
 * hidden the hidden parts are the whole shown parent). A hidden group hides everything below
 * it, so a hidden group can never be rebuilt from below either. Zero counts are protected the
 * same way: "nobody in this group answered" is a statement about people too.
 *
 * Top-down, because hiding a child only changes the parts of that child's parent. The result is
 * deterministic (ties broken by id). `preHidden` hides groups whatever their count (comments use
 * it: no comments where the results are hidden).
 */
export function suppress(
  nodes: readonly TreeNode[],
  threshold: number,
  preHidden: ReadonlySet<string> = new Set(),
): Map<string, Visibility> {
  const { byId, children, counts } = indexTree(nodes);
  const out = new Map<string, Visibility>();
  const hideSubtree = (id: string, reason: HiddenReason) => {
    out.set(id, { visible: false, reason, count: counts.get(id)! });
    for (const c of children.get(id) ?? []) hideSubtree(c, HiddenReason.PARENT_HIDDEN);
  };
  const fails = (id: string): HiddenReason | null =>
    preHidden.has(id)
      ? HiddenReason.RESULTS_HIDDEN
      : counts.get(id)! < threshold
        ? HiddenReason.BELOW_THRESHOLD
        : null;

  const visit = (id: string) => {
    out.set(id, { visible: true, reason: null, count: counts.get(id)! });
    const kids = children.get(id) ?? [];
    const hidden = new Map<string, HiddenReason>();
    for (const c of kids) {
      const reason = fails(c);
      if (reason) hidden.set(c, reason);
    }
    const hasRemainder = byId.get(id)!.own !== null;
    let sum =
      (hasRemainder ? (byId.get(id)!.own ?? 0) : 0) +
      [...hidden.keys()].reduce((s, c) => s + counts.get(c)!, 0);
    if (hidden.size > 0 || hasRemainder) {
      const shown = kids
        .filter((c) => !hidden.has(c))
        .sort((a, b) => counts.get(a)! - counts.get(b)! || (a < b ? -1 : 1));
      while (sum < threshold && shown.length) {
        const c = shown.shift()!;
        hidden.set(c, HiddenReason.COMPLEMENTARY);
        sum += counts.get(c)!;
      }
    }
    for (const c of kids) {
      const reason = hidden.get(c);
      if (reason) hideSubtree(c, reason);
      else visit(c);
    }
  };

  const root = nodes.find((n) => n.parentId === null);
  if (!root) throw new Error('result tree without a root');
  const rootReason = fails(root.id);
  if (rootReason) hideSubtree(root.id, rootReason);
  else visit(root.id);
  return out;
}
