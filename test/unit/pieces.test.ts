import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBlocks } from '../../src/core/lint';
import { remarkBlocks } from '../../src/core/markdown/mdast';
import { definitionsFor, planParse } from '../../src/core/markdown/pieces';
import { generateStrategy } from '../../bench/generate';

/** Blocks as plain data: a field left out and a field set to undefined are the same. */
const plain = (text: string, plan = planParse(text, 1)) => JSON.parse(JSON.stringify(extractBlocks(text, 0, plan))) as unknown;
/** The blocks of the whole text read from remark-parse's tree, which every way of reading must give. */
const whole = (text: string) => JSON.parse(JSON.stringify(remarkBlocks(text))) as unknown;
const section = (title: string) => `## ${title}\n\n- Raise NPS from 32 to 45 by Q3 2027 (owner: Sam)\n- Improve service\n\n`;

describe('parsing a long document in pieces', () => {
  it('cuts at headings in the first column after a blank line, and reads the same blocks as the whole', () => {
    const text = `# Strategy\n\n${section('Goals')}${section('More goals')}${section('Last goals')}`;
    const { cuts } = planParse(text, 1);
    assert.deepEqual(cuts.map((at) => text.slice(at, text.indexOf('\n', at))), ['## Goals', '## More goals', '## Last goals']);
    assert.deepEqual(plain(text), whole(text));
  });

  it('does not cut inside fenced code, a multi-line HTML comment or front matter', () => {
    const text = ['---', 'title: x', '', '# not a heading', '---', '', '```md', '', '# in code', '```', '', '<!--', '', '# in a comment', '-->', '', '# A heading', ''].join('\n');
    const { cuts } = planParse(text, 1);
    assert.deepEqual(cuts.map((at) => text.slice(at, text.indexOf('\n', at))), ['# A heading']);
    assert.deepEqual(plain(text), whole(text));
  });

  it('does not cut after code or HTML left open in a list item, whose end depends on the next line', () => {
    const text = `- item\n    <!-- open\n\n# Heading\n\nText\n\n# Next\n`;
    assert.deepEqual(planParse(text, 1).cuts, [text.indexOf('# Next')]);
    assert.deepEqual(plain(text), whole(text));
  });

  it('copies link and footnote definitions to every piece, so a reference far from its definition still reads as a link', () => {
    const text = `# One\n\nSee [the plan][plan] and a note[^1].\n\n# Two\n\n[plan]: https://example.com/plan\n[^1]: The note.\n`;
    const plan = planParse(text, 1);
    assert.equal(plan.cuts.length, 1);
    assert.deepEqual(plan.definitions, [
      { line: '[plan]: https://example.com/plan', label: 'PLAN' },
      { line: '[^1]: The note.', label: '^1' },
    ]);
    assert.deepEqual(plain(text, plan), whole(text));
  });

  it('copies a definition under a heading or a footnote under text, and passes over "]:" that cannot end a label', () => {
    const text = '# One\n[plan]: /plan\n\nSee [plan], note[^1] and [^2].\n\n# Two\n\nText\n[^1]: The note.\n\n> An objective is:\n> [Should be]: significant\n\n- **KR 1 [COMMITTED]:** cut churn\n\nText\n[^2]: More.\n';
    const plan = planParse(text, 1);
    assert.deepEqual(plan.definitions?.map((d) => d.line), ['[plan]: /plan', '[^1]: The note.', '[^2]: More.']);
    assert.equal(plan.cuts.length, 1);
    assert.deepEqual(plain(text, plan), whole(text));
  });

  it('reads the whole document when a definition cannot be copied safely', () => {
    assert.deepEqual(planParse('# One\n\n> [a]: https://example.com\n\n# Two\n', 1).cuts, []);
    assert.deepEqual(planParse('# One\n\n[a\nb]: https://example.com\n\n# Two\n', 1).cuts, [], 'a label over two lines');
    assert.deepEqual(planParse('# One\n\n<div>\n[^1]: https://example.com\n\n# Two\n', 1).cuts, [], 'in HTML, or a footnote after a tag');
    assert.deepEqual(planParse('# One\n\n[a]: https://example.com\n:--\n\n# Two\n\nSee [a].\n', 1).cuts, [], 'a table header, not a definition');
  });

  it('leaves short documents whole: a piece under 1 KB is not worth a parse of its own', () => {
    assert.deepEqual(planParse(`# One\n\n${section('Goals')}`).cuts, []);
    const long = generateStrategy(1_000);
    assert.ok(planParse(long).cuts.length > 20);
  });

  it('parses each piece with the definitions whose label it mentions, matched as micromark matches labels', () => {
    const definitions = planParse(`# One\n\nx\n\n# Two\n\n[The  Plan]: /plan\n[^note]: A note.\n[a\\]b]: /escaped\n[other]: /other\n`, 1).definitions!;
    const lines = (piece: string) => definitionsFor(piece, definitions).split('\n');
    assert.deepEqual(lines('See [the plan] and [x][THE PLAN].'), ['[The  Plan]: /plan', '[a\\]b]: /escaped'], 'a label with a backslash is always copied');
    assert.deepEqual(lines('> See [the\n> plan][]; a note[^note].'), ['[The  Plan]: /plan', '[^note]: A note.', '[a\\]b]: /escaped'], 'a label over quoted lines');
    assert.deepEqual(lines('No references [here (or [nested [other]]) at all.'), ['[a\\]b]: /escaped', '[other]: /other']);
    const text = `${generateStrategy(300)}\nSee [link3] and [Link 7][link7].\n\n${Array.from({ length: 40 }, (_, i) => `[link${i}]: https://example.com/${i}`).join('\n')}\n`;
    assert.deepEqual(plain(text, planParse(text)), whole(text));
  });

  it('reads every fixture document and a generated strategy as the same blocks as the whole', () => {
    const dir = join(__dirname, '../fixtures/documents');
    const texts = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
    for (const text of [...texts, generateStrategy(600)]) assert.deepEqual(plain(text), whole(text));
  });
});
