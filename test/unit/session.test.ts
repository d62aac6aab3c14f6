import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, type LintResult } from '../../src/core';
import { LintSession, type TextChange } from '../../src/core/session';

const today = new Date('2026-11-25T00:00:00Z');
const linter = new Linter();
const folder = join(__dirname, '..', 'fixtures', 'documents');
const documents = readdirSync(folder).filter((n) => n.endsWith('.md') && n !== 'README.md');

/** What a full lint and an incremental one must agree on: every finding with its fixes, and the score. */
function comparable(result: LintResult) {
  return { kind: result.kind, findings: result.findings, score: result.score };
}

/** A small deterministic random generator, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Edits a writer makes, including the ones that change block structure. */
const SNIPPETS = ['a', ' ', '\n', '\n\n', '- ', '## ', '|', '---', '```', '> ', '1. ', '**', 'Q3 2027', ' by FY27', '!', '<!--', '-->', '\t', 'é', '  - KR: '];

function randomEdit(text: string, next: () => number): TextChange {
  const rangeOffset = Math.floor(next() * (text.length + 1));
  const rangeLength = next() < 0.4 ? Math.floor(next() * Math.min(40, text.length - rangeOffset)) : 0;
  const insert = next() < 0.25 ? '' : SNIPPETS[Math.floor(next() * SNIPPETS.length)];
  return { rangeOffset, rangeLength, text: insert };
}

describe('the incremental session', () => {
  it('re-parses only the blocks around a one-character edit', () => {
    const text = readFileSync(join(folder, 'council-plan-2025-2029.md'), 'utf8');
    const session = new LintSession(linter, text, 'council-plan-2025-2029.md', () => today);
    const offset = text.indexOf('We will');
    session.update([{ rangeOffset: offset, rangeLength: 0, text: 'x' }]);
    assert.ok(session.lastReparsedBlocks <= 3, `re-parsed ${session.lastReparsedBlocks} blocks`);
  });

  it('reads an unclosed code fence typed mid-document the way a full parse does', () => {
    const text = '---\nkind: goals\n---\n## Goals\n\n- Raise NPS to 45 by 2027\n\n- Improve service\n';
    const session = new LintSession(linter, text, undefined, () => today);
    const result = session.update([{ rangeOffset: text.indexOf('- Raise'), rangeLength: 0, text: '```\n' }]);
    assert.deepEqual(comparable(result), comparable(linter.lint(session.currentText, undefined, today)));
  });

  for (const name of documents) {
    it(`agrees with a full lint after 150 random edits of ${name}`, () => {
      const next = random(name.length * 7919);
      let text = readFileSync(join(folder, name), 'utf8');
      const session = new LintSession(linter, text, name, () => today);
      for (let step = 0; step < 150; step++) {
        const edit = randomEdit(text, next);
        text = text.slice(0, edit.rangeOffset) + edit.text + text.slice(edit.rangeOffset + edit.rangeLength);
        const incremental = session.update([edit]);
        if (step % 10 === 9 || step === 149) {
          assert.equal(session.currentText, text);
          assert.deepEqual(comparable(incremental), comparable(linter.lint(text, name, today)), `after edit ${step + 1}: ${JSON.stringify(edit)}`);
        }
      }
    });
  }
});
