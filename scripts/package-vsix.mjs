// `npm run package`: builds and packs the VS Code extension as visionlint.vsix.
//
// package.json's `files` lists what the npm package ships (the CLI, the API, the remark plugin),
// and vsce refuses a folder that has both `files` and a .vscodeignore. So the extension is packed
// from a staging folder holding exactly what it needs, with the same manifest and its own list.
// Usage: node scripts/package-vsix.mjs [OUT.vsix] [--no-build]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAGE = path.join(ROOT, 'out', 'vsix');
const OUT = path.resolve(ROOT, process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'visionlint.vsix');

/** What the extension runs or shows: its bundles, the rule pages' examples, icon, grammar, snippets, schema and documents. */
export const EXTENSION_FILES = [
  'dist/extension.js',
  'dist/web/extension.js',
  'docs/rule-examples.json',
  'images/icon.png',
  'syntaxes/',
  'snippets/',
  'schemas/',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
];

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`package-vsix: ${command} ${args.join(' ')} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

if (!process.argv.includes('--no-build')) run('npm', ['run', '--silent', 'build'], ROOT);
fs.rmSync(STAGE, { recursive: true, force: true });
for (const entry of EXTENSION_FILES) {
  fs.cpSync(path.join(ROOT, entry), path.join(STAGE, entry), { recursive: true });
}
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
// The extension needs no npm scripts or dependencies (its bundles carry them); `files` is the npm package's.
const { scripts: _scripts, devDependencies: _dev, dependencies: _deps, files: _files, ...extensionManifest } = manifest;
fs.writeFileSync(path.join(STAGE, 'package.json'), `${JSON.stringify({ ...extensionManifest, files: EXTENSION_FILES }, null, 2)}\n`);
const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', OUT], STAGE);
