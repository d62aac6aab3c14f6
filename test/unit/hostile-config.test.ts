/**
 * Hostile and broken configuration, end to end through `setUpLinter` (the path the CLI and the
 * extension share): user word lists that would be catastrophic as regular expressions, and
 * broken configuration and template files. Each gives a linter that works, plus problems that
 * name the file and what is wrong; nothing throws, nothing hangs.
 *
 * Parsing-level checks of single keys live in config.test.ts and templates.test.ts; this file
 * adds what they do not cover: the whole chain, hostile inputs, and files that break in
 * combination.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, Linter, setUpLinter, type ConfigHost, type ConfigProblem, type LinterSetup } from '../../src/core';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin';

const today = new Date('2026-11-25T00:00:00Z');

/** Files in memory; a folder exists when a file lies below it. `failing` paths throw, like an unreadable disk. */
function memoryHost(files: Record<string, string>, failing: string[] = []): ConfigHost {
  return {
    readFile: async (path) => {
      if (failing.includes(path)) throw new Error(`EACCES: permission denied, open '${path}'`);
      return Object.prototype.hasOwnProperty.call(files, path) ? files[path] : undefined;
    },
    listDirectory: async (path) => {
      if (failing.includes(path)) throw new Error(`EIO: i/o error, scandir '${path}'`);
      const prefix = `${path.replace(/\/$/, '')}/`;
      const names = Object.keys(files).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0]);
      return names.length > 0 ? [...new Set(names)] : undefined;
    },
  };
}

async function setUp(files: Record<string, string>, failing: string[] = []): Promise<LinterSetup> {
  const started = Date.now();
  const setup = await setUpLinter({ documentPath: '/work/docs/goals.md', host: memoryHost(files, failing), root: '/work' });
  assert.ok(Date.now() - started < 5000, `setting up took ${Date.now() - started} ms`);
  return setup;
}

/** The problem about `file` whose message matches, with a readable failure listing them all. */
function problemAbout(problems: ConfigProblem[], file: string, message: RegExp): ConfigProblem {
  const found = problems.find((p) => p.file === file && message.test(p.message));
  assert.ok(found, `no problem about ${file} matching ${message}; problems:\n${JSON.stringify(problems, null, 2)}`);
  return found;
}

const GOALS = '---\nkind: goals\n---\n## Goals\n\n- Improve customer service\n- Raise NPS from 32 to 45 by Q3 2027 so that customers feel heard (owner: Sam)\n';

/** A linter that works: it lints a goals document and finds what the defaults find. */
function assertWorks(linter: Linter): void {
  const result = linter.lint(GOALS, '/work/docs/goals.md', today);
  assert.equal(result.kind, 'goals');
  assert.ok(result.findings.some((f) => f.ruleId === 'goal-time-bound'), JSON.stringify(result.findings.map((f) => f.ruleId)));
}

// ---------------------------------------------------------------------------------------------

/** Patterns known for catastrophic backtracking, and strings that break naive escaping. */
const CATASTROPHIC = ['(a+)+$', '(a|aa)+', '^(\\w+\\s?)*$', 'a{1,99999}', '(x+x+)+y', '(.*a){20}', '([a-zA-Z]+)*', '(a|a?)+b', '\\d+\\d+\\d+\\d+$'];
const METACHARACTERS = ['a.b', '.*', '\\', '[', '(?<x>', '$&', '$1', '^', '|', '+?', '{{goal}}', '${1:x}', '\u0000', '\uD800', '**', '(?=a)'];
const TEN_THOUSAND = Array.from({ length: 10_000 }, (_, i) => `buzzword${i}`);
const HUGE_WORD = 'a'.repeat(100_000);
const HOSTILE_WORDS = [...CATASTROPHIC, ...METACHARACTERS, ...TEN_THOUSAND, HUGE_WORD, 'omnichannel excellence'];

/**
 * About 1 MB of strategy text written to make each pattern above backtrack, were it a RegExp.
 * Headings and paragraphs, no lists: micromark 4.0.3 copies every parse event each time a list or
 * quote closes, which makes a list-heavy megabyte take tens of seconds by itself (see the report).
 */
function hostileDocument(): string {
  const section = (i: number) =>
    [
      `## Goals ${i}`,
      '',
      `Goal: Raise NPS from 32 to 45 by Q3 2027 so that customers feel heard (owner: Sam) ${'a'.repeat(28)}!`,
      `Goal: Deliver omnichannel excellence for customers by 2028 ${'x'.repeat(30)}`,
      '',
      `${'aaaa '.repeat(40)}! We checked axb and a-b and a b with customers. ${'1'.repeat(40)}x`,
      '',
    ].join('\n');
  let text = '---\nkind: strategy\n---\n# Strategy\n\n## Vision\n\nCustomers feel heard; employees feel proud.\n\n';
  for (let i = 0; text.length < 1024 * 1024; i++) text += section(i) + '\n';
  return text;
}

describe('hostile user word lists are matched as literal words, quickly', function () {
  this.timeout(60_000);
  let hostile: LinterSetup;
  const document = hostileDocument();

  before(async () => {
    const config = {
      jargon: HOSTILE_WORDS,
      vagueWords: HOSTILE_WORDS,
      personas: HOSTILE_WORDS,
      houseRules: { words: [{ id: 'house-regexes', words: HOSTILE_WORDS, message: 'House word.' }] },
    };
    hostile = await setUp({ '/work/.visionlintrc.json': JSON.stringify(config) });
  });

  it('a configuration of 10,000 words, a 100,000-character word and regex syntax loads without a problem', () => {
    assert.deepEqual(hostile.problems, []);
    assert.ok(hostile.config.jargon.includes('(a+)+$'));
    assert.ok(hostile.config.jargon.includes(HUGE_WORD));
    assert.equal(hostile.config.houseRules.words[0].words.length, hostile.config.jargon.length);
  });

  it('linting a 1 MB document with them stays fast (< 5 s) and close to the defaults', () => {
    const baseline = new Linter();
    // The best of two runs each, interleaved, so a burst of load on a shared machine does not decide.
    const timed = (linter: Linter) => {
      const started = performance.now();
      const result = linter.lint(document, '/work/docs/strategy.md', today);
      return { result, ms: performance.now() - started };
    };
    const runs = [timed(baseline), timed(hostile.linter), timed(baseline), timed(hostile.linter)];
    const plain = runs[0].result;
    const result = runs[1].result;
    const baselineMs = Math.min(runs[0].ms, runs[2].ms);
    const hostileMs = Math.min(runs[1].ms, runs[3].ms);
    console.log(`      1 MB document: ${baselineMs.toFixed(0)} ms with the defaults, ${hostileMs.toFixed(0)} ms with the hostile word lists`);
    assert.equal(result.skipped, undefined);
    assert.equal(plain.skipped, undefined);
    // Matching is a hash lookup per word: the lists add a little, never a multiple. On a loaded
    // machine a 1 MB parse alone can approach the bound, so the extra time is what is bounded.
    assert.ok(hostileMs - baselineMs < 5000, `the word lists added ${(hostileMs - baselineMs).toFixed(0)} ms`);
    assert.ok(hostileMs < Math.max(5000, 3 * baselineMs), `took ${hostileMs.toFixed(0)} ms`);
  });

  it('entries match as words, never as patterns', () => {
    const text = '---\nkind: vision\n---\n# Vision\n\nCustomers see axb, aaaa and aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! and w s and 11111.\n\nWe offer omnichannel excellence.\n';
    const result = hostile.linter.lint(text, '/work/docs/vision.md', today);
    const flagged = (ruleId: string) => result.findings.filter((f) => f.ruleId === ruleId).map((f) => text.slice(f.range.start, f.range.end).toLowerCase());
    for (const ruleId of ['jargon', 'house-regexes']) {
      const words = flagged(ruleId);
      assert.ok(words.includes('omnichannel excellence'), `${ruleId} flags a plain phrase from the list: ${JSON.stringify(words)}`);
      for (const literal of ['axb', 'aaaa', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '11111']) {
        assert.ok(!words.includes(literal), `${ruleId} treated an entry as a pattern and flagged "${literal}"`);
      }
    }
    // "a.b" is not "axb", and ".*" matches nothing at all.
    const lone = new Linter({ ...DEFAULT_CONFIG, jargon: ['a.b', '.*', '(a+)+$'] });
    const found = lone.lint(text, '/work/docs/vision.md', today).findings.filter((f) => f.ruleId === 'jargon');
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), []);
  });

  it('the 100,000-character word itself is found, as a word', () => {
    const text = `---\nkind: vision\n---\n# Vision\n\nCustomers feel heard. ${HUGE_WORD} is a word.\n`;
    const started = performance.now();
    const result = hostile.linter.lint(text, '/work/docs/vision.md', today);
    assert.ok(performance.now() - started < 5000);
    const house = result.findings.filter((f) => f.ruleId === 'house-regexes').map((f) => text.slice(f.range.start, f.range.end));
    assert.ok(house.includes(HUGE_WORD));
  });
});

// ---------------------------------------------------------------------------------------------

describe('broken configuration and templates: a clear problem naming the file, defaults used, nothing thrown', function () {
  this.timeout(30_000);

  it('an extends chain that ends in a missing file names the file that extends it and the missing one', async () => {
    const { linter, config, problems } = await setUp({
      '/work/.visionlintrc.yaml': 'extends: ./house/base.yaml\npersonas: [householder]\n',
      '/work/house/base.yaml': 'extends: ../shared/missing.yaml\nlint: always\n',
    });
    assert.equal(problems.length, 1, JSON.stringify(problems));
    const p = problemAbout(problems, '/work/house/base.yaml', /\/work\/shared\/missing\.yaml.*does not exist/);
    assert.equal(p.line, 1);
    assert.equal(p.key, 'extends');
    assert.equal(config.lint, 'always', 'the file in the middle of the chain still applies');
    assert.ok(config.personas.includes('householder'));
    assertWorks(linter);
  });

  it('a file that extends itself, or a chain through the same file twice, is a loop, not a hang', async () => {
    const self = await setUp({ '/work/.visionlintrc.yaml': 'extends: ./.visionlintrc.yaml\nlint: always\n' });
    problemAbout(self.problems, '/work/.visionlintrc.yaml', /extends loop/);
    assert.equal(self.config.lint, 'always');
    assertWorks(self.linter);
  });

  it('wrong types for every setting are each reported at their key, and the defaults are used', async () => {
    const file = '/work/.visionlintrc.yaml';
    const { linter, config, problems } = await setUp({
      [file]: [
        'extends: { a: 1 }',
        'rules:',
        '  jargon: [warning, "loud"]',
        '  goal-owner: { severity: error }',
        '  goal-specific: [warning, {}, 3]',
        '  goal-time-bound: 7',
        '  not-a-rule: error',
        'personas: patients',
        'vagueWords: 3',
        'jargon: { synergy: true }',
        'headingSynonyms: [Goals]',
        'templates: [a, b]',
        'lint: 3',
        'requireDisableReason: "yes"',
        'maxFileSizeKb: "big"',
        'fiscalYearStart: 13',
        'ignore: "archive/**"',
        'houseRules:',
        '  words: "leverage"',
        '  requiredSections:',
        '    - id: house-sections',
        '      headings: Vision',
        '  goalColumns:',
        '    - id: 42',
        '      columns: [Owner]',
      ].join('\n'),
    });
    const keys = problems.map((p) => p.key);
    for (const key of [
      'extends',
      'rules.jargon[1]',
      'rules.goal-owner',
      'rules.goal-specific',
      'rules.goal-time-bound',
      'rules.not-a-rule',
      'personas',
      'vagueWords',
      'jargon',
      'headingSynonyms',
      'templates',
      'lint',
      'requireDisableReason',
      'maxFileSizeKb',
      'fiscalYearStart',
      'ignore',
      'houseRules.words',
      'houseRules.requiredSections[0].headings',
      'houseRules.goalColumns[0].id',
    ]) {
      assert.ok(keys.includes(key), `no problem at ${key}; problems: ${JSON.stringify(keys)}`);
    }
    for (const p of problems) {
      assert.equal(p.file, file);
      assert.equal(typeof p.line, 'number', JSON.stringify(p));
      assert.ok(p.message.length > 10);
    }
    assert.deepEqual(config.rules, {});
    assert.deepEqual(config.personas, DEFAULT_CONFIG.personas);
    assert.equal(config.maxFileSizeKb, DEFAULT_CONFIG.maxFileSizeKb);
    assert.equal(config.fiscalYearStart, DEFAULT_CONFIG.fiscalYearStart);
    assert.equal(config.lint, 'auto');
    assert.deepEqual(config.houseRules, { words: [], requiredSections: [], goalColumns: [] });
    assertWorks(linter);
  });

  it('invalid JSON and invalid YAML name the file, line and column; the defaults are used', async () => {
    const json = await setUp({ '/work/.visionlintrc.json': '{\n  "rules": { "goal-owner": "error" }\n  "personas": []\n}' });
    const p = problemAbout(json.problems, '/work/.visionlintrc.json', /JSON syntax error/);
    assert.equal(p.line, 3);
    assert.deepEqual(json.config.rules, {});
    assertWorks(json.linter);
    const yaml = await setUp({ '/work/.visionlintrc.yml': 'rules:\n  goal-owner: [error\npersonas: [a\n' });
    const q = problemAbout(yaml.problems, '/work/.visionlintrc.yml', /YAML syntax error/);
    assert.equal(typeof q.line, 'number');
    assertWorks(yaml.linter);
  });

  it('a configuration file of binary data, of deep nesting or of exploding aliases is a problem, not a hang', async () => {
    const nested = `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`), 'personas: *j'].join('\n');
    for (const [name, text] of [
      ['binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) & 255)).toString('utf8')],
      ['nesting', nested],
      ['aliases', laughs],
    ]) {
      const { linter, problems } = await setUp({ '/work/.visionlintrc.yaml': text });
      assert.ok(problems.length > 0 && problems.every((p) => p.file === '/work/.visionlintrc.yaml'), `${name}: ${JSON.stringify(problems).slice(0, 500)}`);
      assertWorks(linter);
    }
  });

  it('a template folder named in the configuration that does not exist is reported against the configuration', async () => {
    const { linter, problems } = await setUp({ '/work/.visionlintrc.yaml': 'templates: ./house-templates\n' });
    const p = problemAbout(problems, '/work/.visionlintrc.yaml', /template folder \/work\/house-templates does not exist/);
    assert.equal(p.key, 'templates');
    assertWorks(linter);
    const fix = linter.lint(GOALS, '/work/docs/goals.md', today).findings.find((f) => f.ruleId === 'goal-time-bound')!.fixes[0];
    assert.equal(fix.templateId, 'deadline');
    assert.ok(fix.edits[0].snippet.length > 0);
  });

  it('a house template with an unclosed placeholder names the file, line and column, and the built-in is used', async () => {
    const template = '/work/.visionlint/templates/deadline.md';
    const { linter, problems } = await setUp({
      '/work/.visionlintrc.yaml': 'requireDisableReason: true\n',
      [template]: 'by the end of\n  ${1:unclosed',
      '/work/.visionlint/templates/owner.md': ' (owner: ${1:name ${2:role)',
      '/work/.visionlint/templates/metric.md': ' measured by {{nosuchvariable}}',
      '/work/.visionlint/templates/Not A Template.md': 'x',
    });
    const p = problemAbout(problems, template, /unclosed placeholder \$\{1:.*built-in template is used/);
    assert.equal(p.line, 2);
    assert.equal(p.column, 3);
    problemAbout(problems, '/work/.visionlint/templates/owner.md', /unclosed placeholder/);
    problemAbout(problems, '/work/.visionlint/templates/metric.md', /\{\{nosuchvariable\}\}/);
    problemAbout(problems, '/work/.visionlint/templates/Not A Template.md', /not a template name/);
    const fix = linter.lint(GOALS, '/work/docs/goals.md', today).findings.find((f) => f.ruleId === 'goal-time-bound')!.fixes[0];
    assert.equal(fix.edits[0].snippet.includes('unclosed'), false);
    assert.ok(fix.edits[0].snippet.startsWith(BUILTIN_TEMPLATES.deadline.body.slice(0, 3)));
  });

  it('a disk that fails while reading configuration or templates is reported, and linting goes on', async () => {
    const unreadable = await setUp({ '/work/.visionlintrc.yaml': 'lint: always\n' }, ['/work/.visionlintrc.json']);
    problemAbout(unreadable.problems, '/work/.visionlintrc.json', /permission denied/);
    assertWorks(unreadable.linter);
    const folder = '/work/.visionlint/templates';
    const unlistable = await setUp({ '/work/.visionlintrc.yaml': 'templates: .visionlint/templates\n', [`${folder}/deadline.md`]: ' by ${1:date}' }, [folder]);
    problemAbout(unlistable.problems, folder, /i\/o error/);
    assertWorks(unlistable.linter);
    const template = await setUp({ '/work/.visionlintrc.yaml': 'templates: .visionlint/templates\n', [`${folder}/deadline.md`]: ' by ${1:date}' }, [`${folder}/deadline.md`]);
    problemAbout(template.problems, `${folder}/deadline.md`, /permission denied/);
    assertWorks(template.linter);
  });

  it('everything broken at once: setUpLinter still returns a working linter with every problem', async () => {
    const { linter, problems } = await setUp({
      '/work/.visionlintrc.yaml': 'extends: [./a.yaml, ./missing.yaml]\ntemplates: ./nowhere\nrules:\n  goal-ownr: error\n',
      '/work/a.yaml': 'extends: ./.visionlintrc.yaml\npersonas: [\n',
    });
    problemAbout(problems, '/work/a.yaml', /YAML syntax error/);
    problemAbout(problems, '/work/.visionlintrc.yaml', /missing\.yaml.*does not exist/);
    problemAbout(problems, '/work/.visionlintrc.yaml', /Unknown rule "goal-ownr".*goal-owner/);
    problemAbout(problems, '/work/.visionlintrc.yaml', /template folder \/work\/nowhere does not exist/);
    assertWorks(linter);
  });
});
