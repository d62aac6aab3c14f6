// The tree a release tag points at, for the two tools that install visionlint from this
// repository by tag rather than from npm: the GitHub Action (`uses: visionlint/visionlint@v0.1.0`)
// and the pre-commit hook (`rev: v0.1.0`). Neither builds anything: GitHub runs an action from the
// tag's files, and pre-commit installs a node hook with `npm install -g git+file://<clone>`, which
// runs a package's build scripts under npm's global settings (npm 11) or not at all (npm 12).
// So the tag holds the built package, exactly what `npm pack` ships, with a package.json that has
// no scripts or devDependencies, plus action.yml, dist/action.js and .pre-commit-hooks.yaml.
//
// Usage: node scripts/release-tree.mjs OUT [--no-build] [--tag NAME]
//   OUT         an empty or missing folder to write the tree into
//   --no-build  use dist/ as it is (else `npm run build` first)
//   --tag NAME  also commit the tree on top of HEAD in this repository and tag the commit NAME
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What a release adds to the npm package's files. */
export const RELEASE_EXTRAS = ['action.yml', 'dist/action.js', '.pre-commit-hooks.yaml'];

function fail(message) {
  console.error(`release-tree: ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (exit code ${result.status ?? result.signal}):\n${result.stderr}`);
  return result.stdout;
}

const args = process.argv.slice(2);
const tagAt = args.indexOf('--tag');
const tag = tagAt >= 0 ? args[tagAt + 1] : undefined;
if (tagAt >= 0 && !tag) fail('--tag needs a name, such as v0.1.0.');
const out = args.find((arg, i) => !arg.startsWith('--') && (tagAt < 0 || i !== tagAt + 1));
if (!out) fail('usage: node scripts/release-tree.mjs OUT [--no-build] [--tag NAME]');
const target = path.resolve(out);
if (fs.existsSync(target) && fs.readdirSync(target).length > 0) fail(`${target} is not empty.`);

if (!args.includes('--no-build')) run('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'pipe'] });
for (const extra of RELEASE_EXTRAS) if (!fs.existsSync(path.join(ROOT, extra))) fail(`${extra} is missing: run npm run build.`);

// The npm package's files, exactly as `npm pack` selects them.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'visionlint-release-'));
try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--silent', '--ignore-scripts', '--pack-destination', scratch]));
  run('tar', ['-xzf', path.join(scratch, packed.filename), '-C', scratch]);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(path.join(scratch, 'package'), target, { recursive: true });
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
const manifestPath = path.join(target, 'package.json');
const { scripts: _scripts, devDependencies: _devDependencies, ...manifest } = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
for (const extra of RELEASE_EXTRAS) fs.cpSync(path.join(ROOT, extra), path.join(target, extra));
console.log(`release-tree: wrote ${target} (visionlint ${manifest.version})`);

if (tag) {
  // A commit whose tree is exactly `target` and whose parent is HEAD, without touching the work tree or index.
  const index = path.join(os.tmpdir(), `visionlint-release-index-${process.pid}`);
  const git = (gitArgs) => run('git', gitArgs, { env: { ...process.env, GIT_INDEX_FILE: index } }).trim();
  try {
    git(['--work-tree', target, 'add', '--all', '--force', '.']);
    const tree = git(['write-tree']);
    const commit = git(['commit-tree', tree, '-p', 'HEAD', '-m', `visionlint ${manifest.version}: release tree (built package, action, pre-commit hook)`]);
    git(['tag', tag, commit]);
    console.log(`release-tree: tagged ${commit} as ${tag}; push it with git push origin ${tag}`);
  } finally {
    fs.rmSync(index, { force: true });
  }
}
