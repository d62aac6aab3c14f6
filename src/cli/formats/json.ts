/**
 * `--format json`: one object for scripts and dashboards.
 *
 * `{ version: 1, files: [{ path, kind, score, findings: [{ ruleId, severity, message, line,
 * column, endLine, endColumn }], goals: [{ line, text, smart, metric, target, baseline, deadline,
 * owner }] }] }`, with 1-based lines and columns (`endColumn` just after the last character).
 * Extra fields (`fixable`, a goal's `score`, `deadlineText`, `role` and `why` (where each SMART
 * answer came from, in words), `skipped`, `summary`) may be
 * added over time; the fields above keep their names and meaning within version 1.
 *
 * The text is exactly `JSON.stringify(data, null, 2)`, written in three parts so that the command
 * line can print each file as soon as it is linted: a large run then never holds its whole output.
 */
import type { FileResult } from '../types';
import type { Formatter, Report, StreamingFormatter } from './report';

/** A file's object printed inside `{ "files": [` has the indentation it has in the whole output. */
const IN_FILES_START = '{\n  "files": ['.length;
const IN_FILES_END = '\n  ]\n}'.length;

export const jsonStream: StreamingFormatter = {
  head: () => '{\n  "version": 1,\n  "files": [',
  file(file, first) {
    if (file.error) return '';
    const text = JSON.stringify({ files: [fileData(file)] }, null, 2);
    return `${first ? '' : ','}${text.slice(IN_FILES_START, -IN_FILES_END)}`;
  },
  tail(report, anyFile) {
    const t = report.totals;
    const rest = {
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
    // `rest` printed at the top level, less its opening brace, continues the object after the files.
    return `${anyFile ? '\n  ]' : ']'},${JSON.stringify(rest, null, 2).slice(1)}\n`;
  },
};

export const json: Formatter = (report: Report) => {
  const parts = [jsonStream.head()];
  let anyFile = false;
  for (const file of report.files) {
    const part = jsonStream.file(file, !anyFile);
    if (part !== '') anyFile = true;
    parts.push(part);
  }
  parts.push(jsonStream.tail(report, anyFile));
  return parts.join('');
};

function fileData(file: FileResult) {
  return {
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
    // Made by lintFile's goalsOf with exactly these fields, in this order.
    goals: file.goals,
    ...(file.fixed > 0 ? { fixed: file.fixed } : {}),
  };
}
