/**
 * Each output format against its golden file (test/fixtures/cli/golden/), SARIF against the
 * SARIF 2.1.0 JSON schema, and each format's escaping of text that comes from documents.
 *
 * After an intended change of output (or of the rules' findings), regenerate the golden files:
 *   UPDATE_GOLDEN=1 npx mocha test/unit/cli-formats.test.ts
 * and review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { escapeData, escapeProperty } from '../../src/cli/formats/github';
import { escapeXml } from '../../src/cli/formats/junit';
import { MARKDOWN_LIMIT } from '../../src/cli/formats/markdown';
import { run, VERSION } from '../../src/cli/run';
import { FORMATS } from '../../src/cli/types';
import { assertWellFormedXml, cleanUp, cli, GOLDEN, PROJECT, tempProject, TODAY } from '../fixtures/cli/helpers';

const EXTENSIONS: Record<string, string> = { stylish: 'txt', json: 'json', sarif: 'sarif', github: 'txt', junit: 'xml', markdown: 'md' };

/** Output with what differs between machines and releases replaced by placeholders. */
function normalise(text: string, cwd: string): string {
  const url = pathToFileURL(`${cwd}/`).href;
  return text
    .split(url)
    .join('file:///PROJECT/')
    .replace(new RegExp(`"(version|semanticVersion)": "${VERSION.replace(/\./g, '\\.')}"`, 'g'), '"$1": "0.0.0-test"')
    .replace(new RegExp(`visionlint ${VERSION.replace(/\./g, '\\.')}`, 'g'), 'visionlint 0.0.0-test');
}

let validateSarif: ReturnType<Ajv['compile']>;

function assertValidSarif(text: string): void {
  const valid = validateSarif(JSON.parse(text));
  assert.ok(valid, `SARIF does not match the 2.1.0 schema:\n${JSON.stringify(validateSarif.errors, null, 2)}`);
}

describe('CLI formats', () => {
  before(() => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validateSarif = ajv.compile(JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'cli', 'sarif-schema-2.1.0.json'), 'utf8')));
  });
  after(cleanUp);

  describe('golden files', () => {
    for (const format of FORMATS) {
      it(`--format ${format}`, async () => {
        const result = await cli(['--format', format], PROJECT);
        assert.equal(result.exitCode, 1, result.stderr);
        assert.equal(result.stderr, '');
        const actual = normalise(result.stdout, PROJECT);
        const file = join(GOLDEN, `project.${format}.${EXTENSIONS[format]}`);
        if (process.env.UPDATE_GOLDEN) {
          mkdirSync(GOLDEN, { recursive: true });
          writeFileSync(file, actual);
        }
        assert.ok(existsSync(file), `${file} is missing: UPDATE_GOLDEN=1 writes it`);
        assert.equal(actual, readFileSync(file, 'utf8'), `${format} output differs from ${file} (UPDATE_GOLDEN=1 regenerates it)`);
      });
    }
  });

  describe('json', () => {
    it('has the documented shape, with 1-based positions that point at the finding', async () => {
      const result = await cli(['--format', 'json', 'docs/support-goals.md'], PROJECT);
      const data = JSON.parse(result.stdout);
      assert.equal(data.version, 1);
      assert.equal(data.files.length, 1);
      const file = data.files[0];
      assert.deepEqual(Object.keys(file).slice(0, 5), ['path', 'kind', 'score', 'findings', 'goals']);
      assert.equal(file.path, 'docs/support-goals.md');
      assert.equal(file.kind, 'goals');
      assert.equal(typeof file.score, 'number');
      const lines = readFileSync(join(PROJECT, 'docs', 'support-goals.md'), 'utf8').split('\n');
      for (const f of file.findings) {
        for (const key of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']) assert.ok(key in f, `finding lacks ${key}`);
        assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity));
        assert.ok(f.line >= 1 && f.column >= 1 && (f.endLine > f.line || f.endColumn >= f.column));
      }
      const house = file.findings.find((f: { ruleId: string }) => f.ruleId === 'house-say-customers');
      assert.equal(lines[house.line - 1].slice(house.column - 1, house.endColumn - 1), 'end users');
      const goal = file.goals[0];
      assert.deepEqual(Object.keys(goal).slice(0, 8), ['line', 'text', 'smart', 'metric', 'target', 'baseline', 'deadline', 'owner']);
      assert.deepEqual(Object.keys(goal.smart), ['specific', 'measurable', 'achievable', 'relevant', 'timeBound']);
      assert.match(lines[goal.line - 1], /Raise first-contact resolution/);
      assert.equal(goal.deadline, '2027-06-30');
      assert.equal(goal.owner, 'Priya Shah');
      assert.equal(goal.target, '72%');
      assert.equal(goal.baseline, '61%');
    });

    it('prints each file as soon as it is linted, the same text as printed at the end', async () => {
      const goals = readFileSync(join(PROJECT, 'docs', 'support-goals.md'), 'utf8');
      const many: Record<string, string> = { 'notes.md': 'Nothing to see.\n' };
      for (let i = 0; i < 40; i++) many[`team-${i}/goals.md`] = goals;
      const cases: { root: string; args: string[]; leastWrites: number }[] = [
        { root: PROJECT, args: [], leastWrites: 1 },
        { root: tempProject(many), args: [], leastWrites: 2 },
        { root: tempProject(many), args: ['--concurrency', '2'], leastWrites: 2 },
        { root: tempProject({ 'notes.txt': 'not Markdown' }), args: [], leastWrites: 1 },
      ];
      for (const { root, args, leastWrites } of cases) {
        const writes: string[] = [];
        const streamed = await run([...args, '--format', 'json', '--today', TODAY], { cwd: root, env: {}, writeStdout: (text) => void writes.push(text) });
        const whole = await cli([...args, '--format', 'json'], root);
        assert.equal(streamed.stdout, '');
        assert.equal(writes.join(''), whole.stdout);
        assert.equal(whole.stdout, `${JSON.stringify(JSON.parse(whole.stdout), null, 2)}\n`);
        assert.ok(writes.length >= leastWrites, `${writes.length} writes: a large run is printed in parts`);
      }
    });

    it('lists files that are not strategy documents with kind none and no score', async () => {
      const data = JSON.parse((await cli(['--format', 'json'], PROJECT)).stdout);
      const notes = data.files.find((f: { path: string }) => f.path === 'docs/notes.md');
      assert.deepEqual(notes, { path: 'docs/notes.md', kind: 'none', score: null, findings: [], goals: [] });
    });
  });

  describe('sarif', () => {
    it('validates against the SARIF 2.1.0 schema and points results at their rules', async () => {
      const result = await cli(['--format', 'sarif'], PROJECT);
      assertValidSarif(result.stdout);
      const log = JSON.parse(result.stdout);
      const run = log.runs[0];
      assert.equal(log.version, '2.1.0');
      assert.equal(run.tool.driver.name, 'visionlint');
      assert.equal(run.tool.driver.version, VERSION);
      assert.ok(run.tool.driver.informationUri.startsWith('https://'));
      for (const rule of run.tool.driver.rules) {
        assert.ok(rule.shortDescription.text && rule.fullDescription.text, rule.id);
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      }
      const timeBound = run.tool.driver.rules.find((r: { id: string }) => r.id === 'goal-time-bound');
      assert.match(timeBound.helpUri, /rules\.md#goal-time-bound$/);
      assert.ok(run.results.length > 0);
      for (const r of run.results) {
        assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
        const location = r.locations[0].physicalLocation;
        assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.ok(!location.artifactLocation.uri.startsWith('/'));
        assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
        assert.ok(Object.values(r.partialFingerprints)[0]);
      }
      const levels = new Set(run.results.map((r: { level: string }) => r.level));
      assert.deepEqual([...levels].sort(), ['error', 'note', 'warning']);
      assert.ok(run.tool.driver.rules.some((r: { id: string }) => r.id === 'house-say-customers'), 'house rules that reported are listed');
    });

    it('stays valid with no files, with configuration problems and with odd file names', async () => {
      const root = tempProject({
        '.visionlintrc.yaml': 'rules:\n  goal-owner: loud\n',
        'docs/goals 50% [draft] #1.md': '---\nkind: goals\n---\n## Goals\n\n- Improve service\n',
      });
      const result = await cli(['--format', 'sarif'], root);
      assert.equal(result.exitCode, 2, 'a broken config exits with 2');
      assertValidSarif(result.stdout);
      const run = JSON.parse(result.stdout).runs[0];
      assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'docs/goals%2050%25%20%5Bdraft%5D%20%231.md');
      assert.match(run.invocations[0].toolConfigurationNotifications[0].message.text, /loud/);
      const empty = tempProject({ 'README.txt': 'nothing here' });
      const none = await cli(['--format', 'sarif'], empty);
      assert.equal(none.exitCode, 0);
      assertValidSarif(none.stdout);
    });
  });

  describe('escaping text from documents', () => {
    const tricky = 'Say "customers" <not> 100% & 50/50, always: no\nexceptions';
    let root: string;
    before(() => {
      root = tempProject({
        '.visionlintrc.yaml': `houseRules:\n  words:\n    - id: house-words\n      words: [end users]\n      message: ${JSON.stringify(tricky)}\n`,
        'docs/a, b: c.md': '---\nkind: vision\n---\n# Vision\n\nOur end users feel *understood* and recommend us <b>often</b> & gladly.\n',
      });
    });

    it('github escapes %, CR and LF in messages, and also , and : in properties', async () => {
      assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
      assert.equal(escapeProperty('a, b: c%'), 'a%2C b%3A c%25');
      const out = (await cli(['--format', 'github'], root)).stdout;
      const line = out.split('\n').find((l) => l.includes('title=house-words'));
      assert.ok(line, out);
      assert.match(line, /^::warning file=docs\/a%2C b%3A c\.md,line=6,col=5,endLine=6,endColumn=14,title=house-words::Say "customers" <not> 100%25 & 50\/50, always: no%0Aexceptions$/);
      assert.match(out, /^::notice /m, 'info findings are notices');
    });

    it('junit is well-formed XML', async () => {
      assert.equal(escapeXml('<a href="x">&\u0001\'</a>'), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
      const out = (await cli(['--format', 'junit'], root)).stdout;
      assertWellFormedXml(out);
      assert.match(out, /message="Say &quot;customers&quot; &lt;not&gt; 100% &amp; 50\/50, always: no\nexceptions"/);
      assertWellFormedXml((await cli(['--format', 'junit'], PROJECT)).stdout);
    });

    it('markdown escapes document text and mentions nobody', async () => {
      const out = (await cli(['--format', 'markdown'], root)).stdout;
      assert.match(out, /Say "customers" \\<not\\> 100% \\& 50\/50, always: no exceptions/);
      assert.doesNotMatch(out, /<not>/);
      assert.match(out, /docs\/a, b: c\.md/);
    });

    it('stylish colours only when asked: a terminal, FORCE_COLOR or --color; never with NO_COLOR', async () => {
      const plain = await cli([], PROJECT);
      assert.doesNotMatch(plain.stdout, /\u001b\[/);
      assert.match((await cli([], PROJECT, { tty: true })).stdout, /\u001b\[4mdocs\/support-goals\.md\u001b\[0m/);
      assert.doesNotMatch((await cli([], PROJECT, { tty: true, env: { NO_COLOR: '1' } })).stdout, /\u001b\[/);
      assert.match((await cli([], PROJECT, { env: { FORCE_COLOR: '1' } })).stdout, /\u001b\[31merror/);
      assert.match((await cli(['--color'], PROJECT)).stdout, /\u001b\[/);
      assert.doesNotMatch((await cli(['--no-color'], PROJECT, { tty: true })).stdout, /\u001b\[/);
      assert.equal((await cli(['--format', 'json'], PROJECT, { tty: true })).stdout.includes('\u001b['), false);
    });
  });

  describe('markdown scorecard size', () => {
    it(`stays under ${MARKDOWN_LIMIT} characters for GitHub comments, keeping every document in the summary table`, async () => {
      const doc = readFileSync(join(PROJECT, 'docs', 'support-goals.md'), 'utf8');
      const files: Record<string, string> = {};
      for (let i = 0; i < 60; i++) files[`docs/goals-${String(i).padStart(2, '0')}.md`] = doc;
      const root = tempProject(files);
      const out = (await cli(['--format', 'markdown'], root)).stdout;
      assert.ok(out.length <= MARKDOWN_LIMIT, `${out.length} characters`);
      assert.equal((out.match(/^\| docs\/goals-\d\d\.md \|/gm) ?? []).length, 60);
      assert.match(out, /did not fit in this comment/);
    });
  });
});
