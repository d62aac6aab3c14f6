import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, type LintResult } from '../../src/core';

/**
 * Fixture documents carry their expected findings inline: a line ending in
 * `<!-- expect: rule-a rule-b -->` must get exactly those rules, and every other line none.
 * Info-level notes of SMART rules (a target without a baseline) are coaching, not checked here.
 */
const linter = new Linter();
const today = new Date('2026-11-25T00:00:00Z');
const fixtures = join(__dirname, '..', 'fixtures');

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md').sort();
}

function expectedFindings(text: string): Set<string> {
  const expected = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    const marker = /<!--\s*expect:\s*([^>]*?)\s*-->/.exec(line);
    if (marker) for (const id of marker[1].split(/[\s,]+/).filter(Boolean)) expected.add(`${i + 1} ${id}`);
  });
  return expected;
}

function actualFindings(result: LintResult): Set<string> {
  return new Set(
    result.findings
      .filter((f) => !(f.ruleId === 'goal-achievable' && f.severity === 'info'))
      .map((f) => `${result.lines.position(f.range.start).line} ${f.ruleId}`),
  );
}

describe('realistic documents get the findings a careful reviewer marked', () => {
  for (const name of markdownFiles(join(fixtures, 'documents'))) {
    it(name, () => {
      const text = readFileSync(join(fixtures, 'documents', name), 'utf8');
      const result = linter.lint(text, name, today);
      assert.notEqual(result.kind, 'none', `${name} should be recognised as a strategy document`);
      const expected = expectedFindings(text);
      const actual = actualFindings(result);
      const missing = [...expected].filter((e) => !actual.has(e));
      const unexpected = [...actual].filter((a) => !expected.has(a));
      assert.deepEqual({ missing, unexpected }, { missing: [], unexpected: [] });
    });
  }
});

describe('documents that are not strategy get no findings at all', () => {
  for (const name of markdownFiles(join(fixtures, 'not-strategy'))) {
    it(name, () => {
      const result = linter.lint(readFileSync(join(fixtures, 'not-strategy', name), 'utf8'), name, today);
      assert.equal(result.kind, 'none');
      assert.deepEqual(result.findings, []);
    });
  }
});
