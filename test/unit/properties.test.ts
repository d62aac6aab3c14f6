/**
 * Property-based tests over generated Markdown: realistic strategy-document pieces (front
 * matter, goal lists, nested lists and quotes, GFM goal tables, suppression comments, code
 * fences) mixed with hostile ones (CRLF, lone CR, mixed line endings, a BOM, tabs, non-Latin
 * scripts, emoji and ZWJ sequences, lone surrogates, control characters).
 *
 * Default: a fixed seed and a small number of runs per property, so every CI run covers a
 * meaningful slice in well under a minute. Long opt-in mode:
 *
 *   VISIONLINT_FUZZ_RUNS=2000 npx mocha test/unit/properties.test.ts
 *
 * VISIONLINT_FUZZ_SEED=<n> replays another seed; a failure prints its seed and path, which
 * fast-check replays exactly with the same seed (and `path`, see fast-check's docs).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, autoFixEdits, Linter, type LintResult, type TextRange } from '../../src/core';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { mergeConfig } from '../../src/core/config/load';
import { LintSession, type TextChange } from '../../src/core/session';
import { extractBlocks } from '../../src/core/lint';
import { planParse } from '../../src/core/markdown/pieces';
import { readBlocks, remarkBlocks } from '../../src/core/markdown/mdast';
import { blocksViaRemark } from '../support/remark';

const DEFAULT_SEED = 20261125;
const DEFAULT_RUNS = 60;
const SEED = Number(process.env.VISIONLINT_FUZZ_SEED ?? DEFAULT_SEED);
const RUNS = Math.max(1, Number(process.env.VISIONLINT_FUZZ_RUNS ?? DEFAULT_RUNS));
const LONG_MODE = process.env.VISIONLINT_FUZZ_RUNS !== undefined;
/** Per-test timeout: generous, and proportional to the runs in long mode. */
const TIMEOUT = Math.max(60_000, RUNS * 1_000);
const today = new Date('2026-11-25T00:00:00Z');

function params<T>(): fc.Parameters<T> {
  return { seed: SEED, numRuns: RUNS };
}

// ---------------------------------------------------------------------------------------------
// Linters: the defaults, and a house configuration with every kind of user-supplied word list,
// auto-fixable house word rules, and `lint: always` so every generated document is linted.

const defaultLinter = new Linter();
const HOUSE_INPUT = {
  lint: 'always' as const,
  requireDisableReason: true,
  personas: ['householder', 'carer'],
  vagueWords: ['leverage', 'optimise'],
  jargon: ['omnichannel excellence', 'customer centricity'],
  houseRules: {
    words: [
      { id: 'house-say-customers', words: ['end users', 'consumers'], replaceWith: 'customers' },
      { id: 'house-no-ninjas', words: ['ninja', 'rockstar'], message: 'We hire people.' },
      { id: 'house-say-colleagues', words: ['staff', 'human resources'], replaceWith: 'colleagues' },
    ],
    requiredSections: [{ id: 'house-sections', headings: ['Vision', 'Values', 'Goals', 'Feedback'] }],
    goalColumns: [{ id: 'house-goal-table', columns: ['Owner', 'Baseline'] }],
  },
};
const houseConfig = mergeConfig(DEFAULT_CONFIG, HOUSE_INPUT, null);
const houseLinter = new Linter(houseConfig);
const LINTERS = { default: defaultLinter, house: houseLinter };
type LinterName = keyof typeof LINTERS;
const linterName: fc.Arbitrary<LinterName> = fc.constantFrom('default', 'house');

// ---------------------------------------------------------------------------------------------
// Realistic pieces

const KINDS = ['vision', 'values', 'goals', 'strategy'] as const;

const frontMatter = fc.oneof(
  fc.constantFrom(...KINDS).map((kind) => `---\nkind: ${kind}\n---\n`),
  fc
    .tuple(fc.constantFrom(...KINDS), fc.constantFrom('date: 2026-10-01', 'review: 2027-03-31', 'period: FY27', 'owner: Priya Shah', 'title: Acme CX 2027'))
    .map(([kind, extra]) => `---\nkind: ${kind}\n${extra}\n---\n`),
  fc.constantFrom(
    '---\nkind: [goals\n---\n', // invalid YAML
    '---\n- a list\n- not a mapping\n---\n',
    '---\nkind: goals\n', // never closed
    '---\n---\n',
    '+++\nkind = "goals"\n+++\n',
  ),
);

const HEADING_TITLES = [
  'Goals', '2027 Q1 goals', 'Objectives and key results', 'OKRs', 'Key results', 'Targets', 'KPIs',
  'Vision', 'Our vision', 'Mission', 'Values', 'Our values', 'What we believe',
  'Customer journey', 'Journey', 'Customers', 'Through our customers\u2019 eyes',
  'Employees', 'Our people', 'Colleagues', 'Feedback', 'How we listen', 'Customer feedback',
  'Strategy 2025-2030', 'Objective 1: Make joining easy', 'Goal: Raise NPS to 45 by 2027', 'HR', 'IT',
] as const;
const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...HEADING_TITLES), fc.constantFrom('', ' {#id}', ' :tada:', ' ##'))
  .map(([depth, title, suffix]) => `${'#'.repeat(depth)} ${title}${suffix}`);
const setextHeading = fc.constantFrom(...HEADING_TITLES).map((title) => `${title}\n${'='.repeat(title.length)}`);

const VERBS = [
  'Raise NPS', 'Improve customer service', 'Increase revenue', 'Cut churn', 'Try to improve onboarding',
  'We will try to reduce wait times', 'Be the best', 'Grow market share', 'Enhance synergy',
  'Reduce complaints to zero', 'Answer 100% of calls', 'Hopefully lift CSAT', 'Leverage our data',
  'Make our end users happier', 'Give consumers a very clear bill', 'Halve time to resolve',
] as const;
const METRICS = ['', ' from 32 to 45', ' to 80%', ' by 10%', ' within 2 minutes', ' from 4.1 to 4.5 stars', ' to 9 in 10 customers'] as const;
const DEADLINES = ['', ' by Q3 2027', ' by 31 March 2027', ' in FY27', ' next year', ' by 2020', ' by end of H1', ' by tomorrow'] as const;
const OWNERS = ['', ' (owner: Sam)', ' \u2014 DRI: Priya Shah', ' @cx-team', ' Owner: Head of Care'] as const;
const WHYS = ['', ' so that customers feel heard', ' so our patients wait less', ' because it matters'] as const;
const MARKERS = ['- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] '] as const;

const goalText = fc
  .tuple(fc.constantFrom(...VERBS), fc.constantFrom(...METRICS), fc.constantFrom(...DEADLINES), fc.constantFrom(...OWNERS), fc.constantFrom(...WHYS))
  .map((parts) => parts.join(''));
const goalItem = fc.tuple(fc.constantFrom(...MARKERS), goalText).map(([marker, text]) => marker + text);
const goalLine = fc.tuple(fc.constantFrom('Goal: ', 'Objective 2: ', 'KR 1.3: ', '**Goal:** '), goalText).map(([label, text]) => label + text);

const INDENTS = ['  ', '    ', '\t', '   '] as const;
/** An objective with key results and attribute sub-items, up to three levels deep. */
const nestedList = fc
  .tuple(
    goalItem,
    fc.array(fc.tuple(fc.constantFrom(...INDENTS), fc.oneof(goalItem, fc.constantFrom('- Owner: Sam', '- Target: 45', '- KR: Cut wait to 2 minutes', '- Deadline: Q2 2027', '- Why: customers wait too long')), fc.boolean()), {
      maxLength: 5,
    }),
  )
  .map(([top, subs]) => [top, ...subs.map(([indent, item, deeper]) => (deeper ? indent + indent : indent) + item)].join('\n'));

const PROSE = [
  'We deliver world-class synergies across the customer ecosystem.',
  'Customers feel welcome, safe and in control, and recommend us to their friends.',
  'Employees feel proud at the end of every call.',
  'We review customer feedback monthly and act on it within two weeks.',
  'Starting today, we are customer obsessed!',
  'Our end users deserve better; consumers tell us so.',
  'HR serves managers and new starters.',
  'Awareness, consideration, purchase, satisfaction and advocacy.',
  'This is a *very* **important** `code` [link](https://example.com) ![img](a.png) <https://a.b> ~~old~~ text.',
  'A footnote[^1] and a hard break  \nand a backslash\\',
  '[^1]: The footnote.',
  'See [the plan][plan], [plan] and [the notes][notes] for the figures.',
  '[plan]: https://example.com/plan "The plan"',
  '- **Key result 1 [COMMITTED]:** cut churn to 2% by Q3 2027',
  'An objective is what we want to achieve.\n[Should be]: significant, concrete, inspiring.',
  'Our omnichannel excellence is a paradigm shift. We need a rockstar ninja.',
  'Integrity: we tell customers the truth, even when it costs us.',
] as const;
const prose = fc.constantFrom(...PROSE);
const valueItem = fc.constantFrom('- **Integrity**: we tell the truth', '- Respect', '**Courage** \u2014 we speak up in meetings', '- Own it: we follow every request to the end', '1. Kindness');

const quote = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.oneof(prose, goalItem, goalLine), fc.boolean())
  .map(([depth, body, lazy]) => `${'> '.repeat(depth)}${body}${lazy ? `\n${body}` : ''}`);

const COLUMNS = ['Goal', 'Objective', 'Key result', 'KPI', 'Outcome', 'Metric', 'Baseline', 'Target', 'Deadline', 'Due', 'By', 'Owner', 'DRI', 'Why', '2027 target', 'Notes'] as const;
const CELLS = ['', 'NPS', '32', '45%', 'Q4 2027', 'Sam', 'Ops lead', 'so customers wait less', 'Improve service', 'Raise CSAT from 70% to 80%', 'a \\| b', '`x|y`', '**bold**', '\u2014'] as const;
const table = fc
  .tuple(fc.shuffledSubarray([...COLUMNS], { minLength: 1, maxLength: 6 }), fc.array(fc.array(fc.constantFrom(...CELLS), { minLength: 0, maxLength: 7 }), { maxLength: 4 }), fc.boolean(), fc.boolean())
  .map(([columns, rows, outerPipes, aligned]) => {
    const row = (cells: readonly string[]) => (outerPipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
    const delimiter = columns.map((_, i) => (aligned ? [':---', ':---:', '---:'][i % 3] : '---'));
    return [row(columns), row(delimiter), ...rows.map((cells) => row(cells))].join('\n');
  });

const COMMENTS = [
  '<!-- visionlint-disable goal-owner -- owners are assigned at the planning day -->',
  '<!-- visionlint-enable goal-owner -->',
  '<!-- visionlint-disable -->',
  '<!-- visionlint-enable -->',
  '<!-- visionlint-disable-next-line jargon -->',
  '<!-- visionlint-disable-next-line -->',
  '<!-- visionlint-disable goal-time-bound, goal-measurable -- see appendix -->',
  '<!-- visionlint-disable house-say-customers -->',
  '<!-- a note for reviewers -->',
  '<!--\nmulti-line\ncomment\n-->',
  '<!-- expect: goal-owner -->',
] as const;
const comment = fc.constantFrom(...COMMENTS);
const disableLineSuffix = fc.constantFrom(' <!-- visionlint-disable-line goal-achievable -- baseline in appendix -->', ' <!-- visionlint-disable-line -->');

const codeFence = fc.constantFrom(
  '```\ncode\n```',
  '~~~md\n- Raise NPS to 45 by 2027\n~~~',
  '```yaml\nkind: goals\n```',
  '```\n- Raise NPS from 32 to 45 by Q3 2027', // never closed
  '    indented code - Raise NPS',
);
const html = fc.constantFrom(
  '<!-- never closed',
  '<div>\n\n- Raise NPS to 45 by 2027\n\n</div>',
  '<details><summary>Goals</summary>\n\n- Cut churn\n\n</details>',
  '<br>',
  '<img src=x onerror="alert(1)">',
  '<script>alert(1)</script>',
  '<?php echo 1; ?>',
  '<![CDATA[ x ]]>',
);
const thematicBreak = fc.constantFrom('---', '***', '___', '- - -');

// ---------------------------------------------------------------------------------------------
// Hostile pieces

const HOSTILE = [
  '\r\n', '\r', '\n', '\t', '\uFEFF', '\u00A0', '\u200B', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C',
  '\u0001', '\u001B', '\u007F', '\u009F',
  '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uDFFF\uD800',
  '\u{1F600}', '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}', '\u{1F1EC}\u{1F1E7}', '\u{1F44D}\u{1F3FD}', '\u2764\uFE0F',
  '\u0646\u062D\u0646 \u0646\u062E\u062F\u0645 \u0639\u0645\u0644\u0627\u0621\u0646\u0627', // Arabic
  '\u9867\u5BA2\u6E80\u8DB3\u5EA6\u3092\u5411\u4E0A\u3055\u305B\u308B', // Japanese
  '\u63D0\u9AD8\u5BA2\u6237\u6EE1\u610F\u5EA6', // Chinese
  '\u0917\u094D\u0930\u093E\u0939\u0915 \u0938\u0902\u0924\u0941\u0937\u094D\u091F\u093F', // Devanagari
  'e\u0301', '\u202Eevil\u202C', '\uFFFD', '\uFFFF',
  '<!--', '-->', '```', '|', '[', ']', '\\', '*', '_', '`', '$', '${1:x}', '{{goal}}',
] as const;
const hostile = fc.constantFrom(...HOSTILE);
const scriptLine = fc
  .array(fc.constantFrom(...HOSTILE.slice(16, 33)), { minLength: 1, maxLength: 4 })
  .map((parts) => `- ${parts.join(' ')} by Q3 2027`);

const block = fc.oneof(
  { arbitrary: heading, weight: 4 },
  { arbitrary: setextHeading, weight: 1 },
  { arbitrary: fc.array(fc.oneof(goalItem, fc.tuple(goalItem, disableLineSuffix).map(([a, b]) => a + b)), { minLength: 1, maxLength: 5 }).map((items) => items.join('\n')), weight: 5 },
  { arbitrary: goalLine, weight: 2 },
  { arbitrary: nestedList, weight: 3 },
  { arbitrary: prose, weight: 3 },
  { arbitrary: fc.array(valueItem, { minLength: 1, maxLength: 4 }).map((items) => items.join('\n')), weight: 2 },
  { arbitrary: quote, weight: 2 },
  { arbitrary: table, weight: 3 },
  { arbitrary: comment, weight: 2 },
  { arbitrary: codeFence, weight: 1 },
  { arbitrary: html, weight: 1 },
  { arbitrary: thematicBreak, weight: 1 },
  { arbitrary: scriptLine, weight: 1 },
);

type LineEndings = 'lf' | 'crlf' | 'cr' | 'mixed';

interface DocumentSpec {
  bom: boolean;
  frontMatter: string | null;
  blocks: string[];
  /** Blank lines between blocks (0 joins them into one block when Markdown allows). */
  gaps: number[];
  lineEndings: LineEndings;
  mixed: string[];
  sprinkles: Array<[number, string]>;
}

const documentSpec: fc.Arbitrary<DocumentSpec> = fc.record({
  bom: fc.boolean(),
  frontMatter: fc.option(frontMatter, { freq: 3 }),
  blocks: fc.array(block, { maxLength: 14 }),
  gaps: fc.array(fc.constantFrom(0, 1, 1, 1, 2), { minLength: 1, maxLength: 14 }),
  lineEndings: fc.constantFrom<LineEndings>('lf', 'lf', 'crlf', 'cr', 'mixed'),
  mixed: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 5 }),
  sprinkles: fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 5 }),
});

function buildDocument(spec: DocumentSpec): string {
  let body = spec.frontMatter ?? '';
  spec.blocks.forEach((b, i) => {
    body += b + '\n' + '\n'.repeat(spec.gaps[i % spec.gaps.length]);
  });
  let n = 0;
  if (spec.lineEndings === 'crlf') body = body.replace(/\n/g, '\r\n');
  else if (spec.lineEndings === 'cr') body = body.replace(/\n/g, '\r');
  else if (spec.lineEndings === 'mixed') body = body.replace(/\n/g, () => spec.mixed[n++ % spec.mixed.length]);
  // Hostile fragments at arbitrary offsets: they may split words, markers, CRLF pairs and surrogate pairs.
  for (const [at, fragment] of spec.sprinkles) {
    const offset = at % (body.length + 1);
    body = body.slice(0, offset) + fragment + body.slice(offset);
  }
  return (spec.bom ? '\uFEFF' : '') + body;
}

const markdownDocument = documentSpec.map(buildDocument);

// ---------------------------------------------------------------------------------------------
// Checks

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkRange(text: string, range: TextRange, what: string): void {
  assert.ok(
    Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start <= range.end && range.end <= text.length,
    `${what}: range ${JSON.stringify(range)} outside 0..${text.length}`,
  );
  for (const offset of [range.start, range.end]) {
    assert.ok(!splitsSurrogatePair(text, offset), `${what}: offset ${offset} splits a surrogate pair`);
  }
}

function checkResult(text: string, result: LintResult): void {
  if (result.skipped) {
    assert.match(result.skipped, /^skipped: /);
    assert.deepEqual(result.findings, []);
    return;
  }
  for (const finding of result.findings) {
    const where = `${finding.ruleId} "${finding.message}"`;
    assert.equal(typeof finding.message, 'string');
    assert.ok(finding.message.length > 0, `${where}: empty message`);
    checkRange(text, finding.range, where);
    for (const related of finding.related ?? []) checkRange(text, related.range, `${where} related "${related.message}"`);
    for (const fix of finding.fixes) {
      for (const edit of fix.edits) checkRange(text, edit.range, `${where} fix "${fix.title}"`);
    }
  }
  // Positions for people (Problems panel, CLI) must be computable for every finding.
  for (const finding of result.findings) {
    const { line, column } = result.lines.position(finding.range.start);
    assert.ok(line >= 1 && column >= 1);
  }
}

/**
 * Applies `edits` and checks, code unit by code unit, that everything outside their ranges
 * is unchanged: the prefix before the first, the suffix after the last and every gap between.
 */
function checkOnlyEditedRangesChanged(text: string, edits: ReadonlyArray<{ range: TextRange; text: string }>, what: string): string {
  const applied = applyEdits(text, edits);
  assert.equal(applied.skipped, 0, `${what}: ${applied.skipped} of the fix's own edits overlap each other and were dropped`);
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const result = applied.text;
  const first = sorted[0].range.start;
  const last = sorted[sorted.length - 1].range.end;
  assert.equal(result.slice(0, first), text.slice(0, first), `${what}: text before the fix changed`);
  assert.equal(result.slice(result.length - (text.length - last)), text.slice(last), `${what}: text after the fix changed`);
  let cursor = 0;
  let at = 0;
  for (const edit of sorted) {
    const keep = text.slice(cursor, edit.range.start);
    assert.equal(result.slice(at, at + keep.length), keep, `${what}: text between the fix's edits changed`);
    at += keep.length;
    assert.equal(result.slice(at, at + edit.text.length), edit.text, `${what}: the inserted text is not what the fix says`);
    at += edit.text.length;
    cursor = edit.range.end;
  }
  assert.equal(result.slice(at), text.slice(cursor));
  return result;
}

/**
 * Everything a full and an incremental lint must agree on: findings and score, and the document
 * model down to its blocks (as JSON: a block moved by an edit may carry `key: undefined` where a
 * freshly parsed one has no key, which means the same).
 */
function comparable(result: LintResult) {
  const model: unknown = result.model === null ? null : JSON.parse(JSON.stringify(result.model));
  // Findings as JSON too: a finding of a moved goal chunk is a view whose ranges are moved when read.
  const findings: unknown = JSON.parse(JSON.stringify(result.findings));
  return { kind: result.kind, skipped: result.skipped, findings, score: result.score, model, lines: lineStarts(result) };
}

/** Where each line starts, and the line break inserted text uses: what positions are computed from. */
function lineStarts(result: LintResult): { starts: number[]; eol: string } {
  const { lines } = result;
  return { starts: Array.from({ length: lines.lineCount }, (_, line) => lines.lineStart(line)), eol: lines.eol };
}

function describeFailure(text: string): string {
  const shown = text.length > 3000 ? text.slice(0, 3000) + '…' : text;
  // Control and invisible characters escaped, so the document can be copied into a reproduction.
  return `document (${text.length} chars): ${JSON.stringify(shown).replace(/[\u007f-\u00a0\u2000-\u200f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}`;
}

// ---------------------------------------------------------------------------------------------

describe('properties of linting generated Markdown (fast-check)', function () {
  this.timeout(TIMEOUT);

  before(() => {
    console.log(`      fast-check seed ${SEED}, ${RUNS} runs per property${LONG_MODE ? ' (long mode)' : ''}; replay with VISIONLINT_FUZZ_SEED=${SEED}`);
  });

  it('the generators produce documents that are linted, with findings and fixes (sanity check of the arbitraries)', () => {
    const sample = fc.sample(fc.tuple(markdownDocument, linterName), { seed: SEED, numRuns: 200 });
    let linted = 0;
    let withFindings = 0;
    let withAutoFixes = 0;
    for (const [text, name] of sample) {
      const result = LINTERS[name].lint(text, 'doc.md', today);
      if (result.kind !== 'none') linted++;
      if (result.findings.length > 0) withFindings++;
      if (autoFixEdits(result.findings, text.length).length > 0) withAutoFixes++;
    }
    assert.ok(linted > 100, `only ${linted} of 200 generated documents were linted`);
    assert.ok(withFindings > 80, `only ${withFindings} of 200 generated documents had findings`);
    assert.ok(withAutoFixes > 10, `only ${withAutoFixes} of 200 generated documents had no-input fixes`);
  });

  it('(a) linting never throws, and every finding, related and fix range lies inside the document without splitting a surrogate pair', () => {
    fc.assert(
      fc.property(markdownDocument, linterName, (text, name) => {
        let result: LintResult;
        try {
          result = LINTERS[name].lint(text, 'doc.md', today);
        } catch (error) {
          assert.fail(`lint threw ${(error as Error).stack}\n${describeFailure(text)}`);
        }
        checkResult(text, result);
      }),
      params(),
    );
  });

  it('(b) applying any one fix changes nothing outside its edit ranges', () => {
    fc.assert(
      fc.property(markdownDocument, linterName, (text, name) => {
        const result = LINTERS[name].lint(text, 'doc.md', today);
        for (const finding of result.findings) {
          for (const fix of finding.fixes) {
            if (fix.edits.length === 0) continue;
            const edits = fix.edits.map((edit) => ({ range: edit.range, text: edit.text }));
            checkOnlyEditedRangesChanged(text, edits, `${finding.ruleId} fix "${fix.title}"`);
          }
        }
      }),
      params(),
    );
  });

  it('(c) fixing converges: after one round of no-input fixes, a second round changes nothing', () => {
    fc.assert(
      fc.property(markdownDocument, linterName, (text, name) => {
        const linter = LINTERS[name];
        const first = linter.lint(text, 'doc.md', today);
        const firstEdits = autoFixEdits(first.findings, text.length);
        if (firstEdits.length === 0) return;
        const fixed = applyEdits(text, firstEdits).text;
        const second = linter.lint(fixed, 'doc.md', today);
        checkResult(fixed, second);
        const secondEdits = autoFixEdits(second.findings, fixed.length);
        const again = applyEdits(fixed, secondEdits).text;
        assert.ok(
          secondEdits.length === 0 || again === fixed,
          `a second round of fixes still changes the text: ${JSON.stringify(secondEdits)}\nafter the first round: ${JSON.stringify(fixed)}`,
        );
      }),
      params(),
    );
  });

  /** Snippets a writer (or a paste, or a merge tool) puts into a document mid-edit. */
  const EDIT_SNIPPETS = [
    'a', ' ', '\n', '\n\n', '- ', '## ', '# Goals\n', '|', '| Goal | Owner |\n|---|---|\n| Cut churn | |\n', '---\n', '---\nkind: goals\n---\n',
    '```', '```\n', '~~~', '> ', '> > ', '1. ', '**', 'Q3 2027', ' by FY27', ' (owner: Sam)', ' from 32 to 45', '!', '<!--', '-->', '[', ']', ':', ']:', '[plan]', '[notes]: /notes',
    '<!-- visionlint-disable -->', '<!-- visionlint-enable -->', '\t', '\t- ', '    ', 'é', '  - KR: ', 'try to ', 'end users', 'world-class',
    '\r\n', '\r', '\uFEFF', '\uD800', '\uDC00', '\u{1F600}', '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}', '\u0646\u062D\u0646', '\u9867\u5BA2', '\u0917\u094D\u0930\u093E',
    '\u0000', // a NUL: the document turns "binary" and back
    '\uFFFD'.repeat(40), // a paste of replacement characters: "not valid UTF-8"
    '> '.repeat(70) + 'x\n', // deeper than the nesting guard
    '>'.repeat(70) + '\r', // the same, with a lone CR line ending
  ] as const;

  const edit = fc.record({
    at: fc.nat(),
    length: fc.oneof(fc.constant(0), fc.nat({ max: 40 })),
    text: fc.oneof(fc.constantFrom(...EDIT_SNIPPETS), fc.constant(''), hostile),
  });

  it('(d) the incremental session agrees with a full lint after random edits', () => {
    fc.assert(
      fc.property(markdownDocument, linterName, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), (text, name, edits, batched) => {
        const linter = LINTERS[name];
        const session = new LintSession(linter, text, 'doc.md', () => today);
        let current = text;
        const changes: TextChange[] = edits.map((e) => {
          const rangeOffset = e.at % (current.length + 1);
          const rangeLength = Math.min(e.length, current.length - rangeOffset);
          current = current.slice(0, rangeOffset) + e.text + current.slice(rangeOffset + rangeLength);
          return { rangeOffset, rangeLength, text: e.text };
        });
        if (batched) {
          session.update(changes);
        } else {
          let replay = text;
          for (const change of changes) {
            replay = replay.slice(0, change.rangeOffset) + change.text + replay.slice(change.rangeOffset + change.rangeLength);
            const incremental = session.update([change]);
            assert.equal(session.currentText, replay);
            // A fresh linter: nothing cached from earlier documents can make the two agree by accident.
            const full = new Linter(linter.config).lint(replay, 'doc.md', today);
            assert.deepEqual(comparable(incremental), comparable(full), `after ${JSON.stringify(change)}\n${describeFailure(replay)}`);
          }
        }
        assert.equal(session.currentText, current);
        const full = new Linter(linter.config).lint(current, 'doc.md', today);
        assert.deepEqual(comparable(session.result), comparable(full), describeFailure(current));
      }),
      params(),
    );
  });

  it('(e) a byte-order mark in front of a document moves every range by one and changes nothing else', () => {
    const shifted = (range: TextRange, by: number): TextRange => ({ start: range.start + by, end: range.end + by });
    /** Findings without the inserted text of fixes: a block appended to an empty document may differ in its blank lines. */
    const outline = (result: LintResult, by: number) =>
      result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        range: shifted(f.range, by),
        related: f.related?.map((r) => ({ message: r.message, range: shifted(r.range, by) })),
        fixes: f.fixes.map((fix) => fix.edits.map((e) => shifted(e.range, by))),
      }));
    fc.assert(
      fc.property(markdownDocument, linterName, (generated, name) => {
        const text = generated.replace(/^\uFEFF+/, '');
        const plain = LINTERS[name].lint(text, 'doc.md', today);
        const withBom = LINTERS[name].lint('\uFEFF' + text, 'doc.md', today);
        assert.equal(withBom.kind, plain.kind);
        assert.deepEqual(withBom.score, plain.score);
        assert.deepEqual(outline(withBom, 0), outline(plain, 1), describeFailure(text));
      }),
      params(),
    );
  });

  it('(f) a document parsed in pieces, and block by block where the line reader gives way, reads as the same blocks as remark-parse reads the whole', () => {
    fc.assert(
      fc.property(fc.array(markdownDocument, { minLength: 1, maxLength: 4 }), (documents) => {
        // Several documents one after the other: headings, and so cuts, fall after every kind of block.
        const text = documents.join('\n');
        const plan = planParse(text, 1);
        const plain = (blocks: unknown) => JSON.parse(JSON.stringify(blocks)) as unknown; // absent and undefined fields alike
        const whole = plain(remarkBlocks(text));
        assert.deepEqual(plain(extractBlocks(text, 0, plan)), whole, `${plan.cuts.length} cuts\n${describeFailure(text)}`);
        assert.deepEqual(plain(extractBlocks(text, 0, { cuts: [], definitions: null })), whole, `uncut\n${describeFailure(text)}`);
      }),
      params(),
    );
  });

  it('(g) blocks read by the line reader, where it is sure, are the blocks read from remark-parse’s tree', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const plain = (blocks: unknown) => JSON.parse(JSON.stringify(blocks)) as unknown;
        assert.deepEqual(plain(readBlocks(text)), plain(blocksViaRemark(text)), describeFailure(text));
      }),
      params(),
    );
  });
});

describe('regressions the properties found', () => {
  const linter = houseLinter;
  const sessionAgrees = (text: string, changes: TextChange[]) => {
    const session = new LintSession(linter, text, 'doc.md', () => today);
    for (const change of changes) session.update([change]);
    const full = new Linter(linter.config).lint(session.currentText, 'doc.md', today);
    assert.deepEqual(comparable(session.result), comparable(full));
    return session;
  };
  const insert = (text: string, at: string, inserted: string, shift = 0): TextChange => {
    assert.ok(text.includes(at), at);
    return { rangeOffset: text.indexOf(at) + shift, rangeLength: 0, text: inserted };
  };

  it('a byte-order mark (or two) does not move the ranges of findings and fixes', () => {
    for (const bom of ['\uFEFF', '\uFEFF\uFEFF']) {
      const text = `${bom}---\nkind: goals\n---\n# Goals\n\n- Give consumers an easier bill by Q3 2027 (owner: Sam)\n`;
      const result = linter.lint(text, 'doc.md', today);
      const finding = result.findings.find((f) => f.ruleId === 'house-say-customers');
      assert.ok(finding, JSON.stringify(result.findings.map((f) => f.ruleId)));
      assert.equal(text.slice(finding.range.start, finding.range.end), 'consumers');
      const goal = result.model!.goals[0];
      assert.equal(text.slice(goal.range.start, goal.range.end), 'Give consumers an easier bill by Q3 2027 (owner: Sam)');
      const measurable = result.findings.find((f) => f.ruleId === 'goal-measurable')!;
      assert.equal(text.slice(measurable.range.start, measurable.range.end), 'Give consumers an easier bill by Q3 2027 (owner: Sam)');
      const fixed = applyEdits(text, autoFixEdits(result.findings, text.length)).text;
      assert.equal(fixed, text.replace('consumers', 'customers'));
    }
  });

  it('a front matter fence that is never closed does not turn every list of the document into a paragraph', () => {
    const result = defaultLinter.lint('---\n# Goals\n\n- Raise NPS to 40 by 2027\n- Cut churn to 5% by 2027\n', 'goals.md', today);
    assert.deepEqual(result.model?.blocks.map((b) => b.type), ['thematicBreak', 'heading', 'list']);
    assert.equal(result.model?.goals.length, 2);
  });

  it('an empty list item ending in CRLF gets a rewrite fix with a valid range', () => {
    const text = '---\r\nkind: goals\r\n---\r\n# Goals\r\n\r\n-\r\n Raise NPS by 10% next year\r\n';
    const result = defaultLinter.lint(text, 'goals.md', today);
    checkResult(text, result);
  });

  it('the session: a thematic break or a byte-order mark at the start of a re-read window is not a document start', () => {
    const rule = '---\nkind: goals\n---\n# Goals\n\nSome text.\n\n---\ntitle: x\n---\n\n- Raise NPS\n';
    sessionAgrees(rule, [insert(rule, 'title', 'x', 2)]);
    const bom = '---\nkind: goals\n---\n# Goals\n\nSome text.\n\n\uFEFF# Vision\n\nWe help customers.\n\n- Raise NPS\n';
    sessionAgrees(bom, [insert(bom, 'We help', 'x')]);
  });

  it('the session: front matter closed or opened far below the edit is read again from the start', () => {
    const closed = '---\nkind: goals\n---\n# Goals\n\nSome text here.\n\nMore text.\n\n---\n\nx\n';
    sessionAgrees(closed, [{ rangeOffset: closed.indexOf('---\n#'), rangeLength: 1, text: '' }]);
    const open = '---\nkind: vision\n---\nGoals\n=====\n\n\n';
    sessionAgrees(open, [{ rangeOffset: 11, rangeLength: 6, text: '## ' }, insert(open, '=====\n', '---\nkind: goals\n---\n', 6 - 3)]);
  });

  it('the session: a NUL, a paste of replacement characters or a run of brackets across blocks is skipped as a full lint skips it', () => {
    const text = '---\nkind: goals\n---\n# Goals\n\n- Raise NPS from 32 to 45 by 2027\n';
    sessionAgrees(text, [insert(text, 'NPS', '\u0000')]);
    sessionAgrees(text, [insert(text, 'NPS', '\uFFFD'.repeat(40))]);
    // Code blocks one after another with no blank line: one run of lines for the bracket guard.
    const fence = (i: number) => `\`\`\`\nGoal ${i} ${'['.repeat(40)}\n\`\`\`\n`;
    const brackets = `${text}\n${Array.from({ length: 37 }, (_, i) => fence(i)).join('')}\n- Raise NPS\n`;
    const session = sessionAgrees(brackets, [insert(brackets, '```\nGoal 20', fence(99))]);
    assert.match(session.result.skipped ?? '', /brackets/);
  });

  it('the session: a footnote or link definition elsewhere changes how a re-read block reads', () => {
    const footnote = 'A footnote[^1] and [a link][cx].\n\nWe deliver world-class synergies.\n[^1]: The footnote.\n\n[cx]: https://example.com\n';
    sessionAgrees(footnote, [{ rangeOffset: 0, rangeLength: 0, text: '\r\n' }]);
    sessionAgrees(footnote, [insert(footnote, '[^1]:', 'x')]);
  });

  it('the session: an edited list that swallows the block after it is read again past that block', () => {
    sessionAgrees('- Raise NPS\n1. Raise NPS\n  - Raise NPS\r\n\n  \\\r\n- Raise NPS\n', [{ rangeOffset: 2, rangeLength: 10, text: '' }]);
  });

  it('the session: a block that follows another without a blank line is read again with it', () => {
    // "> 2) x" right after a paragraph: micromark reads "2) x" as a paragraph, on its own as a list.
    sessionAgrees('---\nkind: goals\n> 2) Raise NPS\n2) Raise NPS\n', [{ rangeOffset: 31, rangeLength: 0, text: '' }]);
    const text = '# Goals\n\nOur goals for the year.\n> 2) Raise NPS from 32 to 45 by 2027\n\n- Cut churn\n\nMore text.\n';
    sessionAgrees(text, [insert(text, 'Cut churn', 'x')]);
  });

  it('the session: a block after indented code is read again with it', () => {
    // micromark reads "-" after indented code (even past a blank line) as text, on its own as an empty item.
    const text = '    indented code - Raise NPS\r\n\r\n-\r\n Raise NPS\r\n- Raise NPS\r\n- Raise NPS\r\n';
    sessionAgrees(text, [{ rangeOffset: text.length - 2, rangeLength: 0, text: '' }]);
  });

  it('a document of a byte-order mark alone has its title range after the mark', () => {
    const result = houseLinter.lint('\uFEFF', 'doc.md', today);
    assert.ok(result.findings.length > 0);
    for (const finding of result.findings) assert.deepEqual(finding.range, { start: 1, end: 1 });
  });

  it('YAML warnings about front matter stay out of the process output', async () => {
    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listener);
    try {
      defaultLinter.lint('---\nkind: goals\ntitle: *x:\nnote: **Integrity**: we tell the truth\n---\n# Goals\n\n- Raise NPS\n', 'goals.md', today);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listener);
    }
    assert.deepEqual(warnings, []);
  });
});
