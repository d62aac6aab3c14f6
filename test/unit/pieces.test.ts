import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBlocks } from '../../src/core/lint';
import { planParse } from '../../src/core/markdown/pieces';
import { generateStrategy } from '../../bench/generate';

const WHOLE = { cuts: [], definitions: '' };
/** Blocks as plain data: a field left out and a field set to undefined are the same. */
const plain = (text: string, plan = planParse(text, 1, 0)) => JSON.parse(JSON.stringify(extractBlocks(text, 0, plan))) as unknown;
const section = (title: string) => `## ${title}\n\n- Raise NPS from 32 to 45 by Q3 2027 (owner: Sam)\n- Improve service\n\n`;

describe('parsing a long document in pieces', () => {
  it('cuts at headings in the first column after a blank line, and reads the same blocks as the whole', () => {
    const text = `# Strategy\n\n${section('Goals')}${section('More goals')}${section('Last goals')}`;
    const { cuts } = planParse(text, 1, 0);
    assert.deepEqual(cuts.map((at) => text.slice(at, text.indexOf('\n', at))), ['## Goals', '## More goals', '## Last goals']);
    assert.deepEqual(plain(text), plain(text, WHOLE));
  });

  it('does not cut inside fenced code, a multi-line HTML comment or front matter', () => {
    const text = ['---', 'title: x', '', '# not a heading', '---', '', '```md', '', '# in code', '```', '', '<!--', '', '# in a comment', '-->', '', '# A heading', ''].join('\n');
    const { cuts } = planParse(text, 1, 0);
    assert.deepEqual(cuts.map((at) => text.slice(at, text.indexOf('\n', at))), ['# A heading']);
    assert.deepEqual(plain(text), plain(text, WHOLE));
  });

  it('does not cut after code or HTML left open in a list item, whose end depends on the next line', () => {
    const text = `- item\n    <!-- open\n\n# Heading\n\nText\n\n# Next\n`;
    assert.deepEqual(planParse(text, 1, 0).cuts, [text.indexOf('# Next')]);
    assert.deepEqual(plain(text), plain(text, WHOLE));
  });

  it('copies link and footnote definitions to every piece, so a reference far from its definition still reads as a link', () => {
    const text = `# One\n\nSee [the plan][plan] and a note[^1].\n\n# Two\n\n[plan]: https://example.com/plan\n[^1]: The note.\n`;
    const plan = planParse(text, 1, 0);
    assert.equal(plan.cuts.length, 1);
    assert.equal(plan.definitions, '[plan]: https://example.com/plan\n[^1]: The note.');
    assert.deepEqual(plain(text, plan), plain(text, WHOLE));
  });

  it('reads the whole document when a definition cannot be copied safely', () => {
    assert.deepEqual(planParse('# One\n\n> [a]: https://example.com\n\n# Two\n', 1, 0).cuts, []);
    assert.deepEqual(planParse('# One\n\nText\n[a]: https://example.com\n\n# Two\n', 1, 0).cuts, []);
  });

  it('leaves short documents whole: a piece under 1 KB is not worth a parse of its own', () => {
    assert.deepEqual(planParse(`# One\n\n${section('Goals')}`).cuts, []);
    const long = generateStrategy(1_000);
    assert.ok(planParse(long).cuts.length > 20);
  });

  it('keeps pieces at least four times as long as the definitions each is parsed with', () => {
    const definitions = Array.from({ length: 40 }, (_, i) => `[link${i}]: https://example.com/${i}`).join('\n');
    const text = `${generateStrategy(600)}\n${definitions}\n`;
    const plan = planParse(text);
    let pieceStart = 0;
    for (const cut of [...plan.cuts, text.length]) {
      assert.ok(cut - pieceStart >= 4 * plan.definitions.length, `a piece of ${cut - pieceStart} characters`);
      pieceStart = cut;
    }
    assert.ok(plan.cuts.length > 0);
    assert.deepEqual(plain(text, plan), plain(text, WHOLE));
  });

  it('reads every fixture document and a generated strategy as the same blocks as the whole', () => {
    const dir = join(__dirname, '../fixtures/documents');
    const texts = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
    for (const text of [...texts, generateStrategy(600)]) assert.deepEqual(plain(text), plain(text, WHOLE));
  });
});
