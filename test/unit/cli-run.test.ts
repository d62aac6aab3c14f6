/**
 * The command line end to end, in this process (`run` returns exit code, stdout and stderr):
 * exit codes, configuration, stdin, globs and ignores, --fix, baselines, --changed-since,
 * --init / --print-config / --list-rules / --explain, and linting in worker threads.
 */
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STARTER_CONFIG } from '../../src/core';
import { VERSION } from '../../src/cli/run';
import { cleanUp, cli, copyOfProject, git, pathsOf, PROJECT, tempProject } from '../fixtures/cli/helpers';

const GOALS = '---\nkind: goals\n---\n# Goals\n\n';
const GOOD_GOAL = '- Raise first-contact resolution from 61% to 72% by June 2027, so customers get an answer the first time they ask (owner: Priya Shah)\n';
const VAGUE_GOAL = '- Improve customer service\n';

describe('CLI run', () => {
  after(cleanUp);

  describe('exit codes', () => {
    it('0 when clean', async () => {
      const root = tempProject({ 'goals.md': GOALS + GOOD_GOAL });
      const result = await cli([], root);
      assert.equal(result.exitCode, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /✔ No problems in 1 document \(1 Markdown file checked\)/);
    });

    it('0 with warnings only, 1 once they pass --max-warnings, with a message', async () => {
      const root = tempProject({ 'goals.md': GOALS + VAGUE_GOAL });
      assert.equal((await cli([], root)).exitCode, 0);
      assert.equal((await cli(['--max-warnings', '10'], root)).exitCode, 0);
      const over = await cli(['--max-warnings', '0'], root);
      assert.equal(over.exitCode, 1);
      assert.match(over.stderr, /warnings found, more than --max-warnings 0 allows/);
    });

    it('1 with an error-level finding', async () => {
      const result = await cli([], PROJECT);
      assert.equal(result.exitCode, 1);
      assert.match(result.stdout, /✖ 10 problems \(2 errors, 6 warnings, 2 infos\)/);
    });

    it('2 for a usage error, with a suggestion and no stack trace', async () => {
      const result = await cli(['--formt', 'json'], PROJECT);
      assert.equal(result.exitCode, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^visionlint: Unknown option --formt\. Did you mean --format\?/);
      assert.doesNotMatch(result.stderr, /at \w+ \(/);
      const format = await cli(['--format', 'sarf'], PROJECT);
      assert.equal(format.exitCode, 2);
      assert.match(format.stderr, /Unknown format "sarf"; did you mean sarif\?/);
      assert.match((await cli(['--max-warnings', 'lots'], PROJECT)).stderr, /--max-warnings needs a whole number/);
      assert.match((await cli(['--rule', 'goal-owner'], PROJECT)).stderr, /--rule needs a rule id and a severity, such as --rule goal-owner:error/);
      assert.match((await cli(['--rule', 'goal-owner:loud'], PROJECT)).stderr, /"loud" is not a severity/);
      assert.match((await cli(['--format'], PROJECT)).stderr, /--format needs a value/);
      assert.match((await cli(['missing.md'], PROJECT)).stderr, /No such file or folder: missing\.md/);
      assert.equal((await cli(['missing.md'], PROJECT)).exitCode, 2);
    });

    it('2 for a broken config, naming file, line and key, after linting with the defaults', async () => {
      const root = tempProject({ '.visionlintrc.yaml': 'rules:\n  goal-owner: loud\n', 'goals.md': GOALS + VAGUE_GOAL });
      const result = await cli([], root);
      assert.equal(result.exitCode, 2);
      assert.match(result.stderr, /config error in \.visionlintrc\.yaml:2:\d+.*goal-owner.*loud/);
      assert.match(result.stderr, /fix the configuration above/);
      assert.match(result.stdout, /goal-specific/, 'the findings are still reported');
      const yaml = tempProject({ '.visionlintrc.yaml': 'rules: [unclosed\n', 'goals.md': GOALS + VAGUE_GOAL });
      const broken = await cli([], yaml);
      assert.equal(broken.exitCode, 2);
      assert.match(broken.stderr, /config error in \.visionlintrc\.yaml:\d+/);
    });

    it('2 for a --config that does not exist, and a warning-only config problem does not fail', async () => {
      const missing = await cli(['--config', 'nope.yaml'], PROJECT);
      assert.equal(missing.exitCode, 2);
      assert.match(missing.stderr, /The config file nope\.yaml does not exist/);
      const root = tempProject({ '.visionlintrc.yaml': 'colour: blue\n', 'goals.md': GOALS + GOOD_GOAL });
      const warned = await cli([], root);
      assert.equal(warned.exitCode, 0);
      assert.match(warned.stderr, /config warning in \.visionlintrc\.yaml:1:1.*Unknown setting "colour"/);
    });
  });

  describe('options', () => {
    it('--quiet shows errors only, and warnings still count for --max-warnings', async () => {
      const quiet = await cli(['--quiet', '--format', 'json'], PROJECT);
      const severities = JSON.parse(quiet.stdout).files.flatMap((f: { findings: { severity: string }[] }) => f.findings.map((x) => x.severity));
      assert.deepEqual([...new Set(severities)], ['error']);
      assert.equal((await cli(['--quiet', '--rule', 'goal-time-bound:warning', '--max-warnings', '0'], PROJECT)).exitCode, 1);
      const stylish = await cli(['--quiet'], PROJECT);
      assert.doesNotMatch(stylish.stdout, /docs\/vision\.md/);
      assert.match(stylish.stdout, /warnings and notes not shown \(--quiet\)/);
      const onlyWarnings = await cli(['--quiet', '--rule', 'goal-time-bound:warning'], PROJECT);
      assert.match(onlyWarnings.stdout, /^✔ No errors in 2 documents \(3 Markdown files checked\)\.\n {2}10 warnings and notes not shown \(--quiet\)\.\n/m);
    });

    it('--rule overrides the config file; an unknown rule id is a usage error with a suggestion', async () => {
      const off = await cli(['--rule', 'goal-time-bound:off', '--rule', 'jargon=error', '--format', 'json'], PROJECT);
      const ids = JSON.parse(off.stdout).files.flatMap((f: { findings: { ruleId: string; severity: string }[] }) => f.findings);
      assert.ok(!ids.some((f: { ruleId: string }) => f.ruleId === 'goal-time-bound'));
      assert.ok(ids.filter((f: { ruleId: string }) => f.ruleId === 'jargon').every((f: { severity: string }) => f.severity === 'error'));
      assert.equal(off.exitCode, 1, 'jargon is an error now');
      const typo = await cli(['--rule', 'goal-ownr:off'], PROJECT);
      assert.equal(typo.exitCode, 2);
      assert.match(typo.stderr, /--rule.*Unknown rule "goal-ownr".*Did you mean goal-owner\?/);
    });

    it('--config uses that file for every document', async () => {
      const root = tempProject({ 'strict.yaml': 'rules:\n  goal-specific: error\n', 'goals.md': GOALS + VAGUE_GOAL });
      const result = await cli(['--config', 'strict.yaml'], root);
      assert.equal(result.exitCode, 1);
      assert.match(result.stdout, /error +Goal names no concrete change \("Improve"\)/);
    });

    it('--version and --help', async () => {
      assert.deepEqual(await cli(['--version'], PROJECT), { exitCode: 0, stdout: `${VERSION}\n`, stderr: '' });
      const help = await cli(['-h'], PROJECT);
      assert.equal(help.exitCode, 0);
      for (const flag of ['--format', '--stdin-filename', '--config', '--rule', '--max-warnings', '--quiet', '--fix', '--init', '--print-config', '--list-rules', '--explain', '--changed-since', '--baseline', '--write-baseline', '--version', '--help']) {
        assert.ok(help.stdout.includes(flag), `help mentions ${flag}`);
      }
    });

    it('--init writes the starter configuration once', async () => {
      const root = tempProject();
      const first = await cli(['--init'], root);
      assert.equal(first.exitCode, 0);
      assert.equal(readFileSync(join(root, '.visionlintrc.yaml'), 'utf8'), STARTER_CONFIG);
      const again = await cli(['--init'], root);
      assert.equal(again.exitCode, 2);
      assert.match(again.stderr, /\.visionlintrc\.yaml already exists/);
    });

    it('--print-config shows the configuration that applies to a file', async () => {
      const result = await cli(['--print-config', 'docs/support-goals.md'], PROJECT);
      assert.equal(result.exitCode, 0, result.stderr);
      const config = JSON.parse(result.stdout);
      assert.deepEqual(config.rules['goal-time-bound'], { severity: 'error', options: {} });
      assert.equal(config.files[0], `${PROJECT}/.visionlintrc.yaml`);
      assert.deepEqual(config.ignore, ['drafts/**']);
      assert.deepEqual(config.problems, []);
      const withRule = JSON.parse((await cli(['--print-config', 'docs/support-goals.md', '--rule', 'goal-time-bound:info'], PROJECT)).stdout);
      assert.equal(withRule.rules['goal-time-bound'].severity, 'info');
    });

    it('--list-rules lists every rule with its configured severity, as text or JSON', async () => {
      const text = await cli(['--list-rules'], PROJECT);
      assert.equal(text.exitCode, 0);
      assert.match(text.stdout, /^goal-time-bound +error\* +template +A goal has a deadline/m);
      assert.match(text.stdout, /^house-say-customers +warning +auto/m);
      assert.match(text.stdout, /^front-matter +warning/m);
      const json = JSON.parse((await cli(['--list-rules', '--format', 'json'], PROJECT)).stdout);
      assert.equal(json.length, 23);
      assert.deepEqual(json.find((r: { id: string }) => r.id === 'goal-owner'), {
        id: 'goal-owner',
        description: 'A goal names who is accountable for it.',
        category: 'goals',
        defaultSeverity: 'info',
        severity: 'warning',
        fixable: 'template',
        docs: 'https://github.com/visionlint/visionlint/blob/main/docs/rules.md#goal-owner',
      });
    });

    it('--explain tells why a rule exists and what to write; a typo gets a suggestion', async () => {
      const result = await cli(['--explain', 'goal-time-bound'], PROJECT);
      assert.equal(result.exitCode, 0);
      assert.match(result.stdout, /^goal-time-bound \(warning by default, goals, fix: template\)/);
      assert.match(result.stdout, /\nWhy\n {2}\S/);
      assert.match(result.stdout, /\nWhat to write instead\n/);
      assert.match(result.stdout, /\nFlagged\n/);
      assert.match(result.stdout, /Docs: https:\/\/github\.com\/visionlint\/visionlint\/blob\/main\/docs\/rules\.md#goal-time-bound/);
      assert.match((await cli(['--explain', 'front-matter'], PROJECT)).stdout, /reported by the engine/);
      assert.equal(JSON.parse((await cli(['--explain', 'jargon', '-f', 'json'], PROJECT)).stdout).id, 'jargon');
      const typo = await cli(['--explain', 'goal-tme-bound'], PROJECT);
      assert.equal(typo.exitCode, 2);
      assert.match(typo.stderr, /There is no rule "goal-tme-bound"\. Did you mean goal-time-bound\?/);
    });
  });

  describe('standard input', () => {
    it('lints - with the configuration of --stdin-filename, and names it in the output', async () => {
      const text = readFileSync(join(PROJECT, 'docs', 'support-goals.md'), 'utf8');
      const result = await cli(['-', '--stdin-filename', 'docs/from-stdin.md', '--format', 'json'], PROJECT, { stdin: text });
      assert.equal(result.exitCode, 1);
      const file = JSON.parse(result.stdout).files[0];
      assert.equal(file.path, 'docs/from-stdin.md');
      assert.ok(file.findings.some((f: { ruleId: string }) => f.ruleId === 'house-say-customers'), 'the project config applied');
      assert.ok(file.findings.some((f: { ruleId: string; severity: string }) => f.ruleId === 'goal-time-bound' && f.severity === 'error'));
    });

    it('names standard input <stdin> without a file name, and refuses mixing it with files or --fix', async () => {
      const result = await cli(['-', '--format', 'json'], tempProject(), { stdin: GOALS + VAGUE_GOAL });
      assert.equal(JSON.parse(result.stdout).files[0].path, '<stdin>');
      assert.match((await cli(['-', 'docs'], PROJECT, { stdin: '' })).stderr, /Read either standard input \(-\) or files, not both/);
      assert.match((await cli(['-', '--fix'], PROJECT, { stdin: '' })).stderr, /--fix rewrites files and cannot rewrite standard input/);
      assert.match((await cli(['--stdin-filename', 'x.md'], PROJECT)).stderr, /--stdin-filename names standard input, so it needs - as well/);
    });
  });

  describe('which files', () => {
    let root: string;
    before(() => {
      root = tempProject({
        '.visionlintrc.yaml': 'lint: always\nignore:\n  - drafts/**\n  - CHANGELOG.md\ntemplates: house\n',
        '.gitignore': 'build/\n*.generated.md\n!keep.generated.md\n',
        'README.md': '# Readme\n',
        'CHANGELOG.md': '# Changes\n',
        'docs/a.md': '# A\n',
        'docs/b.markdown': '# B\n',
        'docs/sub/c.md': '# C\n',
        'docs/sub/.gitignore': 'secret.md\n',
        'docs/sub/secret.md': '# Secret\n',
        'docs/x.generated.md': '# Generated\n',
        'docs/keep.generated.md': '# Kept\n',
        'docs/notes.txt': 'not markdown',
        'drafts/d.md': '# Draft\n',
        'build/e.md': '# Built\n',
        'node_modules/pkg/f.md': '# Dependency\n',
        '.github/g.md': '# Hidden folder\n',
        'house/smart-goal.md': '# A house template\n',
      });
      git(root, 'init', '-q');
    });

    it('walks the folder, honouring .gitignore (nested, negated), the ignore setting and the default ignores', async () => {
      assert.deepEqual(pathsOf(await cli(['-f', 'json'], root)), ['README.md', 'docs/a.md', 'docs/b.markdown', 'docs/keep.generated.md', 'docs/sub/c.md']);
    });

    it('expands globs relative to the working folder, and ! takes files out', async () => {
      assert.deepEqual(pathsOf(await cli(['-f', 'json', 'docs/**/*.md'], root)), ['docs/a.md', 'docs/keep.generated.md', 'docs/sub/c.md']);
      assert.deepEqual(pathsOf(await cli(['-f', 'json', 'docs/*.md', '!docs/keep*'], root)), ['docs/a.md']);
      assert.deepEqual(pathsOf(await cli(['-f', 'json', '**/c.md', 'docs/a.md', 'docs'], root)), ['docs/a.md', 'docs/b.markdown', 'docs/keep.generated.md', 'docs/sub/c.md']);
      const none = await cli(['nothing/**/*.md'], root);
      assert.equal(none.exitCode, 2);
      assert.match(none.stderr, /No Markdown files match "nothing\/\*\*\/\*\.md"/);
    });

    it('reports a named file that is ignored, and --no-ignore lints it', async () => {
      const named = await cli(['-f', 'json', 'drafts/d.md', 'build/e.md', 'docs/a.md'], root);
      assert.deepEqual(pathsOf(named), ['docs/a.md']);
      assert.match(named.stderr, /drafts\/d\.md is ignored \(matched by the ignore setting of \.visionlintrc\.yaml\); pass --no-ignore to lint it/);
      assert.match(named.stderr, /build\/e\.md is ignored \(matched by \.gitignore\)/);
      assert.equal(named.exitCode, 0);
      assert.deepEqual(pathsOf(await cli(['-f', 'json', '--no-ignore', 'drafts/d.md', 'build/e.md'], root)), ['build/e.md', 'drafts/d.md']);
      const all = pathsOf(await cli(['-f', 'json', '--no-ignore'], root));
      assert.ok(all.includes('drafts/d.md') && all.includes('build/e.md') && all.includes('CHANGELOG.md'));
      assert.ok(!all.includes('node_modules/pkg/f.md') && !all.includes('house/smart-goal.md'), 'node_modules and the templates folder stay out');
    });

    it('--ignore-pattern adds globs relative to the working folder', async () => {
      assert.deepEqual(pathsOf(await cli(['-f', 'json', '--ignore-pattern', 'docs/sub', '--ignore-pattern', '*.markdown', 'docs'], root)), ['docs/a.md', 'docs/keep.generated.md']);
    });

    it('lints a hidden folder or a non-Markdown file only when named', async () => {
      assert.deepEqual(pathsOf(await cli(['-f', 'json', '.github', 'docs/notes.txt'], root)), ['.github/g.md', 'docs/notes.txt']);
    });

    it('follows a symlink inside the working folder once, and never one that leads out', async () => {
      const outside = tempProject({ 'elsewhere.md': '# Outside\n', 'dir/inner.md': '# Outside dir\n' });
      const project = tempProject({ '.visionlintrc.yaml': 'lint: always\n', 'docs/real.md': '# Real\n' });
      symlinkSync(join(project, 'docs'), join(project, 'linked-docs'));
      symlinkSync(join(outside, 'elsewhere.md'), join(project, 'out.md'));
      symlinkSync(join(outside, 'dir'), join(project, 'out-dir'));
      symlinkSync(join(project, 'loop'), join(project, 'loop'), 'dir');
      symlinkSync(join(project, 'docs', 'real.md'), join(project, 'a-link.md'));
      assert.deepEqual(pathsOf(await cli(['-f', 'json'], project)), ['docs/real.md']);
      assert.deepEqual(pathsOf(await cli(['-f', 'json', 'a-link.md', 'docs/real.md'], project)), ['docs/real.md'], 'the file itself beats a link to it');
    });

    it('says so when there is nothing to lint, and still writes valid output', async () => {
      const empty = tempProject({ 'notes.txt': 'x' });
      const result = await cli(['-f', 'json'], empty);
      assert.equal(result.exitCode, 0);
      assert.deepEqual(JSON.parse(result.stdout).files, []);
      assert.match(result.stderr, /no Markdown files found/);
    });
  });

  describe('--fix', () => {
    it('applies only fixes that need no input, then reports what is left', async () => {
      const root = copyOfProject();
      const file = join(root, 'docs', 'support-goals.md');
      const before = readFileSync(file, 'utf8');
      const result = await cli(['--fix', '-f', 'json'], root);
      const after = readFileSync(file, 'utf8');
      const changed = after.split('\n').map((line, i) => [line, before.split('\n')[i]]).filter(([a, b]) => a !== b);
      assert.equal(changed.length, 2, 'only the two fixed lines change');
      assert.equal(changed[0][0], before.split('\n').find((l) => l.includes('end users'))!.replace('end users', 'customers'));
      assert.match(changed[1][0], /^- reduce complaints about refunds\s*$/i, 'the hedges "Try to" and "where possible" are gone');
      const data = JSON.parse(result.stdout);
      const goals = data.files.find((f: { path: string }) => f.path === 'docs/support-goals.md');
      assert.equal(goals.fixed, 2);
      assert.ok(!goals.findings.some((f: { ruleId: string }) => f.ruleId === 'house-say-customers' || f.ruleId === 'goal-specific'));
      assert.ok(goals.findings.some((f: { ruleId: string }) => f.ruleId === 'goal-time-bound'), 'fixes that need input are not applied');
      assert.equal(result.exitCode, 1);
      assert.match(result.stderr, /fixed 2 problems/);
      const again = await cli(['--fix'], root);
      assert.equal(readFileSync(file, 'utf8'), after, 'a second run changes nothing');
      assert.doesNotMatch(again.stdout, /can be fixed with --fix/);
      assert.deepEqual(readdirSync(join(root, 'docs')).filter((n) => n.includes('visionlint-tmp')), [], 'no temporary files are left');
      assert.equal(readFileSync(join(root, 'drafts', 'old-goals.md'), 'utf8'), readFileSync(join(PROJECT, 'drafts', 'old-goals.md'), 'utf8'), 'ignored files are not touched');
    });

    it('keeps CRLF line endings, the byte-order mark and the file mode', async () => {
      const text = `\uFEFF${(GOALS + '- We will try to cut waiting times for customers from 10 to 5 minutes by June 2027 (owner: Sam)\n').replace(/\n/g, '\r\n')}`;
      const root = tempProject({ 'goals.md': text });
      chmodSync(join(root, 'goals.md'), 0o640);
      await cli(['--fix'], root);
      const after = readFileSync(join(root, 'goals.md'), 'utf8');
      assert.equal(after, text.replace('try to ', ''));
      assert.equal(statSync(join(root, 'goals.md')).mode & 0o777, 0o640);
    });

    it('never touches a file it cannot parse, a skipped file or a symlink', async () => {
      const hedged = '- We will try to cut waiting times for customers from 10 to 5 minutes by June 2027 (owner: Sam)\n';
      const broken = `---\nkind: goals\ntitle: [unclosed\n---\n# Goals\n\n${hedged}`;
      const binary = Buffer.concat([Buffer.from(GOALS + hedged), Buffer.from([0, 1, 2])]);
      const root = tempProject({ 'broken.md': broken, 'binary.md': binary, 'real/goals.md': GOALS + hedged });
      symlinkSync(join(root, 'real', 'goals.md'), join(root, 'link.md'));
      const result = await cli(['--fix', 'broken.md', 'binary.md', 'link.md'], root);
      assert.equal(readFileSync(join(root, 'broken.md'), 'utf8'), broken);
      assert.deepEqual(readFileSync(join(root, 'binary.md')), binary);
      assert.equal(readFileSync(join(root, 'real', 'goals.md'), 'utf8'), GOALS + hedged);
      assert.match(result.stdout, /broken\.md\n[^]*not fixed: the front matter is not valid YAML/);
      assert.match(result.stdout, /link\.md\n[^]*not fixed: it is a symbolic link/);
      assert.match(result.stdout, /binary\.md\n {2}skipped: looks like a binary file/);
    });
  });

  describe('baseline', () => {
    it('records today\'s findings, hides them afterwards, and still reports new ones', async () => {
      const root = copyOfProject();
      const written = await cli(['--write-baseline', '.visionlint-baseline.json'], root);
      assert.equal(written.exitCode, 0, 'writing a baseline is not a failure');
      assert.match(written.stderr, /recorded 10 findings in \.visionlint-baseline\.json/);
      const baseline = JSON.parse(readFileSync(join(root, '.visionlint-baseline.json'), 'utf8'));
      assert.equal(baseline.version, 1);
      assert.deepEqual(Object.keys(baseline.findings[0]), ['path', 'ruleId', 'lineHash', 'count', 'line', 'message']);
      assert.equal(baseline.findings[0].path, 'docs/support-goals.md');

      const clean = await cli(['--baseline', '.visionlint-baseline.json'], root);
      assert.equal(clean.exitCode, 0, clean.stdout);
      assert.match(clean.stdout, /10 findings recorded in the baseline are not shown/);

      // Lines added above move every finding down: still baselined.
      const file = join(root, 'docs', 'support-goals.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('## Goals\n', '## Goals\n\nThese are reviewed every quarter.\n'));
      assert.equal((await cli(['--baseline', '.visionlint-baseline.json'], root)).exitCode, 0);

      // A new problem is reported; the old ones stay hidden.
      writeFileSync(file, `${readFileSync(file, 'utf8')}- Delight every stakeholder\n`);
      const fresh = await cli(['--baseline', '.visionlint-baseline.json', '-f', 'json'], root);
      assert.equal(fresh.exitCode, 1);
      const lines = JSON.parse(fresh.stdout).files.flatMap((f: { findings: { line: number }[] }) => f.findings.map((x) => x.line));
      assert.deepEqual([...new Set(lines)], [18]);
    });

    it('counts identical findings: a third copy of a baselined line is new', async () => {
      const root = tempProject({ 'goals.md': GOALS + VAGUE_GOAL + VAGUE_GOAL });
      await cli(['--write-baseline', 'base.json'], root);
      writeFileSync(join(root, 'goals.md'), GOALS + VAGUE_GOAL + VAGUE_GOAL + VAGUE_GOAL);
      const result = await cli(['--baseline', 'base.json', '-f', 'json'], root);
      const findings = JSON.parse(result.stdout).files[0].findings;
      assert.ok(findings.length > 0 && findings.every((f: { line: number }) => f.line === 8), JSON.stringify(findings));
    });

    it('explains a missing or broken baseline file (exit code 2)', async () => {
      const missing = await cli(['--baseline', 'nope.json'], PROJECT);
      assert.equal(missing.exitCode, 2);
      assert.match(missing.stderr, /The baseline file .*nope\.json does not exist\. Create it with --write-baseline/);
      const root = tempProject({ 'bad.json': '{"findings": 3}' });
      assert.match((await cli(['--baseline', 'bad.json'], root)).stderr, /is not a visionlint baseline/);
    });
  });

  describe('--changed-since', () => {
    it('reports only findings on lines changed since the ref; files git does not track count as new', async () => {
      const root = copyOfProject();
      git(root, 'init', '-q');
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '-m', 'initial');
      const file = join(root, 'docs', 'support-goals.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('- Cut the time', '- Delight every stakeholder\n- Cut the time'));
      writeFileSync(join(root, 'docs', 'new-goals.md'), GOALS + VAGUE_GOAL);
      const result = await cli(['--changed-since', 'HEAD', '-f', 'json'], root);
      const files = JSON.parse(result.stdout).files as { path: string; findings: { line: number; ruleId: string }[] }[];
      assert.deepEqual([...new Set(files.find((f) => f.path === 'docs/support-goals.md')!.findings.map((f) => f.line))], [13]);
      assert.ok(files.find((f) => f.path === 'docs/new-goals.md')!.findings.length > 0);
      assert.deepEqual(files.find((f) => f.path === 'docs/vision.md')!.findings, []);
      assert.equal(result.exitCode, 1, 'the new goal has no deadline: an error');

      const stylish = await cli(['--changed-since', 'HEAD'], root);
      assert.match(stylish.stdout, /findings on lines unchanged since HEAD are not shown/);
      const markdown = await cli(['--changed-since', 'HEAD', '-f', 'markdown'], root);
      assert.match(markdown.stdout, /\*\*2 changed documents\*\*/);
      assert.doesNotMatch(markdown.stdout, /\| docs\/vision\.md \|/);
    });

    it('explains an unknown ref and a folder outside git (exit code 2)', async () => {
      const root = tempProject({ 'goals.md': GOALS + VAGUE_GOAL });
      const outside = await cli(['--changed-since', 'main'], root);
      assert.equal(outside.exitCode, 2);
      assert.match(outside.stderr, /--changed-since needs a git repository, and .* is not inside one/);
      git(root, 'init', '-q');
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '-m', 'initial');
      const unknown = await cli(['--changed-since', 'origin/nope'], root);
      assert.equal(unknown.exitCode, 2);
      assert.match(unknown.stderr, /git does not know the ref "origin\/nope".*fetch-depth: 0/);
      assert.match((await cli(['--changed-since', '--upload-pack=x'], root)).stderr, /needs a git ref|needs a value/);
    });
  });

  describe('many files', () => {
    it('gives the same results in worker threads as in this thread', async function () {
      this.timeout(60_000);
      const files: Record<string, string> = { '.visionlintrc.yaml': readFileSync(join(PROJECT, '.visionlintrc.yaml'), 'utf8') };
      const docs = ['support-goals.md', 'vision.md', 'notes.md'].map((name) => readFileSync(join(PROJECT, 'docs', name), 'utf8'));
      for (let i = 0; i < 30; i++) files[`docs/${String(i).padStart(2, '0')}/doc.md`] = docs[i % 3];
      files['docs/29/.visionlintrc.yaml'] = 'rules:\n  jargon: error\n';
      const root = tempProject(files);
      const here = await cli(['-f', 'json', '--concurrency', '1'], root);
      const threads = await cli(['-f', 'json', '--concurrency', '3'], root);
      assert.equal(threads.stderr, here.stderr);
      assert.equal(threads.stdout, here.stdout);
      assert.equal(threads.exitCode, here.exitCode);
      assert.equal(JSON.parse(here.stdout).files.length, 30);
      const markdown = await cli(['-f', 'markdown', '--concurrency', '2'], root);
      assert.equal(markdown.stdout, (await cli(['-f', 'markdown', '--concurrency', '1'], root)).stdout);
    });
  });

  it('the fixture project has the files the tests expect', () => {
    assert.ok(existsSync(join(PROJECT, '.visionlintrc.yaml')) && existsSync(join(PROJECT, 'drafts', 'old-goals.md')));
  });
});
