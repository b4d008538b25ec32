import { DEMO_PASSWORD } from '@inspraak/server-identity';
import { startTestApi, TestApi } from './test-api';
import { TestSession } from './test-session';

/**
 * The cost limit (1,000 points) charges a list by the page it will really fetch, whether the
 * page size is a literal, a variable, a variable's default or the field's own default.
 */
describe('query cost with page sizes from variables', () => {
  let api: TestApi;
  let admin: TestSession;
  // Objects cost 1, scalars 0, a list multiplies by its page: (users + edges + node +
  // pageInfo) × rows, i.e. 4 points a row. Three of them under aliases: 1,200 points at 100 rows,
  // 60 at 5 rows and 240 at the default page of 20.
  const one = (args: string) =>
    `users${args} { edges { node { id name email } } pageInfo { hasNextPage endCursor } }`;
  const list = (args: string) => ['a', 'b', 'c'].map((a) => `${a}: ${one(args)}`).join(' ');

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'true' });
    admin = await new TestSession(api.url).signInOrFail('admin@voorbeeld.nl', DEMO_PASSWORD);
  });
  afterAll(() => api.close());

  const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    body.errors?.[0]?.extensions?.['code'];

  it('charges a literal page size', async () => {
    expect(codeOf((await admin.gql(`{ ${list('(first: 100)')} }`)).body)).toBe('QUERY_TOO_COMPLEX');
    expect((await admin.gql(`{ ${list('(first: 5)')} }`)).body.errors).toBeUndefined();
  });

  it('charges a page size passed as a variable by its value', async () => {
    const query = `query($n: Int) { ${list('(first: $n)')} }`;
    const big = await admin.gql(query, { n: 100 });
    expect(big.status).toBe(400);
    expect(codeOf(big.body)).toBe('QUERY_TOO_COMPLEX');
    const small = await admin.gql<{ a: { edges: unknown[] } }>(query, { n: 5 });
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data!.a.edges).toHaveLength(5);
  });

  it("charges a variable's declared default and the field's default page", async () => {
    const declared = `query($n: Int = 100) { ${list('(first: $n)')} }`;
    expect(codeOf((await admin.gql(declared)).body)).toBe('QUERY_TOO_COMPLEX');
    // No page size at all: the default page (20 rows) is within the limit...
    const plain = await admin.gql<{ a: { edges: unknown[] } }>(`{ ${list('')} }`);
    expect(plain.body.errors).toBeUndefined();
    expect(plain.body.data!.a.edges).toHaveLength(20);
    // ...and 13 such lists under aliases are charged 13 default pages (1,040 points).
    const many = Array.from({ length: 13 }, (_, i) => `u${i}: ${one('')}`).join(' ');
    expect(codeOf((await admin.gql(`{ ${many} }`)).body)).toBe('QUERY_TOO_COMPLEX');
    const twelve = Array.from({ length: 12 }, (_, i) => `u${i}: ${one('')}`).join(' ');
    expect((await admin.gql(`{ ${twelve} }`)).body.errors).toBeUndefined();
  });

  it('answers a null page size with a typed input error, not a 500', async () => {
    const { body } = await admin.gql(`query($n: Int) { ${list('(first: $n)')} }`, { n: null });
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
  });
});
