// Browser tests against a running platform (E2E_BASE_URL, default http://127.0.0.1:3000).
//   npx jest --config apps/web-e2e/jest.config.js
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web-e2e',
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/apps/web-e2e/src/**/*.e2e-spec.ts'],
  testEnvironment: 'node',
  testTimeout: 60000,
  // One Chromium at a time per lane: scripts/e2e.mjs runs two lanes, each against a platform of
  // its own; within a lane the tests share that platform's data.
  maxWorkers: 1,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
