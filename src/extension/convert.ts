import * as vscode from 'vscode';
import { ruleDocsUrl, type Finding, type LineIndex, type Severity, type TextRange } from '../core';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Words a writer can delete fade out; a passed deadline is shown as outdated. */
const TAGS: Record<string, vscode.DiagnosticTag[]> = {
  jargon: [vscode.DiagnosticTag.Unnecessary],
  'goal-deadline-passed': [vscode.DiagnosticTag.Deprecated],
};

/** Offsets to positions through the core's line index, so it works for documents that are not open too. */
export function toRange(lines: LineIndex, range: TextRange): vscode.Range {
  const start = lines.position(range.start);
  const end = lines.position(range.end);
  return new vscode.Range(start.line - 1, start.column - 1, end.line - 1, end.column - 1);
}

export function toDiagnostic(uri: vscode.Uri, lines: LineIndex, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(lines, finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'visionlint';
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(ruleDocsUrl(finding.ruleId)) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (related) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(lines, related.range)), related.message),
    );
  }
  const tags = TAGS[finding.ruleId];
  if (tags) diagnostic.tags = tags;
  return diagnostic;
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== 'visionlint') return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : typeof code === 'string' ? code : undefined;
}
