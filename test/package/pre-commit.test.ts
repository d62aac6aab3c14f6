/**
 * The pre-commit hook as a team gets it: the real pre-commit (pinned; installed into .tools/ by
 * scripts/install-pre-commit.sh when it is not there yet) installs the `visionlint` hook of
 * .pre-commit-hooks.yaml from a release tag: a git repository holding the release tree of this
 * working tree (scripts/release-tree.mjs: the built package, with no scripts for npm to run),
 * tagged as a release is. pre-commit's own `language: node` install (4.6.2 runs
 * `npm install --allow-git=root --install-links -g git+file://<its clone>`, so npm installs the
 * package as it installs any git dependency) goes into a PRE_COMMIT_HOME of its own.
 * Then real `git commit`s in a fixture repository with the hook installed: a README of code passes,
 * a goals document with a vague goal is refused with the rule and the file named, and the same
 * document with the goal made SMART is committed (an info finding left in it does not block).
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok, ROOT, scratchFolder } from './support';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
/** Deadlines a year ahead, so the SMART goals never go past their dates (goal-deadline-passed). */
const YEAR = new Date().getFullYear() + 1;

let env: NodeJS.ProcessEnv = process.env;

function sh(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env });
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

/** A goals document as a support team writes it; `vagueGoal` is its last goal. */
function goalsDocument(vagueGoal: string): string {
  return [
    '# Team goals',
    '',
    'Customer Support, Leeds. We go through these goals at the monthly team meeting, and the owner',
    'of each one brings a short update on where it stands.',
    '',
    '## Goals for the year',
    '',
    `- Cut the time customers wait for a first reply on chat from 4 minutes to 90 seconds by 31 March ${YEAR} (owner: Priya Shah)`,
    `- Bring refund questions down from 1,200 to 900 contacts a month by 30 September ${YEAR}, by rewriting the refund pages in plain English`,
    `- ${vagueGoal}`,
    '',
    '## How we hear from customers and from the team',
    '',
    'Every closed chat and email ends with a one-question survey. We read the comments together',
    'every Friday and pick one thing to fix the following week. The team\'s own pulse survey runs',
    'each quarter, and its results go to the team before anyone else sees them.',
    '',
  ].join('\n');
}

const VAGUE_GOAL = 'Improve customer satisfaction';
const SMART_GOAL = `Raise customer satisfaction (CSAT) on closed chats from 78% to 85% by 30 June ${YEAR}, so customers leave a chat with their problem solved (owner: Sam Okafor)`;

const CODE_README = [
  '# csv-stream',
  '',
  'A small streaming CSV parser for Node.js: rows come out as they are read, so a 2 GB export',
  'never has to fit in memory.',
  '',
  '## Install',
  '',
  '```sh',
  'npm install csv-stream',
  '```',
  '',
  '## Usage',
  '',
  '```js',
  "const { parse } = require('csv-stream');",
  "for await (const row of parse(fs.createReadStream('orders.csv'))) console.log(row.id);",
  '```',
  '',
  '## Goals of this library',
  '',
  '- Stay dependency-free',
  '- Keep the API small',
  '',
].join('\n');

describe('the pre-commit hook', function () {
  this.timeout(900_000);
  let folder: string;
  let fixture: string;
  let home: string;

  /** `git commit` in the fixture, which runs the installed pre-commit hook; stdout and stderr together. */
  function commit(message: string): { status: number | null; output: string } {
    const result = sh('git', ['commit', '-m', message], fixture);
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  function log(): string[] {
    return ok(sh('git', ['log', '--format=%s'], fixture), 'git log').trim().split('\n');
  }

  before(function () {
    folder = scratchFolder('pre-commit');
    home = join(folder, 'pre-commit-home');
    writeFileSync(join(folder, 'gitconfig'), '[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n');
    env = {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      PRE_COMMIT_COLOR: 'never',
      PRE_COMMIT_HOME: home,
      // Only the fixtures' git config: no global hooksPath, signing or template from the machine.
      GIT_CONFIG_GLOBAL: join(folder, 'gitconfig'),
      GIT_CONFIG_NOSYSTEM: '1',
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];

    // The real pre-commit, pinned, in .tools/pre-commit: installed once, then reused.
    let started = Date.now();
    const install = spawnSync('bash', [join(ROOT, 'scripts', 'install-pre-commit.sh')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(install.status, 0, `scripts/install-pre-commit.sh failed (exit ${install.status}):\n${install.stderr}`);
    const preCommit = install.stdout.trim().split('\n').at(-1)!;
    const version = ok(sh(preCommit, ['--version'], ROOT), 'pre-commit --version').trim();
    console.log(`      ${version}: ${/already installed/.test(install.stderr) ? 'already installed' : `installed in ${seconds(started)} s`} (${preCommit.slice(ROOT.length + 1)})`);

    // The hook repository: the release tree of this working tree, committed and tagged as a release.
    const hookRepo = join(folder, 'visionlint');
    const release = spawnSync(process.execPath, [join(ROOT, 'scripts', 'release-tree.mjs'), hookRepo], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(release.status, 0, `scripts/release-tree.mjs failed:\n${release.stderr}`);
    ok(sh('git', ['init', '-q'], hookRepo), 'git init (hook repository)');
    ok(sh('git', ['add', '-A'], hookRepo), 'git add (hook repository)');
    ok(sh('git', ['-c', 'user.name=visionlint tests', '-c', 'user.email=tests@visionlint.invalid', 'commit', '-q', '-m', 'visionlint release tree'], hookRepo), 'git commit (hook repository)');
    const rev = `v${manifest.version}`;
    ok(sh('git', ['tag', rev], hookRepo), 'git tag (hook repository)');
    const copied = ok(sh('git', ['ls-files'], hookRepo), 'git ls-files').trim().split('\n').length;
    assert.ok(existsSync(join(hookRepo, '.pre-commit-hooks.yaml')), 'the hook repository has .pre-commit-hooks.yaml');

    // The team's repository, with the hook in its .pre-commit-config.yaml. verbose: pre-commit
    // shows the hook's output even when it passes, so the tests see what was linted.
    fixture = join(folder, 'fixture');
    mkdirSync(fixture);
    ok(sh('git', ['init', '-q'], fixture), 'git init (fixture)');
    ok(sh('git', ['config', 'user.name', 'Priya Shah'], fixture), 'git config');
    ok(sh('git', ['config', 'user.email', 'priya.shah@example.com'], fixture), 'git config');
    writeFileSync(join(fixture, '.pre-commit-config.yaml'), ['repos:', `  - repo: ${hookRepo}`, `    rev: ${rev}`, '    hooks:', '      - id: visionlint', '        verbose: true', ''].join('\n'));

    // `pre-commit install --install-hooks`: the git hook, and the hook's environment built now
    // rather than on the first commit, so its time can be told apart.
    started = Date.now();
    const hooks = sh(preCommit, ['install', '--install-hooks'], fixture);
    assert.equal(hooks.status, 0, `pre-commit install --install-hooks failed (exit ${hooks.status}):\n${hooks.stdout}\n${hooks.stderr}\n${readLog()}`);
    assert.match(hooks.stdout, /pre-commit installed at \.git\/hooks\/pre-commit/);
    assert.match(hooks.stdout, /Installing environment for /);
    console.log(`      hook repository: release tree of ${copied} files tagged ${rev}; hook environment installed (pre-commit install --install-hooks) in ${seconds(started)} s`);
  });

  /** pre-commit's own log of a failed install (npm's output is there). */
  function readLog(): string {
    const file = join(home, 'pre-commit.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('installs the built package into the hook environment, a real copy rather than a link into npm’s temporary clone', () => {
    const repos = readdirSync(home).filter((name) => name.startsWith('repo') && existsSync(join(home, name, 'node_env-system')));
    assert.equal(repos.length, 1, `one node environment in ${home}: ${readdirSync(home).join(', ')}`);
    const envDir = join(home, repos[0], 'node_env-system');
    const installed = join(envDir, 'lib', 'node_modules', 'visionlint');
    assert.ok(lstatSync(installed).isDirectory() && !lstatSync(installed).isSymbolicLink(), `${installed} is a directory`);
    assert.ok(existsSync(join(installed, 'dist', 'cli.js')), 'the build ran: dist/cli.js is installed');
    assert.equal(ok(sh(join(envDir, 'bin', 'visionlint'), ['--version'], fixture), 'visionlint --version in the hook environment').trim(), manifest.version);
  });

  it('lets a Markdown file that is not a strategy document through', () => {
    writeFileSync(join(fixture, 'README.md'), CODE_README);
    ok(sh('git', ['add', 'README.md', '.pre-commit-config.yaml'], fixture), 'git add');
    const { status, output } = commit('Add the README and the pre-commit configuration');
    assert.equal(status, 0, output);
    assert.match(output, /^visionlint\.+Passed$/m);
    assert.match(output, /No problems \(1 Markdown file checked\)/, 'the hook ran on README.md');
    assert.deepEqual(log(), ['Add the README and the pre-commit configuration']);
  });

  it('refuses a commit whose goals document has a vague goal, naming the rule and the file', () => {
    mkdirSync(join(fixture, 'docs'), { recursive: true });
    writeFileSync(join(fixture, 'docs', 'goals.md'), goalsDocument(VAGUE_GOAL));
    ok(sh('git', ['add', 'docs/goals.md'], fixture), 'git add');
    const { status, output } = commit('Team goals for the year');
    assert.notEqual(status, 0, `the commit went through:\n${output}`);
    assert.match(output, /^visionlint\.+Failed$/m);
    assert.match(output, /^- hook id: visionlint$/m);
    assert.match(output, /^- exit code: 1$/m);
    assert.match(output, /^docs\/goals\.md$/m, 'names the file');
    assert.match(output, /^ +10:3 +warning .*goal-measurable$/m, 'names the finding and its rule');
    assert.match(output, /^ +10:3 +warning .*goal-time-bound$/m);
    assert.match(output, /more than --max-warnings 0 allows/);
    assert.deepEqual(log(), ['Add the README and the pre-commit configuration'], 'nothing was committed');
    assert.equal(ok(sh('git', ['diff', '--cached', '--name-only'], fixture), 'git diff --cached').trim(), 'docs/goals.md', 'the document is still staged');
  });

  it('commits the document once the goal is SMART, and an info finding left in it does not block', () => {
    writeFileSync(join(fixture, 'docs', 'goals.md'), goalsDocument(SMART_GOAL));
    ok(sh('git', ['add', 'docs/goals.md'], fixture), 'git add');
    const { status, output } = commit('Team goals for the year');
    assert.equal(status, 0, output);
    assert.match(output, /^visionlint\.+Passed$/m);
    assert.match(output, /^ +9:3 +info +Goal names no owner.*goal-owner$/m, 'the refund goal still has no owner: an info finding');
    assert.match(output, /\(0 errors, 0 warnings, 1 info\)/);
    assert.deepEqual(log(), ['Team goals for the year', 'Add the README and the pre-commit configuration']);
    assert.equal(ok(sh('git', ['show', '--format=', '--name-only', 'HEAD'], fixture), 'git show').trim(), 'docs/goals.md');
    assert.equal(ok(sh('git', ['status', '--porcelain'], fixture), 'git status').trim(), '', 'nothing left uncommitted');
  });
});
