/**
 * The remark plugin, `visionlint/remark`: the real remark-cli in a subprocess on the fixture
 * project in test/fixtures/remark, and the plugin in this process for what remark-cli does not print
 * (fix suggestions, offsets, configuration options).
 *
 * The subprocess loads the plugin the way a team's project would: its `.remarkrc.json` names
 * `visionlint/remark`, which resolves through this package's `exports` map. The test copies the
 * fixture project into a temporary folder with this package.json, dist/remark.mjs and the CLI
 * bundle it takes the plugin from, built here with esbuild.js's options and installed as
 * node_modules/visionlint, so it never runs a stale dist/ and needs no `npm run build`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { ruleDocsUrl } from '../../src/core';
import remarkVisionlint, { type Options } from '../../src/remark';
import { cleanUp, cli } from '../fixtures/cli/helpers';

const { buildOptions, bundles, REMARK_MODULE } = require('../../esbuild.js') as import('../support/build').BuildScript;
const CLI_BUNDLE = bundles.find((bundle) => bundle.outfile === 'dist/cli.js')!;

const ROOT = join(__dirname, '..', '..');
const FIXTURE = join(__dirname, '..', 'fixtures', 'remark');
const REMARK_CLI = join(ROOT, 'node_modules', 'remark-cli', 'cli.js');
const TODAY = '2026-11-25';

/** What the messages of the fixture's goals document say, as remark-cli prints them (vfile-reporter). */
const GOALS_REPORT = [
  'goals.md',
  '6:5-6:14    warning We say "customers".                                                                  house-say-customers visionlint',
  '11:3-11:56  error   Goal has no deadline: say when it will be true ("by 30 June 2027", "Q3 2027").       goal-time-bound     visionlint',
  '11:3-11:56  warning Goal names complaints but no target value: say what number counts as success.        goal-measurable     visionlint',
  '11:3-11:56  warning Goal hedges with "try to": a commitment says what will happen, not what we will try. goal-specific       visionlint',
  '11:3-11:56  info    Goal names no owner: say who is accountable for it.                                  goal-owner          visionlint',
  '12:3-12:100 error   Goal has no deadline: say when it will be true ("by 30 June 2027", "Q3 2027").       goal-time-bound     visionlint',
  '12:3-12:100 info    Goal names no owner: say who is accountable for it.                                  goal-owner          visionlint',
];

describe('the remark plugin (visionlint/remark)', function () {
  this.timeout(60_000);
  let folder: string;
  let bundle: string;

  before(async () => {
    folder = realpathSync(mkdtempSync(join(tmpdir(), 'visionlint-remark-')));
    const pkg = join(folder, 'node_modules', 'visionlint');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), readFileSync(join(ROOT, 'package.json')));
    const exported = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { default: string }> }).exports['./remark'].default;
    bundle = join(pkg, exported);
    // dist/remark.mjs takes the plugin from the CLI bundle, which is also the package's API: both as esbuild.js writes them.
    await build({ ...buildOptions(CLI_BUNDLE, { production: true }), outfile: join(pkg, CLI_BUNDLE.outfile), logLevel: 'warning' });
    writeFileSync(join(pkg, REMARK_MODULE.file), REMARK_MODULE.text);
  });
  after(() => {
    rmSync(folder, { recursive: true, force: true });
    cleanUp();
  });

  /** A fresh copy of the fixture project next to the installed package, with `files` changed. */
  function project(name: string, files: Record<string, string> = {}): string {
    const root = join(folder, name);
    cpSync(FIXTURE, root, { recursive: true });
    // node_modules/visionlint is found from the project's folder, as in a team's repository.
    cpSync(join(folder, 'node_modules'), join(root, 'node_modules'), { recursive: true });
    for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
    return root;
  }

  function remark(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [REMARK_CLI, ...args, '--no-stdout', '--no-color'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  describe('in remark-cli', () => {
    it('reports a goals document\'s findings with position, severity, message, rule id and source, and none for a README or an ignored draft', () => {
      const root = project('report');
      const result = remark(['.', '--frail'], root);
      assert.equal(result.stderr, [
        'drafts/goals.md: no issues found',
        ...GOALS_REPORT,
        '',
        'README.md: no issues found',
        '',
        '7 messages (✖ 2 errors, ⚠ 3 warnings)',
        '',
      ].join('\n'));
      assert.equal(result.stdout, '');
      assert.equal(result.status, 1, 'error-level findings fail the run');
    });

    it('fails on warnings only with --frail, as visionlint --max-warnings 0 does', () => {
      const root = project('warnings', { '.visionlintrc.yaml': readFileSync(join(FIXTURE, '.visionlintrc.yaml'), 'utf8').replace('goal-time-bound: error', 'goal-time-bound: warning') });
      const lenient = remark(['goals.md'], root);
      assert.equal(lenient.status, 0, lenient.stderr);
      assert.match(lenient.stderr, /^12:3-12:100 warning Goal has no deadline/m);
      assert.match(lenient.stderr, /7 messages \(⚠ 5 warnings\)/);
      assert.equal(remark(['goals.md', '--frail'], root).status, 1);
      assert.equal(remark(['README.md', '--frail'], root).status, 0);
    });

    it('links each finding to its rule\'s documentation with --verbose', () => {
      const result = remark(['goals.md', '--verbose'], project('verbose'));
      assert.ok(result.stderr.includes(`goal-time-bound     visionlint\n  [url]:\n    ${ruleDocsUrl('goal-time-bound')}\n`), result.stderr);
      assert.ok(!/house-say-customers visionlint\n {2}\[url\]/.test(result.stderr), 'a house rule without a link has no URL');
    });

    it('reports a broken .visionlintrc as an error and lints with the defaults for the broken part', () => {
      const root = project('broken', { '.visionlintrc.yaml': 'rules:\n  goal-owner: loud\n' });
      const result = remark(['goals.md'], root);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /^ +error {3}visionlint config error in \.visionlintrc\.yaml:2:15: rules\.goal-owner: "loud" is not a severity; use off, hint, info, warning or error \(or warn, 0, 1, 2\)\. config +visionlint$/m);
      assert.match(result.stderr, /Goal names no owner/);
    });
  });

  describe('in this process', () => {
    const goals = readFileSync(join(FIXTURE, 'goals.md'), 'utf8');

    async function lint(value: string, options: Options = { today: TODAY }, path = join(FIXTURE, 'goals.md')) {
      const file = new VFile({ path, value, cwd: FIXTURE });
      await unified().use(remarkVisionlint, options).run({ type: 'root', children: [] } as Root, file);
      return messagesOf(file.messages);
    }

    function messagesOf(messages: { ruleId?: string; source?: string; fatal?: boolean | null; reason: string; place?: unknown; url?: string; actual?: string; expected?: string[] }[]) {
      return messages.map(({ ruleId, source, fatal, reason, place, url, actual, expected }) => ({ ruleId, source, fatal, reason, place, url, actual, expected }));
    }

    it('gives the same findings as the visionlint CLI, at the same places', async () => {
      const messages = await lint(goals);
      const json = JSON.parse((await cli(['goals.md', '--format', 'json', '--today', TODAY], FIXTURE.replace(/\\/g, '/'))).stdout) as { files: { findings: { ruleId: string; severity: string; message: string; line: number; column: number }[] }[] };
      const fromCli = json.files[0].findings.map((f) => `${f.line}:${f.column} ${f.severity === 'hint' ? 'info' : f.severity} ${f.ruleId} ${f.message}`);
      const severity = (fatal: boolean | null | undefined) => (fatal === true ? 'error' : fatal === false ? 'warning' : 'info');
      const fromRemark = messages.map((m) => `${(m.place as { start: { line: number; column: number } }).start.line}:${(m.place as { start: { column: number } }).start.column} ${severity(m.fatal)} ${m.ruleId} ${m.reason}`);
      assert.deepEqual([...fromRemark].sort(), [...fromCli].sort());
      assert.ok(messages.every((m) => m.source === 'visionlint'));
    });

    it('gives unist positions with offsets, the documentation URL, and a replacement of the flagged words as `expected`', async () => {
      const messages = await lint(goals);
      const start = goals.indexOf('end users');
      assert.deepEqual(messages.find((m) => m.ruleId === 'house-say-customers'), {
        ruleId: 'house-say-customers',
        source: 'visionlint',
        fatal: false,
        reason: 'We say "customers".',
        place: { start: { line: 6, column: 5, offset: start }, end: { line: 6, column: 14, offset: start + 'end users'.length } },
        url: undefined,
        actual: 'end users',
        expected: ['customers'],
      });
      const deadline = messages.find((m) => m.ruleId === 'goal-time-bound')!;
      assert.equal(deadline.fatal, true);
      assert.equal(deadline.url, ruleDocsUrl('goal-time-bound'));
      assert.equal(deadline.expected, undefined, 'a template with a placeholder to fill in is no replacement');
      assert.equal(messages.find((m) => m.ruleId === 'goal-owner')!.fatal, undefined, 'info is an info message');
    });

    it('reports nothing for a document that is not a strategy document', async () => {
      assert.deepEqual(await lint(readFileSync(join(FIXTURE, 'README.md'), 'utf8'), { today: TODAY }, join(FIXTURE, 'README.md')), []);
    });

    it('applies the config option over the nearest .visionlintrc, and configFile instead of it', async () => {
      const ruleIds = async (options: Options) => [...new Set((await lint(goals, { today: TODAY, ...options })).map((m) => m.ruleId))].sort();
      assert.deepEqual(await ruleIds({ config: { rules: { 'goal-owner': 'off', 'goal-time-bound': 'off' } } }), ['goal-measurable', 'goal-specific', 'house-say-customers']);
      const other = join(folder, 'other.visionlintrc.yaml');
      writeFileSync(other, 'rules:\n  goal-owner: off\n');
      assert.deepEqual(await ruleIds({ configFile: other }), ['goal-measurable', 'goal-specific', 'goal-time-bound'], 'no house rule without the fixture\'s config');
      const messages = await lint(goals, { today: TODAY, configFile: other });
      assert.equal(messages.find((m) => m.ruleId === 'goal-time-bound')!.fatal, false, 'warning by default');
    });

    it('judges deadlines against the `today` option', async () => {
      const dated = '---\nkind: goals\n---\n## Goals\n\n- Raise first-contact resolution from 61% to 72% by June 2026, so customers get an answer the first time (owner: Priya Shah)\n';
      const passed = (today: string) => lint(dated, { today }).then((messages) => messages.some((m) => m.ruleId === 'goal-deadline-passed'));
      assert.equal(await passed('2026-05-01'), false);
      assert.equal(await passed('2026-11-25'), true);
    });

    it('reports bad options and configuration as messages, never by throwing', async () => {
      const messages = await lint(goals, { today: 'tomorrow', configFile: join(folder, 'missing.yaml'), config: { rules: { 'goal-owner': 'loud' } }, colour: true } as unknown as Options);
      const problems = messages.filter((m) => m.ruleId === 'config');
      assert.deepEqual(problems.map((m) => [m.fatal, m.reason]), [
        [false, 'visionlint config warning in the visionlint remark options: unknown option "colour" (the options are config, configFile and today); ignored.'],
        [true, 'visionlint config error in the visionlint remark options: today needs a date written YYYY-MM-DD, not "tomorrow"; deadlines are judged against today.'],
        [true, `visionlint config error in ${join(folder, 'missing.yaml').replace(/\\/g, '/')}: Config file ${join(folder, 'missing.yaml').replace(/\\/g, '/')} does not exist.`],
        [true, 'visionlint config error in the visionlint remark options: rules.goal-owner: "loud" is not a severity; use off, hint, info, warning or error (or warn, 0, 1, 2).'],
      ]);
      assert.ok(messages.some((m) => m.ruleId === 'goal-time-bound'), 'linting goes on');
    });
  });
});
