// Bundles every entry point with esbuild; type checking runs apart (`npm run typecheck`).
const esbuild = require('esbuild');
const fs = require('node:fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Each bundle: where it runs decides platform and format. */
const bundles = [
  // The extension in VS Code desktop's Node extension host.
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs' },
  // The same extension in the web worker of vscode.dev and github.dev: no Node built-ins allowed.
  // `worker` picks dependencies' web-worker builds (no `document`, which a web worker lacks).
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', conditions: ['worker'] },
  // The command line (`visionlint` bin, `npx visionlint`); the same file runs its worker threads.
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // The remark plugin (`visionlint/remark`), which remark-cli and remark-language-server load with `import()`:
  // an ES module, with `require` for the CommonJS dependencies it bundles (yaml).
  { entryPoints: ['src/remark/index.ts'], outfile: 'dist/remark.mjs', platform: 'node', format: 'esm', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } },
].filter((bundle) => bundle.entryPoints.every((entry) => fs.existsSync(entry)));

/**
 * The expected findings of rule examples are for the tests and docs/rules.md; the shipped bundles
 * (whose rule pages show the examples' Markdown) leave them out: `findings: [...]` of one-line
 * quoted strings, removed with the comma before it.
 */
const withoutExampleFindings = {
  name: 'without-example-findings',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]rules[\\/][a-z-]+\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      return { contents: source.replace(/,\s*findings: \[(?:\s*'(?:[^'\\\n]|\\.)*',?)*\s*\]/g, ''), loader: 'ts' };
    });
  },
};

async function main() {
  const contexts = await Promise.all(
    bundles.map((bundle) =>
      esbuild.context({
        bundle: true,
        minify: production,
        // UTF-8 output keeps non-ASCII text (entity tables, typographic quotes) at its size instead of \u escapes.
        charset: 'utf8',
        sourcemap: !production,
        target: 'es2022',
        external: ['vscode'],
        // yaml's ES module build (its default export condition) can be tree-shaken; its CommonJS "node" build cannot (17 KB more).
        alias: { yaml: require.resolve('yaml').replace(/dist[\\/]index\.js$/, 'browser/index.js') },
        logLevel: 'warning',
        plugins: production ? [withoutExampleFindings] : [],
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
    if (bundle.banner?.js.startsWith('#!')) fs.chmodSync(bundle.outfile, 0o755); // a bin with a shebang runs directly
    console.log(`${bundle.outfile}  ${(fs.statSync(bundle.outfile).size / 1024).toFixed(0)} KB`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
