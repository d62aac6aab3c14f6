/**
 * `--format json`: one object for scripts and dashboards.
 *
 * `{ version: 1, files: [{ path, kind, score, findings: [{ ruleId, severity, message, line,
 * column, endLine, endColumn }], goals: [{ line, text, smart, metric, target, baseline, deadline,
 * owner }] }] }`, with 1-based lines and columns (`endColumn` just after the last character).
 * Extra fields (`fixable`, a goal's `score`, `deadlineText`, `role` and `why` (where each SMART
 * answer came from, in words), `skipped`, `summary`) may be
 * added over time; the fields above keep their names and meaning within version 1.
 */
import type { Formatter, Report } from './report';

export const json: Formatter = (report: Report) => {
  const t = report.totals;
  const data = {
    version: 1,
    files: report.files
      .filter((file) => !file.error)
      .map((file) => ({
        path: file.path,
        kind: file.kind,
        score: file.score,
        ...(file.skipped ? { skipped: file.skipped } : {}),
        findings: file.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          fixable: f.fixable,
        })),
        goals: file.goals.map((g) => ({
          line: g.line,
          text: g.text,
          smart: g.smart,
          metric: g.metric,
          target: g.target,
          baseline: g.baseline,
          deadline: g.deadline,
          owner: g.owner,
          score: g.score,
          deadlineText: g.deadlineText,
          role: g.role,
          why: g.why,
        })),
        ...(file.fixed > 0 ? { fixed: file.fixed } : {}),
      })),
    summary: {
      files: t.files,
      documents: t.documents,
      errors: t.error,
      warnings: t.warning,
      infos: t.info,
      hints: t.hint,
      fixable: t.fixable,
      suppressedByBaseline: t.suppressed,
      ...(report.changedSince ? { changedSince: report.changedSince, unchanged: t.unchanged } : {}),
    },
    tool: { name: 'visionlint', version: report.version },
  };
  return `${JSON.stringify(data, null, 2)}\n`;
};
