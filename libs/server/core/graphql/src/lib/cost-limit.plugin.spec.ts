import { buildSchema, DocumentNode, GraphQLError, parse } from 'graphql';
import { costLimitPlugin } from './cost-limit.plugin';
import * as pageSizeCost from './page-size-cost';

jest.mock('./page-size-cost', () => {
  const actual = jest.requireActual<typeof import('./page-size-cost')>('./page-size-cost');
  return { ...actual, bindPageSizes: jest.fn(actual.bindPageSizes) };
});

const schema = buildSchema(`
  type Item { id: ID! name: String! }
  type Query { items(first: Int = 20): [Item!]! }
`);

/** Runs the plugin's check for one request; resolves to the rejection message or null. */
async function check(
  plugin: ReturnType<typeof costLimitPlugin>,
  document: DocumentNode,
  variables = {},
) {
  const listener = await plugin.requestDidStart!({} as never);
  try {
    await (listener as { didResolveOperation: (c: unknown) => Promise<void> }).didResolveOperation({
      schema,
      document,
      request: { variables },
    });
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(GraphQLError);
    expect((e as GraphQLError).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    return (e as GraphQLError).message;
  }
}

describe('costLimitPlugin', () => {
  const bind = pageSizeCost.bindPageSizes as jest.Mock;
  beforeEach(() => bind.mockClear());

  it('charges page sizes from variables and remembers the verdict per document and page size', async () => {
    const plugin = costLimitPlugin(50); // an Item costs 1: 50 rows fit, 51 do not
    const document = parse('query($n: Int) { items(first: $n) { id name } }');
    expect(await check(plugin, document, { n: 10 })).toBeNull();
    expect(await check(plugin, document, { n: 100 })).toMatch(/cost/i);
    expect(bind).toHaveBeenCalledTimes(2);
    // The same document again: no second validation, and each page size keeps its own verdict.
    expect(await check(plugin, document, { n: 10 })).toBeNull();
    expect(await check(plugin, document, { n: 100 })).toMatch(/cost/i);
    // Variables that are not page sizes do not make a new entry.
    expect(await check(plugin, document, { n: 10, other: 'x' })).toBeNull();
    expect(bind).toHaveBeenCalledTimes(2);
    // Leaving the page size out uses the field's default (20 rows): a new shape, checked once.
    expect(await check(plugin, document, {})).toBeNull();
    expect(await check(plugin, document, { n: null })).toBeNull();
    expect(bind).toHaveBeenCalledTimes(3);
  });

  it('keeps documents apart (same text parsed twice is checked twice, both right)', async () => {
    const plugin = costLimitPlugin(50);
    const a = parse('{ items(first: 60) { id } }');
    const b = parse('{ items(first: 40) { id } }');
    expect(await check(plugin, a)).toMatch(/cost/i);
    expect(await check(plugin, b)).toBeNull();
    expect(await check(plugin, parse('{ items(first: 60) { id } }'))).toMatch(/cost/i);
    expect(bind).toHaveBeenCalledTimes(3);
  });

  it('stays right beyond the number of page-size combinations it remembers', async () => {
    const plugin = costLimitPlugin(50);
    const document = parse('query($n: Int) { items(first: $n) { id } }');
    for (let n = 1; n <= 100; n++) {
      expect(await check(plugin, document, { n })).toEqual(n <= 50 ? null : expect.any(String));
    }
    for (let n = 100; n >= 1; n--) {
      expect(await check(plugin, document, { n })).toEqual(n <= 50 ? null : expect.any(String));
    }
  });
});
