// `npm run bench [-- options]`: bundles the benchmark with esbuild the way the extension and the CLI
// are shipped (one minified ES2022 bundle), then runs it, so it measures the code users run. Run from
// source under tsx, the same core is about a third slower: every call to an imported function goes
// through the module's export getter.
const { buildSync } = require('esbuild');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const outfile = join(root, 'dist/bench/bench.js');
buildSync({
  entryPoints: [join(root, 'bench/bench.ts')],
  outfile,
  bundle: true,
  minify: true,
  charset: 'utf8', // as the shipped bundles are built
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  // The peers are measured as installed.
  external: ['markdownlint', 'markdownlint/*'],
  logLevel: 'warning',
});
const { status } = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(status ?? 1);
