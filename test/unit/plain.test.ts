/**
 * The plain reader (src/core/markdown/plain.ts) reads the Markdown most strategy documents are
 * written in without micromark. It must read a text exactly as micromark's events do, or not at
 * all: these tests say what it reads and what it leaves to micromark, and compare the two on
 * Markdown written by other people and on thousands of mutated documents.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remarkBlocks } from '../../src/core/markdown/mdast';
import { plainBlocks } from '../../src/core/markdown/plain';
import { markdownFilesUnder } from '../support/markdownFiles';
import { generateStrategy } from '../../bench/generate';

const asData = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Reads `text` with the plain reader; when it reads it, the blocks must be micromark's. Returns whether it read it. */
function readsLikeMicromark(text: string): boolean {
  const blocks = plainBlocks(text, 7);
  if (blocks === null) return false;
  assert.deepEqual(asData(blocks), asData(remarkBlocks(text, 7)), JSON.stringify(text));
  return true;
}

describe('reading plain Markdown without micromark', () => {
  it('reads front matter, headings, paragraphs, nested and task lists, pipe tables, quotes, code, rules and comments', () => {
    const text = [
      '---',
      'owner: Head of Care',
      '---',
      '',
      '# Customer strategy ##',
      '',
      'Every customer **feels known**, _safe_ and in [control](https://example.com/control) <!-- a note -->',
      'and `comes back`. ![A chart](chart.png)',
      '',
      '- Raise NPS from 20 to 30 by Q4 2027 (owner: Priya)',
      '  - KR: cut waiting time',
      '  lazily continued',
      '',
      '  A second paragraph of the first goal.',
      '- Halve complaints',
      '  - [x] Publish the plan',
      '  - [ ] Train the [front line](training.md)',
      '',
      '> "Nobody asked me, the person who does the caring." **A carer**,',
      '> in *our survey*  ',
      '> of 2026.',
      '>',
      '> Second paragraph of the quote.',
      '',
      '1. First',
      '2. Second',
      '',
      '| Goal | Due |',
      '|---|:-:|',
      '| Reach a person quickly | Q4 2027 |  ',
      '| Resolve first time |',
      '',
      '***',
      'Measures we track',
      '-----------------',
      '```yaml',
      'nps: 30',
      '```',
      'Track net_promoter_score and _first-contact resolution_ weekly_.',
      '',
      ' * * *',
      '<!-- visionlint-disable jargon -->',
      'Closing words.',
    ].join('\n');
    assert.ok(readsLikeMicromark(text));
    assert.ok(readsLikeMicromark(text.replace(/\n/g, '\r\n')), 'with CRLF line endings');
  });

  it('reads one-line definitions, references to them and footnotes', () => {
    const texts = [
      'See [the plan][plan], [Plan][] and [plan], but not [notes], and the survey[^1].\n\n[plan]: https://example.com/plan "The plan"\n[^1]: From the *2026* survey.\n',
      '# Goals\n\n[plan]: /plan\n\n- Raise NPS to 45 by 2027, see [the  PLAN][plan]\n\n| Goal | Source |\n|---|---|\n| Cut churn | [plan] |\n',
      '[^a]: One.\n[^b]: Two.\n\nText[^a], [^b] and [^a].\n',
      '```\n[plan]: not a definition\n```\n\nSee [plan].\n',
      'A note[^1] that nothing defines, [^2](https://example.com) and [^3][plan].\n\n[plan]: /plan\n',
    ];
    for (const text of texts) assert.ok(readsLikeMicromark(text), JSON.stringify(text));
  });

  it('reads HTML blocks that end at a blank line, and tags in text', () => {
    const texts = [
      '<div align="center">\n\n*Customers first*\n\n</div>\n\n<img src="flow.png" alt="Flow" width="640">\n<!-- kept -->\n\nText\n',
      '<details>\n<summary>Why we changed</summary>\n\nWe listened.<br>\nThen we acted<sup>1</sup>, <span class="x">quickly</span>.\n\n</details>\n',
      '- Raise NPS <em>by</em> 2027\n\n| Goal | Note |\n|---|---|\n| Cut churn | <b>now</b> |\n',
    ];
    for (const text of texts) assert.ok(readsLikeMicromark(text), JSON.stringify(text));
  });

  it('leaves to micromark what it does not read', () => {
    const unread = {
      'fenced code left open': 'Text\n\n```\ncode\n',
      'a lazy line in a block quote': '> A customer said\nso.\n',
      'a list in a block quote': '> - Raise NPS\n',
      'a task box before markup': '- [ ] **Publish** the plan\n',
      'a carriage return alone': 'Vision\rValues\n',
      'a definition right under text': 'See [the plan][plan].\n[plan]: https://example.com\n',
      'a definition in a list item': '- [plan]: https://example.com\n\nSee [plan].\n',
      'a definition with its title on the next line': '[plan]: https://example.com\n"The plan"\n\nSee [plan].\n',
      'a reference whose label is not defined, after text that is': 'See [plan][other].\n\n[plan]: https://example.com\n',
      'a link definition under a footnote\'s text': 'A note[^1].\n\n[^1]: The note.\n[plan]: https://example.com\n',
      'a tab': '-\tRaise NPS\n',
      'a table row over a line of dashes': 'Vision | Values\n---\n',
      'HTML right under text': 'Vision\n<div>Values</div>\n',
      'raw HTML': '<pre>\nVision\n</pre>\n',
      'a tag over two lines': 'Our <abbr\ntitle="customer experience">CX</abbr> vision\n',
      'an autolink': 'Write to <care@example.com>.\n',
      'a character reference': 'R&amp;D\n',
      'emphasis that could open and close': 'a*b*c\n',
      'a link with a title': '[plan](https://example.com "The plan")\n',
      'a hard break': 'one\\\ntwo\n',
      'a list item holding a heading': '- # Vision\n',
      'a table after a paragraph line': 'Goals:\n| a | b |\n|---|---|\n',
    };
    for (const [what, text] of Object.entries(unread)) assert.equal(plainBlocks(text, 0), null, what);
  });

  it('reads generated strategy documents whole, and most of the sample documents', () => {
    assert.ok(readsLikeMicromark(generateStrategy(600)));
    const samples = markdownFilesUnder(join(__dirname, '../fixtures/documents'));
    const read = samples.filter((file) => readsLikeMicromark(readFileSync(file, 'utf8')));
    assert.ok(read.length >= samples.length / 3, `read ${read.length} of ${samples.length}`);
  });

  it('reads every Markdown file of the installed npm packages as micromark does, or leaves it', function () {
    this.timeout(120_000);
    const files = markdownFilesUnder(join(__dirname, '../../node_modules'));
    assert.ok(files.length > 100, `only ${files.length} Markdown files found`);
    const read = files.filter((file) => readsLikeMicromark(readFileSync(file, 'utf8')));
    assert.ok(read.length > 20, `read only ${read.length} files`);
  });

  it('reads thousands of mutated pieces of strategy documents as micromark does, or leaves them', function () {
    this.timeout(120_000);
    const documents = [generateStrategy(300), ...markdownFilesUnder(join(__dirname, '../fixtures/documents')).map((file) => readFileSync(file, 'utf8'))];
    // The same documents with CRLF line endings, task boxes, and paragraphs quoted.
    const sources = [
      ...documents,
      ...documents.map((text) => text.replace(/\n/g, '\r\n')),
      ...documents.map((text) => text.replace(/^( *)- /gm, '$1- [ ] ')),
      ...documents.map((text) => text.replace(/^[A-Z].*$/gm, (line) => `> ${line.replace(/ (\w+) /, ' *$1*\n> ')}`)),
    ];
    // Markdown's special characters and the constructs built from them, one to six per piece.
    const insertions = ['*', '_', '**', '[', ']', '(', ')', '`', '|', '#', '- ', '1. ', '3) ', '\n', '\n\n', '  ', '    ', 'é', '!', '<', '&', '\\', '-', '---', '+ ', '>', '=',
      '[a](b)', '`x`', '**a**', ' *a* ', '_a_', '| x |', '\n- ', '\n  - ', '\n1. ', '\n3. ', '\n# ', '\n|---|\n', '\n| a | b |\n|---|---|\n| c |', '***', 'a*b', '*)', '(*',
      '[x]', '](', '``', '\n   ', '&amp;', '< ', '<!-- c -->', '\n<!-- x -->\n', '<!--', '-->', '![i](s)', '\n***\n', '\n---\n', '\n_ _ _\n', '\n  ***\n', 'a_b', ' _a', 'b_ ',
      '\r\n', '[ ] ', '[x] ', '\n- [ ] ', '\n  - [X] ', '\n> ', '> ', '\n>\n', '\n> a *b* c\n> d\n', '  \n> ',
      '\n```\n', '\n~~~\n', '```', '\n  ```\n', '\n====\n', '\n- - -\n', '`'];
    let seed = 7;
    const random = (below: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % below);
    let read = 0;
    for (let run = 0; run < 6000; run++) {
      const source = sources[random(sources.length)];
      const from = random(source.length);
      let text = source.slice(from, from + 200 + random(1500));
      for (let edits = 1 + random(6); edits > 0; edits--) {
        const at = random(text.length + 1);
        text = text.slice(0, at) + insertions[random(insertions.length)] + text.slice(at + random(2));
      }
      if (readsLikeMicromark(text)) read++;
    }
    assert.ok(read > 1000, `read only ${read} of 6000`);
  });
});
