import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { armor, costLimitPlugin, noStorePlugin } from './cost-limit.plugin';
import { formatGraphqlError } from './format-error';
import { wellFormedTextPlugin } from './well-formed-text.plugin';
import { GraphqlContext, RequestLoaders } from './loaders';

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
            plugins: [
              wellFormedTextPlugin,
              costLimitPlugin(config.graphqlMaxCost),
              // Apollo installs its cache-control plugin unless told not to; its per-field hook
              // (willResolveField) switches on instrumentation of every resolver. No field sets
              // cache hints here; noStorePlugin sends the header it used to send.
              ApolloServerPluginCacheControlDisabled(),
              noStorePlugin,
            ],
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
