/**
 * The layer order (README, "How the code is laid out"), enforced in CI: each layer imports only
 * the ones below it. engine ← text ← scenario ← report ← ui / cli; client (the runners) sits
 * under ui and cli and owns the workers; a worker entry imports the engine and nothing above it.
 */
const layer = (from, mayNotImport, comment) => ({
  name: `${from}-imports-only-below`,
  comment,
  severity: 'error',
  from: { path: `^src/${from}/` },
  to: { path: `^(src/(${mayNotImport.join('|')})/|workers/)` },
});

module.exports = {
  forbidden: [
    layer('engine', ['text', 'scenario', 'report', 'client', 'ui', 'cli'], 'The engine is pure: it runs in Node and in a worker and knows no words, files or pages.'),
    layer('text', ['scenario', 'report', 'client', 'ui', 'cli'], 'Words know the engine’s ids, nothing above.'),
    layer('scenario', ['report', 'client', 'ui', 'cli'], 'The scenario format and its checks are read by the reports, not the other way round.'),
    layer('report', ['client', 'ui', 'cli'], 'Reports are plain text and tables, made the same for the page and the command line.'),
    {
      name: 'client-under-ui-and-cli',
      comment: 'The runners serve the page and the command line, and know neither.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { path: '^src/(ui|cli)/' },
    },
    {
      name: 'ui-and-cli-apart',
      comment: 'The page and the command line share the layers below them, not each other.',
      severity: 'error',
      from: { path: '^src/(ui|cli)/' },
      to: { path: '^src/(ui|cli)/', pathNot: '^src/$1/' },
    },
    {
      name: 'workers-only-from-client',
      comment: 'One module owns the workers: src/client starts them; nothing else imports a worker entry.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/client/' },
      to: { path: '^workers/' },
    },
    {
      name: 'workers-thin',
      comment: 'A worker entry runs the engine (and its analyses); it holds no page or command-line code.',
      severity: 'error',
      from: { path: '^workers/' },
      to: { path: '^src/(?!engine/)' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle of imports that run (not of types alone) makes the load order matter.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.json$' },
  },
};
