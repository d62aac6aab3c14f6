import assert from 'node:assert/strict';
import { BUILTIN_RULES, Linter } from '../../src/core';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';

// Rules are checked in documents of every kind they apply to; examples set no front matter, so we add one.
// Rules that are off by default are turned on: their examples document what they say when on.
const optIn = Object.fromEntries(BUILTIN_RULES.filter((rule) => rule.optIn).map((rule) => [rule.id, { severity: rule.defaultSeverity, options: {} }]));
const linter = new Linter({ ...DEFAULT_CONFIG, lint: 'always', rules: { ...DEFAULT_CONFIG.rules, ...optIn } });
const today = new Date('2026-11-25T00:00:00Z');

function withKind(markdown: string, kind: string): string {
  return markdown.startsWith('---') ? markdown : `---\nkind: ${kind}\n---\n${markdown}`;
}

describe('every rule documents itself with examples that hold', () => {
  for (const rule of BUILTIN_RULES) {
    describe(rule.id, () => {
      const kind = rule.kinds.includes('strategy') ? 'strategy' : rule.kinds[0];
      it('has a description, a rationale citing its source article (never internal notes), advice and examples', () => {
        assert.ok(rule.description.length > 10);
        assert.match(rule.rationale, /After [^.]*"[^"]+"[^"]*\.$/);
        assert.doesNotMatch(rule.rationale, /DOMAIN\.md|\bseeds? \d/i);
        assert.ok(rule.advice.length > 10);
        assert.ok(rule.examples.ok.length > 0 && rule.examples.notOk.length > 0);
      });
      for (const example of rule.examples.ok) {
        it(`does not flag: ${example.markdown.trim().split('\n').pop()}`, () => {
          const result = linter.lint(withKind(example.markdown, kind), example.path, today);
          // Secondary notes capped at info (a target without a baseline) are not what the example is about.
          const found = result.findings.filter((f) => f.ruleId === rule.id && !(f.severity === 'info' && rule.defaultSeverity !== 'info'));
          assert.deepEqual(found.map((f) => f.message), []);
        });
      }
      for (const example of rule.examples.notOk) {
        it(`flags, at the place and with the message it lists: ${example.markdown.trim().split('\n').pop()}`, () => {
          const text = withKind(example.markdown, kind);
          // Positions are in the example as written: the front matter added above it moves them by its lines.
          const added = text === example.markdown ? 0 : 3;
          const result = linter.lint(text, example.path, today);
          const found = result.findings
            .filter((f) => f.ruleId === rule.id)
            .map((f) => {
              const at = result.lines.position(f.range.start);
              return `${at.line - added}:${at.column} ${f.message}`;
            });
          assert.ok(example.findings && example.findings.length > 0, 'a not-ok example lists the findings it expects');
          assert.deepEqual(found, example.findings);
        });
      }
    });
  }
});
