// Bundles every entry point with esbuild; type checking runs apart (`npm run typecheck`).
const esbuild = require('esbuild');
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');
const { compactEntitiesModule, keptEntities } = require('./scripts/compact-entities.cjs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** The VS Code extension's entry point: its bundles read the rule examples from a file (`withoutExamples`). */
const EXTENSION_ENTRY = 'src/extension/extension.ts';

/** Each bundle: where it runs decides platform and format. */
const bundles = [
  // The extension in VS Code desktop's Node extension host.
  { entryPoints: [EXTENSION_ENTRY], outfile: 'dist/extension.js', platform: 'node', format: 'cjs' },
  // The same extension in the web worker of vscode.dev and github.dev: no Node built-ins allowed.
  // `worker` picks dependencies' web-worker builds (no `document`, which a web worker lacks).
  { entryPoints: [EXTENSION_ENTRY], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', conditions: ['worker'] },
  // The command line (`visionlint` bin, `npx visionlint`); the same file runs its worker threads.
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // The GitHub Action's entry point (action.yml runs it); a release tag carries it (scripts/release-tree.mjs).
  { entryPoints: ['src/action/main.ts'], outfile: 'dist/action.js', platform: 'node', format: 'cjs' },
].filter((bundle) => bundle.entryPoints.every((entry) => fs.existsSync(entry)));

/**
 * dist/cli.js is also the package's API (`require('visionlint')`, src/api). The remark plugin
 * (`visionlint/remark`), which remark-cli and remark-language-server load with `import()`, is an
 * ES module taking the plugin from it. Their types (dist/api.d.ts, dist/remark.d.mts) come from
 * `npm run build:types`.
 */
const REMARK_MODULE = {
  file: 'dist/remark.mjs',
  text: "// visionlint's remark plugin: an ES module over the package's API (dist/cli.js).\nimport visionlint from './cli.js';\n\nexport default visionlint.remarkVisionlint;\n",
};

/** The rule files (src/core/rules/<name>.ts), whose examples the shipped bundles trim. */
const RULE_FILE = /[\\/]src[\\/]core[\\/]rules[\\/][a-z-]+\.ts$/;

/**
 * The expected findings of rule examples are for the tests and docs/rules.md; the shipped CLI
 * bundles (whose `--explain` shows the examples' Markdown) leave them out: `findings: [...]` of
 * one-line quoted strings, removed with the comma before it.
 */
const withoutExampleFindings = ruleFilesRewritten('without-example-findings', (source) => source.replace(/,\s*findings: \[(?:\s*'(?:[^'\\\n]|\\.)*',?)*\s*\]/g, ''));

/**
 * The VS Code extension's rule pages read the examples from docs/rule-examples.json, which the
 * .vsix ships (`npm run docs` writes it), so its bundles leave every rule's `examples: { ... }` out:
 * it becomes `{ ok: [], notOk: [] }`.
 */
const withoutExamples = ruleFilesRewritten('without-examples', withoutRuleExamples);

/** A plugin that loads each rule file as `rewrite` makes it. */
function ruleFilesRewritten(name, rewrite) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter: RULE_FILE }, async (args) => ({ contents: rewrite(await fs.promises.readFile(args.path, 'utf8')), loader: 'ts' }));
    },
  };
}

/** A rule file's source with the examples of its `examples: { ... }` object (the ones with Markdown) left out. */
function withoutRuleExamples(source) {
  let contents = '';
  let from = 0;
  for (const match of source.matchAll(/\bexamples: \{/g)) {
    const open = match.index + match[0].length - 1;
    if (open < from) continue;
    const close = closingBrace(source, open);
    // The type in rule.ts and house rules' `{ ok: [], notOk: [] }` hold no examples to leave out.
    if (!/\bmarkdown:/.test(source.slice(open, close))) continue;
    contents += `${source.slice(from, open)}{ ok: [], notOk: [] }`;
    from = close;
  }
  return contents + source.slice(from);
}

/**
 * The index just after the `}` that closes the `{` at `open` in TypeScript source, skipping what
 * is inside '...', "..." and `...` strings (with their escapes and `${...}` parts) and comments.
 * (Regular expression literals are not told apart: rule examples hold none.)
 */
function closingBrace(source, open) {
  const stack = []; // '{' for a brace or a template literal's `${`, '`' for a template literal's text
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (stack[stack.length - 1] === '`') {
      if (c === '\\') i++;
      else if (c === '`') stack.pop();
      else if (c === '$' && source[i + 1] === '{') {
        stack.push('{');
        i++;
      }
    } else if (c === "'" || c === '"') {
      for (i++; i < source.length && source[i] !== c && source[i] !== '\n'; i++) if (source[i] === '\\') i++;
      if (source[i] !== c) break;
    } else if (c === '`' || c === '{') {
      stack.push(c);
    } else if (c === '}') {
      stack.pop();
      if (stack.length === 0) return i + 1;
    } else if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 1;
      if (i < 1) break;
    }
  }
  throw new Error(`esbuild.js: no closing brace for the one at offset ${open} (an unterminated string or comment?)`);
}

/** The HTML entity table micromark decodes with, HTML 4's names and a few common ones, front-coded (scripts/compact-entities.cjs): about 27 KB less in every bundle. */
const compactEntities = {
  name: 'compact-entities',
  setup(build) {
    build.onLoad({ filter: /[\\/]character-entities[\\/]index\.js$/ }, async (args) => {
      const { characterEntities } = await import(pathToFileURL(args.path).href);
      const { characterEntitiesLegacy } = await import('character-entities-legacy');
      return { contents: compactEntitiesModule(keptEntities(characterEntities, characterEntitiesLegacy)), loader: 'js' };
    });
  },
};

/** The scorecard page's stylesheet (a template literal, readable in the source) goes into the shipped bundles minified by esbuild's CSS minifier. */
const minifiedScorecardStyle = {
  name: 'minified-scorecard-style',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]report[\\/]scorecard\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const contents = source.replace(/(const STYLE = `)([^`$\\]*)(`)/, (_, open, css, close) => open + esbuild.transformSync(css, { loader: 'css', minify: true }).code.trim() + close);
      return { contents, loader: 'ts' };
    });
  },
};

/** esbuild's options for one bundle: the same for `npm run build` and the tests that build a bundle themselves. */
function buildOptions(bundle, { production: forProduction = production } = {}) {
  return {
    bundle: true,
    minify: forProduction,
    // UTF-8 output keeps non-ASCII text (entity tables, typographic quotes) at its size instead of \u escapes.
    charset: 'utf8',
    sourcemap: !forProduction,
    target: 'es2022',
    external: ['vscode'],
    // yaml's ES module build (its default export condition) can be tree-shaken; its CommonJS "node" build cannot (17 KB more).
    alias: { yaml: require.resolve('yaml').replace(/dist[\\/]index\.js$/, 'browser/index.js') },
    logLevel: 'warning',
    plugins: forProduction ? [bundle.entryPoints.includes(EXTENSION_ENTRY) ? withoutExamples : withoutExampleFindings, minifiedScorecardStyle, compactEntities] : [],
    // chrono-node logs through console.log only when its debug mode is on, which the extension never turns on: about 1 KB less.
    pure: forProduction && bundle.entryPoints.includes(EXTENSION_ENTRY) ? ['console.log'] : [],
    ...bundle,
  };
}

async function main() {
  const contexts = await Promise.all(bundles.map((bundle) => esbuild.context(buildOptions(bundle))));
  fs.mkdirSync('dist', { recursive: true });
  fs.writeFileSync(REMARK_MODULE.file, REMARK_MODULE.text);
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

module.exports = { bundles, REMARK_MODULE, buildOptions, withoutRuleExamples };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
