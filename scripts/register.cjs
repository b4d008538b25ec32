// Runs TypeScript sources directly (scripts, dev mode, test child processes) with the same SWC
// options as the build: `node -r ./scripts/register.cjs file.ts`.
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');
const { swcOptions } = require('./swc-options.cjs');

const options = swcOptions();
addHook(
  (code, filename) => transformSync(code, { ...options, filename, sourceMaps: 'inline' }).code,
  { exts: ['.ts'], ignoreNodeModules: true },
);
require('reflect-metadata');
