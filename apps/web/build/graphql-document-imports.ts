import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The client preset's `graphql()` looks documents up in one map (src/gql/gql.ts) that holds every
 * document of the app, keyed by its full source text, so all of them ship in the initial chunk.
 * For production builds we run the preset's own Babel optimiser: each `graphql(`...`)` call becomes
 * an import of its typed document from src/gql/graphql.ts, and the map drops out of the bundle.
 *
 * src/gql/graphql.ts is still one module, though, and a bundler keeps a module whole: every
 * document any page uses would land in one shared chunk the entry imports. So each of those
 * imports is redirected to a module of its own (`virtual:gql-document/<Name>`) that holds just
 * that document (the codegen writes each as one self-contained `export const … = {…} as unknown as
 * DocumentNode<…>;` line), and a document ships in the chunk of the pages that use it. Same
 * documents, same runtime behaviour; dev and unit tests keep the map. Codegen is unchanged.
 */
const SOURCE = /[\\/]apps[\\/]web[\\/]src[\\/](?!gql[\\/]).*\.tsx?$/;
const PREFIX = 'virtual:gql-document/';
const RESOLVED = `\0${PREFIX}`;
const DOCUMENT_LINE = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;

/** `import { A, B as C } from "…/gql/graphql";` → one import per document from its own module. */
export function splitDocumentImports(code: string): string {
  return code.replace(
    /import\s*\{([^}]*)\}\s*from\s*["']((?:\.\.?\/)+(?:[\w-]+\/)*gql\/graphql)["'];?/g,
    (_whole, names: string) =>
      names
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => {
          const [imported, local = imported] = name.split(/\s+as\s+/);
          return `import { ${imported} as ${local} } from '${PREFIX}${imported}';`;
        })
        .join('\n'),
  );
}

/** The documents of src/gql/graphql.ts by export name (the object literal's source text). */
export function documentsOf(source: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const line of source.split('\n')) {
    const match = DOCUMENT_LINE.exec(line);
    if (match) documents.set(match[1], match[2]);
  }
  return documents;
}

export function graphqlDocumentImports(artifactDirectory: string): Plugin {
  let documents: Map<string, string> | null = null;
  return {
    name: 'inspraak:graphql-document-imports',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = null;
    },
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
      return { code: splitDocumentImports(result.code), map: null };
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      documents ??= documentsOf(readFileSync(join(artifactDirectory, 'graphql.ts'), 'utf8'));
      const name = id.slice(RESOLVED.length);
      const document = documents.get(name);
      if (!document) throw new Error(`graphql-document-imports: no document ${name} in graphql.ts`);
      return `export const ${name} = ${document};\n`;
    },
  };
}
