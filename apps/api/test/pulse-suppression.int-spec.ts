import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { computableGroups, ROOT, TreeNode } from '@inspraak/server-pulse/testing';
import { startTestApi, TestApi } from './test-api';
import {
  answersFor,
  fieldCodes,
  plantTree,
  PulseClient,
  pulseServices,
  Results,
  submitAs,
} from './pulse-helpers';

interface Shape {
  units: { name: string; parent: string | null; people: number }[];
  answerShare: number;
}

/** Small random org forests: 2–7 units, 0–9 people each, any parent among earlier units. */
const shapes: fc.Arbitrary<Shape> = fc
  .integer({ min: 2, max: 7 })
  .chain((n) =>
    fc.record({
      parents: fc.tuple(
        ...Array.from({ length: n }, (_, i) => fc.integer({ min: -1, max: i - 1 })),
      ),
      people: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
      answerShare: fc.double({ min: 0.2, max: 1, noNaN: true }),
    }),
  )
  .map(({ parents, people, answerShare }) => ({
    units: parents.map((p, i) => ({
      name: `U${i}`,
      parent: p < 0 ? null : `U${p}`,
      people: people[i],
    })),
    answerShare,
  }));

/**
 * The done-when of issue 8, property-based and through the real API: for random org trees and
 * audiences, every number any role is shown respects k and complementary suppression — no group
 * of fewer than k answers can be computed from what a role sees — and every shown number is
 * exact.
 */
describe('pulse results on random org trees', () => {
  let api: TestApi;
  let admin: PulseClient;
  let manager: PulseClient;
  let managerId: string;

  beforeAll(async () => {
    api = await startTestApi({
      SEED_DEMO: 'true',
      PULSE_MOVE_DELAY_SECONDS: '600',
      PULSE_TICK_SECONDS: '3600',
    });
    admin = await PulseClient.as(api.url, 'admin@voorbeeld.nl');
    manager = await PulseClient.as(api.url, 'manager@voorbeeld.nl');
    [{ id: managerId }] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email = 'manager@voorbeeld.nl'`,
    );
  }, 180_000);
  afterAll(() => api?.close());

  it('publishes only what respects k and complementary suppression, for owners and managers', async () => {
    const db = api.db.dataSource;
    let runs = 0;
    let withHidden = 0;
    await fc.assert(
      fc.asyncProperty(shapes, fc.integer({ min: 0, max: 6 }), async (shape, scopePick) => {
        const prefix = `F${randomUUID().slice(0, 6)}`;
        const tree = await plantTree(db, prefix, shape.units);
        const roots = shape.units.filter((u) => !u.parent).map((u) => tree.units.get(u.name)!);
        const surveyId = await admin.createSurvey({
          title: prefix,
          templates: ['ENPS'],
          orgUnitIds: roots,
        });
        const audience = shape.units.reduce((s, u) => s + u.people, 0);
        const scheduled = await admin.gql<{ schedulePulseRound: { rounds: { id: string }[] } }>(
          `mutation($input: SchedulePulseRoundInput!) { schedulePulseRound(input: $input) { rounds { id } } }`,
          { input: { surveyId, closesAt: new Date(Date.now() + 86_400_000).toISOString() } },
        );
        if (audience < 5) {
          expect(fieldCodes(scheduled)).toEqual(['input:AUDIENCE_TOO_SMALL']);
          return;
        }
        const roundId = scheduled.data!.schedulePulseRound.rounds[0].id;
        // Who answers, and what: a value per person (ground truth).
        const given = new Map<string, number>();
        let i = 0;
        for (const ids of tree.people.values()) {
          for (const u of ids) {
            if ((i++ * 7919) % 100 < shape.answerShare * 100) {
              const v = i % 11;
              given.set(u, v);
              await submitAs(
                api,
                u,
                roundId,
                answersFor(v).filter((a) => a.questionKey === 'enps.recommend'),
              );
            }
          }
        }
        await pulseServices(api.app).lifecycle.close(roundId);

        // The attacker's model: the tree of reporting units (public structure) and, from the
        // server's ground truth, the answers per reporting unit.
        const units = await db.query<
          {
            org_unit_id: string;
            parent_id: string | null;
            people: number;
            reporting_unit_id: string | null;
          }[]
        >(
          'SELECT org_unit_id, parent_id, people, reporting_unit_id FROM pulse_round_unit WHERE round_id = $1',
          [roundId],
        );
        const members = await db.query<{ user_id: string; reporting_unit_id: string | null }[]>(
          'SELECT user_id, reporting_unit_id FROM pulse_round_member WHERE round_id = $1',
          [roundId],
        );
        const cellOf = new Map(members.map((m) => [m.user_id, m.reporting_unit_id ?? ROOT]));
        const truth = new Map<string, number[]>();
        for (const [u, v] of given)
          truth.set(cellOf.get(u)!, [...(truth.get(cellOf.get(u)!) ?? []), v]);
        const reporting = new Set(
          units.filter((u) => u.people > 0).map((u) => u.reporting_unit_id ?? ROOT),
        );
        const included = new Set<string>();
        const parentOf = new Map(units.map((u) => [u.org_unit_id, u.parent_id]));
        for (const r of reporting) {
          for (let u: string | null = r === ROOT ? null : r; u; u = parentOf.get(u) ?? null)
            included.add(u);
        }
        const nodes: TreeNode[] = [
          {
            id: ROOT,
            parentId: null,
            own: reporting.has(ROOT) ? (truth.get(ROOT)?.length ?? 0) : null,
          },
          ...[...included].map((id) => ({
            id,
            parentId:
              parentOf.get(id) && included.has(parentOf.get(id)!) ? parentOf.get(id)! : ROOT,
            own: reporting.has(id) ? (truth.get(id)?.length ?? 0) : null,
          })),
        ];
        const sub = (id: string): string[] => [
          ...(nodes.find((n) => n.id === id)!.own !== null ? [id] : []),
          ...nodes.filter((n) => n.parentId === id).flatMap((n) => sub(n.id)),
        ];
        const values = (id: string) => sub(id).flatMap((c) => truth.get(c) ?? []);

        // A manager of one random unit of the tree (or none of it).
        const scopeUnit = [...tree.units.values()][scopePick % tree.units.size];
        await db.query('DELETE FROM manager_scope WHERE user_id = $1', [managerId]);
        await db.query('INSERT INTO manager_scope (user_id, org_unit_id) VALUES ($1, $2)', [
          managerId,
          scopeUnit,
        ]);

        for (const client of [admin, manager]) {
          const view: Results = (await client.results(roundId)).data!.pulseResults;
          expect(view.released).toBe(true);
          const shown = new Set<string>();
          for (const n of view.nodes) {
            const id = n.orgUnitId ?? ROOT;
            if (n.hidden) {
              expect([n.responses, n.questions, n.comments]).toEqual([null, [], []]);
              continue;
            }
            shown.add(id);
            // Exact: the shown count and distribution are those of the answers given.
            const vs = values(id);
            expect(n.responses).toBe(vs.length);
            expect(n.responses).toBeGreaterThanOrEqual(view.k);
            const dist = n.questions[0].distribution.map((d) => d.count);
            expect(dist).toEqual(
              Array.from({ length: 11 }, (_, v) => vs.filter((x) => x === v).length),
            );
          }
          // Nothing smaller than k can be computed from what this role sees.
          const { computable } = computableGroups(
            nodes,
            new Map(nodes.map((n) => [n.id, { visible: shown.has(n.id), reason: null, count: 0 }])),
          );
          for (const group of computable) {
            const answered = group.reduce((s, c) => s + (truth.get(c)?.length ?? 0), 0);
            expect({ group, answered, atLeastK: answered >= view.k }).toEqual({
              group,
              answered,
              atLeastK: true,
            });
          }
          if (view.nodes.some((n) => n.hidden)) withHidden++;
        }
        runs++;
      }),
      { numRuns: 25 },
    );
    // The generator did exercise suppression (not only all-visible trees).
    expect(runs).toBeGreaterThan(3);
    expect(withHidden).toBeGreaterThan(0);
  }, 600_000);
});
