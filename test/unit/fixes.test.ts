import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, Linter } from '../../src/core';
import { parseSnippet, type SnippetPart } from '../../src/core/templates/snippet';

const linter = new Linter();
const today = new Date('2026-11-25T00:00:00Z');
const folder = join(__dirname, '..', 'fixtures', 'documents');

/** What a writer types into each placeholder: realistic values, so a filled template can pass the rules. */
const WRITER_ANSWERS: [RegExp, string][] = [
  [/^baseline$/, '32'],
  [/^target$/, '45'],
  [/^(metric|what we measure)$/, 'NPS'],
  [/name or role/, 'Priya Shah'],
  [/^date$/, '31 March 2027'],
  [/^can \.\.\.$/, 'get an answer the first time they call'],
];

function fillLikeAWriter(snippet: string): string {
  const render = (parts: SnippetPart[]): string =>
    parts
      .map((part) => {
        if (part.type === 'text') return part.value;
        if (part.type === 'choice') return part.options[0];
        if (part.type === 'placeholder') {
          const typed = render(part.children);
          return WRITER_ANSWERS.find(([pattern]) => pattern.test(typed))?.[1] ?? typed;
        }
        return '';
      })
      .join('');
  return render(parseSnippet(snippet));
}

describe('applying a fix, then linting again', () => {
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
    it(`removes the finding and changes nothing outside the fix, in ${name}`, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      const before = linter.lint(text, name, today);
      let checked = 0;
      for (const finding of before.findings) {
        const fix = finding.fixes[0];
        if (!fix) continue;
        const edits = fix.edits.map((edit) => ({ range: edit.range, text: fillLikeAWriter(edit.snippet) }));
        const fixed = applyEdits(text, edits).text;
        const first = Math.min(...edits.map((e) => e.range.start));
        const last = Math.max(...edits.map((e) => e.range.end));
        assert.equal(fixed.slice(0, first), text.slice(0, first), 'text before the fix changed');
        assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last), 'text after the fix changed');

        const after = linter.lint(fixed, name, today);
        const count = (result: typeof before) => result.findings.filter((f) => f.ruleId === finding.ruleId).length;
        assert.ok(
          count(after) < count(before),
          `"${fix.title}" did not remove ${finding.ruleId} at line ${before.lines.position(finding.range.start).line}: ${finding.message}\n--- inserted:\n${edits.map((e) => e.text).join('\n')}`,
        );
        checked++;
      }
      assert.ok(checked > 0 || before.findings.length === 0);
    });
  }
});
