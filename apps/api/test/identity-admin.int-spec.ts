import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { startTestApi, TestApi } from './test-api';
import { errorCode, TestSession } from './test-session';

interface Unit {
  id: string;
  name: string;
  parentId: string | null;
  depth: number;
  archivedAt: string | null;
}
const UNIT = 'id name parentId depth archivedAt';

describe('admin: org units, users and the audit log', () => {
  let api: TestApi;
  let admin: TestSession;

  const create = async (name: string, parentId: string | null = null) => {
    const { body } = await admin.gql<{ createOrgUnit: Unit }>(
      `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { ${UNIT} } }`,
      { input: { name, parentId } },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.createOrgUnit;
  };
  const move = (id: string, parentId: string | null) =>
    admin.gql<{ moveOrgUnit: Unit }>(
      `mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { ${UNIT} } }`,
      { input: { id, parentId } },
    );
  const units = async (includeArchived = false) =>
    (
      await admin.gql<{ orgUnits: Unit[] }>(
        `query($a: Boolean!) { orgUnits(includeArchived: $a) { ${UNIT} } }`,
        { a: includeArchived },
      )
    ).body.data!.orgUnits;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    admin = await new TestSession(api.url).signInOrFail('admin@voorbeeld.nl', DEMO_PASSWORD);
  });
  afterAll(() => api.close());

  it('serves the seeded demo tree, parents before children', async () => {
    const all = await units();
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(all.filter((u) => u.depth === 0).map((u) => u.name)).toEqual(
      expect.arrayContaining(['Directie Dienstverlening', 'Directie Ruimte']),
    );
    const seen = new Set<string>();
    for (const u of all) {
      if (u.parentId) expect(seen.has(u.parentId)).toBe(true);
      seen.add(u.id);
    }
  });

  it('moves a unit with its whole subtree and keeps depths right', async () => {
    const a = await create('A');
    const b = await create('B', a.id);
    const c = await create('C', b.id);
    const target = await create('Target');
    const moved = await move(b.id, target.id);
    expect(moved.body.errors).toBeUndefined();
    expect(moved.body.data!.moveOrgUnit).toMatchObject({ parentId: target.id, depth: 1 });
    const all = await units();
    expect(all.find((u) => u.id === c.id)).toMatchObject({ parentId: b.id, depth: 2 });
    const paths = await api.db.dataSource.query<{ id: string; path: string }[]>(
      'SELECT id, path FROM org_unit WHERE id = ANY($1)',
      [[b.id, c.id]],
    );
    expect(paths.find((p) => p.id === c.id)!.path).toBe(`/${target.id}/${b.id}/${c.id}/`);
    // Back to the top level.
    const top = await move(b.id, null);
    expect(top.body.data!.moveOrgUnit).toMatchObject({ parentId: null, depth: 0 });
    expect((await units()).find((u) => u.id === c.id)).toMatchObject({ depth: 1 });
  });

  it('refuses to move a unit under itself or its own descendant', async () => {
    const a = await create('Loop A');
    const b = await create('Loop B', a.id);
    for (const parent of [a.id, b.id]) {
      const { body } = await move(a.id, parent);
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(body.errors![0].extensions!.fields).toEqual([
        expect.objectContaining({ field: 'input.parentId', code: 'CYCLE' }),
      ]);
    }
    expect((await units()).find((u) => u.id === a.id)!.parentId).toBeNull();
  });

  it('renames and archives a subtree; archived units are hidden unless asked for', async () => {
    const a = await create('Archive A');
    const b = await create('Archive B', a.id);
    const renamed = await admin.gql<{ renameOrgUnit: Unit }>(
      'mutation($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { name } }',
      { input: { id: a.id, name: 'Archief A' } },
    );
    expect(renamed.body.data!.renameOrgUnit.name).toBe('Archief A');
    const archived = await admin.gql<{ archiveOrgUnit: Unit }>(
      'mutation($id: ID!) { archiveOrgUnit(id: $id) { archivedAt } }',
      { id: a.id },
    );
    expect(archived.body.data!.archiveOrgUnit.archivedAt).not.toBeNull();
    expect((await units()).some((u) => u.id === b.id)).toBe(false);
    expect((await units(true)).find((u) => u.id === b.id)!.archivedAt).not.toBeNull();
    const under = await admin.gql(
      'mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
      { input: { name: 'Under archived', parentId: b.id } },
    );
    expect(errorCode(under.body)).toBe('BAD_USER_INPUT');
  });

  it('answers unknown ids with NOT_FOUND and bad input with field errors, never a 500', async () => {
    const unknown = await move('00000000-0000-4000-8000-000000000000', null);
    expect(errorCode(unknown.body)).toBe('NOT_FOUND');
    const badId = await admin.gql('mutation { archiveOrgUnit(id: "nope") { id } }');
    expect(errorCode(badId.body)).toBe('BAD_USER_INPUT');
    const tooLong = await admin.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { name: 'x'.repeat(201), email: 'not an e-mail', password: 'short' } },
    );
    expect(errorCode(tooLong.body)).toBe('BAD_USER_INPUT');
    const fields = (tooLong.body.errors![0].extensions!.fields as { field: string }[]).map(
      (f) => f.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['input.name', 'input.email']));
    const weak = await admin.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { name: 'Weak', email: 'weak@voorbeeld.nl', password: 'Welkom2026!!' } },
    );
    expect(weak.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.password', code: 'TOO_COMMON' })],
    });
  });

  it('creates, finds, updates and re-roles users; e-mail is unique ignoring case', async () => {
    const team = (await units()).find((u) => u.name === 'Team Groen')!;
    const created = await admin.gql<{ createUser: { id: string; email: string } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id email managedOrgUnitIds } }',
      {
        input: {
          name: 'Gerrit Groen',
          email: 'Gerrit.Groen@Voorbeeld.nl',
          primaryOrgUnitId: team.id,
          role: 'MANAGER',
          managedOrgUnitIds: [team.id],
        },
      },
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.createUser).toMatchObject({
      email: 'gerrit.groen@voorbeeld.nl',
      managedOrgUnitIds: [team.id],
    });
    const id = created.body.data!.createUser.id;
    const dup = await admin.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { name: 'Dubbel', email: 'GERRIT.groen@voorbeeld.nl' } },
    );
    expect(errorCode(dup.body)).toBe('CONFLICT');

    const found = await admin.gql<{ users: { edges: { node: { id: string } }[] } }>(
      '{ users(first: 10, search: "gerrit") { edges { node { id } } } }',
    );
    expect(found.body.data!.users.edges.map((e) => e.node.id)).toEqual([id]);

    const updated = await admin.gql<{ updateUser: { role: string; name: string } }>(
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { role name locale } }',
      { input: { id, role: 'MODERATOR', name: 'Gerrit van Groen', locale: 'EN' } },
    );
    expect(updated.body.data!.updateUser).toMatchObject({
      role: 'MODERATOR',
      name: 'Gerrit van Groen',
      locale: 'EN',
    });
    const audit = await admin.gql<{ auditEvents: { edges: { node: { details: string } }[] } }>(
      '{ auditEvents(first: 5, action: "user.role_change") { edges { node { objectId result details actorId } } } }',
    );
    expect(audit.body.data!.auditEvents.edges[0].node).toMatchObject({
      objectId: id,
      result: 'SUCCESS',
    });
    expect(JSON.parse(audit.body.data!.auditEvents.edges[0].node.details)).toEqual({
      from: 'MANAGER',
      to: 'MODERATOR',
    });
  });

  it('refuses changing your own role or deactivating yourself', async () => {
    const me = (await admin.gql<{ me: { id: string } }>('{ me { id } }')).body.data!.me;
    const role = await admin.gql(
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
      { input: { id: me.id, role: 'EMPLOYEE' } },
    );
    expect(errorCode(role.body)).toBe('BAD_USER_INPUT');
    const off = await admin.gql('mutation($id: ID!) { deactivateUser(id: $id) { id } }', {
      id: me.id,
    });
    expect(errorCode(off.body)).toBe('BAD_USER_INPUT');
  });

  it('pages through users and the audit log with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: {
        body: {
          data?: {
            users: {
              edges: { node: { id: string } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string };
            };
          };
        };
      } = await admin.gql(
        'query($after: String) { users(first: 40, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      if (!res.body.data) throw new Error(JSON.stringify(res.body));
      const page = res.body.data.users;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const total = await api.db.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM app_user',
    );
    expect(new Set(seen).size).toBe(total[0].n);
    expect(seen.length).toBe(total[0].n);
    const events = await admin.gql<{ auditEvents: { edges: { node: { action: string } }[] } }>(
      '{ auditEvents(first: 50) { edges { node { action } } } }',
    );
    const actions = events.body.data!.auditEvents.edges.map((e) => e.node.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.sign_in',
        'org_unit.create',
        'org_unit.move',
        'org_unit.rename',
        'org_unit.archive',
        'user.create',
        'user.update',
      ]),
    );
    const bad = await admin.gql(
      '{ auditEvents(first: 2, after: "bm90IGEgY3Vyc29y") { edges { cursor } } }',
    );
    expect(errorCode(bad.body)).toBe('BAD_USER_INPUT');
  });
});
