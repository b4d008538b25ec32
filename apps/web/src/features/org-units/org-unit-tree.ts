import type { TreeNode } from '@inspraak/web-ui';

export interface OrgUnitLike {
  id: string;
  name: string;
  parentId: string | null;
}

export interface OrgUnitTreeNode extends TreeNode {
  unit: OrgUnitLike;
  children: OrgUnitTreeNode[];
}

const byName = (a: OrgUnitTreeNode, b: OrgUnitTreeNode) =>
  a.label.localeCompare(b.label, 'nl', { sensitivity: 'base' });

/** Builds the tree from the flat list; units whose parent is missing become roots. */
export function buildOrgUnitTree(units: readonly OrgUnitLike[]): OrgUnitTreeNode[] {
  const nodes = new Map<string, OrgUnitTreeNode>(
    units.map((unit) => [unit.id, { id: unit.id, label: unit.name, unit, children: [] }]),
  );
  const roots: OrgUnitTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgUnitTreeNode[]) => {
    list.sort(byName);
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** The unit and everything below it. */
export function subtreeIds(units: readonly OrgUnitLike[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && ids.has(unit.parentId) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** "Directie Ruimte › Afdeling Vergunningen" for selects, in tree order. */
export function orgUnitOptions(
  units: readonly OrgUnitLike[],
): { value: string; label: string; depth: number }[] {
  const out: { value: string; label: string; depth: number }[] = [];
  const walk = (list: OrgUnitTreeNode[], trail: string[]) => {
    for (const node of list) {
      const path = [...trail, node.label];
      out.push({ value: node.id, label: path.join(' › '), depth: trail.length });
      walk(node.children, path);
    }
  };
  walk(buildOrgUnitTree(units), []);
  return out;
}
