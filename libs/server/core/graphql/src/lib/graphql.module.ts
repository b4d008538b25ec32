import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, ValidationContext, validate } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { formatGraphqlError } from './format-error';
import { GraphqlContext, RequestLoaders } from './loaders';
import { bindPageSizes } from './page-size-cost';

const armor = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
};

/**
 * The cost limit, checked once the request's variables are known: page sizes passed as
 * variables (or left to their defaults) count as what they will fetch (bindPageSizes). A plain
 * validation rule only sees the document, so `first: $n` would be charged as one row.
 *
 * The cost model is Shopify's published one: every object 1 point, scalars and enums free, a
 * list multiplies what it selects by its page size. (graphql-armor's default also charges
 * scalars and compounds ×1.5 per level, which priced a page of 20 ideas at ~4,600 points.)
 */
function costLimitPlugin(maxCost: number): ApolloServerPlugin<GraphqlContext> {
  const rule = costLimitRule({
    maxCost,
    objectCost: 1,
    scalarCost: 0,
    depthCostFactor: 1,
    ignoreIntrospection: true,
    ...armor,
  });
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, request }) => {
          const errors = validate(schema, bindPageSizes(schema, document, request.variables), [
            rule,
          ]);
          if (errors.length) {
            throw new GraphQLError(errors[0].message, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      }),
  };
}

export interface GraphqlModuleOptions {
  /** Write the SDL to this file (schema generation); otherwise the schema is built in memory. */
  schemaFile?: string;
}

@Module({})
export class GraphqlModule {
  static forRoot(options: GraphqlModuleOptions = {}): DynamicModule {
    return {
      module: GraphqlModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: options.schemaFile ?? true,
            sortSchema: true,
            playground: false,
            introspection: config.graphqlIntrospection,
            // No "did you mean" field suggestions in production error messages.
            hideSchemaDetailsFromClientErrors: config.isProduction,
            allowBatchedHttpRequests: false,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            // The rules report through the validation context (a throw would become a 500).
            validationRules: [
              maxDepthRule({ n: config.graphqlMaxDepth, ignoreIntrospection: true, ...armor }),
              maxAliasesRule({ n: config.graphqlMaxAliases, ...armor }),
            ],
            plugins: [costLimitPlugin(config.graphqlMaxCost)],
            formatError: formatGraphqlError,
            context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({
              req,
              res,
              loaders: new RequestLoaders(),
            }),
          }),
        }),
      ],
    };
  }
}
