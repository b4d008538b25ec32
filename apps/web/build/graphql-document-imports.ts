import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import type { Plugin } from 'vite';

/**
 * The client preset's `graphql()` looks documents up in one map (src/gql/gql.ts) that holds every
 * document of the app, keyed by its full source text, so all of them ship in the initial chunk.
 * For production builds we run the preset's own Babel optimiser: each `graphql(`...`)` call becomes
 * an import of its typed document from src/gql/graphql.ts, and the map drops out of the bundle.
 * Same documents, same runtime behaviour; dev and unit tests keep the map. Codegen is unchanged.
 */
const SOURCE = /[\\/]apps[\\/]web[\\/]src[\\/](?!gql[\\/]).*\.tsx?$/;

export function graphqlDocumentImports(artifactDirectory: string): Plugin {
  return {
    name: 'inspraak:graphql-document-imports',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!SOURCE.test(id) || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: false,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: 'graphql' }]],
      });
      if (!result?.code)
        throw new Error(`graphql-document-imports: Babel gave no output for ${id}`);
      return { code: result.code, map: null };
    },
  };
}
