import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, ValidationContext, validate } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { GraphqlContext } from './loaders';
import { bindPageSizes, pageSizeKey, pageSizeVariables } from './page-size-cost';

export const armor = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
};

/** Distinct page-size combinations remembered per document (beyond this: computed each time). */
const MAX_SHAPES_PER_DOCUMENT = 64;

interface DocumentCosts {
  /** The variables the document passes as page sizes. */
  pageVariables: string[];
  /** Per page-size combination: the rejection message, or null when within the limit. */
  results: Map<string, string | null>;
}

/**
 * The cost limit, checked once the request's variables are known: page sizes passed as
 * variables (or left to their defaults) count as what they will fetch (bindPageSizes). A plain
 * validation rule only sees the document, so `first: $n` would be charged as one row.
 *
 * The cost model is Shopify's published one: every object 1 point, scalars and enums free, a
 * list multiplies what it selects by its page size. (graphql-armor's default also charges
 * scalars and compounds ×1.5 per level, which priced a page of 20 ideas at ~4,600 points.)
 *
 * The cost depends only on the document and the page sizes, so the verdict is remembered per
 * parsed document (Apollo's document cache hands out the same DocumentNode for the same query
 * text) and page-size combination: a repeated query costs a map lookup, not a second
 * validation pass over a rewritten document.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<GraphqlContext> {
  const rule = costLimitRule({
    maxCost,
    objectCost: 1,
    scalarCost: 0,
    depthCostFactor: 1,
    ignoreIntrospection: true,
    ...armor,
  });
  const costs = new WeakMap<DocumentNode, DocumentCosts>();
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, request }) => {
          let known = costs.get(document);
          if (!known) {
            known = { pageVariables: pageSizeVariables(document), results: new Map() };
            costs.set(document, known);
          }
          const key = pageSizeKey(known.pageVariables, request.variables);
          let rejection = known.results.get(key);
          if (rejection === undefined) {
            const errors = validate(schema, bindPageSizes(schema, document, request.variables), [
              rule,
            ]);
            rejection = errors.length ? errors[0].message : null;
            if (known.results.size < MAX_SHAPES_PER_DOCUMENT) known.results.set(key, rejection);
          }
          if (rejection !== null) {
            throw new GraphQLError(rejection, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      }),
  };
}

/**
 * GraphQL answers are per user: never stored by browsers or proxies. Apollo's cache-control
 * plugin used to send this header; it is switched off (it instruments every field resolution,
 * ~6% of the CPU of an idea-list request, for cache hints this API never sets).
 */
export const noStorePlugin: ApolloServerPlugin<GraphqlContext> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    }),
};
