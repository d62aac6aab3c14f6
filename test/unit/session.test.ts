import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, type LintResult } from '../../src/core';
import { STRUCTURE_LIMITS } from '../../src/core/lint';
import { LintSession, type TextChange } from '../../src/core/session';
import { LineIndex } from '../../src/core/text/lines';

const today = new Date('2026-11-25T00:00:00Z');
const linter = new Linter();
const folder = join(__dirname, '..', 'fixtures', 'documents');
const documents = readdirSync(folder).filter((n) => n.endsWith('.md') && n !== 'README.md');

/** What a full lint and an incremental one must agree on: every finding with its fixes, the score, and where lines start. */
function comparable(result: LintResult) {
  const { lines } = result;
  const starts = Array.from({ length: lines.lineCount }, (_, line) => lines.lineStart(line));
  return { kind: result.kind, findings: JSON.parse(JSON.stringify(result.findings)) as unknown, score: result.score, lines: { starts, eol: lines.eol } };
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

  /**
   * Types each of `typed` at every offset of `text`, and deletes every character, each time checking
   * the session against a full lint of the edited text, then undoes the edit and checks the session
   * is back where it was. Blocks are compared too: a block read wrongly need not change a finding of
   * this document, but would of another.
   */
  function everyOneCharacterEdit(text: string, typed: readonly string[]): void {
    const session = new LintSession(linter, text, 'goals.md', () => today);
    const withBlocks = (result: LintResult) => ({ ...comparable(result), blocks: JSON.parse(JSON.stringify(result.model?.blocks ?? null)) as unknown });
    const original = withBlocks(session.result);
    for (let at = 0; at <= text.length; at++) {
      for (const character of at < text.length ? [...typed, ''] : typed) {
        const removed = character === '' ? 1 : 0;
        const edited = text.slice(0, at) + character + text.slice(at + removed);
        const where = `${JSON.stringify(character || 'delete')} at ${at}`;
        assert.deepEqual(withBlocks(session.update([{ rangeOffset: at, rangeLength: removed, text: character }])), withBlocks(linter.lint(edited, 'goals.md', today)), where);
        assert.deepEqual(withBlocks(session.update([{ rangeOffset: at, rangeLength: character.length, text: text.slice(at, at + removed) }])), original, `undo ${where}`);
      }
    }
  }

  it('reads one character typed or deleted anywhere the way a full parse does, neighbours taken in or not', () => {
    // Every kind of block beside every other, in the forms where one can run on into the next:
    // lists with indented continuations, indented code, fences, HTML, tables, quotes, setext headings.
    const text = [
      '---', 'kind: goals', '---', '', '# Goals', '', 'Intro *line* one [link](http://x.y/ab) `code` &amp; <b>bo</b>', 'intro foo_bar_ and**bold**text', 'See [the plan](http://x.y/ab) and ![a chart](c.png) now.', '',
      '- [x] Raise NPS to 45 by 2027', '  owner: Sam', '- [ ] *Cut* churn', '', '12345678. Nine', '1a. No', '- 1. x', '',
      'Hard  ', 'break [label', 'over](http://x.y) lines', '', 'a | b', '--|--', 'c | d', '',
      '  More about it', '', 'Next paragraph', 'second line', '', '1. Cut churn', '', '    code', '', '| Goal | Owner |', '|---|---|',
      '| Cut wait | Ops |', '', '> Quote', '> more', '', 'Setext', '---', '', '<div>', 'x', '</div>', '', '<pre>', 'pre text', '</pre>', 'After', '', '- item', '  <pre>', '  in pre', '  </pre>', '  after', '', '```', 'fenced', '```', '', 'Last.', '',
    ].join('\n');
    everyOneCharacterEdit(text, ['\n', ' ', '-', '`', '>', 'e', '7']);
  }).timeout(240_000); // exhaustive: tens of thousands of edits, slow on a loaded machine

  it('reads one character typed or deleted next to link and footnote definitions the way a full parse does', () => {
    // A definition can become a table's header, a paragraph's text or code; a label can lose its definition.
    const text = [
      '## Goals', '', '- Raise NPS to 45 by 2027, see [the plan][plan] and [^1]', '- Cut churn [plan]', '', '[plan]: https://x.y/plan "Plan"', ':--', '',
      'Text', '', '[^1]: From the 2026 survey.', '', '```', '[notes]: /notes', '```', '', 'See [notes].', '',
    ].join('\n');
    everyOneCharacterEdit(text, ['\n', ' ', '[', ']', ':', '|', '`', 'e']);
  }).timeout(240_000); // exhaustive: tens of thousands of edits, slow on a loaded machine

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

describe('what the incremental session keeps from one edit to the next', () => {
  /**
   * Ten paragraphs around the edited lines, so a re-parse of the whole document shows in
   * `lastReparsedBlocks`; long ones, so the edits lie past the start a full lint samples for binary data.
   */
  const filler = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1}.${' Some words.'.repeat(80)}\n`).join('\n');

  /** The change that replaces the first `remove` characters after `after` with `insert`, and the text it makes. */
  function change(text: string, after: string, remove: number, insert: string): { change: TextChange; text: string } {
    const at = text.indexOf(after);
    assert.ok(at >= 0, `${JSON.stringify(after)} is in the text`);
    const rangeOffset = at + after.length;
    return { change: { rangeOffset, rangeLength: remove, text: insert }, text: text.slice(0, rangeOffset) + insert + text.slice(rangeOffset + remove) };
  }

  function edit(session: LintSession, after: string, remove: number, insert: string): string {
    const edited = change(session.currentText, after, remove, insert);
    session.update([edited.change]);
    return edited.text;
  }

  function blocksOf(text: string): number {
    return linter.lint(text, undefined, today).model!.blocks.length;
  }

  const lineCount = (text: string) => new LineIndex(text).lineCount;

  it('counts lines through edits that turn LF, CRLF and lone CR into one another, split and join them', () => {
    const steps: [after: string, remove: number, insert: string][] = [
      ['Four.', 0, '\r'], // LF becomes CRLF
      ['One.', 1, ''], // CRLF becomes LF
      ['One.\n\r', 1, ''], // CRLF becomes a lone CR
      ['Two.\r', 0, '\n'], // a lone CR becomes CRLF
      ['Two.\r\n', 1, ''], // a lone CR goes: one line fewer
      ['Two.\r', 0, 'Q'], // CRLF split in two: one line more
      ['Two.\r', 1, ''], // CR and LF joined again: one line fewer
      ['Four.', 0, '\r\r'], // two lines more
    ];
    const limit = STRUCTURE_LIMITS.lines;
    try {
      let text = `# Plan\n\n${filler}\nOne.\r\n\r\nTwo.\r\rThree.\n\nFour.\n\n${filler}`;
      for (const [after, remove, insert] of steps) {
        const step = JSON.stringify([after, remove, insert]);
        const edited = change(text, after, remove, insert);
        // A fresh session per edit, at the line limit on both sides of it; then lines added at the end
        // until the limit is passed: a line counted too many reads the whole text again, one too few
        // fails to skip it.
        STRUCTURE_LIMITS.lines = Math.max(lineCount(text), lineCount(edited.text));
        const session = new LintSession(linter, text, undefined, () => today);
        session.update([edited.change]);
        text = edited.text;
        for (let probe = text; ; probe += '\n') {
          if (probe !== text) session.update([{ rangeOffset: probe.length - 1, rangeLength: 0, text: '\n' }]);
          const full = linter.lint(probe, undefined, today);
          const where = `after ${step} and ${probe.length - text.length} more lines`;
          assert.deepEqual(comparable(session.result), comparable(full), where);
          assert.equal(session.result.skipped, full.skipped, where);
          if (full.skipped) break;
          assert.ok(session.lastReparsedBlocks < blocksOf(probe), `${where}: re-parsed ${session.lastReparsedBlocks} blocks`);
        }
      }
    } finally {
      STRUCTURE_LIMITS.lines = limit;
    }
  });

  it('turns the text away when an edit brings a NUL byte into the start a full lint samples for binary data', () => {
    const start = `# Plan\n\n${filler}\n${filler}`;
    const nulPastSample = `${start.slice(0, 8200)}\u0000${start.slice(8200)}`;
    const cases: [text: string, change: TextChange, skipped: boolean][] = [
      [start, { rangeOffset: 100, rangeLength: 0, text: '\u0000' }, true],
      [start, { rangeOffset: 9000, rangeLength: 0, text: '\u0000' }, false],
      [nulPastSample, { rangeOffset: 9000, rangeLength: 1, text: '' }, false],
      [nulPastSample, { rangeOffset: 100, rangeLength: 20, text: '' }, true], // the NUL moves into the sample
    ];
    for (const [text, edit, skipped] of cases) {
      const session = new LintSession(linter, text, undefined, () => today);
      assert.equal(session.result.skipped, undefined);
      const result = session.update([edit]);
      const full = linter.lint(session.currentText, undefined, today);
      assert.equal(full.skipped !== undefined, skipped, JSON.stringify(edit));
      assert.deepEqual(comparable(result), comparable(full), JSON.stringify(edit));
      assert.equal(result.skipped, full.skipped, JSON.stringify(edit));
    }
  });

  it('keeps what rules worked out per block right as blocks are edited, moved, added and removed', () => {
    const start = [
      '---\nkind: strategy\n---',
      '# Plan',
      '## Service',
      'Starting today, we answer every call.',
      'Our teams work hard on it.',
      '## Launch',
      'We go live! Everyone is ready!',
      '## Finance',
      'The finance team closes the books and runs the payroll for the whole organisation every month.',
      '## Goals',
      '- Patients wait 3 weeks less by 2027',
      '',
    ].join('\n\n');
    const pasted = Array.from({ length: 20 }, (_, i) => `Pasted paragraph ${i + 1}.\n\n`).join('');
    const session = new LintSession(linter, start, undefined, () => today);
    const reported = (result: LintResult, ruleId: string) => result.findings.filter((f) => f.ruleId === ruleId).map((f) => session.currentText.slice(f.range.start, f.range.end));
    const steps: [after: string, remove: number, insert: string, cries: string[], supportFunctions: number][] = [
      ['Our teams work hard', 0, ' in March', ['We go live! Everyone is ready!'], 1], // a date near the first cry
      ['# Plan', 0, '\n\nAn introduction that moves every block.', ['We go live! Everyone is ready!'], 1],
      ['Our teams work hard', 9, '', ['Starting today', 'We go live! Everyone is ready!'], 1], // the date goes again
      ['Everyone is ready', 1, '', ['Starting today'], 1], // one exclamation mark is no slogan
      ['## Finance', 0, 's', ['Starting today'], 0], // "Finances" names no support function
      ['## Finances', 0, '\n\n' + pasted.trimEnd(), ['Starting today'], 0], // more blocks than a pass looks ahead
      ['## Finances', 2 + pasted.trimEnd().length, '', ['Starting today'], 0],
      ['## Finance', 1, '', ['Starting today'], 1],
    ];
    for (const [after, remove, insert, cries, supportFunctions] of steps) {
      const text = edit(session, after, remove, insert);
      const step = JSON.stringify([after, remove, insert]);
      const full = linter.lint(text, undefined, today);
      assert.deepEqual(comparable(session.result), comparable(full), `after ${step}`);
      assert.deepEqual(reported(session.result, 'proclamation-without-action'), cries, `after ${step}`);
      assert.equal(reported(session.result, 'internal-customer').length, supportFunctions, `after ${step}`);
    }
  });

  it('lets goals under a rallying cry settle it, and goals in the next section not', () => {
    const start = ['---\nkind: strategy\n---', '# Plan', '## Launch', 'Starting today, we move.', '### Goals', '- Patients wait 3 weeks less', '- Members call us 20% less', '## Next', 'More words here.', ''].join('\n\n');
    const session = new LintSession(linter, start, undefined, () => today);
    const cries = (result: LintResult) => result.findings.filter((f) => f.ruleId === 'proclamation-without-action').length;
    assert.equal(cries(session.result), 0);
    const steps: [after: string, remove: number, insert: string, reported: number][] = [
      ['### ', 5, 'Notes', 1], // the list is no goal list any more
      ['### ', 5, 'Goals', 0],
      ['More words here.', 0, '\n\n## Goals\n\n- Guests wait 5 minutes less', 0],
      // A goal that starts where the cry's section ends is in the next section.
      ['# Plan', 0, '\n\n## Intro\n\nStarting today, we talk.\n\n## Objective 1: Patients wait 3 weeks less', 1],
      // A goal that starts where the cry's section starts (its heading) is in it.
      ['- Guests wait 5 minutes less', 0, '\n\n## Objective 2: Guests call 10% less\n\nStarting today, we try.', 1],
    ];
    for (const [after, remove, insert, reported] of steps) {
      const text = edit(session, after, remove, insert);
      const step = JSON.stringify([after, remove, insert]);
      assert.deepEqual(comparable(session.result), comparable(linter.lint(text, undefined, today)), `after ${step}`);
      assert.equal(cries(session.result), reported, `after ${step}`);
    }
  });

  it('reads an area heading\'s goals again when a sibling heading turns it from a pillar into a team, or back', () => {
    const start = ['---\nkind: goals\n---', '# Roadmap 2027', '## Community', '- Host 3 meetups for library volunteers by June 2027', '## Science', '- Publish 2 papers on catalogue search by June 2027', ''].join('\n\n');
    const session = new LintSession(linter, start, undefined, () => today);
    const unowned = (result: LintResult) => result.findings.filter((f) => f.ruleId === 'goal-owner').length;
    assert.equal(unowned(session.result), 2, 'beside "## Science", "## Community" is a pillar');
    const steps: [after: string, remove: number, insert: string, unownedGoals: number][] = [
      ['- Host 3 meetups for library volunteers by June 2027\n\n## ', 7, 'Marketing', 0],
      ['- Host 3 meetups for library volunteers by June 2027\n\n## ', 9, 'Science', 2],
    ];
    for (const [after, remove, insert, unownedGoals] of steps) {
      const text = edit(session, after, remove, insert);
      const step = JSON.stringify([after, remove, insert]);
      assert.deepEqual(comparable(session.result), comparable(linter.lint(text, undefined, today)), `after ${step}`);
      assert.equal(unowned(session.result), unownedGoals, `after ${step}`);
    }
  });

  it('answers for part of a block from that part alone, though answers for whole blocks are kept', () => {
    // The feeling and the customers are in one paragraph but not in one sentence, which the vision rules ask for.
    const start = `---\nkind: vision\n---\n# Vision\n\nCustomers come first. Our people feel proud.\n\n${filler}`;
    const session = new LintSession(linter, start, undefined, () => today);
    const feeling = (result: LintResult) => result.findings.some((f) => f.ruleId === 'vision-customer-feeling');
    assert.equal(feeling(session.result), true);
    const steps: [after: string, remove: number, insert: string, reported: boolean][] = [
      ['Paragraph 2.', 0, ' Moved on.', true],
      ['Customers come first', 12, ' and', false], // one sentence now: "Customers come first and feel proud."
      ['Customers come first', 4, '. Our people', true],
    ];
    for (const [after, remove, insert, reported] of steps) {
      const text = edit(session, after, remove, insert);
      const step = JSON.stringify([after, remove, insert]);
      assert.deepEqual(comparable(session.result), comparable(linter.lint(text, undefined, today)), `after ${step}`);
      assert.equal(feeling(session.result), reported, `after ${step}: ${JSON.stringify(text.slice(0, 80))}`);
    }
  });

  it('reads only the blocks around an edit to a definition\'s destination, title or footnote text, which leaves its label defined', () => {
    const start = `# Plan\n\nSee [the plan][plan] and the survey[^1].\n\n${filler}\n[plan]: https://example.com/plan "The plan"\n\n[^1]: From the 2026 survey.\n\n${filler}`;
    const session = new LintSession(linter, start, undefined, () => today);
    const steps: [after: string, remove: number, insert: string, fullRead: boolean][] = [
      ['[plan]: https://example', 0, 's', false],
      ['[plan]: https://examples.com/plan "The', 0, ' new', false],
      ['[^1]: From the 2026', 0, ' staff', false],
      ['[plan]: https://examples.com/plan "The new plan', 1, '', true], // the title is left open: no longer a definition
      ['\n[plan]', 1, '', true], // the colon goes
    ];
    for (const [after, remove, insert, fullRead] of steps) {
      const text = edit(session, after, remove, insert);
      const step = JSON.stringify([after, remove, insert]);
      assert.deepEqual(comparable(session.result), comparable(linter.lint(text, undefined, today)), `after ${step}`);
      assert.equal(session.lastReparsedBlocks === blocksOf(text), fullRead, `after ${step}: re-parsed ${session.lastReparsedBlocks} blocks`);
    }
  });

  it('reads the whole document again when an edit touches a line with "]:" (a definition, or one being made), and incrementally elsewhere', () => {
    const start = `# Plan\n\nSee [^1] and [notes][n] for the 2027 figures.\n\n${filler}\n[n] x: a later note\n\n[^1] y: source\n\n${filler}`;
    const session = new LintSession(linter, start, undefined, () => today);
    const steps: [after: string, remove: number, insert: string, fullRead: boolean][] = [
      ['\n[n] ', 1, '', false], // "]" and ":" still apart
      ['\n[n]', 1, '', true], // the space between them goes: "]" and ":" join
      ['Paragraph 3', 0, 'x', false], // far from the definition: its blocks alone, parsed with the definition
      ['[notes][n', 0, 'x', false], // "[notes][nx]" has no definition: the link becomes text
      ['[notes][n', 1, '', false], // and a link again
      ['\n[n]', 1, '', true], // the ":" goes, and with it the last "]:"
      ['Paragraph 3', 0, 'x', false],
      ['\n[^1]', 0, ':', true], // ":" typed after "]"
      ['\n[^1]', 1, '', true],
      ['\n[^1] y', 0, ']', true], // "]" typed before ":"
      ['\n[^1] y', 1, '', true],
      ['Paragraph 5', 0, ' a]:b', true], // typed whole
      ['Paragraph 5', 5, '', true],
      ['Paragraph 7', 1, '', false],
    ];
    for (const [after, remove, insert, fullRead] of steps) {
      const text = edit(session, after, remove, insert);
      const step = JSON.stringify([after, remove, insert]);
      assert.deepEqual(comparable(session.result), comparable(linter.lint(text, undefined, today)), `after ${step}`);
      assert.equal(session.lastReparsedBlocks === blocksOf(text), fullRead, `after ${step}: re-parsed ${session.lastReparsedBlocks} blocks`);
    }
  });
});
