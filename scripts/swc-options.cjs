// One source of truth for how server TypeScript is compiled: build, Jest and dev all use this,
// with the path aliases read from tsconfig.base.json.
const path = require('node:path');
const fs = require('node:fs');

const root = path.resolve(__dirname, '..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const paths = tsconfig.compilerOptions.paths;

function swcOptions() {
  return {
    sourceMaps: true,
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths,
    },
    module: { type: 'commonjs', ignoreDynamic: true, strict: true },
  };
}

// Jest moduleNameMapper derived from the same aliases.
function jestModuleNameMapper() {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(paths)) {
    mapper[`^${alias.replace(/[/\\^$*+?.()|[\]{}-]/g, '\\$&')}$`] = path.join(root, target);
  }
  return mapper;
}

module.exports = { root, paths, swcOptions, jestModuleNameMapper };
