// Server-side tests: unit (*.spec.ts) and integration (*.int-spec.ts, real database and, when
// REDIS_URL is set, real Redis). Browser tests have their own config in apps/web-e2e.
const { swcOptions, jestModuleNameMapper } = require('./scripts/swc-options.cjs');

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: [
    '<rootDir>/apps/api',
    '<rootDir>/apps/worker',
    '<rootDir>/libs/server',
    '<rootDir>/libs/shared',
    '<rootDir>/scripts',
  ],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swcOptions()],
    // ES-module-only dependencies of the server (single sign-on), compiled to CommonJS for Jest.
    '^.+/node_modules/(openid-client|oauth4webapi|jose)/.+\\.js$': [
      '@swc/jest',
      { ...swcOptions(), jsc: { ...swcOptions().jsc, parser: { syntax: 'ecmascript' } } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose)/)'],
  moduleNameMapper: jestModuleNameMapper(),
  setupFiles: ['reflect-metadata'],
  // Each integration file starts its own PGlite (~1 GB) or schema: two files at a time on 2 cores.
  maxWorkers: 2,
  testTimeout: 60000,
  forceExit: false,
};
