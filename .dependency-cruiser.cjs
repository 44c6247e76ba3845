// dependency-cruiser: the architecture as rules (`npm run depcruise`, run by .ci/run).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'subgraph-imports-other-subgraph',
      comment: 'A subgraph never imports another subgraph: cross-domain data travels through federation.',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/' },
      to: { path: '^subgraphs/([^/]+)/', pathNot: '^subgraphs/$1/' },
    },
    {
      name: 'subgraph-imports-gateway',
      comment: 'A subgraph never imports the gateway.',
      severity: 'error',
      from: { path: '^subgraphs/' },
      to: { path: '^gateway/' },
    },
    {
      name: 'lib-imports-subgraph-or-gateway',
      comment: 'lib/ is infrastructure shared by subgraphs and gateway: it imports neither.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(subgraphs|gateway)/' },
    },
    {
      name: 'rest-imports-subgraph',
      comment: 'The REST layer reaches data only through GraphQL operations, never a subgraph module.',
      severity: 'error',
      from: { path: '^gateway/rest/' },
      to: { path: '^subgraphs/' },
    },
    {
      name: 'imports-bench-scripts-test',
      comment: 'The API (lib, subgraphs, gateway, drizzle, schema) never imports the tools or the tests.',
      severity: 'error',
      from: { pathNot: '^(bench|scripts|test)/' },
      to: { path: '^(bench|scripts|test)/' },
    },
    {
      name: 'bench-scripts-import-test',
      comment: 'Only test/ imports test/: the tools in bench/ and scripts/ do not depend on the test suite.',
      severity: 'error',
      from: { path: '^(bench|scripts)/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular',
      comment:
        'Import cycles make initialisation order fragile. Type-only imports are erased before run time, so a cycle ' +
        'through them (the generated resolver types name the row types, which name the enum types) is harmless.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
