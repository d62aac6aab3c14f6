/** The argument parser (over node:util's parseArgs), the diff parser of --changed-since and small CLI helpers. */
import assert from 'node:assert/strict';
import { helpText, parseArgs, UsageError } from '../../src/cli/args';
import { parseUnifiedDiff, unquoteGitPath } from '../../src/cli/git';
import { hashLine } from '../../src/cli/lintFile';
import { useColor } from '../../src/cli/run';
import { MIN_FILES_PER_THREAD, workerCount } from '../../src/cli/workers';

function usage(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error.message;
  }
  assert.fail(`expected a usage error for ${argv.join(' ')}`);
}

describe('CLI arguments', () => {
  it('reads paths, flags with values (both spellings), short flags and repeatable flags', () => {
    const o = parseArgs(['docs', '--format=json', '-c', 'house.yaml', '--rule', 'goal-owner:error', '--rule', 'jargon = off', '--max-warnings', '0', '-q', 'README.md']);
    assert.deepEqual(o.patterns, ['docs', 'README.md']);
    assert.equal(o.format, 'json');
    assert.equal(o.config, 'house.yaml');
    assert.deepEqual(o.rules, [
      { id: 'goal-owner', severity: 'error' },
      { id: 'jargon', severity: 'off' },
    ]);
    assert.equal(o.maxWarnings, 0);
    assert.equal(o.quiet, true);
    assert.equal(parseArgs(['-fsarif']).format, 'sarif');
    assert.equal(parseArgs(['--rule', 'goal-owner:warn']).rules[0].severity, 'warning');
    assert.equal(parseArgs(['--max-warnings', '-1']).maxWarnings, undefined);
  });

  it('treats - as standard input and everything after -- as a path', () => {
    const o = parseArgs(['-', '--stdin-filename', 'docs/goals.md']);
    assert.equal(o.stdin, true);
    assert.equal(o.stdinFilename, 'docs/goals.md');
    assert.deepEqual(parseArgs(['--', '--fix', '-']).patterns, ['--fix', '-']);
    assert.equal(parseArgs(['--', '--fix']).fix, false);
  });

  it('defaults: stylish, no limit, ignores on, colour decided later', () => {
    const o = parseArgs([]);
    assert.equal(o.format, 'stylish');
    assert.equal(o.maxWarnings, undefined);
    assert.equal(o.useIgnores, true);
    assert.equal(o.color, undefined);
    assert.equal(parseArgs(['--no-ignore']).useIgnores, false);
    assert.equal(parseArgs(['--no-color']).color, false);
  });

  it('explains mistakes, with suggestions', () => {
    assert.match(usage(['--fixx']), /^Unknown option --fixx\. Did you mean --fix\?/);
    assert.match(usage(['--max-warning', '3']), /Did you mean --max-warnings\?/);
    assert.match(usage(['-x']), /^Unknown option -x\./);
    assert.match(usage(['--format', 'JUnit-xml']), /Unknown format "JUnit-xml"/);
    assert.match(usage(['--format', 'markdwn']), /did you mean markdown\?/);
    assert.match(usage(['--format', '--quiet']), /--format needs a value: --format NAME \(one of stylish, json, sarif, github, junit, markdown\)/);
    assert.match(usage(['--fix=yes']), /--fix takes no value/);
    assert.match(usage(['--format', 'json', '--format', 'sarif']), /--format is given twice/);
    assert.match(usage(['--rule', 'goal-owner:eror']), /"eror" is not a severity; did you mean error\?/);
    assert.match(usage(['--concurrency', '0']), /--concurrency needs a number of threads/);
    assert.match(usage(['--today', '25/11/2026']), /--today needs a date written YYYY-MM-DD/);
    assert.match(usage(['--changed-since', 'main', '-']), /does not apply to standard input/);
  });

  it('reads short flags, values that start with - and -- as before parseArgs read them', () => {
    assert.equal(usage(['-qx']), 'Unknown option -qx. Did you mean -q? Run visionlint --help to see every option.');
    assert.match(usage(['-q=1']), /^Unknown option -q=1\./);
    assert.match(usage(['--fixx=3']), /^Unknown option --fixx\. Did you mean --fix\?/);
    assert.match(usage(['--=x']), /^Unknown option --\./);
    assert.match(usage(['--format', '--', 'docs']), /^--format needs a value/);
    assert.match(usage(['--format=']), /^--format needs a value/);
    assert.match(usage(['-f']), /^--format needs a value/);
    assert.equal(usage(['--fix=']), '--fix takes no value (found "--fix=").');
    assert.match(usage(['--config', 'a.yaml', '-c', 'b.yaml']), /^--config is given twice/);
    assert.equal(parseArgs(['-q', '-q']).quiet, true);
    assert.equal(parseArgs(['-cq']).config, 'q');
    assert.equal(parseArgs(['--max-warnings=-1']).maxWarnings, undefined);
    assert.deepEqual(parseArgs(['--ignore-pattern', '*.md', '--ignore-pattern=x/**']).ignorePatterns, ['*.md', 'x/**']);
    assert.deepEqual(parseArgs(['--stdin-filename', '-', '-']).stdinFilename, '-');
    assert.deepEqual(parseArgs(['a.md', '--', '-x', '--', '']).patterns, ['a.md', '-x', '--', '']);
  });

  it('documents every flag in --help', () => {
    const help = helpText();
    assert.match(help, /^Usage: visionlint \[options\] \[paths or globs \.\.\.\]/);
    assert.match(help, /Exit codes: 0 no problems/);
    assert.ok(help.includes(`default: one per core, at least ${MIN_FILES_PER_THREAD} files each`), 'the help names the threshold workerCount uses');
    for (const line of help.split('\n')) assert.ok(line.length <= 120, `help line too long: ${line}`);
  });
});

describe('CLI helpers', () => {
  it('parses git diff --unified=0 into changed line ranges of the new file', () => {
    const diff = [
      'diff --git a/docs/goals.md b/docs/goals.md',
      'index 1111111..2222222 100644',
      '--- a/docs/goals.md',
      '+++ b/docs/goals.md',
      '@@ -3 +3 @@ heading',
      '-old',
      '+new',
      '@@ -10,0 +11,2 @@',
      '+added',
      '+added',
      '@@ -20,3 +22,0 @@',
      '@@ -30 +30,2 @@',
      '-+++ not a header',
      '++++ b/not-a-file.md',
      '+--- b/nor-this',
      'diff --git a/gone.md b/gone.md',
      '--- a/gone.md',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      'diff --git a/new file.md b/new file.md',
      '--- /dev/null',
      '+++ "b/caf\\303\\251 \\"x\\".md"',
      '@@ -0,0 +1,4 @@',
    ].join('\n');
    const changed = parseUnifiedDiff(diff);
    assert.deepEqual(Object.fromEntries(changed), {
      'docs/goals.md': [
        [3, 3],
        [11, 12],
        [30, 31],
      ],
      'café "x".md': [[1, 4]],
    });
    assert.equal(unquoteGitPath('"a\\tb"'), 'a\tb');
    assert.equal(unquoteGitPath('plain.md'), 'plain.md');
  });

  it('hashes a line by its text, ignoring indentation and spacing', () => {
    assert.equal(hashLine('  - Improve   service'), hashLine('- Improve service'));
    assert.notEqual(hashLine('- Improve service'), hashLine('- Improve services'));
    assert.match(hashLine('x'), /^[0-9a-f]{16}$/);
  });

  it('colours: --color/--no-color, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    assert.equal(useColor(undefined, {}, true), true);
    assert.equal(useColor(undefined, {}, false), false);
    assert.equal(useColor(undefined, { NO_COLOR: '1' }, true), false);
    assert.equal(useColor(undefined, { NO_COLOR: '' }, true), true);
    assert.equal(useColor(undefined, { FORCE_COLOR: '1' }, false), true);
    assert.equal(useColor(undefined, { FORCE_COLOR: '0' }, true), false);
    assert.equal(useColor(undefined, { FORCE_COLOR: '' }, false), true);
    assert.equal(useColor(undefined, { TERM: 'dumb' }, true), false);
    assert.equal(useColor(false, { FORCE_COLOR: '1' }, true), false);
    assert.equal(useColor(true, { NO_COLOR: '1' }, false), true);
  });

  it('lints a few files in this thread and many across all cores, this thread included', () => {
    assert.equal(workerCount(50, undefined, 8), 0, 'too few files to pay for a worker');
    assert.equal(workerCount(1000, undefined, 8), 3, 'at least 250 files per thread');
    assert.equal(workerCount(1000, undefined, 2), 1);
    assert.equal(workerCount(1000, undefined, 1), 0, 'one core: this thread only');
    assert.equal(workerCount(499, undefined, 8), 0);
    assert.equal(workerCount(500, undefined, 8), 1);
    assert.equal(workerCount(500, 1), 0, '--concurrency 1: no workers');
    assert.equal(workerCount(30, 4), 3, 'an explicit --concurrency is taken as it is');
    assert.equal(workerCount(2, 4), 1);
  });
});
