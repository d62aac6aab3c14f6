import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PieceText, charAt } from '../../src/core/text/source';
import { LineIndex, lineStartsOf } from '../../src/core/text/lines';

describe('a document text in pieces', () => {
  it('reads as the string it holds after any edits: length, slices and characters', () => {
    const piece = fc.constantFrom('a', 'é', '\n', '\r\n', '\r', ' ', '- Raise NPS by Q3 2027\n', '\uD83D\uDE00', 'x'.repeat(3000), '\n'.repeat(700));
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 20_000 }), text: fc.array(piece, { maxLength: 12 }).map((p) => p.join('')) });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(edit, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20_000 })), { maxLength: 6 }), (parts, edits, reads) => {
        let expected = parts.join('');
        let text = PieceText.from(expected);
        for (const { at, length, text: inserted } of edits) {
          const start = at % (expected.length + 1);
          const end = Math.min(expected.length, start + length);
          expected = expected.slice(0, start) + inserted + expected.slice(end);
          text = text.replace(start, end, inserted);
          assert.equal(text.length, expected.length);
        }
        assert.equal(text.toString(), expected);
        for (const [at, length] of reads) {
          const start = at % (expected.length + 1);
          assert.equal(text.slice(start, start + length), expected.slice(start, start + length));
          assert.equal(text.charCodeAt(start), expected.charCodeAt(start));
          assert.equal(charAt(text, start), expected[start] ?? '');
        }
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it('leaves the text an edit was made on as it was', () => {
    const before = PieceText.from('# Vision\n\n' + 'Customers feel heard.\n'.repeat(2000));
    const after = before.replace(2, 8, 'Our vision');
    assert.ok(before.toString().startsWith('# Vision\n'));
    assert.ok(after.toString().startsWith('# Our vision\n'));
  });

  it('gives line positions as a plain string does', () => {
    const text = 'a\r\nb\rc\n\nd';
    const lines = new LineIndex(PieceText.from(text));
    assert.deepEqual(lineStartsOf(text), [0, 3, 5, 7, 8]);
    assert.deepEqual(lines.position(5), { line: 3, column: 1 });
    assert.equal(lines.eol, '\r\n');
  });
});
