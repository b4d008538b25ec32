import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsOf, splitDocumentImports } from './graphql-document-imports';

describe('graphql document imports (build)', () => {
  it('gives each imported document a module of its own, keeping local names', () => {
    const code = [
      'import { MeDocument } from "../../../gql/graphql";',
      'import { CurrentUserFragmentDoc, OtherDocument as Other } from "../../gql/graphql";',
      "import { graphql } from '../../../gql';",
      "import { something } from './graphql';",
    ].join('\n');
    expect(splitDocumentImports(code).split('\n')).toEqual([
      "import { MeDocument as MeDocument } from 'virtual:gql-document/MeDocument';",
      "import { CurrentUserFragmentDoc as CurrentUserFragmentDoc } from 'virtual:gql-document/CurrentUserFragmentDoc';",
      "import { OtherDocument as Other } from 'virtual:gql-document/OtherDocument';",
      "import { graphql } from '../../../gql';",
      "import { something } from './graphql';",
    ]);
  });

  it('finds every runtime export of the generated graphql.ts as a self-contained document', () => {
    const source = readFileSync(join(__dirname, '../src/gql/graphql.ts'), 'utf8');
    const documents = documentsOf(source);
    const runtimeExports = [...source.matchAll(/^export const (\w+) = /gm)].map((m) => m[1]);
    expect(runtimeExports.length).toBeGreaterThan(100);
    expect([...documents.keys()].sort()).toEqual(runtimeExports.sort());
    for (const [name, document] of documents) {
      const parsed = JSON.parse(document) as { kind: string; definitions: unknown[] };
      expect({ name, kind: parsed.kind }).toEqual({ name, kind: 'Document' });
    }
  });
});
