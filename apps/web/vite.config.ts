import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import {
  nlDesignSystemTreeshake,
  treeShakeNlDesignSystem,
} from './build/tree-shake-nl-design-system.ts';
import { webAliases } from './build/aliases.ts';
import { graphqlDocumentImports } from './build/graphql-document-imports.ts';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// The dev server proxies to the API started by `npm run dev` (same PORT setting).
const apiTarget = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;

export default defineConfig({
  root: appRoot,
  base: '/',
  plugins: [graphqlDocumentImports(`${appRoot}src/gql`), react(), treeShakeNlDesignSystem()],
  resolve: { alias: webAliases },
  server: {
    host: '127.0.0.1',
    port: 4200,
    proxy: { '/graphql': apiTarget, '/health': apiTarget, '/api': apiTarget },
  },
  preview: {
    host: '127.0.0.1',
    port: 4300,
    proxy: { '/graphql': apiTarget, '/health': apiTarget, '/api': apiTarget },
  },
  build: {
    // The API serves this folder; paths are relative to the repository root.
    outDir: `${repoRoot}dist/apps/web`,
    emptyOutDir: true,
    target: 'es2022',
    // The manifest lets scripts/check-bundle-size.mjs find the initial chunks.
    manifest: true,
    sourcemap: false,
    rolldownOptions: { treeshake: nlDesignSystemTreeshake },
  },
});
