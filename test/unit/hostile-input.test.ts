import assert from 'node:assert/strict';
import { Linter } from '../../src/core';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';

/** Each hostile document gets a result or a "skipped: reason" quickly, whatever the size limit. */
const roomy = new Linter({ ...DEFAULT_CONFIG, maxFileSizeKb: 64 * 1024 });
const linter = new Linter();
const goals = '---\nkind: goals\n---\n## Goals\n\n';

function lintWithin(which: Linter, text: string, seconds: number) {
  const start = performance.now();
  const result = which.lint(text, 'goals.md');
  const elapsed = (performance.now() - start) / 1000;
  assert.ok(elapsed < seconds, `took ${elapsed.toFixed(1)} s`);
  return result;
}

describe('hostile documents are turned away in bounded time', () => {
  it('20 MB of text: over the size limit', () => {
    assert.match(lintWithin(linter, 'Raise NPS by 2027. '.repeat(1_100_000), 2).skipped ?? '', /larger than 2048 KB/);
  });
  it('a 200,000-line list, even with a raised size limit', () => {
    assert.match(lintWithin(roomy, goals + '- Raise NPS from 32 to 45 by Q3 2027\n'.repeat(200_000), 5).skipped ?? '', /more than 50,000 lines/);
  });
  it('1,000-deep nested quotes and lists', () => {
    assert.match(lintWithin(roomy, goals + '> '.repeat(1000) + 'Raise NPS\n', 2).skipped ?? '', /nesting deeper than 64 levels/);
    const nested = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- Raise NPS`).join('\n');
    assert.match(lintWithin(roomy, goals + nested, 2).skipped ?? '', /nesting deeper than 64 levels/);
  });
  it('a single 5 MB line', () => {
    assert.match(lintWithin(roomy, goals + '- ' + 'Raise NPS by 2027 '.repeat(280_000), 3).skipped ?? '', /a line longer than 200,000 characters/);
  });
  it('a binary file with a .md name, and invalid UTF-8', () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)).toString('utf8');
    assert.match(lintWithin(linter, binary, 2).skipped ?? '', /binary|not valid UTF-8/);
    const invalid = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i % 2 ? 0xc3 : 0x28))).toString('utf8');
    assert.match(lintWithin(linter, invalid, 2).skipped ?? '', /not valid UTF-8/);
  });
  it('a paragraph of 50,000 brackets and a 5,000-cell table row', () => {
    assert.match(lintWithin(linter, goals + '['.repeat(50_000), 2).skipped ?? '', /brackets/);
    assert.match(lintWithin(linter, goals + '| a '.repeat(5000) + '|\n', 2).skipped ?? '', /cells/);
  });
  it('3,000 list markers nested on one line', () => {
    // Before the guard counted list markers as nesting, this took 7 s.
    assert.match(lintWithin(linter, goals + '- '.repeat(3000) + 'Raise NPS\n', 2).skipped ?? '', /nesting deeper than 64 levels/);
  });
  it('an emphasis bomb: 10,000 unmatched emphasis marks in one paragraph', () => {
    // Before the emphasis guard, this took 39 s.
    assert.match(lintWithin(linter, goals + '*a '.repeat(5000) + 'x' + ' b*'.repeat(5000), 2).skipped ?? '', /emphasis marks/);
  });
  it('emphasis bombs spread over the rows of a table, whose cells are parsed one by one', () => {
    const row = `| ${'*a '.repeat(1200)}x${' b*'.repeat(1200)} | y |`;
    assert.match(lintWithin(linter, `${goals}| Goal | Owner |\n|---|---|\n${Array(5).fill(row).join('\n')}\n`, 2).skipped ?? '', /table with this many/);
  });
  it('but a long table of bold cells is a document like any other', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `| **Goal ${i}**: raise NPS from 32 to 45 | **Q3 2027** | _Sam_ |`).join('\n');
    const result = lintWithin(linter, `${goals}| Goal | Deadline | Owner |\n|---|---|---|\n${rows}\n`, 10);
    assert.equal(result.skipped, undefined);
    assert.equal(result.model?.goals.length, 400);
  });
});

describe('user word lists are matched literally, so no entry can make matching slow', () => {
  const catastrophic = ['(a+)+$', '(a|aa)+', '^(\\w+\\s?)*$', 'a{1,99999}', '.*.*.*=.*', 'a.b', 'x'.repeat(100_000)];
  const hostile = new Linter({ ...DEFAULT_CONFIG, jargon: [...catastrophic, ...Array.from({ length: 10_000 }, (_, i) => `word${i}`)], vagueWords: catastrophic, personas: [...DEFAULT_CONFIG.personas, ...catastrophic] });
  it('lints a long document with them quickly', () => {
    const text = '---\nkind: vision\n---\n# Vision\n\n' + `${'a'.repeat(40)}! ${'aaaa '.repeat(20)}axb a.b word9999.\n\n`.repeat(3000);
    const result = lintWithin(hostile, text, 10);
    const jargon = result.findings.filter((f) => f.ruleId === 'jargon').map((f) => text.slice(f.range.start, f.range.end));
    assert.ok(jargon.includes('word9999'), 'entries are matched as words');
    assert.ok(!jargon.includes('axb'), 'a dot in an entry is not a wildcard');
    assert.ok(!jargon.some((word) => /^a{2,}$/.test(word)), 'no entry acts as a pattern over "aaaa"');
  });
});
