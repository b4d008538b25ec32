import fc from 'fast-check';
import { cellsOf, computableGroups, rank } from './disclosure';
import { HiddenReason, ROOT, suppress, TreeNode } from './suppression';

/** A random org tree under ROOT: every leaf reports (has its own cell), inner units may. */
const trees = fc
  .integer({ min: 1, max: 9 })
  .chain((n) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: n }, (_, i) => fc.integer({ min: 0, max: i }))),
      fc.array(fc.integer({ min: 0, max: 12 }), { minLength: n + 1, maxLength: n + 1 }),
      fc.array(fc.boolean(), { minLength: n + 1, maxLength: n + 1 }),
    ),
  )
  .map(([parents, counts, reports]) => {
    // Parent index 0 is ROOT; unit i (1-based) hangs under an earlier node.
    const ids = [ROOT, ...parents.map((_, i) => `u${String(i + 1).padStart(2, '0')}`)];
    const nodes: TreeNode[] = ids.map((id, i) => ({
      id,
      parentId: i === 0 ? null : ids[parents[i - 1]],
      own: null,
    }));
    const hasChild = new Set(nodes.map((n) => n.parentId));
    return nodes.map((n, i) => ({
      ...n,
      own: !hasChild.has(n.id) || reports[i] ? counts[i] : null,
    }));
  });

const sumOf = (nodes: TreeNode[], cells: string[]) =>
  cells.reduce((s, c) => s + (nodes.find((n) => n.id === c)!.own ?? 0), 0);

describe('complementary suppression', () => {
  it('hides a small unit and, with it, the sibling that would give it away', () => {
    const nodes: TreeNode[] = [
      { id: ROOT, parentId: null, own: null },
      { id: 'a', parentId: ROOT, own: 8 },
      { id: 'b', parentId: ROOT, own: 2 },
      { id: 'c', parentId: ROOT, own: 9 },
    ];
    const v = suppress(nodes, 5);
    expect(v.get(ROOT)).toEqual({ visible: true, reason: null, count: 19 });
    expect(v.get('b')!.reason).toBe(HiddenReason.BELOW_THRESHOLD);
    // Root − a − c would be b: the smallest shown sibling (a) goes too.
    expect(v.get('a')!.reason).toBe(HiddenReason.COMPLEMENTARY);
    expect(v.get('c')!.visible).toBe(true);
  });

  it('protects a unit’s own remainder (people reported at the unit itself), zero included', () => {
    const nodes: TreeNode[] = [
      { id: ROOT, parentId: null, own: null },
      { id: 'dept', parentId: ROOT, own: 0 },
      { id: 't1', parentId: 'dept', own: 6 },
      { id: 't2', parentId: 'dept', own: 7 },
    ];
    const v = suppress(nodes, 5);
    // dept − t1 − t2 would say that nobody reported at dept answered: t1 is hidden.
    expect(v.get('t1')!.reason).toBe(HiddenReason.COMPLEMENTARY);
    expect(v.get('t2')!.visible).toBe(true);
  });

  it('hides everything below a hidden unit and everything when the root is below k', () => {
    const nodes: TreeNode[] = [
      { id: ROOT, parentId: null, own: null },
      { id: 'a', parentId: ROOT, own: 1 },
      { id: 'a1', parentId: 'a', own: 2 },
    ];
    const v = suppress(nodes, 5);
    expect([...v.values()].every((x) => !x.visible)).toBe(true);
    expect(v.get('a1')!.reason).toBe(HiddenReason.PARENT_HIDDEN);
  });

  it('rank works on a small example', () => {
    expect(
      rank([
        [1, 1, 0],
        [0, 1, 1],
        [1, 2, 1],
      ]),
    ).toBe(2);
  });

  it('the attacker model catches what a threshold alone would leak (differencing)', () => {
    const nodes: TreeNode[] = [
      { id: ROOT, parentId: null, own: null },
      { id: 'a', parentId: ROOT, own: 8 },
      { id: 'b', parentId: ROOT, own: 2 },
    ];
    const v = suppress(nodes, 5);
    // Pretend only the threshold applied: root and a shown, b hidden.
    const naive = (id: string) => id !== 'b';
    expect(computableGroups(nodes, v, naive).computable).toContainEqual(['b']);
    // The real result shows the root only: nothing smaller than the root can be computed.
    expect(computableGroups(nodes, v).computable).toEqual([['a', 'b']]);
  });

  it('property: every group whose total follows from the shown numbers has at least k', () => {
    fc.assert(
      fc.property(trees, fc.integer({ min: 3, max: 6 }), (nodes, k) => {
        const v = suppress(nodes, k);
        const shown = [...v].filter(([, x]) => x.visible).map(([id]) => id);
        for (const id of shown) expect(v.get(id)!.count).toBeGreaterThanOrEqual(k);
        // Nothing shown below a hidden unit.
        for (const n of nodes) {
          if (n.parentId && !v.get(n.parentId)!.visible) expect(v.get(n.id)!.visible).toBe(false);
        }
        const { computable } = computableGroups(nodes, v);
        for (const group of computable) {
          expect({ group, sum: sumOf(nodes, group) >= k }).toEqual({ group, sum: true });
        }
        // No hidden unit can be rebuilt from the shown ones.
        const asKey = (cells: string[]) => [...cells].sort().join(',');
        const keys = new Set(computable.map(asKey));
        for (const n of nodes) {
          if (v.get(n.id)!.visible) continue;
          const cells = cellsOf(nodes, n.id);
          if (cells.length)
            expect({ node: n.id, computable: keys.has(asKey(cells)) }).toEqual({
              node: n.id,
              computable: false,
            });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('property: comments (higher threshold, never where results are hidden) hold the same', () => {
    fc.assert(
      fc.property(
        trees,
        fc.integer({ min: 3, max: 5 }),
        fc.integer({ min: 5, max: 10 }),
        (nodes, k, kc) => {
          const results = suppress(nodes, k);
          const hidden = new Set([...results].filter(([, x]) => !x.visible).map(([id]) => id));
          const comments = suppress(nodes, Math.max(k, kc), hidden);
          for (const [id, c] of comments)
            if (c.visible) expect(results.get(id)!.visible).toBe(true);
          for (const group of computableGroups(nodes, comments).computable) {
            expect(sumOf(nodes, group)).toBeGreaterThanOrEqual(Math.max(k, kc));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: any subset of the shown groups (a role’s view) reveals no group below k', () => {
    fc.assert(
      fc.property(
        trees,
        fc.integer({ min: 3, max: 6 }),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        (nodes, k, keep) => {
          const v = suppress(nodes, k);
          const subset = (id: string) =>
            v.get(id)!.visible && keep[nodes.findIndex((n) => n.id === id)];
          for (const group of computableGroups(nodes, v, subset).computable) {
            expect(sumOf(nodes, group)).toBeGreaterThanOrEqual(k);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
