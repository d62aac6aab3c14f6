/**
 * Blocks are read from remark-parse's mdast tree (src/core/markdown/mdast.ts), or by the line
 * reader where it is sure of the text, which must give exactly the same blocks. These tests say what
 * mdast makes of the tricky parts, check the line reader against remark on each, and run the
 * comparison over Markdown written by other people (every Markdown file of the installed npm packages).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBlocks, remarkBlocks } from '../../src/core/markdown/mdast';
import type { BlockInfo } from '../../src/core/markdown/blocks';
import { markdownFilesUnder } from '../support/markdownFiles';
import { generateStrategy } from '../../bench/generate';

/** Blocks as plain data: a field left out and a field set to undefined are the same. */
const plain = (blocks: BlockInfo[]) => JSON.parse(JSON.stringify(blocks)) as unknown;

/** Reads `text` and checks the blocks against remark-parse's; returns them. */
function compiled(text: string): BlockInfo[] {
  const blocks = readBlocks(text);
  assert.deepEqual(plain(blocks), plain(remarkBlocks(text)), JSON.stringify(text));
  return blocks;
}

const visible = (text: string) => compiled(text).map((b) => b.masked);

describe('reading blocks from the mdast tree', () => {
  it('shows text and inline code, and blanks markup, link destinations, images, HTML and footnote calls', () => {
    const [heading] = visible('# A [b](c "d") ![e *f*](g) <!-- h --> &amp; \\* `k` [^1]\n\n[^1]: note\n');
    assert.equal(heading, '  A  b                                &amp; \\* `k`     ');
  });

  it('keeps a reference link’s text, not the label it points with', () => {
    assert.equal(visible('See [the plan][plan] now.\n\n[plan]: https://example.com\n')[0], 'See  the plan        now.');
  });

  it('reads a task list item’s own text from after its box, unless markup follows the box', () => {
    const [list] = compiled('- [x] Raise NPS\n- [ ] *Cut* churn\n');
    // mdast moves the paragraph's start past the box only when text follows it.
    assert.deepEqual(list.items!.map((item) => [item.checked, item.ownRange.start]), [[true, 6], [false, 18]]);
  });

  it('ends a list item before the blank lines after it, and keeps nested items in document order', () => {
    const text = '- Objective\n  - KR one\n\n  Note\n\n  - KR two\n- Next\n';
    const [list] = compiled(text);
    const [objective] = list.items!;
    assert.equal(text.slice(objective.range.start, objective.range.end), '- Objective\n  - KR one\n\n  Note\n\n  - KR two');
    assert.deepEqual(objective.children.map((item) => text.slice(item.ownRange.start, item.ownRange.end)), ['KR one', 'KR two']);
  });

  it('takes a setext heading’s lines as its text and its underline as its depth', () => {
    const [heading] = compiled('Our\nvision\n---\n');
    assert.deepEqual({ depth: heading.heading!.depth, text: heading.heading!.text }, { depth: 2, text: 'Our vision' });
  });

  it('reads table cells with their visible text, escaped pipes and code included', () => {
    const [table] = compiled('| Goal | Owner |\n|---|---|\n| Raise **NPS** | `a\\|b` |\n');
    assert.deepEqual(table.table!.rows[0].cells.map((cell) => cell.text), ['Raise NPS', '`a|b`']);
  });

  it('reads a one-column table whose delimiter row has a colon and no pipe (the table extension is not left out)', () => {
    assert.deepEqual(compiled('Objective\n:---\nCut churn\n').map((b) => b.type), ['table']);
    assert.deepEqual(compiled('Objective\n---\n').map((b) => b.type), ['heading']);
  });

  it('keeps paragraphs inside block quotes, and the comments of HTML blocks', () => {
    const [quote, html] = compiled('> One\n>\n> - Two\n\n<!-- visionlint-disable jargon -->\n');
    assert.equal(quote.paragraphs.length, 2);
    assert.deepEqual(html.comments.map((c) => c.body), ['visionlint-disable jargon']);
  });

  it('reads front matter as YAML, blank lines and all', () => {
    const [yaml] = compiled('---\ntitle: x\n\nkind: goals\n---\n# Goals\n');
    assert.equal(yaml.frontMatter, 'title: x\n\nkind: goals');
  });

  it('gives offsets after a byte-order mark, which micromark drops', () => {
    const [heading] = compiled('\uFEFF# Vision\n');
    assert.equal(heading.range.start, 1);
  });

  it('agrees with remark-parse on a generated strategy document', () => {
    compiled(generateStrategy(600));
  });

  it('agrees with remark-parse on every Markdown file of the installed npm packages', function () {
    this.timeout(120_000);
    const files = markdownFilesUnder(join(__dirname, '../../node_modules'));
    assert.ok(files.length > 100, `only ${files.length} Markdown files found`);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(plain(readBlocks(text)), plain(remarkBlocks(text)), file);
    }
  });
});
