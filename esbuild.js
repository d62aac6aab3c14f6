// Bundles every entry point with esbuild; type checking runs apart (`npm run typecheck`).
const esbuild = require('esbuild');
const fs = require('node:fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Each bundle: where it runs decides platform and format. */
const bundles = [
  // The pure core for Node consumers (tests of the built artefact, other tools).
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'node', format: 'cjs' },
  // The same core for browsers and web workers: must not need Node built-ins.
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.browser.js', platform: 'browser', format: 'esm' },
].filter((bundle) => bundle.entryPoints.every((entry) => fs.existsSync(entry)));

async function main() {
  const contexts = await Promise.all(
    bundles.map((bundle) =>
      esbuild.context({
        bundle: true,
        minify: production,
        sourcemap: !production,
        target: 'es2022',
        external: ['vscode'],
        logLevel: 'warning',
        ...bundle,
      }),
    ),
  );
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  for (const bundle of bundles) {
    console.log(`${bundle.outfile}  ${(fs.statSync(bundle.outfile).size / 1024).toFixed(0)} KB`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
