/** `.visionlintrc.json` syntax: every JSONC mistake's message, line and column, and agreement with JSON.parse. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readJson } from '../../src/core/config/jsonc';
import { parseConfigText } from '../../src/core/config/parse';
import type { CNode } from '../../src/core/config/tree';

const KNOWN = new Set(['goal-owner']);

function problemsOf(text: string): [string, number | undefined, number | undefined][] {
  return parseConfigText(text, '/p/.visionlintrc.json', KNOWN).problems.map((p) => [p.message, p.line, p.column]);
}

function plain(node: CNode | null): unknown {
  if (node === null) return undefined;
  if (node.kind === 'seq') return node.items.map(plain);
  if (node.kind === 'map') return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
  return node.value;
}

const IGNORED = ' The file was ignored.';

describe('JSONC configuration syntax', () => {
  it('names each mistake, with the line and column where it is', () => {
    const cases: [string, string, number, number][] = [
      ['{\n  "personas": ["a" "b"]\n}', 'Expected "," or "]" after a list item.', 2, 20],
      ['// c\n{ "lint": "always" } x', 'Unexpected text after the end of the JSON value.', 2, 22],
      ['{\n  /* never closed\n', 'Unterminated /* comment.', 2, 3],
      ['{ "a": tru }', 'Unexpected character "t": expected a value.', 1, 8],
      ['{ "lint": \'always\' }', 'JSON strings use double quotes (").', 1, 11],
      ['{ "maxFileSizeKb": - }', 'Invalid number.', 1, 20],
      ['{ "maxFileSizeKb": 1. }', 'Expected "," or "}" after a property value.', 1, 21],
      ['{ "maxFileSizeKb": 1e }', 'Expected "," or "}" after a property value.', 1, 21],
      ['{ "lint": trueish }', 'Expected "," or "}" after a property value.', 1, 15],
      ['{ "lint": "al\nways" }', 'Unterminated string.', 1, 11],
      ['{ "lint": "a\\qb" }', 'Invalid escape "\\q" in a string.', 1, 13],
      ['{ "lint": "a\\u12G4" }', 'Invalid escape "\\u" in a string.', 1, 13],
      ['{ "lint": "a\tb" }', 'Control characters must be escaped in a string.', 1, 13],
      ['{ lint: "always" }', 'Expected a property name in double quotes.', 1, 3],
      ['{ "lint" "always" }', 'Expected ":" after the property name "lint".', 1, 10],
      ['{ "lint": "always" "x": 1 }', 'Expected "," or "}" after a property value.', 1, 20],
      ['{ "lint": ', 'Unexpected end of file: expected a value.', 1, 11],
      ['{ "lint": "always"', 'Unexpected end of file: expected "}".', 1, 19],
      ['[1, 2', 'Unexpected end of file: expected "]".', 1, 6],
      ['{ "a": [1 2] }', 'Expected "," or "]" after a list item.', 1, 11],
      ['{"a":'.repeat(65) + '1' + '}'.repeat(65), 'Values are nested too deeply.', 1, 326],
      ['['.repeat(66) + ']'.repeat(66), 'Values are nested too deeply.', 1, 66],
    ];
    for (const [text, message, line, column] of cases) {
      assert.deepEqual(problemsOf(text), [[`JSON syntax error: ${message}${IGNORED}`, line, column]], JSON.stringify(text));
    }
  });

  it('allows comments, trailing commas and byte order marks; the later of two equal keys wins', () => {
    assert.deepEqual(problemsOf('{ "personas": ["a",] , }'), []);
    assert.deepEqual(problemsOf('\uFEFF{ "lint": "always" }\uFEFF'), []);
    assert.deepEqual(problemsOf('{ "lint": "always" } // trailing\r\n'), []);
    assert.deepEqual(problemsOf('{ "personas": ["a", "a"], "lint": "auto", "lint": "always" }'), [['Duplicate key "lint": the later one wins.', 1, 27]]);
    assert.deepEqual(parseConfigText('{ "lint": "auto", /* x */ "lint": "always", }', '/p/.visionlintrc.json', KNOWN).input, { lint: 'always' });
  });

  it('reads any JSON as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const { root, errors } = readJson(text);
        assert.deepEqual(errors, []);
        assert.deepEqual(plain(root), JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});
