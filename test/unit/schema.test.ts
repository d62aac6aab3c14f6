/**
 * The shipped JSON schema of `.visionlintrc.*` (schemas/visionlintrc.schema.json) and the
 * `visionlint.rules` setting in package.json: the schema is a valid draft-07 schema, every example
 * configuration in the repository passes it, and both list exactly the rule ids the rule registry
 * knows (scripts/generate-docs.ts writes them; `--check` keeps them current).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { parseConfigText } from '../../src/core/config/parse';
import { STARTER_CONFIG } from '../../src/core/config/starter';
import { BUILTIN_RULES, BUILTIN_RULE_IDS, ENGINE_RULE_IDS } from '../../src/core/rules';

const ROOT = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'visionlintrc.schema.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The ids `rules:` accepts besides house rules, in registry order. */
const REGISTRY_IDS = [...BUILTIN_RULES.map((rule) => rule.id), ...ENGINE_RULE_IDS];

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', '.prof']);
const CONFIG_NAME = /^\.visionlintrc(\.(json|ya?ml))?$/;

/** Every `.visionlintrc*` file in the repository, fixtures and test workspaces included. */
function configFiles(dir = ROOT): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) found.push(...configFiles(join(dir, entry.name)));
    } else if (CONFIG_NAME.test(entry.name)) {
      found.push(join(dir, entry.name));
    }
  }
  return found;
}

/** The fenced blocks of a Markdown section (from its heading to the next heading of the same level). */
function fencedBlocks(markdown: string, heading: string, language: string): string[] {
  const start = markdown.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README.md has no "${heading}" section`);
  const level = heading.match(/^#+/)![0];
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^${level} `, 'm'));
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]);
}

interface Example {
  name: string;
  /** Configuration text as a file holds it (YAML, or JSON, which is YAML too). */
  text: string;
}

function examples(): Example[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const remark = fencedBlocks(readme, '### With remark', 'json').map((text) => JSON.parse(text));
  const remarkConfigs = remark.flatMap((rc: { plugins: unknown[] }) =>
    rc.plugins.filter((p): p is [string, { config: unknown }] => Array.isArray(p) && p[0] === 'visionlint/remark').map((p) => p[1].config),
  );
  return [
    ...configFiles().map((file) => ({ name: relative(ROOT, file), text: readFileSync(file, 'utf8') })),
    { name: 'the starter configuration (src/core/config/starter.ts)', text: STARTER_CONFIG },
    ...fencedBlocks(readme, '## Configuration', 'yaml').map((text, i) => ({ name: `README.md, Configuration, yaml block ${i + 1}`, text })),
    ...remarkConfigs.map((config, i) => ({ name: `README.md, With remark, plugin config ${i + 1}`, text: JSON.stringify(config) })),
  ];
}

describe('the configuration schema', () => {
  let validate: ValidateFunction;

  before(() => {
    const ajv = new Ajv({ allErrors: true, strict: true, strictTuples: false });
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.ok(ajv.validateSchema(schema), `not a valid draft-07 schema:\n${JSON.stringify(ajv.errors, null, 2)}`);
    validate = ajv.compile(schema);
  });

  it('finds the example configurations in the repository', () => {
    const files = configFiles().map((file) => relative(ROOT, file));
    assert.ok(files.length >= 3, `found only ${files.join(', ')}`);
    assert.ok(examples().length >= files.length + 3);
  });

  for (const example of examples()) {
    it(`accepts ${example.name}, as the configuration reader does`, () => {
      const value = parseYaml(example.text) ?? {};
      assert.ok(validate(value), `${example.name} does not match the schema:\n${JSON.stringify(validate.errors, null, 2)}`);
      const { problems } = parseConfigText(example.text, example.name, BUILTIN_RULE_IDS);
      assert.deepEqual(problems.map((p) => p.message), []);
    });
  }

  it('rejects what the configuration reader rejects: unknown keys, bad severities, a house rule with a built-in id', () => {
    assert.equal(validate({ rule: {} }), false);
    assert.equal(validate({ rules: { 'goal-owner': 'loud' } }), false);
    assert.equal(validate({ rules: { 'goal-owner': ['warning', {}, 'extra'] } }), false);
    assert.equal(validate({ houseRules: { words: [{ id: 'jargon', words: ['synergy'] }] } }), false);
    assert.equal(validate({ houseRules: { words: [{ id: 'front-matter', words: ['synergy'] }] } }), false);
    assert.ok(validate({ rules: { 'house-say-customers': 'error' }, houseRules: { words: [{ id: 'house-say-customers', words: ['end users'] }] } }));
  });
});

describe('every list of rule ids is the registry', () => {
  it('the registry has no duplicate ids and BUILTIN_RULE_IDS is its rules plus the engine rules', () => {
    assert.equal(new Set(REGISTRY_IDS).size, REGISTRY_IDS.length);
    assert.deepEqual([...BUILTIN_RULE_IDS].sort(), [...REGISTRY_IDS].sort());
  });

  it('the schema lists exactly the registry ids under rules, each with a description', () => {
    const rules = schema.properties.rules.properties as Record<string, { $ref: string; description: string }>;
    assert.deepEqual(Object.keys(rules), REGISTRY_IDS);
    for (const [id, entry] of Object.entries(rules)) {
      assert.equal(entry.$ref, '#/definitions/ruleSetting', id);
      assert.ok(entry.description.length > 10, id);
    }
  });

  it('the schema forbids exactly the registry ids as house rule ids', () => {
    assert.deepEqual(schema.definitions.ruleId.not.enum, REGISTRY_IDS);
  });

  it('package.json lists exactly the registry ids in the visionlint.rules setting', () => {
    const setting = pkg.contributes.configuration.properties['visionlint.rules'];
    assert.deepEqual(Object.keys(setting.properties), REGISTRY_IDS);
    for (const [id, entry] of Object.entries(setting.properties as Record<string, { enum: string[] }>)) {
      assert.deepEqual(entry.enum, ['off', 'hint', 'info', 'warning', 'error'], id);
    }
  });

  it('no rule id outside the registry appears where rule ids are listed', () => {
    const listed = new Set([
      ...Object.keys(schema.properties.rules.properties),
      ...schema.definitions.ruleId.not.enum,
      ...Object.keys(pkg.contributes.configuration.properties['visionlint.rules'].properties),
    ]);
    assert.deepEqual([...listed].filter((id) => !BUILTIN_RULE_IDS.has(id)), []);
  });
});
