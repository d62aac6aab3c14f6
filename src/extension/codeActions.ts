import * as vscode from 'vscode';
import { autoFixEdits, type Finding, type Fix } from '../core';
import type { Analysis, AnalysisService } from './analysis';
import { ruleIdOf, toRange } from './convert';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('visionlint');

/** Quick fixes for visionlint diagnostics: the template fix, suppressions, the rule's documentation, and fix-all. */
export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  /**
   * `published` answers which analysis the diagnostics on screen came from (DiagnosticsController).
   * Quick fixes are looked up there first: a diagnostic the writer sees must get its light bulb,
   * even while a re-lint of the same text (configuration, template or trust change) replaces the
   * latest analysis.
   */
  constructor(
    private readonly analyses: AnalysisService,
    private readonly published: (document: vscode.TextDocument) => Analysis | undefined = () => undefined,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // Both are analyses of the document's current version (its exact text), so their edits apply.
    const candidates = [...new Set([this.published(document), this.analyses.current(document)])].filter((a): a is Analysis => a !== undefined);
    if (candidates.length === 0) return [];
    // `source`, `source.fixAll` and `source.fixAll.visionlint` requests (fix on save) all want the fix-all action.
    if (context.only && (context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only))) {
      return fixAllAction(candidates[candidates.length - 1], FIX_ALL_KIND);
    }

    const actions: vscode.CodeAction[] = [];
    let used: Analysis | undefined;
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId) continue;
      const match = findingFor(candidates, ruleId, diagnostic.range);
      if (!match) continue;
      const [analysis, finding] = match;
      used ??= analysis;
      finding.fixes.forEach((fix, i) => actions.push(fixAction(document, analysis, fix, diagnostic, i === 0)));
      actions.push(disableLineAction(document, analysis, finding, diagnostic));
      actions.push(disableDocumentAction(document, analysis, finding, diagnostic));
      actions.push(learnAction(ruleId, diagnostic));
    }
    if (used) actions.push(...fixAllAction(used, vscode.CodeActionKind.QuickFix));
    return actions;
  }
}

/** The first analysis with a finding of this rule at exactly the diagnostic's range, and that finding. */
function findingFor(candidates: Analysis[], ruleId: string, range: vscode.Range): [Analysis, Finding] | undefined {
  for (const analysis of candidates) {
    const finding = analysis.result.findings.find((f) => f.ruleId === ruleId && toRange(analysis.result.lines, f.range).isEqual(range));
    if (finding) return [analysis, finding];
  }
  return undefined;
}

function fixAction(document: vscode.TextDocument, analysis: Analysis, fix: Fix, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(`Fix: ${fix.title}`, vscode.CodeActionKind.QuickFix);
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    document.uri,
    fix.edits.map((e) => {
      const range = toRange(analysis.result.lines, e.range);
      // Snippet edits put the cursor in the first placeholder; plain edits need no input.
      return fix.needsInput ? new vscode.SnippetTextEdit(range, new vscode.SnippetString(e.snippet)) : vscode.TextEdit.replace(range, e.text);
    }),
  );
  action.edit = edit;
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  return action;
}

/** Appends `<!-- visionlint-disable-line rule -->` to the line; inside the last cell of a table row so the table survives. */
function disableLineAction(document: vscode.TextDocument, analysis: Analysis, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const line = document.lineAt(diagnostic.range.start.line);
  const text = line.text;
  const comment = `<!-- visionlint-disable-line ${finding.ruleId}${needsReason(analysis) ? ' -- ${1:reason}' : ''} -->`;
  const trimmedEnd = text.trimEnd().length;
  const isTableRow = /^\s*\|.*\|\s*$/.test(text);
  const at = isTableRow ? text.lastIndexOf('|', trimmedEnd - 1) : trimmedEnd;
  const insert = isTableRow ? `${comment} ` : ` ${comment}`;
  const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
  action.edit = snippetEdit(document.uri, new vscode.Position(line.lineNumber, at), insert);
  action.diagnostics = [diagnostic];
  return action;
}

function disableDocumentAction(document: vscode.TextDocument, analysis: Analysis, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const bodyStart = analysis.result.model?.bodyStart ?? 0;
  // On the line after the front matter (or the first line), so the comment is a block of its own.
  const line = bodyStart > 0 ? Math.min(document.positionAt(bodyStart).line + 1, document.lineCount - 1) : 0;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const comment = `<!-- visionlint-disable ${finding.ruleId}${needsReason(analysis) ? ' -- ${1:reason}' : ''} -->`;
  const action = new vscode.CodeAction(`Disable ${finding.ruleId} in this document`, vscode.CodeActionKind.QuickFix);
  const separator = document.lineAt(line).isEmptyOrWhitespace ? '' : eol;
  action.edit = snippetEdit(document.uri, new vscode.Position(line, 0), `${comment}${eol}${separator}`);
  action.diagnostics = [diagnostic];
  return action;
}

function learnAction(ruleId: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(`Learn about ${ruleId}`, vscode.CodeActionKind.QuickFix);
  action.command = { title: `Learn about ${ruleId}`, command: 'visionlint.showRuleDocs', arguments: [ruleId] };
  action.diagnostics = [diagnostic];
  return action;
}

function fixAllAction(analysis: Analysis, kind: vscode.CodeActionKind): vscode.CodeAction[] {
  const edits = autoFixEdits(analysis.result.findings, analysis.document.getText().length);
  if (edits.length === 0) return [];
  const action = new vscode.CodeAction(`Fix all visionlint problems that need no input (${edits.length})`, kind);
  const edit = new vscode.WorkspaceEdit();
  edit.set(analysis.document.uri, edits.map((e) => vscode.TextEdit.replace(toRange(analysis.result.lines, e.range), e.text)));
  action.edit = edit;
  return [action];
}

function needsReason(analysis: Analysis): boolean {
  return analysis.requireDisableReason;
}

function snippetEdit(uri: vscode.Uri, position: vscode.Position, snippet: string): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, [vscode.SnippetTextEdit.insert(position, new vscode.SnippetString(snippet))]);
  return edit;
}
