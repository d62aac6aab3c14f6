/**
 * `--format markdown`: a scorecard a CI job can post as a pull-request comment. A summary table
 * of the documents, then each document's scorecard from the core (`renderScorecardMarkdown`:
 * the score, each goal's SMART grid, the customer and culture findings) and the full list of
 * its findings, folded away in a `<details>` block.
 *
 * With --changed-since only the documents the change touched are shown. GitHub refuses
 * comments over 65,536 characters, so the output stays under `MARKDOWN_LIMIT`: documents that
 * do not fit lose their findings list first, then their scorecard, and are still counted in the
 * summary table.
 */
import { escapeMarkdown } from '../../core/report/scorecard';
import type { FileResult } from '../types';
import { plural, type Formatter, type Report } from './report';

/** Rule ids safe to show in a code span as they are. */
const RULE_ID = /^[\w.-]+$/;

/** Characters the whole comment may take (GitHub's limit is 65,536). */
export const MARKDOWN_LIMIT = 60_000;

export const markdown: Formatter = (report: Report) => {
  const t = report.totals;
  const all = report.files.filter((f) => f.kind !== 'none' && f.score !== null);
  const documents = report.changedSince ? all.filter((f) => f.touched !== false) : all;
  const out: string[] = ['# visionlint', ''];
  const total = t.error + t.warning + t.info + t.hint;
  const average = documents.length > 0 ? Math.round(documents.reduce((sum, d) => sum + (d.score ?? 0), 0) / documents.length) : null;
  const problems = total === 0 ? 'no problems' : `${plural(total, 'problem')} (${plural(t.error, 'error')}, ${plural(t.warning, 'warning')}, ${plural(t.info + t.hint, 'note')})`;
  out.push(`**${plural(documents.length, report.changedSince ? 'changed document' : 'document')}**${average !== null ? ` · average score **${average}/100**` : ''} · ${problems}`, '');
  const notes: string[] = [];
  if (report.changedSince) {
    const ref = report.changedSince.replace(/[`\r\n]/g, '');
    notes.push(`Findings on lines changed since \`${ref}\` only${t.unchanged > 0 ? ` (${plural(t.unchanged, 'older finding')} not shown)` : ''}.`);
  }
  if (t.suppressed > 0) notes.push(`${plural(t.suppressed, 'finding')} recorded in the baseline ${t.suppressed === 1 ? 'is' : 'are'} not shown.`);
  if (report.quiet) notes.push('Errors only (--quiet).');
  if (notes.length > 0) out.push(...notes.map((n) => `> ${n}`), '');

  if (documents.length === 0) {
    out.push(report.changedSince ? 'No vision, values, goals or strategy document changed.' : 'No vision, values, goals or strategy documents were found.', '');
    return out.join('\n');
  }
  out.push('| Document | Kind | Score | Goals | Problems |', '|---|---|--:|--:|--:|');
  for (const d of documents) out.push(`| ${escapeMarkdown(d.path)} | ${d.kind} | ${d.score}/100 | ${d.goals.length} | ${d.findings.length} |`);
  out.push('');

  const footer = `<sub>visionlint ${escapeMarkdown(report.version)}</sub>\n`;
  // Every scorecard that fits first; then, in order, the findings lists that still fit.
  let used = out.join('\n').length + footer.length + 600; // room for the notes below
  const shown: { d: FileResult; text: string; full: boolean }[] = [];
  const left: string[] = [];
  for (const d of documents) {
    const text = documentSection(d, false);
    if (used + text.length + 1 <= MARKDOWN_LIMIT) {
      shown.push({ d, text, full: d.findings.length === 0 });
      used += text.length + 1;
    } else {
      left.push(d.path);
    }
  }
  for (const entry of shown) {
    if (entry.full) continue;
    const text = documentSection(entry.d, true);
    if (used + text.length - entry.text.length <= MARKDOWN_LIMIT) {
      used += text.length - entry.text.length;
      entry.text = text;
      entry.full = true;
    }
  }
  for (const entry of shown) out.push(entry.text);
  const unlisted = shown.filter((e) => !e.full).length;
  if (left.length > 0 || unlisted > 0) {
    const parts = [];
    if (left.length > 0) parts.push(`${plural(left.length, 'more scorecard')} (${escapeMarkdown(left.slice(0, 5).join(', '))}${left.length > 5 ? ', ...' : ''})`);
    if (unlisted > 0) parts.push(`the problem lists of ${plural(unlisted, 'document')}`);
    const sentence = `${parts.join(' and ')} did not fit in this comment: the job log and the code scanning results have every finding.`;
    out.push('---', '', `_${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}_`, '');
  }
  out.push(footer);
  return out.join('\n');
};

function documentSection(d: FileResult, withFindings: boolean): string {
  const out = ['---', '', (d.scorecard ?? '').trimEnd(), ''];
  if (withFindings && d.findings.length > 0) {
    out.push(`<details><summary>All ${plural(d.findings.length, 'problem')} in ${escapeMarkdown(d.path)}</summary>`, '');
    for (const f of d.findings) {
      const rule = RULE_ID.test(f.ruleId) ? `\`${f.ruleId}\`` : escapeMarkdown(f.ruleId);
      out.push(`- line ${f.line}:${f.column} · ${rule} (${f.severity}): ${escapeMarkdown(f.message)}`);
    }
    out.push('', '</details>', '');
  }
  return out.join('\n');
}
