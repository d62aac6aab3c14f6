import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, type LintResult } from '../../src/core';
import {
  escapeHtml,
  escapeMarkdown,
  renderScorecardHtml,
  renderScorecardMarkdown,
  SMART_CRITERIA,
  truncate,
} from '../../src/core/report/scorecard';

const linter = new Linter();
const today = new Date('2026-11-25T00:00:00Z');
const fixtures = join(__dirname, '..', 'fixtures');
const NONCE = 'c2NvcmVjYXJkLW5vbmNlLTEyMw';
const CSP_SOURCE = 'https://*.vscode-cdn.net';

function lintFixture(name: string, folder = 'documents'): LintResult {
  return linter.lint(readFileSync(join(fixtures, folder, name), 'utf8'), name, today);
}

function html(result: LintResult, title = result.path ?? 'document.md'): string {
  return renderScorecardHtml({ title, result, categoryOf: linter.categoryOf, cspSource: CSP_SOURCE, nonce: NONCE });
}

function markdown(result: LintResult, title = result.path ?? 'document.md'): string {
  return renderScorecardMarkdown({ title, result, categoryOf: linter.categoryOf });
}

/** The rows of the goals table, in order. */
function goalRows(page: string): string[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? '';
  return body.split('</tr>').filter((row) => row.includes('<tr'));
}

/** The accessible SMART labels of a row: ["Specific: met", "Measurable: not met", ...]. */
function smartLabels(row: string): string[] {
  return [...row.matchAll(/<span class="sr">([\w-]+: (?:met|not met))<\/span>/g)].map((m) => m[1]);
}

/** A goals document whose text tries to break out of the page, the table and the comment. */
const HOSTILE = [
  '---',
  'kind: goals',
  '---',
  '# Goals for 2027',
  '',
  '## Goals',
  '',
  '- Customers get `<img src=x onerror=alert(1)>` answers within 2 hours, from 60% to 80% of tickets by 31 March 2027',
  '  - Owner: Mallory `"><script>alert(2)</script>`',
  '',
  '| Goal | Metric | Target | Due | Owner |',
  '|---|---|---|---|---|',
  '| Members feel heard `<b onmouseover=alert(3)>` \\| @octocat | CSAT `<i>` | 90% | 2027-06-30 | Priya |',
  '',
].join('\n');
const HOSTILE_TITLE = '"><script>alert(0)</script>.md';

describe('the scorecard page', () => {
  const goals = lintFixture('team-goals.md');
  const page = html(goals);

  it('declares a strict Content-Security-Policy: no scripts, and only its own nonce-tagged style', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
    assert.equal(csp, escapeHtml(`default-src 'none'; style-src 'nonce-${NONCE}'; img-src ${CSP_SOURCE} data:;`));
    assert.ok(page.includes(`<style nonce="${NONCE}">`), 'the one style element carries the nonce');
    assert.equal(page.match(/<style/g)?.length, 1);
    assert.doesNotMatch(page, /<script/i, 'the page needs no script at all');
    assert.doesNotMatch(page, /\sstyle=/, 'inline style attributes would be blocked by the CSP');
    assert.doesNotMatch(page, /unsafe-inline|unsafe-eval/);
  });

  it('refuses a nonce or CSP source that could break out of the policy', () => {
    const render = (nonce: string, cspSource = CSP_SOURCE) =>
      renderScorecardHtml({ title: 't', result: goals, categoryOf: linter.categoryOf, cspSource, nonce });
    assert.throws(() => render(`${NONCE}' 'unsafe-inline`));
    assert.throws(() => render('short'));
    assert.throws(() => render(NONCE, "https://x; script-src 'unsafe-inline'"));
  });

  it('heads the page with the document score and each part: points and explanation', () => {
    assert.match(page, /<span class="num">93<\/span><span class="of">\/100<\/span>/);
    for (const part of goals.score!.parts) {
      assert.ok(page.includes(`${part.points}<span class="muted">/${part.max}</span>`), `${part.name} points`);
      assert.ok(page.includes(escapeHtml(part.explanation)), `${part.name} explanation`);
    }
  });

  it('charts each part as a bar and each goal as a column of SMART criteria met', () => {
    assert.equal(page.match(/<svg class="bar"/g)?.length, goals.score!.parts.length);
    const chart = /<svg class="goals-chart"[\s\S]*?<\/svg>/.exec(page)?.[0] ?? '';
    assert.equal(chart.match(/<rect class="fill/g)?.length, goals.model!.goals.length);
    assert.ok(chart.includes('aria-label="SMART criteria met: goal 1 5 of 5, goal 2 5 of 5, goal 3 3 of 5'));
  });

  it('lists every goal with its line, text and a met / not met cell per SMART criterion', () => {
    const rows = goalRows(page);
    assert.equal(rows.length, goals.model!.goals.length);
    goals.model!.goals.forEach((goal, i) => {
      const row = rows[i];
      assert.ok(row.includes(escapeHtml(truncate(goal.text))), `goal ${i + 1} text`);
      assert.ok(row.includes(`<td class="n muted">${goals.lines.lineOf(goal.range.start) + 1}</td>`), `goal ${i + 1} line`);
      const expected = SMART_CRITERIA.map((c) => `${c.name}: ${goal.analysis.smart[c.key] ? 'met' : 'not met'}`);
      assert.deepEqual(smartLabels(row), expected, `goal ${i + 1} SMART cells`);
      assert.ok(row.includes(`${goal.analysis.score}/5`));
    });
  });

  it('shows who owns each goal, when it is due and how it is measured, and says what is missing', () => {
    const rows = goalRows(page);
    assert.match(rows[0], /Lou Brennan[\s\S]*2027-03-31[\s\S]*On-time, in-full deliveries \(OTIF\)[\s\S]*91\.2%[\s\S]*95%/);
    assert.match(rows[1], /2026-09-30<\/time> <span class="badge poor">passed<\/span>/, 'goal 2 missed its date');
    assert.match(rows[3], /no deadline/, 'goal 4 has an empty Due cell');
    assert.match(rows[4], /no owner/, 'goal 5 has no owner yet');
    assert.match(rows[4], /2027-06-30<\/time>[\s\S]*Q2 2027/, 'a period shows its last day and the words written');
    assert.match(rows[6], /no metric[\s\S]*no baseline[\s\S]*no target/, 'goal 7 is an activity, not a measure');
  });

  it('lists customer-perspective and culture findings by line, rule and message, and counts the rest', () => {
    const values = lintFixture('our-values.md');
    const valuesPage = html(values);
    for (const finding of values.findings) {
      const category = linter.categoryOf(finding.ruleId);
      if (category !== 'customer' && category !== 'culture') continue;
      const line = values.lines.lineOf(finding.range.start) + 1;
      assert.ok(valuesPage.includes(`line ${line}</span>`), `${finding.ruleId} line ${line}`);
      assert.ok(valuesPage.includes(escapeHtml(finding.message)), finding.message);
    }
    // The mission is read as the vision: it names no customer feeling or next action (2), and the engineering values no customer (1).
    assert.match(valuesPage, /<h2>Customer perspective <span class="count">3<\/span><\/h2>/);
    assert.match(valuesPage, /href="https:\/\/github\.com\/visionlint\/visionlint\/blob\/main\/docs\/rules\.md#value-behaviour"/);
    assert.match(page, /No customer perspective findings\./);
    assert.match(page, /7 other findings \(7 about goals\)\./);
  });

  it('says so when the document has no goals, instead of showing an empty table', () => {
    const valuesPage = html(lintFixture('our-values.md'));
    assert.match(valuesPage, /This document has no goals, so there is no SMART grid\./);
    assert.doesNotMatch(valuesPage, /<table/);
  });

  it('explains why a document that is not strategy has no scorecard', () => {
    const readme = lintFixture('software-readme.md', 'not-strategy');
    const readmePage = html(readme);
    assert.match(readmePage, /does not read this file as a vision, values, goals or strategy document/);
    assert.doesNotMatch(readmePage, /<table|<svg/);
  });

  it('escapes everything the document says: goal text, owners, metrics and the file name', () => {
    const result = linter.lint(HOSTILE, HOSTILE_TITLE, today);
    assert.equal(result.model!.goals.length, 2, 'both hostile goals are read');
    const hostilePage = html(result, HOSTILE_TITLE);
    assert.doesNotMatch(hostilePage, /<script/i);
    assert.doesNotMatch(hostilePage, /<(?:img|b|i)[\s>]/, 'no tag from the document');
    assert.doesNotMatch(hostilePage, /<[a-z][^>]*\son\w+=/i, 'no element with an event handler');
    assert.ok(hostilePage.includes('&#60;img src=x onerror=alert(1)&#62;'), 'the goal text is shown, escaped');
    assert.ok(hostilePage.includes('&#34;&#62;&#60;script&#62;alert(0)&#60;/script&#62;.md'), 'the file name is shown, escaped');
    assert.equal(goalRows(hostilePage).length, 2);
  });

  it('cuts long goal text to at most 120 characters and keeps the whole text in a tooltip', () => {
    const long = `Customers get an answer the first time they call ${'and nothing else gets in the way '.repeat(6)}by 31 March 2027`;
    const result = linter.lint(`---\nkind: goals\n---\n# Goals\n\n## Goals\n\n- ${long}\n`, 'long.md', today);
    const row = goalRows(html(result))[0];
    assert.ok(row.includes(`<span title="${escapeHtml(long)}">`));
    assert.ok(Array.from(truncate(long)).length <= 120);
    assert.ok(truncate(long).endsWith('…'));
  });
});

describe('the scorecard in Markdown (for a pull-request comment)', () => {
  const goals = lintFixture('team-goals.md');
  const text = markdown(goals);

  it('states the score and draws each part as a text bar', () => {
    assert.match(text, /^## visionlint scorecard: team-goals\.md$/m);
    assert.match(text, /^\*\*Score: 93\/100\*\*/m);
    assert.match(text, /^Goals {5}█{17}░{3} {2}33\/40$/m);
    assert.match(text, /^- \*\*Goals\*\* 33\/40: 8 goals, SMART 4\.1\/5 on average$/m);
  });

  it('has a table row per goal with ✅ or ❌ for each SMART criterion', () => {
    const rows = text.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    assert.equal(rows.length, goals.model!.goals.length);
    goals.model!.goals.forEach((goal, i) => {
      const marks = SMART_CRITERIA.map((c) => (goal.analysis.smart[c.key] ? '✅' : '❌')).join(' | ');
      assert.ok(rows[i].startsWith(`| ${i + 1} | ${goals.lines.lineOf(goal.range.start) + 1} | `), rows[i]);
      assert.ok(rows[i].includes(` | ${marks} | `), `goal ${i + 1}: ${rows[i]}`);
    });
    assert.match(rows[4], /\| _none_ \| 2027-06-30 \|/, 'goal 5: no owner, due end of Q2 2027');
  });

  it('lists customer-perspective and culture findings, and says so when the document has no goals', () => {
    const values = markdown(lintFixture('our-values.md'));
    assert.match(values, /This document has no goals, so there is no SMART grid\./);
    assert.doesNotMatch(values, /^\| # \|/m);
    assert.match(values, /^### Customer perspective \(3\)$/m);
    assert.match(values, /^- line 28 · \[`customer-perspective`\]\(https:\/\/[^)]+#customer-perspective\) \(warning\): The values section never names the customer/m);
  });

  it('escapes the document so it cannot add markup, break the table or mention people', () => {
    const result = linter.lint(HOSTILE, HOSTILE_TITLE, today);
    const hostile = markdown(result, HOSTILE_TITLE);
    const rows = hostile.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    assert.equal(rows.length, 2);
    for (const row of rows) assert.equal(row.split(/(?<!\\)\|/).length - 2, 14, `14 cells: ${row}`);
    assert.doesNotMatch(hostile, /(?<!\\)<(?:script|img|b|i)\b/, 'every < from the document is escaped');
    assert.doesNotMatch(hostile, /@octocat/, 'no @mention');
    assert.equal(escapeMarkdown('a | b <i>*x*</i> @team'), 'a \\| b \\<i\\>\\*x\\*\\</i\\> @\u200bteam');
  });
});
