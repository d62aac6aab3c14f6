/**
 * The scorecard: each goal's SMART grid and the document's customer-perspective and culture
 * findings, rendered as a webview HTML page (the extension) or as Markdown (the CLI's
 * pull-request comment). Pure: no `vscode` import, so it runs and is tested in Node.
 *
 * Both renderers read the same plain `ScorecardData`, built once by `buildScorecard`.
 * Everything that comes from the document (goal text, owners, messages, the file name) is
 * escaped for its output: HTML entities for the webview, Markdown escapes for the comment.
 * The charts are drawn from numbers and fixed labels only.
 */
import type { LintResult } from '../lint';
import { ruleDocsUrl, type RuleCategory } from '../rules/rule';
import type { Severity } from '../types';

export interface ScorecardInput {
  /** What the scorecard is about, usually the file name or workspace-relative path. */
  title: string;
  result: LintResult;
  categoryOf: (ruleId: string) => RuleCategory | undefined;
}

export interface ScorecardHtmlInput extends ScorecardInput {
  /** `webview.cspSource`: the only origin images may come from (besides data: URIs). */
  cspSource: string;
  /** A fresh random value per render; the page's one style element carries it. */
  nonce: string;
}

// ---------------------------------------------------------------------------------------------
// Shared data
// ---------------------------------------------------------------------------------------------

export type PartName = 'goals' | 'customer' | 'culture';
export type SmartKey = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

export const SMART_CRITERIA: readonly { key: SmartKey; letter: string; name: string }[] = [
  { key: 'specific', letter: 'S', name: 'Specific' },
  { key: 'measurable', letter: 'M', name: 'Measurable' },
  { key: 'achievable', letter: 'A', name: 'Achievable' },
  { key: 'relevant', letter: 'R', name: 'Relevant' },
  { key: 'timeBound', letter: 'T', name: 'Time-bound' },
];

const PART_LABELS: Record<PartName, string> = { goals: 'Goals', customer: 'Customer', culture: 'Culture' };
const PERSPECTIVES = [
  { category: 'customer', label: 'Customer perspective' },
  { category: 'culture', label: 'Culture' },
] as const;
const OTHER_LABELS: Record<string, string> = { goals: 'about goals', house: 'from house rules', engine: 'about the file itself' };
const WHERE_FROM: Record<string, string> = {
  sentence: 'from the sentence beside it',
  parent: 'from its objective',
  'key-results': 'from its key results',
  heading: 'from the heading',
  deliverable: 'when the document dates what it names',
  document: 'from the document period',
  section: 'from the section',
};

/** Rule ids safe to put in a URL fragment or a code span as they are. */
const RULE_ID = /^[\w.-]+$/;

/** How long goal text may be in the table before it is cut (the full text stays in a tooltip). */
export const GOAL_TEXT_LIMIT = 120;

export interface ScorecardPart {
  name: PartName;
  label: string;
  points: number;
  max: number;
  explanation: string;
}

export interface ScorecardGoal {
  /** 1-based, in document order: the number the chart and the table share. */
  number: number;
  /** 1-based line of the goal. */
  line: number;
  text: string;
  smart: { key: SmartKey; letter: string; name: string; met: boolean }[];
  /** SMART criteria met, 0 to 5. */
  score: number;
  owner: { text: string; from?: string } | null;
  deadline: { due: string; text: string; from?: string; passed: boolean } | null;
  metric: string | null;
  baseline: string | null;
  target: string | null;
}

export interface ScorecardFinding {
  line: number;
  ruleId: string;
  severity: Severity;
  message: string;
  /** Documentation link, for built-in rules. */
  docs?: string;
}

export interface ScorecardData {
  title: string;
  /** Why there is no scorecard (skipped file, not a strategy document), or null. */
  unavailable: string | null;
  kind: string;
  /** 0 to 100, or null when unavailable. */
  score: number | null;
  parts: ScorecardPart[];
  goals: ScorecardGoal[];
  perspectives: { category: 'customer' | 'culture'; label: string; findings: ScorecardFinding[] }[];
  /** Findings not listed above (goal rules, house rules, the engine), counted by kind. */
  other: { total: number; groups: { label: string; count: number }[] };
  totalFindings: number;
}

/** Reads a lint result into the plain data both renderers draw. */
export function buildScorecard({ title, result, categoryOf }: ScorecardInput): ScorecardData {
  const model = result.model;
  const line = (offset: number) => result.lines.lineOf(offset) + 1;
  const unavailable = result.skipped
    ? `visionlint did not lint this file (${result.skipped.replace(/^skipped:\s*/, '')}).`
    : !model || result.kind === 'none' || !result.score
      ? 'visionlint does not read this file as a vision, values, goals or strategy document, so it has no scorecard.'
      : null;

  const passedGoals = new Set(result.findings.filter((f) => f.ruleId === 'goal-deadline-passed').map((f) => f.goalIndex));
  const goals: ScorecardGoal[] = (unavailable ? [] : (model?.goals ?? [])).map((goal, i) => {
    const a = goal.analysis;
    return {
      number: i + 1,
      line: line(goal.range.start),
      text: collapse(goal.text),
      smart: SMART_CRITERIA.map((c) => ({ ...c, met: a.smart[c.key] === true })),
      score: clamp(a.score, 0, 5),
      owner: a.owner ? { text: collapse(a.owner.text), from: a.owner.source === 'document' ? 'for the whole document' : WHERE_FROM[a.owner.source] } : null,
      deadline: a.deadline
        ? { due: a.deadline.due, text: collapse(a.deadline.text), from: WHERE_FROM[a.deadline.source], passed: passedGoals.has(goal.index) }
        : null,
      metric: a.metric ? collapse(a.metric.text) : null,
      baseline: a.baseline ? collapse(a.baseline.text) : null,
      target: a.target ? collapse(a.target.text) : null,
    };
  });

  const perspectives = PERSPECTIVES.map(({ category, label }) => ({
    category,
    label,
    findings: result.findings
      .filter((f) => categoryOf(f.ruleId) === category)
      .map((f) => ({ line: line(f.range.start), ruleId: f.ruleId, severity: f.severity, message: collapse(f.message), docs: RULE_ID.test(f.ruleId) ? ruleDocsUrl(f.ruleId) : undefined })),
  }));

  const otherCounts = new Map<string, number>();
  for (const f of result.findings) {
    const category = categoryOf(f.ruleId) ?? 'engine';
    if (category === 'customer' || category === 'culture') continue;
    otherCounts.set(category, (otherCounts.get(category) ?? 0) + 1);
  }
  const groups = [...otherCounts].map(([category, count]) => ({ label: OTHER_LABELS[category] ?? category, count }));

  return {
    title: collapse(title),
    unavailable,
    kind: result.kind,
    score: unavailable ? null : clamp(result.score?.score ?? 0, 0, 100),
    parts: unavailable
      ? []
      : (result.score?.parts ?? []).map((p) => ({
          name: p.name,
          label: PART_LABELS[p.name] ?? 'Part',
          points: clamp(p.points, 0, p.max),
          max: Math.max(0, finite(p.max)),
          explanation: collapse(p.explanation),
        })),
    goals,
    perspectives,
    other: { total: groups.reduce((sum, g) => sum + g.count, 0), groups },
    totalFindings: result.findings.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Escapes text for inline Markdown (a table cell or list item, never the start of a block):
 * no emphasis, links, HTML, code, math or table pipes, and no @mentions or #references that
 * would notify people or link issues from a pull-request comment.
 */
export function escapeMarkdown(text: string): string {
  return collapse(text)
    .replace(/[\\`*_[\]<>|~$&]/g, '\\$&')
    .replace(/([@#])(?=[\w-])/g, '$1\u200b');
}

/** Cuts text to at most `limit` characters (whole code points), ending in an ellipsis when cut. */
export function truncate(text: string, limit = GOAL_TEXT_LIMIT): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('').trimEnd()}…`;
}

/** A number for output: finite, at most one decimal. */
export function formatNumber(value: number): string {
  const n = Math.round(finite(value) * 10) / 10;
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** `good` (80% or more), `fair` (50% or more) or `poor`: a class name, never colour alone. */
export function tone(points: number, max: number): 'good' | 'fair' | 'poor' {
  const ratio = max > 0 ? finite(points) / max : 0;
  return ratio >= 0.8 ? 'good' : ratio >= 0.5 ? 'fair' : 'poor';
}

/** A text bar of `width` cells: `████░░░░`. */
export function textBar(points: number, max: number, width = 10): string {
  const filled = max > 0 ? Math.round(clamp(points / max, 0, 1) * width) : 0;
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

function collapse(text: string): string {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}

function finite(value: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, finite(value)));
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function kindLabel(kind: string): string {
  return kind === 'none' ? 'document' : `${kind} document`;
}

function otherSummary(data: ScorecardData): string | null {
  if (data.other.total === 0) return null;
  const parts = data.other.groups.map((g) => `${g.count} ${g.label}`).join(', ');
  return `${plural(data.other.total, 'other finding')} (${parts}).`;
}

const NO_GOALS =
  'This document has no goals, so there is no SMART grid. visionlint reads goals from list items under a Goals (or Objectives, OKRs, Targets) heading, from lines that start "Goal:", and from rows of a table with a Goal column.';

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

/** A complete HTML page for a webview: strict CSP, no script, theme colours, escaped text. */
export function renderScorecardHtml(input: ScorecardHtmlInput): string {
  const { nonce, cspSource } = input;
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('renderScorecardHtml: the nonce must be 16 or more base64 or hex characters');
  if (!/^[\w\-.:/*' ]*$/.test(cspSource)) throw new Error('renderScorecardHtml: cspSource is not a CSP source expression');
  const data = buildScorecard(input);
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; img-src ${cspSource} data:;`;
  const body = data.unavailable
    ? `${htmlHeader(data)}\n<p class="note">${escapeHtml(data.unavailable)}</p>`
    : [htmlHeader(data), htmlOverview(data), htmlGoals(data), ...data.perspectives.map(htmlFindings), htmlOther(data)].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Scorecard: ${escapeHtml(data.title)}</title>
<style nonce="${escapeHtml(nonce)}">${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function htmlHeader(data: ScorecardData): string {
  const scoreBlock =
    data.score === null
      ? ''
      : `<div class="score ${tone(data.score, 100)}" role="img" aria-label="Score ${formatNumber(data.score)} out of 100"><span class="num">${formatNumber(data.score)}</span><span class="of">/100</span></div>`;
  const facts = data.unavailable
    ? 'no scorecard'
    : `${kindLabel(data.kind)} · ${plural(data.goals.length, 'goal')} · ${plural(data.totalFindings, 'finding')}`;
  return `<header>${scoreBlock}<div><h1><span class="muted">visionlint scorecard</span> ${escapeHtml(data.title)}</h1><p class="muted">${escapeHtml(facts)}</p></div></header>`;
}

function htmlOverview(data: ScorecardData): string {
  const rows = data.parts
    .map(
      (p) =>
        `<li><span class="label">${PART_LABELS[p.name]}</span>${partBarSvg(p)}<span class="pts">${formatNumber(p.points)}<span class="muted">/${formatNumber(p.max)}</span></span><span class="muted why">${escapeHtml(p.explanation)}</span></li>`,
    )
    .join('');
  const chart = data.goals.length
    ? `<figure>${goalsChartSvg(data.goals)}<figcaption class="muted">SMART criteria met per goal</figcaption></figure>`
    : '';
  return `<section class="overview" aria-label="Score by part"><ul class="parts">${rows}</ul>${chart}</section>`;
}

/** One horizontal bar: numbers and classes only. */
function partBarSvg(part: ScorecardPart): string {
  const width = 160;
  const filled = part.max > 0 ? Math.round((clamp(part.points, 0, part.max) / part.max) * width) : 0;
  return `<svg class="bar" width="${width}" height="10" viewBox="0 0 ${width} 10" role="img" aria-label="${formatNumber(part.points)} of ${formatNumber(part.max)} points"><rect class="track" width="${width}" height="10" rx="2"/><rect class="fill ${tone(part.points, part.max)}" width="${filled}" height="10" rx="2"/></svg>`;
}

/** A column per goal, 0 to 5 high, labelled with goal numbers. */
function goalsChartSvg(goals: ScorecardGoal[]): string {
  const plot = 80;
  const top = 6;
  const left = 16;
  const step = clamp(Math.floor(480 / goals.length), 6, 28);
  const barWidth = Math.max(4, step - 6);
  const width = left + goals.length * step + 4;
  const height = top + plot + 16;
  const labelEvery = step >= 16 ? 1 : Math.ceil(16 / step);
  const grid = [0, 1, 2, 3, 4, 5]
    .map((level) => {
      const y = top + plot - (level / 5) * plot;
      return `<line class="grid" x1="${left}" x2="${width}" y1="${y}" y2="${y}"/>${level % 5 === 0 ? `<text class="axis" x="${left - 4}" y="${y + 3}" text-anchor="end">${level}</text>` : ''}`;
    })
    .join('');
  const bars = goals
    .map((g, i) => {
      const h = Math.max(1.5, (g.score / 5) * plot);
      const x = left + i * step + (step - barWidth) / 2;
      const label = i % labelEvery === 0 ? `<text class="axis" x="${x + barWidth / 2}" y="${top + plot + 12}" text-anchor="middle">${g.number}</text>` : '';
      return `<rect class="fill ${tone(g.score, 5)}" x="${x}" y="${top + plot - h}" width="${barWidth}" height="${h}" rx="1.5"><title>Goal ${g.number}: ${g.score} of 5</title></rect>${label}`;
    })
    .join('');
  const summary = goals.map((g) => `goal ${g.number} ${g.score} of 5`).join(', ');
  return `<svg class="goals-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="SMART criteria met: ${summary}">${grid}${bars}</svg>`;
}

function htmlGoals(data: ScorecardData): string {
  if (data.goals.length === 0) return `<h2>Goals</h2><p class="note">${escapeHtml(NO_GOALS)}</p>`;
  const head = SMART_CRITERIA.map((c) => `<th class="c" scope="col"><abbr title="${c.name}">${c.letter}</abbr></th>`).join('');
  const rows = data.goals
    .map((g) => {
      const shown = truncate(g.text);
      const text = shown === g.text ? escapeHtml(g.text) : `<span title="${escapeHtml(g.text)}">${escapeHtml(shown)}</span>`;
      const cells = g.smart
        .map((c) =>
          c.met
            ? `<td class="c ok" title="${c.name}: met"><span aria-hidden="true">✓</span><span class="sr">${c.name}: met</span></td>`
            : `<td class="c no" title="${c.name}: not met"><span aria-hidden="true">✗</span><span class="sr">${c.name}: not met</span></td>`,
        )
        .join('');
      return `<tr><td class="n">${g.number}</td><td class="n muted">${g.line}</td><td class="goal">${text}</td>${cells}<td class="n ${tone(g.score, 5)}-text">${g.score}/5</td><td class="owner">${htmlOwner(g)}</td><td class="due">${htmlDeadline(g)}</td><td class="measure">${htmlMeasure(g)}</td></tr>`;
    })
    .join('\n');
  return `<h2>Goals <span class="count">${data.goals.length}</span></h2>
<div class="table-wrap">
<table class="goals">
<caption class="sr">SMART grid: one row per goal; ✓ met, ✗ not met</caption>
<thead><tr><th class="n" scope="col">#</th><th class="n" scope="col">Line</th><th scope="col">Goal</th>${head}<th class="n" scope="col">SMART</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Measure</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}

function missing(what: string): string {
  return `<span class="missing">no ${what}</span>`;
}

function from(where: string | undefined): string {
  return where ? ` <span class="muted small">(${escapeHtml(where)})</span>` : '';
}

function htmlOwner(g: ScorecardGoal): string {
  return g.owner ? `${escapeHtml(g.owner.text)}${from(g.owner.from)}` : missing('owner');
}

function htmlDeadline(g: ScorecardGoal): string {
  const d = g.deadline;
  if (!d) return missing('deadline');
  const written = d.text && d.text !== d.due ? `<br><span class="muted small">${escapeHtml(d.text)}</span>` : '';
  const passed = d.passed ? ' <span class="badge poor">passed</span>' : '';
  return `<time class="nowrap" datetime="${escapeHtml(d.due)}">${escapeHtml(d.due)}</time>${passed}${from(d.from)}${written}`;
}

function htmlMeasure(g: ScorecardGoal): string {
  const metric = g.metric ? escapeHtml(g.metric) : missing('metric');
  const baseline = g.baseline ? escapeHtml(g.baseline) : missing('baseline');
  const target = g.target ? escapeHtml(g.target) : missing('target');
  return `${metric}<br><span class="small"><span class="muted">from</span> ${baseline} <span class="muted">to</span> ${target}</span>`;
}

function htmlFindings(group: ScorecardData['perspectives'][number]): string {
  const title = `<h2>${group.label} <span class="count">${group.findings.length}</span></h2>`;
  if (group.findings.length === 0) return `${title}<p class="note">No ${group.label.toLowerCase()} findings.</p>`;
  const items = group.findings
    .map(
      (f) =>
        `<li><span class="sev ${f.severity}">${f.severity}</span><span class="muted line">line ${f.line}</span>${f.docs ? `<a class="rule" href="${escapeHtml(f.docs)}">${escapeHtml(f.ruleId)}</a>` : `<span class="rule">${escapeHtml(f.ruleId)}</span>`}<span class="msg">${escapeHtml(f.message)}</span></li>`,
    )
    .join('\n');
  return `${title}\n<ul class="findings">\n${items}\n</ul>`;
}

function htmlOther(data: ScorecardData): string {
  const summary = otherSummary(data);
  return `<footer class="muted">${summary ? `${escapeHtml(summary)} ` : ''}Every finding is in the Problems panel.</footer>`;
}

// Written without indentation: the style sheet ships inside the extension bundle as it is here.
const STYLE = `
:root {
--fg: var(--vscode-editor-foreground, #cccccc);
--bg: var(--vscode-editor-background, #1f1f1f);
--muted: var(--vscode-descriptionForeground, #9d9d9d);
--border: var(--vscode-editorWidget-border, #454545);
--link: var(--vscode-textLink-foreground, #4daafc);
--green: var(--vscode-charts-green, #89d185);
--red: var(--vscode-charts-red, #f14c4c);
--yellow: var(--vscode-charts-yellow, #cca700);
--blue: var(--vscode-charts-blue, #3794ff);
}
@media (prefers-color-scheme: light) {
:root {
--fg: var(--vscode-editor-foreground, #3b3b3b);
--bg: var(--vscode-editor-background, #ffffff);
--muted: var(--vscode-descriptionForeground, #717171);
--border: var(--vscode-editorWidget-border, #c8c8c8);
--link: var(--vscode-textLink-foreground, #005fb8);
--green: var(--vscode-charts-green, #388a34);
--red: var(--vscode-charts-red, #e51400);
--yellow: var(--vscode-charts-yellow, #bf8803);
--blue: var(--vscode-charts-blue, #1a85ff);
}
}
* { box-sizing: border-box; }
body { margin: 0; padding: 16px 24px 32px; color: var(--fg); background: var(--bg);
font-family: var(--vscode-font-family, -apple-system, BlinkMacSystemFont, "Segoe UI", system-ui, Ubuntu, sans-serif);
font-size: var(--vscode-font-size, 13px); line-height: 1.45; }
main { max-width: 1200px; }
h1 { font-size: 1.35em; font-weight: 600; margin: 0 0 2px; overflow-wrap: anywhere; }
h1 .muted { font-weight: 400; margin-right: 4px; }
h2 { font-size: 1.05em; font-weight: 600; margin: 24px 0 8px; }
p { margin: 0; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
abbr { text-decoration: none; }
.muted { color: var(--muted); }
.small { font-size: 0.9em; }
.nowrap { white-space: nowrap; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.note { color: var(--muted); max-width: 70ch; }
header { display: flex; align-items: center; gap: 16px; padding-bottom: 12px; border-bottom: 1px solid var(--border); }
.score { display: flex; align-items: baseline; padding: 6px 14px; border-radius: 6px; border: 2px solid currentColor; }
.score .num { font-size: 2.3em; font-weight: 700; line-height: 1; }
.score .of { margin-left: 2px; color: var(--muted); }
.score.good, .good-text { color: var(--green); }
.score.fair, .fair-text { color: var(--yellow); }
.score.poor, .poor-text { color: var(--red); }
.overview { display: flex; flex-wrap: wrap; align-items: center; gap: 16px 40px; margin-top: 16px; }
.parts { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: auto 160px auto auto; gap: 8px 12px; align-items: center; }
.parts li { display: contents; }
.parts .label { font-weight: 600; }
.parts .pts { font-variant-numeric: tabular-nums; text-align: right; }
.parts .why { max-width: 48ch; }
figure { margin: 0; }
figcaption { font-size: 0.85em; margin-top: 2px; }
svg .track { fill: color-mix(in srgb, var(--fg) 14%, transparent); }
svg .grid { stroke: color-mix(in srgb, var(--fg) 12%, transparent); stroke-width: 1; }
svg .axis { fill: var(--muted); font-size: 10px; font-family: inherit; }
svg .fill.good { fill: var(--green); }
svg .fill.fair { fill: var(--yellow); }
svg .fill.poor { fill: var(--red); }
table.goals { border-collapse: collapse; width: 100%; font-size: 0.95em; }
.table-wrap { overflow-x: auto; }
.goals th, .goals td { padding: 5px 6px; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
.goals thead th { color: var(--muted); font-weight: 600; border-bottom-width: 2px; white-space: nowrap; }
.goals tbody tr:nth-child(even) { background: color-mix(in srgb, var(--fg) 4%, transparent); }
.goals .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.goals .c { text-align: center; width: 1.7em; padding-left: 2px; padding-right: 2px; font-weight: 700; }
.goals .goal { min-width: 12em; max-width: 42ch; }
.goals .owner { min-width: 6em; }
.goals .due { min-width: 6.5em; }
.goals .measure { min-width: 10em; }
.goals td.ok { color: var(--green); }
.goals td.no { color: var(--red); background: color-mix(in srgb, var(--red) 10%, transparent); }
.missing { color: var(--muted); font-style: italic; }
.badge { display: inline-block; font-size: 0.8em; padding: 0 5px; border-radius: 8px; border: 1px solid currentColor; }
.badge.poor { color: var(--red); }
.count { display: inline-block; min-width: 1.6em; padding: 0 6px; margin-left: 4px; border-radius: 9px; text-align: center; font-size: 0.8em; font-weight: 600;
color: var(--vscode-badge-foreground, #f8f8f8); background: var(--vscode-badge-background, #616161); }
.findings { list-style: none; margin: 0; padding: 0; }
.findings li { display: grid; grid-template-columns: 5.5em 4.5em 15em 1fr; gap: 12px; padding: 4px 0; border-bottom: 1px solid var(--border); align-items: baseline; }
.findings .rule { overflow-wrap: anywhere; }
.sev { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; font-weight: 600; }
.sev.error { color: var(--red); }
.sev.warning { color: var(--yellow); }
.sev.info, .sev.hint { color: var(--blue); }
.rule { font-family: var(--vscode-editor-font-family, ui-monospace, "SF Mono", Menlo, Consolas, monospace); font-size: 0.95em; }
footer { margin-top: 24px; }
`;

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

/** The same scorecard as Markdown: GitHub-flavoured, for a pull-request comment or a terminal. */
export function renderScorecardMarkdown(input: ScorecardInput): string {
  const data = buildScorecard(input);
  const out: string[] = [`## visionlint scorecard: ${escapeMarkdown(data.title)}`, ''];
  if (data.unavailable) {
    out.push(escapeMarkdown(data.unavailable), '');
    return out.join('\n');
  }
  out.push(`**Score: ${formatNumber(data.score ?? 0)}/100** · ${kindLabel(data.kind)} · ${plural(data.goals.length, 'goal')} · ${plural(data.totalFindings, 'finding')}`, '');

  // Fixed labels and numbers only inside the code block: nothing from the document.
  const width = Math.max(...data.parts.map((p) => p.label.length));
  out.push('```text');
  for (const p of data.parts) out.push(`${p.label.padEnd(width)}  ${textBar(p.points, p.max, 20)}  ${formatNumber(p.points)}/${formatNumber(p.max)}`);
  out.push('```', '');
  for (const p of data.parts) out.push(`- **${p.label}** ${formatNumber(p.points)}/${formatNumber(p.max)}: ${escapeMarkdown(p.explanation)}`);
  out.push('', '### Goals', '');

  if (data.goals.length === 0) {
    out.push(escapeMarkdown(NO_GOALS), '');
  } else {
    const letters = SMART_CRITERIA.map((c) => c.letter).join(' | ');
    out.push(`| # | Line | Goal | ${letters} | SMART | Owner | Due | Metric | Baseline | Target |`);
    out.push(`|--:|--:|---|${SMART_CRITERIA.map(() => ':-:').join('|')}|---|---|---|---|---|---|`);
    for (const g of data.goals) {
      const cells = g.smart.map((c) => (c.met ? '✅' : '❌')).join(' | ');
      const owner = g.owner ? `${escapeMarkdown(g.owner.text)}${g.owner.from ? ` (${g.owner.from})` : ''}` : '_none_';
      const due = g.deadline
        ? `${escapeMarkdown(g.deadline.due)}${g.deadline.passed ? ' ⚠️ passed' : ''}${g.deadline.from ? ` (${g.deadline.from})` : ''}`
        : '_none_';
      const value = (text: string | null) => (text ? escapeMarkdown(text) : '_none_');
      out.push(
        `| ${g.number} | ${g.line} | ${escapeMarkdown(truncate(g.text))} | ${cells} | ${textBar(g.score, 5, 5)} ${g.score}/5 | ${owner} | ${due} | ${value(g.metric)} | ${value(g.baseline)} | ${value(g.target)} |`,
      );
    }
    out.push('', '✅ met · ❌ not met · S specific, M measurable, A achievable, R relevant, T time-bound', '');
  }

  for (const group of data.perspectives) {
    out.push(`### ${group.label} (${group.findings.length})`, '');
    if (group.findings.length === 0) out.push(`No ${group.label.toLowerCase()} findings.`);
    for (const f of group.findings) {
      const rule = RULE_ID.test(f.ruleId) ? `\`${f.ruleId}\`` : escapeMarkdown(f.ruleId);
      out.push(`- line ${f.line} · ${f.docs ? `[${rule}](${f.docs})` : rule} (${f.severity}): ${escapeMarkdown(f.message)}`);
    }
    out.push('');
  }
  const summary = otherSummary(data);
  if (summary) out.push(`_${escapeMarkdown(summary)}_`, '');
  return out.join('\n');
}
