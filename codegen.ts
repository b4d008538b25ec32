import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema file, never from a running server (architecture §3).
const config: CodegenConfig = {
  schema: 'libs/graphql-schema/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Fragment masking keeps each component honest about the fields it reads.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
