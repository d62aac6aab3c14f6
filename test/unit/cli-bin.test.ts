/**
 * The built `visionlint` bin in a real subprocess: exit codes, stdin and worker threads, which
 * in-process tests cannot show. The bundle is built here from src/cli/main.ts with the options
 * esbuild.js uses for dist/cli.js, so the test never runs a stale dist/.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { VERSION } from '../../src/cli/run';
import { cleanUp, PROJECT, tempProject, TODAY } from '../fixtures/cli/helpers';

describe('the visionlint bin (a subprocess of the built bundle)', function () {
  this.timeout(60_000);
  let folder: string;
  let bin: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'visionlint-bin-'));
    bin = join(folder, 'cli.js');
    // The dist/cli.js entry of esbuild.js.
    await build({
      entryPoints: [join(__dirname, '..', '..', 'src', 'cli', 'main.ts')],
      outfile: bin,
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      target: 'es2022',
      external: ['vscode'],
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'warning',
    });
  });
  after(() => {
    rmSync(folder, { recursive: true, force: true });
    cleanUp();
  });

  function visionlint(args: string[], cwd: string, input?: string) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('starts with a shebang and prints its version', () => {
    assert.ok(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n'));
    assert.deepEqual(visionlint(['--version'], PROJECT), { status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('exits with 0, 1 and 2', () => {
    const clean = tempProject({ 'goals.md': '---\nkind: goals\n---\n# Goals\n\n- Raise first-contact resolution from 61% to 72% by June 2027, so customers get an answer the first time they ask (owner: Priya Shah)\n' });
    assert.equal(visionlint(['--today', TODAY], clean).status, 0);
    const errors = visionlint(['--today', TODAY], PROJECT);
    assert.equal(errors.status, 1);
    assert.match(errors.stdout, /✖ 10 problems \(2 errors, 6 warnings, 2 infos\)/);
    assert.equal(errors.stderr, '', 'no progress line when stderr is not a terminal');
    const usage = visionlint(['--fromat', 'json'], PROJECT);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /Unknown option --fromat\. Did you mean --format\?/);
    assert.equal(usage.stdout, '');
  });

  it('reads standard input', () => {
    const text = readFileSync(join(PROJECT, 'docs', 'support-goals.md'), 'utf8');
    const result = visionlint(['-', '--stdin-filename', 'docs/piped.md', '--format', 'json', '--today', TODAY], PROJECT, text);
    assert.equal(result.status, 1, result.stderr);
    const file = JSON.parse(result.stdout).files[0];
    assert.equal(file.path, 'docs/piped.md');
    assert.ok(file.findings.some((f: { ruleId: string }) => f.ruleId === 'house-say-customers'));
  });

  it('lints many files in worker threads with the same results', () => {
    const files: Record<string, string> = { '.visionlintrc.yaml': readFileSync(join(PROJECT, '.visionlintrc.yaml'), 'utf8') };
    const docs = ['support-goals.md', 'vision.md'].map((name) => readFileSync(join(PROJECT, 'docs', name), 'utf8'));
    for (let i = 0; i < 40; i++) files[`docs/doc-${String(i).padStart(2, '0')}.md`] = docs[i % 2];
    const root = tempProject(files);
    const threads = visionlint(['--format', 'json', '--today', TODAY, '--concurrency', '2'], root);
    const single = visionlint(['--format', 'json', '--today', TODAY, '--concurrency', '1'], root);
    assert.equal(threads.status, 1, threads.stderr);
    assert.equal(threads.stdout, single.stdout);
    assert.equal(JSON.parse(threads.stdout).files.length, 40);
  });

  it('waits for a slow reader instead of piling its output up, in this thread and with workers', async () => {
    const goals = Array.from({ length: 150 }, (_, i) => `- Raise first-contact resolution for team ${i} from 61% to 72% by June 2027 (owner: Priya Shah)`).join('\n');
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`docs/goals-${String(i).padStart(2, '0')}.md`] = `---\nkind: goals\n---\n# Support goals\n\n${goals}\n`;
    const root = tempProject(files);
    for (const concurrency of ['1', '2']) {
      const args = ['--format', 'json', '--today', TODAY, '--concurrency', concurrency];
      const child = spawn(process.execPath, [bin, ...args], { cwd: root });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      // Nothing is read for half a second: the pipe fills and the bin must wait for it.
      child.stdout.pause();
      await new Promise((resolve) => setTimeout(resolve, 500));
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.stdout.resume();
      const status = await new Promise((resolve) => child.on('close', resolve));
      const stdout = Buffer.concat(chunks).toString('utf8');
      assert.equal(status, 0, stderr);
      assert.equal(stderr, '', 'no warning about listeners piling up');
      assert.ok(stdout.length > 2_000_000, `${stdout.length} characters: more than the bin lets queue up`);
      assert.equal(stdout, visionlint(args, root).stdout);
    }
  });

  it('fixes files in place from the command line', () => {
    const root = tempProject({ 'goals.md': '---\nkind: goals\n---\n# Goals\n\n- We will try to cut waiting times for customers from 10 to 5 minutes by June 2027 (owner: Sam)\n' });
    const before = statSync(join(root, 'goals.md')).mode;
    const result = visionlint(['--fix', '--today', TODAY], root);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(readFileSync(join(root, 'goals.md'), 'utf8'), /- We will cut waiting times/);
    assert.equal(statSync(join(root, 'goals.md')).mode, before);
  });
});
