import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../src/core/text/words';

/** What a word is, said as a regular expression: letters, marks and digits, joined inside a word by ' or ’. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const JOINER = /^[ \t\r\n\-‐–]*$/;

function wordsAsSpecified(text: string, offset: number) {
  const out = [];
  let previousEnd = -1;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, match.index);
    out.push({
      start: offset + match.index,
      end: offset + match.index + match[0].length,
      word: match[0].toLowerCase().replace(/’/g, "'"),
      joined: previousEnd >= 0 && gap.length < 40 && JOINER.test(gap),
    });
    previousEnd = match.index + match[0].length;
  }
  return out;
}

describe('words', () => {
  it('splits text into lower-cased words with offsets, apostrophes inside words kept as \'', () => {
    assert.deepEqual(
      tokenize('We’ll cut wait-times.', 10).map(({ start, word, joined }) => [start, word, joined]),
      [[10, "we'll", false], [16, 'cut', true], [20, 'wait', true], [25, 'times', true]],
    );
  });

  it('finds the words the regular expression that specifies them finds, in any script and with any separators', () => {
    const piece = fc.oneof(
      fc.constantFrom('a', 'Z', '9', "'", '’', ' ', '-', '‐', '–', '\n', '\r', '\t', '.', 'é', 'İ', '\u0301', '\uD835\uDC00', '\uD800', '\uDC00', '日本', '٣', 'ß', ' '.repeat(45)),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(1000), (pieces, offset) => {
        const text = pieces.join('');
        assert.deepEqual(tokenize(text, offset), wordsAsSpecified(text, offset), JSON.stringify(text));
      }),
      { seed: 20261204, numRuns: 3000 },
    );
  });
});
