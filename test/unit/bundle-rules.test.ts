/**
 * What the production bundles keep of the rules, built here from src/core/rules with esbuild.js's
 * options: the VS Code extension's bundles leave every rule's examples out (its rule pages read
 * docs/rule-examples.json, which the .vsix ships), the CLI's keep their Markdown and notes but not
 * their expected findings; nothing else of a rule changes.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUILTIN_RULES } from '../../src/core';
import type { Rule } from '../../src/core/rules/rule';

const { buildOptions, bundles, withoutRuleExamples } = require('../../esbuild.js') as import('../support/build').BuildScript;
const RULES = join(__dirname, '..', '..', 'src', 'core', 'rules');

/** The rule registry as a production bundle of `outfile`'s options holds it. */
async function registryAsBundled(outfile: string): Promise<readonly Rule[]> {
  const bundle = bundles.find((b) => b.outfile === outfile)!;
  const built = await build({ ...buildOptions(bundle, { production: true }), entryPoints: [join(RULES, 'index.ts')], outfile: undefined, write: false, platform: 'node', format: 'cjs', banner: {} });
  const module = { exports: {} as { BUILTIN_RULES?: readonly Rule[] } };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, require);
  return module.exports.BUILTIN_RULES!;
}

/** A rule's data without its functions, for comparing. */
const data = ({ check: _check, checkGoal: _checkGoal, ...rest }: Rule) => rest;

describe('the rules in the production bundles', function () {
  this.timeout(60_000);

  for (const outfile of ['dist/extension.js', 'dist/web/extension.js']) {
    it(`${outfile} holds every rule without its examples, and the rest of it as written`, async () => {
      const bundled = await registryAsBundled(outfile);
      assert.deepEqual(bundled.map(data), BUILTIN_RULES.map((rule) => ({ ...data(rule), examples: { ok: [], notOk: [] } })));
      assert.deepEqual(bundled.map((rule) => typeof rule.check + typeof rule.checkGoal), BUILTIN_RULES.map((rule) => typeof rule.check + typeof rule.checkGoal));
    });
  }

  it('dist/cli.js holds every rule with its examples, without their expected findings', async () => {
    const bundled = await registryAsBundled('dist/cli.js');
    const withoutFindings = (examples: Rule['examples']['ok']) => examples.map(({ findings: _findings, ...example }) => example);
    assert.deepEqual(bundled.map(data), BUILTIN_RULES.map((rule) => ({ ...data(rule), examples: { ok: withoutFindings(rule.examples.ok), notOk: withoutFindings(rule.examples.notOk) } })));
  });

  describe('withoutRuleExamples', () => {
    it('leaves the files without examples to leave out as they are (the Rule type, house rules, helpers)', () => {
      for (const file of readdirSync(RULES).filter((name) => name.endsWith('.ts'))) {
        const source = readFileSync(join(RULES, file), 'utf8');
        if (!/\bexamples: \{\s*ok: \[\s*\{/.test(source)) assert.equal(withoutRuleExamples(source), source, file);
      }
    });

    it('finds the closing brace past braces in strings, template literals and comments', () => {
      const source = [
        "export const rule = { id: 'x', examples: {",
        "  ok: [{ markdown: '## {Goals}\\n\\'}\\'', note: \"a } and a \\\" quote\" }], // a } in a comment",
        '  /* and { here */ notOk: [{ markdown: `- ${ {a: "}"}.a } \\` }` }],',
        '}, advice: `{`, tags: [] };',
      ].join('\n');
      assert.equal(withoutRuleExamples(source), "export const rule = { id: 'x', examples: { ok: [], notOk: [] }, advice: `{`, tags: [] };");
    });

    it('fails on a string that never ends, rather than guess', () => {
      assert.throws(() => withoutRuleExamples("examples: { ok: [{ markdown: 'open }] }\n"), /no closing brace/);
    });
  });
});
