import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, DEFAULT_PERSONAS } from '../../src/core/config/defaults';
import { CONFIG_FILE_NAMES, loadConfig, mergeConfig, normaliseRuleSetting, resolveTemplatesFolder } from '../../src/core/config/load';
import { parseConfigText, suggestClosest } from '../../src/core/config/parse';
import { ignoreMatcher, ignoredWithFolders } from '../../src/core/config/ignore';
import { basename, dirname, isInside, joinPath, normalisePath, resolvePath } from '../../src/core/config/paths';
import { BUILTIN_RULE_IDS } from '../../src/core/rules';
import type { ConfigHost, ResolvedConfig } from '../../src/core/config/types';
import type { ConfigProblem } from '../../src/core/types';

const KNOWN = new Set<string>(BUILTIN_RULE_IDS);

/** Files in memory: path -> text. Records every read so tests can check what was touched. */
class MemoryHost implements ConfigHost {
  readonly reads: string[] = [];
  constructor(readonly files: Map<string, string>) {}
  static of(files: Record<string, string>): MemoryHost {
    return new MemoryHost(new Map(Object.entries(files)));
  }
  async readFile(path: string): Promise<string | undefined> {
    this.reads.push(path);
    return this.files.get(path);
  }
}

function parse(text: string, file = '/p/.visionlintrc.yaml') {
  return parseConfigText(text, file, KNOWN);
}

function only(problems: ConfigProblem[]): ConfigProblem {
  assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
  return problems[0];
}

function fresh(): ResolvedConfig {
  return mergeConfig(DEFAULT_CONFIG, {}, null);
}

describe('fiscalYearStart', () => {
  it('accepts a month number and rejects anything else with a message', () => {
    const good = parseConfigText('fiscalYearStart: 4\n', '/w/.visionlintrc.yaml', new Set());
    assert.equal(good.input.fiscalYearStart, 4);
    const bad = parseConfigText('fiscalYearStart: April\n', '/w/.visionlintrc.yaml', new Set());
    assert.match(bad.problems[0].message, /fiscalYearStart: expected the month number/);
  });
});

describe('config paths', () => {
  it('normalises backslashes, dots and repeated slashes', () => {
    assert.equal(normalisePath('C:\\work\\acme\\.\\docs\\..\\vision.md'), 'C:/work/acme/vision.md');
    assert.equal(normalisePath('/a//b/'), '/a/b');
    assert.equal(normalisePath('../x/./y'), '../x/y');
  });

  it('keeps Windows drive letters as roots', () => {
    assert.equal(dirname('c:/x'), 'c:/');
    assert.equal(dirname('c:/'), 'c:/');
    assert.equal(joinPath('c:/', '.visionlintrc'), 'c:/.visionlintrc');
    assert.equal(resolvePath('c:/a/b', '../shared/base.yaml'), 'c:/a/shared/base.yaml');
    assert.equal(resolvePath('/a', 'D:/other'), 'D:/other');
    assert.equal(basename('c:/a/b.md'), 'b.md');
  });

  it('isInside compares whole segments and ignores the drive letter case', () => {
    assert.ok(isInside('/work/acme/docs/v.md', '/work/acme'));
    assert.ok(isInside('/work/acme', '/work/acme'));
    assert.ok(!isInside('/work/acme-old/v.md', '/work/acme'));
    assert.ok(isInside('C:/Work/v.md', 'c:/Work'));
    assert.ok(isInside('/anything', '/'));
  });
});

describe('parseConfigText', () => {
  it('reads a YAML config into plain data', () => {
    const { input, problems } = parse(
      [
        'rules:',
        '  goal-owner: error',
        '  jargon: [warning, { extra: 1 }]',
        'personas: [donor]',
        'headingSynonyms:',
        '  goals: [Objectives, OKRs]',
        'templates: ./house-templates',
        'lint: always',
        'requireDisableReason: true',
        'maxFileSizeKb: 512',
        'ignore: ["archive/**"]',
      ].join('\n'),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(input, {
      rules: { 'goal-owner': 'error', jargon: ['warning', { extra: 1 }] },
      personas: ['donor'],
      headingSynonyms: { goals: ['Objectives', 'OKRs'] },
      templates: './house-templates',
      lint: 'always',
      requireDisableReason: true,
      maxFileSizeKb: 512,
      ignore: ['archive/**'],
    });
  });

  it('reads .visionlintrc.json, allowing comments and trailing commas as VS Code settings do', () => {
    const text = '{\n  // our house settings\n  "rules": { "goal-owner": "off", },\n  /* people */ "personas": ["donor"],\n}\n';
    const { input, problems } = parse(text, '/p/.visionlintrc.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(input, { rules: { 'goal-owner': 'off' }, personas: ['donor'] });
  });

  it('reads a .visionlintrc without an extension as YAML', () => {
    const { input, problems } = parse('personas:\n  - donor\n', '/p/.visionlintrc');
    assert.deepEqual(problems, []);
    assert.deepEqual(input.personas, ['donor']);
  });

  it('invalid YAML names the file, line and column, and the file contributes nothing', () => {
    const { input, problems } = parse('personas:\n  - donor\nrules: { goal-owner: error\n', '/p/.visionlintrc.yaml');
    const p = problems[0];
    assert.equal(p.file, '/p/.visionlintrc.yaml');
    assert.equal(p.severity, 'error');
    assert.match(p.message, /^YAML syntax error/);
    assert.equal(typeof p.line, 'number');
    assert.equal(typeof p.column, 'number');
    assert.ok(p.line! >= 3, `line ${p.line}`);
    assert.deepEqual(input, {});
  });

  it('invalid JSON names the line and column of the mistake', () => {
    const { input, problems } = parse('{\n  "personas": ["a" "b"]\n}', '/p/.visionlintrc.json');
    const p = only(problems);
    assert.match(p.message, /^JSON syntax error: Expected "," or "]"/);
    assert.equal(p.line, 2);
    assert.equal(p.column, 20);
    assert.deepEqual(input, {});
  });

  it('an empty file is an empty configuration', () => {
    assert.deepEqual(parse(''), { input: {}, problems: [] });
    assert.deepEqual(parse('# only a comment\n'), { input: {}, problems: [] });
    assert.deepEqual(parse('', '/p/.visionlintrc.json'), { input: {}, problems: [] });
  });

  it('a top level that is not a mapping is reported', () => {
    const p = only(parse('- goal-owner\n').problems);
    assert.match(p.message, /must be a mapping/);
  });

  it('an unknown rule id suggests the closest one', () => {
    const { input, problems } = parse('rules:\n  goal-ownr: error\n  owner: warning\n  goal-time-bound: off\n');
    assert.deepEqual(input.rules, { 'goal-time-bound': 'off' });
    assert.equal(problems.length, 2);
    assert.deepEqual(
      problems.map((p) => [p.key, p.line, p.column, p.severity]),
      [
        ['rules.goal-ownr', 2, 3, 'warning'],
        ['rules.owner', 3, 3, 'warning'],
      ],
    );
    assert.match(problems[0].message, /Unknown rule "goal-ownr".*did you mean goal-owner\?/i);
    assert.match(problems[1].message, /did you mean goal-owner\?/i);
    assert.equal(suggestClosest('costumer-perspective', BUILTIN_RULE_IDS), 'customer-perspective');
    assert.equal(suggestClosest('zzz', BUILTIN_RULE_IDS), undefined);
  });

  it('an unknown top-level key is a warning and the rest is kept', () => {
    const { input, problems } = parse('personas: [donor]\nvaguewords: [synergy]\n');
    assert.deepEqual(input, { personas: ['donor'] });
    const p = only(problems);
    assert.equal(p.severity, 'warning');
    assert.equal(p.key, 'vaguewords');
    assert.match(p.message, /did you mean vagueWords\?/i);
  });

  it('accepts the ESLint-style severity aliases warn, 0, 1 and 2', () => {
    const { input, problems } = parse('rules:\n  goal-owner: warn\n  goal-specific: 0\n  goal-measurable: 1\n  goal-relevant: [2, { strict: true }]\n  jargon: Error\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(input.rules, {
      'goal-owner': 'warning',
      'goal-specific': 'off',
      'goal-measurable': 'warning',
      'goal-relevant': ['error', { strict: true }],
      jargon: 'error',
    });
  });

  it('an invalid severity is reported where it is written and dropped', () => {
    const { input, problems } = parse('rules:\n  goal-owner: warnng\n  jargon: error\n');
    assert.deepEqual(input.rules, { jargon: 'error' });
    const p = only(problems);
    assert.equal(p.key, 'rules.goal-owner');
    assert.equal(p.line, 2);
    assert.equal(p.column, 15);
    assert.match(p.message, /not a severity.*Did you mean warning\?/);
  });

  it('rule options must be a mapping', () => {
    const { input, problems } = parse('rules:\n  jargon: [warning, [a, b]]\n  goal-owner: [error, {}, 3]\n  goal-specific: { severity: error }\n');
    assert.deepEqual(input.rules, {});
    assert.deepEqual(
      problems.map((p) => p.key),
      ['rules.jargon[1]', 'rules.goal-owner', 'rules.goal-specific'],
    );
  });

  it('a list of strings with other things in it keeps the strings and reports the rest', () => {
    const { input, problems } = parse('personas: [donor, 42, "", {a: 1}, volunteer]\njargon: synergy\n');
    assert.deepEqual(input.personas, ['donor', 'volunteer']);
    assert.equal(input.jargon, undefined);
    assert.deepEqual(
      problems.map((p) => p.key),
      ['personas[1]', 'personas[2]', 'personas[3]', 'jargon'],
    );
  });

  it('headingSynonyms keys must be section roles', () => {
    const { input, problems } = parse('headingSynonyms:\n  custmers: [Clients]\n  goals: [OKRs]\n');
    assert.deepEqual(input.headingSynonyms, { goals: ['OKRs'] });
    const p = only(problems);
    assert.equal(p.key, 'headingSynonyms.custmers');
    assert.match(p.message, /Did you mean customers\?/);
  });

  it('checks scalar settings', () => {
    const { input, problems } = parse('maxFileSizeKb: -5\nlint: sometimes\nrequireDisableReason: "yes"\ntemplates: 3\n');
    assert.deepEqual(input, {});
    assert.deepEqual(
      problems.map((p) => p.key),
      ['maxFileSizeKb', 'lint', 'requireDisableReason', 'templates'],
    );
    assert.equal(only(parse('maxFileSizeKb: lots\n').problems).key, 'maxFileSizeKb');
  });

  it('house rules need an id and their list; their ids may be configured in the same file', () => {
    const { input, problems } = parse(
      [
        'houseRules:',
        '  words:',
        '    - id: acme-plain-words',
        '      words: [leverage, "going forward"]',
        '      replaceWith: use',
        '      severity: info',
        '      link: https://acme.example/style',
        '    - words: [synergy]',
        '    - id: acme-empty',
        '  requiredSections:',
        '    - id: acme-sections',
        '      headings: [Vision, Goals]',
        '      kinds: [vision]',
        '  goalColumns:',
        '    - id: acme-columns',
        '      columns: [Owner, Deadline]',
        'rules:',
        '  acme-plain-words: error',
        '  acme-columns: off',
      ].join('\n'),
    );
    assert.deepEqual(input.houseRules, {
      words: [{ id: 'acme-plain-words', words: ['leverage', 'going forward'], replaceWith: 'use', severity: 'info', link: 'https://acme.example/style' }],
      requiredSections: [{ id: 'acme-sections', headings: ['Vision', 'Goals'], kinds: ['vision'] }],
      goalColumns: [{ id: 'acme-columns', columns: ['Owner', 'Deadline'] }],
    });
    assert.deepEqual(input.rules, { 'acme-plain-words': 'error', 'acme-columns': 'off' });
    assert.deepEqual(
      problems.map((p) => [p.key, p.line]),
      [
        ['houseRules.words[1]', 8],
        ['houseRules.words[2]', 9],
      ],
    );
    assert.match(problems[0].message, /needs an id/);
    assert.match(problems[1].message, /needs words/);
  });

  it('a house rule may not take a built-in rule id', () => {
    const { input, problems } = parse('houseRules:\n  words:\n    - id: jargon\n      words: [x]\n');
    assert.deepEqual(input.houseRules, { words: [] });
    assert.match(only(problems).message, /built-in rule/);
  });

  it('values are data only: tags, prototype keys and anchors do nothing clever', () => {
    const { input, problems } = parse(
      ['personas: [!!js/function "function () { return 1 }"]', 'rules:', '  jargon: [warning, { __proto__: { polluted: true }, ok: 1 }]'].join('\n'),
    );
    assert.deepEqual(input.personas, ['function () { return 1 }']);
    assert.deepEqual(input.rules, { jargon: ['warning', { ok: 1 }] });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(problems.some((p) => /tag/i.test(p.message)));
    assert.ok(problems.some((p) => p.key === 'rules.jargon[1].__proto__'));

    // A self-referencing anchor must not hang or crash.
    const loop = parse('personas: &a [*a]\n');
    assert.deepEqual(loop.input, {});
    assert.equal(loop.problems.length, 1);
  });

  it('parses a very long word list (10,000 words) quickly', function () {
    this.timeout(10_000);
    const words = Array.from({ length: 10_000 }, (_, i) => `word${i}`);
    const yamlText = `vagueWords:\n${words.map((w) => `  - ${w}`).join('\n')}\njargon: [${words.join(', ')}]\n`;
    const jsonText = JSON.stringify({ vagueWords: words, jargon: words });
    const started = Date.now();
    const y = parse(yamlText);
    const j = parse(jsonText, '/p/.visionlintrc.json');
    const elapsed = Date.now() - started;
    assert.deepEqual(y.problems, []);
    assert.deepEqual(j.problems, []);
    assert.equal(y.input.vagueWords?.length, 10_000);
    assert.equal(y.input.jargon?.length, 10_000);
    assert.deepEqual(j.input.vagueWords, words);
    assert.ok(elapsed < 3000, `took ${elapsed} ms`);

    const mergeStarted = Date.now();
    const merged = mergeConfig(mergeConfig(fresh(), y.input, '/p/.visionlintrc.yaml'), j.input, '/p/a/.visionlintrc.json');
    assert.equal(merged.vagueWords.length, 10_000);
    assert.ok(Date.now() - mergeStarted < 1000);
  });
});

describe('normaliseRuleSetting', () => {
  it('turns every written form into { severity, options }', () => {
    assert.deepEqual(normaliseRuleSetting('warning'), { severity: 'warning', options: {} });
    assert.deepEqual(normaliseRuleSetting(['error']), { severity: 'error', options: {} });
    assert.deepEqual(normaliseRuleSetting(['info', { days: 30 }]), { severity: 'info', options: { days: 30 } });
    assert.deepEqual(normaliseRuleSetting(2 as never), { severity: 'error', options: {} });
    assert.equal(typeof normaliseRuleSetting('loud' as never), 'string');
    assert.equal(typeof normaliseRuleSetting(['error', 'x'] as never), 'string');
    assert.equal(typeof normaliseRuleSetting(['error', { f: () => 1 }] as never), 'string');
  });
});

describe('mergeConfig', () => {
  it('a bare severity keeps the options of the base', () => {
    const base = mergeConfig(fresh(), { rules: { 'goal-deadline-passed': ['warning', { graceDays: 30 }] } }, '/shared/base.yaml');
    const merged = mergeConfig(base, { rules: { 'goal-deadline-passed': 'error' } }, '/p/.visionlintrc.yaml');
    assert.deepEqual(merged.rules['goal-deadline-passed'], { severity: 'error', options: { graceDays: 30 } });
    const [sevOnly] = [mergeConfig(base, { rules: { 'goal-deadline-passed': ['hint'] } }, null)];
    assert.deepEqual(sevOnly.rules['goal-deadline-passed'].options, { graceDays: 30 });
  });

  it('[severity, options] replaces the options', () => {
    const base = mergeConfig(fresh(), { rules: { jargon: ['warning', { a: 1 }] } }, null);
    const merged = mergeConfig(base, { rules: { jargon: ['warning', { b: 2 }] } }, null);
    assert.deepEqual(merged.rules.jargon, { severity: 'warning', options: { b: 2 } });
  });

  it('lists grow and never repeat; headingSynonyms grow per role', () => {
    const a = mergeConfig(fresh(), { personas: ['Donor', 'customer'], jargon: ['synergy'], headingSynonyms: { goals: ['OKRs'] }, ignore: ['a/**'] }, null);
    const b = mergeConfig(a, { personas: ['donor', 'volunteer'], jargon: ['Synergy', 'leverage'], headingSynonyms: { goals: ['okrs', 'Targets'], vision: ['North star'] }, ignore: ['a/**', 'b/**'] }, null);
    assert.deepEqual(b.personas, [...DEFAULT_PERSONAS, 'Donor', 'volunteer']);
    assert.deepEqual(b.jargon, ['synergy', 'leverage']);
    assert.deepEqual(b.headingSynonyms, { goals: ['OKRs', 'Targets'], vision: ['North star'] });
    assert.deepEqual(b.ignore, ['a/**', 'b/**']);
  });

  it('house rules concatenate, a later rule replacing an earlier one with the same id', () => {
    const a = mergeConfig(fresh(), { houseRules: { words: [{ id: 'plain', words: ['leverage'] }, { id: 'tone', words: ['obviously'] }] } }, null);
    const b = mergeConfig(a, { houseRules: { words: [{ id: 'plain', words: ['utilise'] }], goalColumns: [{ id: 'cols', columns: ['Owner'] }] } }, null);
    assert.deepEqual(b.houseRules.words, [
      { id: 'plain', words: ['utilise'] },
      { id: 'tone', words: ['obviously'] },
    ]);
    assert.deepEqual(b.houseRules.goalColumns, [{ id: 'cols', columns: ['Owner'] }]);
    assert.deepEqual(b.houseRules.requiredSections, []);
  });

  it('scalars replace, the base is never changed, and files are recorded nearest first', () => {
    const a = mergeConfig(fresh(), { lint: 'always', maxFileSizeKb: 100, templates: 'tpl' }, '/shared/base.yaml');
    const b = mergeConfig(a, { maxFileSizeKb: 50, requireDisableReason: true }, '/p/.visionlintrc.yaml');
    assert.equal(b.lint, 'always');
    assert.equal(b.maxFileSizeKb, 50);
    assert.equal(b.requireDisableReason, true);
    assert.equal(b.templates, '/shared/tpl', 'a templates folder is relative to the file that names it');
    assert.equal(b.baseDir, '/p');
    assert.deepEqual(b.files, ['/p/.visionlintrc.yaml', '/shared/base.yaml']);
    assert.equal(a.maxFileSizeKb, 100);
    assert.equal(DEFAULT_CONFIG.maxFileSizeKb, 2048);
    assert.ok(Object.isFrozen(DEFAULT_CONFIG.personas));
  });
});

describe('loadConfig', () => {
  const load = (host: ConfigHost, documentPath: string, extra: Partial<Parameters<typeof loadConfig>[0]> = {}) =>
    loadConfig({ documentPath, host, knownRuleIds: KNOWN, ...extra });

  it('exports the config file names in the order they are tried', () => {
    assert.deepEqual(CONFIG_FILE_NAMES, ['.visionlintrc.json', '.visionlintrc.yaml', '.visionlintrc.yml', '.visionlintrc']);
  });

  it('without any config file, the defaults apply', async () => {
    const config = await load(MemoryHost.of({}), '/work/acme/docs/vision.md');
    assert.deepEqual(config.problems, []);
    assert.deepEqual(config.files, []);
    assert.equal(config.baseDir, null);
    assert.deepEqual(config.personas, DEFAULT_PERSONAS);
    assert.equal(resolveTemplatesFolder(config), null);
    assert.equal(resolveTemplatesFolder(config, '/work/acme'), '/work/acme/.visionlint/templates');
  });

  it('the nearest .visionlintrc up the tree wins', async () => {
    const host = MemoryHost.of({
      '/work/acme/.visionlintrc.yaml': 'lint: always\npersonas: [donor]\n',
      '/work/acme/docs/team/.visionlintrc.json': '{ "personas": ["volunteer"] }',
    });
    const config = await load(host, '/work/acme/docs/team/cx/vision.md');
    assert.deepEqual(config.files, ['/work/acme/docs/team/.visionlintrc.json']);
    assert.equal(config.baseDir, '/work/acme/docs/team');
    assert.ok(config.personas.includes('volunteer'));
    assert.ok(!config.personas.includes('donor'), 'configs are not merged up the tree; use extends');
    assert.equal(config.lint, 'auto');
    assert.equal(resolveTemplatesFolder(config), '/work/acme/docs/team/.visionlint/templates');
  });

  it('two config files in one folder: the first name wins and the other is reported', async () => {
    const host = MemoryHost.of({
      '/p/.visionlintrc.yaml': 'lint: always\n',
      '/p/.visionlintrc': 'lint: auto\n',
    });
    const config = await load(host, '/p/vision.md');
    assert.equal(config.lint, 'always');
    const p = only(config.problems);
    assert.equal(p.file, '/p/.visionlintrc');
    assert.equal(p.severity, 'warning');
  });

  it('the search stops at the root folder', async () => {
    const host = MemoryHost.of({ '/work/.visionlintrc.yaml': 'lint: always\n' });
    const config = await load(host, '/work/acme/docs/vision.md', { root: '/work/acme' });
    assert.equal(config.lint, 'auto');
    assert.ok(host.reads.every((p) => p.startsWith('/work/acme/')), host.reads.join(', '));
  });

  it('walks up Windows paths to the drive root', async () => {
    const host = MemoryHost.of({ 'C:/.visionlintrc.yml': 'lint: always\n' });
    const config = await load(host, 'C:\\Users\\ana\\vision.md');
    assert.equal(config.lint, 'always');
    assert.deepEqual(config.files, ['C:/.visionlintrc.yml']);
    assert.equal(config.baseDir, 'C:/');
  });

  it('extends loads a shared house config first', async () => {
    const host = MemoryHost.of({
      '/shared/acme.yaml': [
        'templates: ./templates',
        'lint: always',
        'maxFileSizeKb: 100',
        'personas: [donor]',
        'rules:',
        '  goal-deadline-passed: [warning, { graceDays: 14 }]',
        'houseRules:',
        '  words:',
        '    - id: acme-plain',
        '      words: [leverage]',
      ].join('\n'),
      '/work/acme/.visionlintrc.yaml': [
        'extends: ../../shared/acme.yaml',
        'maxFileSizeKb: 300',
        'personas: [volunteer]',
        'rules:',
        '  goal-deadline-passed: error',
        '  acme-plain: off',
      ].join('\n'),
    });
    const config = await load(host, '/work/acme/vision.md');
    assert.deepEqual(config.problems, []);
    assert.deepEqual(config.files, ['/work/acme/.visionlintrc.yaml', '/shared/acme.yaml']);
    assert.equal(config.lint, 'always', 'inherited');
    assert.equal(config.maxFileSizeKb, 300, 'the extending file wins');
    assert.ok(config.personas.includes('donor') && config.personas.includes('volunteer'));
    assert.deepEqual(config.rules['goal-deadline-passed'], { severity: 'error', options: { graceDays: 14 } });
    assert.deepEqual(config.rules['acme-plain'], { severity: 'off', options: {} }, 'a house rule from the base can be configured');
    assert.equal(config.houseRules.words[0].id, 'acme-plain');
    assert.equal(config.baseDir, '/work/acme');
    assert.equal(resolveTemplatesFolder(config), '/shared/templates', 'the shared config brings its own templates');
  });

  it('extends lists apply in order, and a file reached twice is merged once', async () => {
    const host = MemoryHost.of({
      '/s/common.yaml': 'lint: always\n',
      '/s/a.yaml': 'extends: ./common.yaml\nmaxFileSizeKb: 10\n',
      '/s/b.yaml': 'extends: ./common.yaml\nmaxFileSizeKb: 20\nlint: auto\n',
      '/p/.visionlintrc.yaml': 'extends: [../s/a.yaml, ../s/b.yaml]\n',
    });
    const config = await load(host, '/p/vision.md');
    assert.deepEqual(config.problems, []);
    assert.equal(config.maxFileSizeKb, 20);
    assert.equal(config.lint, 'auto');
    assert.deepEqual(config.files, ['/p/.visionlintrc.yaml', '/s/b.yaml', '/s/a.yaml', '/s/common.yaml']);
  });

  it('an extends loop is reported and linting continues with what loaded', async () => {
    const host = MemoryHost.of({
      '/p/.visionlintrc.yaml': 'extends: ./a.yaml\npersonas: [donor]\n',
      '/p/a.yaml': 'extends: ./b.yaml\nlint: always\n',
      '/p/b.yaml': 'extends: ./a.yaml\nmaxFileSizeKb: 9\n',
    });
    const config = await load(host, '/p/vision.md');
    const p = only(config.problems);
    assert.equal(p.file, '/p/b.yaml');
    assert.equal(p.line, 1);
    assert.equal(p.key, 'extends');
    assert.match(p.message, /loop/);
    assert.ok(p.message.includes('/p/a.yaml') && p.message.includes('/p/b.yaml'));
    assert.equal(config.lint, 'always');
    assert.equal(config.maxFileSizeKb, 9);
    assert.ok(config.personas.includes('donor'));
  });

  it('a missing extends target is a problem naming both files', async () => {
    const host = MemoryHost.of({ '/p/.visionlintrc.yaml': 'personas: [donor]\nextends:\n  - ./missing.yaml\n' });
    const config = await load(host, '/p/vision.md');
    const p = only(config.problems);
    assert.equal(p.file, '/p/.visionlintrc.yaml');
    assert.equal(p.line, 3);
    assert.equal(p.key, 'extends[0]');
    assert.ok(p.message.includes('/p/missing.yaml'));
    assert.ok(config.personas.includes('donor'));
  });

  it('extends deeper than 10 files is cut off with a problem', async () => {
    const files: Record<string, string> = { '/p/.visionlintrc.yaml': 'extends: ./c1.yaml\n' };
    for (let i = 1; i <= 15; i++) files[`/p/c${i}.yaml`] = `extends: ./c${i + 1}.yaml\npersonas: [p${i}]\n`;
    const config = await load(MemoryHost.of(files), '/p/vision.md');
    const p = only(config.problems);
    assert.match(p.message, /more than 10/);
    assert.equal(config.files.length, 10);
  });

  it('a config file with a syntax error is reported and the rest of the chain still applies', async () => {
    const host = MemoryHost.of({
      '/p/base.yaml': 'lint: always\n',
      '/p/.visionlintrc.yaml': 'extends: ./base.yaml\n',
      '/p/sub/.visionlintrc.json': '{ "extends": "../base.yaml", ',
    });
    const broken = await load(host, '/p/sub/vision.md');
    assert.equal(only(broken.problems).file, '/p/sub/.visionlintrc.json');
    assert.equal(broken.lint, 'auto', 'a file that cannot be read contributes nothing, not even its extends');
    const fine = await load(host, '/p/vision.md');
    assert.equal(fine.lint, 'always');
  });

  it('untrusted workspaces ignore workspace config', async () => {
    const host = MemoryHost.of({ '/p/.visionlintrc.yaml': 'lint: always\nrules:\n  nonsense: error\n' });
    const config = await load(host, '/p/vision.md', { useWorkspaceConfig: false, defaults: { personas: ['donor'] } });
    assert.equal(config.lint, 'auto');
    assert.deepEqual(config.problems, []);
    assert.deepEqual(host.reads, []);
    assert.ok(config.personas.includes('donor'), 'settings still apply');
  });

  it('settings are weaker than config files, overrides are stronger', async () => {
    const host = MemoryHost.of({ '/p/.visionlintrc.yaml': 'rules:\n  goal-owner: warning\n  jargon: [info, { list: short }]\nmaxFileSizeKb: 64\n' });
    const config = await load(host, '/p/vision.md', {
      defaults: { rules: { 'goal-owner': 'off', 'goal-specific': 'hint' }, maxFileSizeKb: 1, personas: ['donor'] },
      overrides: { rules: { jargon: 'error' } },
    });
    assert.deepEqual(config.problems, []);
    assert.equal(config.rules['goal-owner'].severity, 'warning', 'the file beats the settings');
    assert.equal(config.rules['goal-specific'].severity, 'hint', 'settings apply where the file says nothing');
    assert.deepEqual(config.rules.jargon, { severity: 'error', options: { list: 'short' } }, 'the override wins and keeps options');
    assert.equal(config.maxFileSizeKb, 64);
    assert.ok(config.personas.includes('donor'));
  });

  it('settings and overrides are validated like a file', async () => {
    const config = await load(MemoryHost.of({}), '/p/vision.md', {
      defaults: { rules: { 'goal-onwer': 'error' }, maxFileSizeKb: -1 } as never,
      overrides: { extends: './x.yaml', lint: 'never' } as never,
      overridesSource: '--rule',
    });
    assert.deepEqual(
      config.problems.map((p) => [p.file, p.key]),
      [
        ['settings', 'rules.goal-onwer'],
        ['settings', 'maxFileSizeKb'],
        ['--rule', 'extends'],
        ['--rule', 'lint'],
      ],
    );
    assert.equal(config.problems[0].line, undefined);
    assert.equal(config.maxFileSizeKb, 2048);
  });

  it('an explicit config file is used instead of searching, and a missing one is reported', async () => {
    const host = MemoryHost.of({
      '/p/.visionlintrc.yaml': 'lint: always\n',
      '/p/ci/strict.yaml': 'maxFileSizeKb: 5\n',
    });
    const config = await load(host, '/p/docs/vision.md', { configFile: 'ci/strict.yaml', root: '/p' });
    assert.equal(config.maxFileSizeKb, 5);
    assert.equal(config.lint, 'auto');
    assert.deepEqual(config.files, ['/p/ci/strict.yaml']);

    const missing = await load(host, '/p/docs/vision.md', { configFile: '/p/ci/nope.yaml' });
    assert.match(only(missing.problems).message, /does not exist/);
  });

  it('a host that throws is reported, not fatal', async () => {
    const host: ConfigHost = {
      async readFile(path) {
        if (path === '/p/.visionlintrc.json') throw new Error('permission denied');
        return undefined;
      },
    };
    const config = await load(host, '/p/vision.md');
    assert.match(only(config.problems).message, /permission denied/);
  });
});

describe('the ignore setting', () => {
  it('reads globs relative to the config folder; a glob without a slash names a file or folder at any depth', () => {
    const matches = ignoreMatcher(['drafts', '*.draft.md', './archive/2019/', 'docs/old.md']);
    const ignored = (path: string) => ignoredWithFolders(matches, path);
    assert.ok(ignored('docs/drafts/goals.md'));
    assert.ok(ignored('drafts/goals.md'));
    assert.ok(ignored('team/plan.draft.md'));
    assert.ok(ignored('archive/2019/goals.md'));
    assert.ok(ignored('docs/old.md'));
    assert.ok(!ignored('team/archive/2019/goals.md'), 'a glob with a slash is anchored to the config folder');
    assert.ok(!ignored('docs/goals.md'));
  });
});
